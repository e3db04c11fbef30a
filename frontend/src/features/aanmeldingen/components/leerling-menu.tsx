import type { BehandelActie } from "@elk/contracts";
import { MENU_VOLGORDE } from "@elk/domain";
import { useCallback, useEffect, useId, useRef } from "react";
import { useI18n } from "../../../i18n/i18n";
import type { Aanmelding } from "../api/overzicht";
import { MenuIcoon } from "./tekens";

/** The actions of the VO school's menu; the PO's and the region's own are never shown here. */
type VoActie = Exclude<
  BehandelActie,
  "po-tafelmiddag-aanvragen" | "po-tafelmiddag-annuleren" | "toewijzing-corrigeren"
>;

/** What the menu of a pupil can open: the server's actions, plus the oki-doc's attachments. */
export type MenuKeuze = VoActie | "bijlagen";

const VO_ACTIES: ReadonlySet<BehandelActie> = new Set(MENU_VOLGORDE);

/**
 * The menu items of a row: exactly the server's `opties`, in its order; "Bijlagen" follows
 * "Oki-doc" because both come with the right to read the oki-doc (TRT-02).
 */
export function menuKeuzes(opties: readonly BehandelActie[]): MenuKeuze[] {
  return opties
    .filter((actie): actie is VoActie => VO_ACTIES.has(actie))
    .flatMap((actie): MenuKeuze[] => (actie === "okidoc-inzien" ? [actie, "bijlagen"] : [actie]));
}

/** The space kept free between the menu and the window's edge, in pixels. */
const RAND = 8;

export function menuKnopId(aanmeldingId: string): string {
  return `elk-menu-${aanmeldingId}`;
}

/**
 * "Onderliggend menu openen": a button per row with the pupil's menu in a popover. The popover
 * lives in the top layer, so the table's sideways scrolling cannot clip it; it closes on Escape
 * (focus back on the button) and on a click outside, as the header's menus do.
 */
export function LeerlingMenu(props: { regel: Aanmelding; onKies: (keuze: MenuKeuze) => void }) {
  const { regel, onKies } = props;
  const { t } = useI18n();
  const paneelId = useId();
  const knopRef = useRef<HTMLButtonElement>(null);
  const paneelRef = useRef<HTMLDivElement>(null);
  const keuzes = menuKeuzes(regel.opties);
  const heeftKeuzes = keuzes.length > 0;

  // Under the button, right-aligned with it, or above it when there is no room below. When it fits
  // on neither side (a low window, a zoomed page) it takes the larger side and scrolls, so no item
  // is ever out of reach below the window's edge (WCAG 1.4.10, 2.4.7).
  const plaats = useCallback(() => {
    const knop = knopRef.current;
    const paneel = paneelRef.current;
    if (!knop || !paneel) return;
    const rand = knop.getBoundingClientRect();
    paneel.style.maxBlockSize = "";
    const hoogte = paneel.offsetHeight;
    const onder = window.innerHeight - rand.bottom - 2 - RAND;
    const boven = rand.top - 2 - RAND;
    const naarBoven = hoogte > onder && (hoogte <= boven || boven > onder);
    const ruimte = Math.max(naarBoven ? boven : onder, 0);
    if (hoogte > ruimte) paneel.style.maxBlockSize = `${ruimte}px`;
    const getoond = Math.min(hoogte, ruimte);
    paneel.style.top = `${naarBoven ? rand.top - 2 - getoond : rand.bottom + 2}px`;
    paneel.style.left = `${Math.max(RAND, rand.right - paneel.offsetWidth)}px`;
  }, []);

  useEffect(() => {
    const paneel = paneelRef.current;
    if (!paneel || !heeftKeuzes) return;
    // While open, the panel follows its button when the page or the table scrolls — not when
    // the panel itself scrolls its items.
    const bijScroll = (event: Event) => {
      if (!(event.target instanceof Node && paneel.contains(event.target))) plaats();
    };
    const volg = (aan: boolean) => {
      if (aan) {
        window.addEventListener("scroll", bijScroll, true);
        window.addEventListener("resize", plaats);
      } else {
        window.removeEventListener("scroll", bijScroll, true);
        window.removeEventListener("resize", plaats);
      }
    };
    const bijWissel = (event: Event) => {
      const open = (event as ToggleEvent).newState === "open";
      knopRef.current?.setAttribute("aria-expanded", String(open));
      if (open) plaats();
      volg(open);
    };
    paneel.addEventListener("toggle", bijWissel);
    return () => {
      paneel.removeEventListener("toggle", bijWissel);
      volg(false);
    };
  }, [plaats, heeftKeuzes]);

  if (!heeftKeuzes) return null;

  const kies = (keuze: MenuKeuze) => {
    paneelRef.current?.hidePopover();
    onKies(keuze);
  };

  return (
    <>
      <button
        ref={knopRef}
        id={menuKnopId(regel.id)}
        type="button"
        className="elk-leerlingmenu__knop"
        popoverTarget={paneelId}
        aria-expanded="false"
        aria-controls={paneelId}
        aria-label={t("behandel.menu", { naam: regel.leerlingNaam })}
        title={t("behandel.menuTitel")}
      >
        <MenuIcoon />
      </button>
      <div ref={paneelRef} id={paneelId} popover="auto" className="elk-leerlingmenu">
        <ul
          className="elk-leerlingmenu__lijst"
          aria-label={t("behandel.menuLijst", { naam: regel.leerlingNaam })}
        >
          {keuzes.map((keuze) => (
            <li key={keuze}>
              <button type="button" className="elk-leerlingmenu__keuze" onClick={() => kies(keuze)}>
                {t(`behandel.${keuze}`)}
              </button>
            </li>
          ))}
        </ul>
      </div>
    </>
  );
}
