import { DropdownMenu } from "../../components/dropdown-menu";
import { useI18n } from "../../i18n/i18n";
import { groepLabel, schermLabel } from "../../i18n/menu-labels";
import { RouterLink, usePathname } from "../../lib/router";
import type { ZichtbareGroep } from "../screens";

/** HOME-02: the role-dependent groups Leerlingen, OSO and Overzichten, after Home. */
export function Hoofdmenu({ groepen }: { groepen: readonly ZichtbareGroep[] }) {
  const { t } = useI18n();
  const pad = usePathname();
  return (
    <nav className="elk-hoofdmenu" aria-label={t("kop.hoofdmenu")}>
      <ul className="elk-hoofdmenu__lijst">
        <li>
          <RouterLink
            href="/"
            className="elk-hoofdmenu__link"
            aria-current={pad === "/" ? "page" : undefined}
          >
            {t("kop.home")}
          </RouterLink>
        </li>
        {groepen.map((groep) => (
          <li key={groep.id}>
            <GroepMenu groep={groep} uitlijning="links" />
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** One menu group as a disclosure with its screens as links. */
export function GroepMenu({ groep, uitlijning }: { groep: ZichtbareGroep; uitlijning: "links" | "rechts" }) {
  const { taal } = useI18n();
  const pad = usePathname();
  const actief = groep.items.some((item) => item.pad === pad);
  return (
    <DropdownMenu
      label={groepLabel(groep, taal)}
      uitlijning={uitlijning}
      className={actief ? "elk-dropdown--actief" : undefined}
    >
      <ul className="elk-menulijst">
        {groep.items.map((item) => (
          <li key={item.scherm}>
            <RouterLink
              href={item.pad}
              className="elk-menulijst__link"
              aria-current={item.pad === pad ? "page" : undefined}
            >
              {schermLabel(item, taal)}
            </RouterLink>
          </li>
        ))}
      </ul>
    </DropdownMenu>
  );
}
