import { Alert, Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import "../notificaties.css";
import { ApiFout } from "../../../components/api-fout";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useNotificaties } from "../api/notificaties";
import { NotificatieLijst } from "../components/notificatie-lijst";

/** GRP-04 / PO-03: every notification of the user, newest first, unread ones marked. */
export function NotificatiesRoute() {
  const { t } = useI18n();
  useDocumentTitle(t("notificaties.titel"));
  const { lijst, fout, vernieuw, markeerGelezen, allesGelezen, bezig } = useNotificaties();
  return (
    <>
      <Heading1>{t("notificaties.titel")}</Heading1>
      <div className="elk-notificaties-pagina__kop">
        <Paragraph>{t("notificaties.intro")}</Paragraph>
        {lijst && lijst.ongelezen > 0 && (
          <Button appearance="secondary-action-button" disabled={bezig} onClick={allesGelezen}>
            {t("notificaties.alles")}
          </Button>
        )}
      </div>
      {fout && <ApiFout fout={fout} opnieuw={vernieuw} />}
      {!lijst && !fout && (
        <Paragraph role="status" className="elk-laden">
          {t("app.laden")}
        </Paragraph>
      )}
      {lijst && lijst.ongelezen > 0 && (
        <Alert type="info">
          <Paragraph>{t("notificaties.ongelezen", { aantal: lijst.ongelezen })}</Paragraph>
        </Alert>
      )}
      {lijst && lijst.items.length === 0 && (
        <Paragraph className="elk-leeg">{t("notificaties.geen")}</Paragraph>
      )}
      {lijst && lijst.items.length > 0 && (
        <NotificatieLijst items={lijst.items} markeerGelezen={markeerGelezen} bezig={bezig} />
      )}
    </>
  );
}
