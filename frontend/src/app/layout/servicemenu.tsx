import type { MijnGegevens } from "@elk/contracts";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { DropdownMenu } from "../../components/dropdown-menu";
import { TaalWissel } from "../../components/taal-wissel";
import { useUitloggen } from "../../features/auth/api/uitloggen";
import { useI18n } from "../../i18n/i18n";
import { RouterLink, usePathname } from "../../lib/router";
import type { ZichtbareGroep } from "../screens";
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
  const { uitloggen, bezig } = useUitloggen();
  const pad = usePathname();
  const instellingen = groepen.find((groep) => groep.id === "instellingen");
  const help = groepen.find((groep) => groep.id === "help");

  return (
    <nav className="elk-servicemenu" aria-label={t("kop.servicemenu")}>
      <ul className="elk-servicemenu__lijst">
        <li>
          <DropdownMenu label={t("kop.notificaties")}>
            <Paragraph className="elk-dropdown__tekst">{t("kop.geenNotificaties")}</Paragraph>
          </DropdownMenu>
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
          <DropdownMenu label={gebruiker.naam} ariaLabel={t("kop.gebruikersmenu", { naam: gebruiker.naam })}>
            <div className="elk-dropdown__tekst">
              <Paragraph className="elk-gebruiker__naam">{gebruiker.naam}</Paragraph>
              <Paragraph appearance="small">{gebruiker.email}</Paragraph>
              {gebruiker.rolNamen.length > 0 && (
                <Paragraph appearance="small">
                  {t("kop.rollen")}: {gebruiker.rolNamen.join(", ")}
                </Paragraph>
              )}
            </div>
            {/* ACC-08: own name, e-mail and password. */}
            <RouterLink
              href="/mijn-gegevens"
              className="elk-menulijst__link"
              aria-current={pad === "/mijn-gegevens" ? "page" : undefined}
            >
              {t("kop.mijnGegevens")}
            </RouterLink>
            <Button appearance="secondary-action-button" onClick={uitloggen} busy={bezig} disabled={bezig}>
              {t("kop.uitloggen")}
            </Button>
          </DropdownMenu>
          <p className="elk-gebruiker__locatie">
            <span className="elk-visueel-verborgen">{t("kop.locatie")}: </span>
            <span data-testid="locatie-naam">{gebruiker.locatieNaam}</span>
          </p>
        </li>
      </ul>
    </nav>
  );
}
