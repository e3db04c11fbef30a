import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import type { ApiError } from "../../../lib/api-client";

/** Someone else saved in between (409 on a stale version): the API's Dutch message and a way back. */
export function isGelijktijdigGewijzigd(fout: ApiError | null): fout is ApiError {
  return fout?.status === 409 && fout.code === "GELIJKTIJDIG_GEWIJZIGD";
}

export function GewijzigdMelding({ fout, herlaad }: { fout: ApiError; herlaad?: (() => void) | undefined }) {
  const { t } = useI18n();
  return (
    <Alert type="warning" role="alert" tabIndex={-1} className="elk-gewijzigd">
      <Paragraph lang="nl">{fout.message}</Paragraph>
      {herlaad && (
        <Button type="button" appearance="secondary-action-button" onClick={herlaad}>
          {t("scholen.opnieuwLaden")}
        </Button>
      )}
    </Alert>
  );
}
