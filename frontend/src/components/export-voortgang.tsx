import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../i18n/i18n";
import type { ExportHandle } from "../lib/use-export";
import { ApiFout } from "./api-fout";

/**
 * EXP-01 … EXP-03: the progress of an export being built (a progress bar, announced politely)
 * and, when it is ready, the button that downloads it.
 */
export function ExportVoortgang({ export: e }: { export: ExportHandle }) {
  const { t } = useI18n();
  if (e.fout) return <ApiFout fout={e.fout} />;
  const stand = e.stand;
  if (!stand) return null;
  const titel = t(`export.soort.${stand.soort}` as "export.soort.aanmeldingen");
  return (
    <div className="elk-export" data-testid="export-voortgang">
      {stand.status === "mislukt" ? (
        <Alert type="error" role="alert">
          <Paragraph>{t("export.mislukt", { titel })}</Paragraph>
        </Alert>
      ) : stand.status === "klaar" ? (
        <Alert type="ok">
          <Paragraph role="status">
            {stand.aantal === 1
              ? t("export.klaarEen", { titel })
              : t("export.klaar", { titel, aantal: stand.aantal ?? 0 })}
          </Paragraph>
          <Button appearance="primary-action-button" onClick={() => void e.download()}>
            {t("export.downloaden")}
          </Button>{" "}
          <Button appearance="subtle-button" onClick={e.sluit}>
            {t("export.sluiten")}
          </Button>
        </Alert>
      ) : (
        <div>
          <label htmlFor="export-voortgang">{t("export.bezig", { titel })}</label>{" "}
          <progress id="export-voortgang" max={100} value={stand.voortgang}>
            {stand.voortgang}%
          </progress>
          <span role="status" className="elk-export__procent">
            {" "}
            {stand.voortgang}%
          </span>
        </div>
      )}
    </div>
  );
}
