import { Button, Paragraph } from "@utrecht/component-library-react";
import { type MouseEvent, useEffect, useRef } from "react";
import "../notificaties.css";
import { DropdownMenu } from "../../../components/dropdown-menu";
import { useI18n } from "../../../i18n/i18n";
import { RouterLink, usePathname } from "../../../lib/router";
import { useNotificaties } from "../api/notificaties";
import { NotificatieLijst } from "./notificatie-lijst";

/** The menu shows the newest few; the page Notificaties shows them all. */
const IN_MENU = 8;

/**
 * HOME-03 / GRP-04 / PO-03: Notificaties top right. The button carries the number unread; the
 * panel lists the newest first. It reads again when it opens and on every navigation — no timer.
 */
export function NotificatiesMenu() {
  const { t } = useI18n();
  const { lijst, fout, vernieuw, markeerGelezen, allesGelezen, bezig } = useNotificaties();
  const pad = usePathname();
  const eerste = useRef(true);

  // biome-ignore lint/correctness/useExhaustiveDependencies: a new path is the trigger, not an input
  useEffect(() => {
    if (eerste.current) {
      eerste.current = false;
      return;
    }
    vernieuw();
  }, [pad]);

  // The shared DropdownMenu tells nobody it opens: a click on its button while closed is the opening.
  const bijKlik = (event: MouseEvent<HTMLDivElement>) => {
    const knop = (event.target as Element).closest(".elk-dropdown__knop");
    if (knop && event.currentTarget.contains(knop) && knop.getAttribute("aria-expanded") === "false")
      vernieuw();
  };

  const ongelezen = lijst?.ongelezen ?? 0;
  const items = lijst?.items ?? [];
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: only listens to clicks on the button inside
    // biome-ignore lint/a11y/useKeyWithClickEvents: the button inside handles the keyboard itself
    <div className="elk-notificaties-menu" onClick={bijKlik}>
      <DropdownMenu
        label={
          <>
            {t("kop.notificaties")}
            {ongelezen > 0 && (
              <span className="elk-notificaties__aantal" aria-hidden="true">
                {ongelezen}
              </span>
            )}
          </>
        }
        ariaLabel={ongelezen > 0 ? t("notificaties.knopMetAantal", { aantal: ongelezen }) : undefined}
      >
        <div className="elk-notificaties-menu__paneel">
          {fout && !lijst && <Paragraph className="elk-dropdown__tekst">{t("app.fout.algemeen")}</Paragraph>}
          {!fout && !lijst && <Paragraph className="elk-dropdown__tekst">{t("app.laden")}</Paragraph>}
          {lijst && items.length === 0 && (
            <Paragraph className="elk-dropdown__tekst">{t("notificaties.geen")}</Paragraph>
          )}
          {ongelezen > 0 && (
            <div className="elk-notificaties-menu__kop">
              <Paragraph appearance="small">{t("notificaties.ongelezen", { aantal: ongelezen })}</Paragraph>
              <Button appearance="subtle-button" disabled={bezig} onClick={allesGelezen}>
                {t("notificaties.alles")}
              </Button>
            </div>
          )}
          {items.length > 0 && (
            <NotificatieLijst
              items={items.slice(0, IN_MENU)}
              markeerGelezen={markeerGelezen}
              bezig={bezig}
              compact
            />
          )}
          {lijst && (
            <RouterLink href="/notificaties" className="elk-menulijst__link">
              {t("notificaties.alleTonen")}
            </RouterLink>
          )}
        </div>
      </DropdownMenu>
    </div>
  );
}
