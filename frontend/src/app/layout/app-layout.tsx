import type { MijnGegevens } from "@elk/contracts";
import { PageHeader, SkipLink } from "@utrecht/component-library-react";
import { type ReactNode, useEffect, useRef } from "react";
import { useI18n } from "../../i18n/i18n";
import { usePathname } from "../../lib/router";
import type { ZichtbareGroep } from "../screens";
import { Hoofdmenu } from "./hoofdmenu";
import { Logo } from "./logo";
import { MeekijkBanner } from "./meekijk-banner";
import { SchooljaarKeuze } from "./schooljaar-keuze";
import { Servicemenu } from "./servicemenu";
import { Voettekst } from "./voettekst";

const HOOFDMENU_GROEPEN: readonly ZichtbareGroep["id"][] = ["leerlingen", "oso", "overzichten"];

/** The signed-in shell: header with menus, school year, the screen, footer. */
export function AppLayout({
  mij,
  menu,
  children,
}: {
  mij: MijnGegevens;
  menu: readonly ZichtbareGroep[];
  children: ReactNode;
}) {
  const { t } = useI18n();
  const { gebruiker, regio } = mij;
  const inhoudRef = useFocusBijNavigatie();

  return (
    <div className="elk-pagina">
      <div className="elk-skiplink">
        <SkipLink href="#inhoud">{t("app.naarInhoud")}</SkipLink>
      </div>
      {gebruiker.meekijkendDoor && (
        <MeekijkBanner naam={gebruiker.naam} door={gebruiker.meekijkendDoor.naam} />
      )}
      <PageHeader className="elk-kop">
        <div className="elk-kop__inhoud">
          <Logo productNaam={regio.productNaam} ondertitel={t("app.ondertitel", { regio: regio.naam })} />
          <Servicemenu gebruiker={gebruiker} groepen={menu} />
        </div>
        <div className="elk-kop__balk">
          <div className="elk-kop__balk-inhoud">
            <Hoofdmenu groepen={menu.filter((groep) => HOOFDMENU_GROEPEN.includes(groep.id))} />
            <SchooljaarKeuze />
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

/** After a client-side navigation focus moves to the new content, as it would on a page load. */
export function useFocusBijNavigatie() {
  const pad = usePathname();
  const ref = useRef<HTMLElement>(null);
  const eerste = useRef(true);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `pad` is the trigger, not an input
  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    ref.current?.focus({ preventScroll: false });
  }, [pad]);
  return ref;
}
