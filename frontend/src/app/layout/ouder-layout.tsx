import type { MijnGegevens } from "@elk/contracts";
import { PageHeader, SkipLink } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { TaalWissel } from "../../components/taal-wissel";
import { useI18n } from "../../i18n/i18n";
import { RouterLink, usePathname } from "../../lib/router";
import { useFocusBijNavigatie } from "./app-layout";
import { Gebruikersmenu } from "./gebruikersmenu";
import { Logo } from "./logo";
import { Voettekst } from "./voettekst";

/**
 * ACC-09 / PAR-01: the shell for parents. The product name, the language switch and the user
 * menu; no Notificaties, Instellingen or school year — a parent sees only its own children.
 */
export function OuderLayout({ mij, children }: { mij: MijnGegevens; children: ReactNode }) {
  const { t } = useI18n();
  const { gebruiker, regio } = mij;
  const pad = usePathname();
  const inhoudRef = useFocusBijNavigatie();
  return (
    <div className="elk-pagina">
      <div className="elk-skiplink">
        <SkipLink href="#inhoud">{t("app.naarInhoud")}</SkipLink>
      </div>
      <PageHeader className="elk-kop">
        <div className="elk-kop__inhoud">
          <Logo productNaam={regio.productNaam} ondertitel={t("app.ondertitel", { regio: regio.naam })} />
          <nav className="elk-servicemenu" aria-label={t("kop.servicemenu")}>
            <ul className="elk-servicemenu__lijst">
              <li>
                <TaalWissel />
              </li>
              <li className="elk-gebruiker">
                <Gebruikersmenu gebruiker={gebruiker} />
              </li>
            </ul>
          </nav>
        </div>
        <div className="elk-kop__balk">
          <div className="elk-kop__balk-inhoud">
            <nav className="elk-hoofdmenu" aria-label={t("kop.hoofdmenu")}>
              <ul className="elk-hoofdmenu__lijst">
                <li>
                  <RouterLink
                    href="/"
                    className="elk-hoofdmenu__link"
                    aria-current={pad === "/" ? "page" : undefined}
                  >
                    {t("ouderportaal.titel")}
                  </RouterLink>
                </li>
              </ul>
            </nav>
          </div>
        </div>
      </PageHeader>
      <main id="inhoud" ref={inhoudRef} tabIndex={-1} className="elk-inhoud">
        {children}
      </main>
      <Voettekst regio={regio} />
    </div>
  );
}
