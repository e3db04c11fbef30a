import type { NotificatieRegel } from "@elk/contracts";
import { Button, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijd } from "../../../lib/datum";

/**
 * GRP-04: notifications newest first; an unread one is marked "Nieuw" and carries the button that
 * marks it read. The message is the API's, in Dutch.
 */
export function NotificatieLijst(props: {
  items: readonly NotificatieRegel[];
  markeerGelezen: (id: string) => void;
  bezig: boolean;
  compact?: boolean;
}) {
  const { items, markeerGelezen, bezig, compact } = props;
  const { t, locale } = useI18n();
  return (
    <ol
      className={compact ? "elk-notificaties elk-notificaties--compact" : "elk-notificaties"}
      aria-label={t("notificaties.lijst")}
    >
      {items.map((n) => (
        <li
          key={n.id}
          className={n.gelezen ? "elk-notificatie" : "elk-notificatie elk-notificatie--ongelezen"}
          data-notificatie-id={n.id}
        >
          <Paragraph className="elk-notificatie__tekst">
            {!n.gelezen && <span className="elk-notificatie__nieuw">{t("notificaties.nieuw")}</span>}{" "}
            <span lang="nl">{n.tekst}</span>
          </Paragraph>
          <Paragraph appearance="small" className="elk-notificatie__meta">
            {n.leerlingNaam && (
              <>
                {t("notificaties.leerling")}: {n.leerlingNaam}
                {n.elkNummer ? ` (${n.elkNummer})` : ""}
                {" · "}
              </>
            )}
            <time dateTime={n.op}>{formatDatumTijd(n.op, locale)}</time>
          </Paragraph>
          {!n.gelezen && (
            <Button
              appearance="subtle-button"
              className="elk-notificatie__markeer"
              aria-label={t("notificaties.markeerVan", { tekst: n.tekst })}
              disabled={bezig}
              onClick={() => markeerGelezen(n.id)}
            >
              {t("notificaties.markeer")}
            </Button>
          )}
        </li>
      ))}
    </ol>
  );
}
