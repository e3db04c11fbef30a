import type { MijnGegevens } from "@elk/contracts";
import { TaalWissel } from "../../components/taal-wissel";
import { NotificatiesMenu } from "../../features/notificaties/components/notificaties-menu";
import { useI18n } from "../../i18n/i18n";
import type { ZichtbareGroep } from "../screens";
import { Gebruikersmenu } from "./gebruikersmenu";
import { GroepMenu } from "./hoofdmenu";

/**
 * HOME-03, top right: Notificaties, Instellingen, Help, the language switch and the user menu;
 * ACC-04: directly under the user menu, always visible, the location this account belongs to.
 */
export function Servicemenu({
  gebruiker,
  groepen,
}: {
  gebruiker: MijnGegevens["gebruiker"];
  groepen: readonly ZichtbareGroep[];
}) {
  const { t } = useI18n();
  const instellingen = groepen.find((groep) => groep.id === "instellingen");
  const help = groepen.find((groep) => groep.id === "help");

  return (
    <nav className="elk-servicemenu" aria-label={t("kop.servicemenu")}>
      <ul className="elk-servicemenu__lijst">
        <li>
          <NotificatiesMenu />
        </li>
        {instellingen && (
          <li>
            <GroepMenu groep={instellingen} uitlijning="rechts" />
          </li>
        )}
        {help && (
          <li>
            <GroepMenu groep={help} uitlijning="rechts" />
          </li>
        )}
        <li>
          <TaalWissel />
        </li>
        <li className="elk-gebruiker">
          <Gebruikersmenu gebruiker={gebruiker} />
        </li>
      </ul>
    </nav>
  );
}
