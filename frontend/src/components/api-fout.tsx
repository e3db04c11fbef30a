import { Alert, Button, Paragraph } from "@utrecht/component-library-react";
import type { I18n } from "../i18n/i18n";
import { useI18n } from "../i18n/i18n";
import type { ApiError } from "../lib/api-client";

/** The API's own Dutch message when it sent one; otherwise our translated text. */
export function foutTekst(fout: ApiError, t: I18n["t"]): string {
  if (fout.vanServer) return fout.message;
  if (fout.code === "NETWERK") return t("app.fout.netwerk");
  // The API's own throttling (API Gateway answers 429 without a message of ours), or a service busy.
  if (fout.status === 429 || fout.status === 503) return t("app.fout.druk");
  return t("app.fout.algemeen");
}

export function ApiFout({ fout, opnieuw }: { fout: ApiError; opnieuw?: () => void }) {
  const { t } = useI18n();
  return (
    <Alert type="error" role="alert">
      <Paragraph lang={fout.vanServer ? "nl" : undefined}>{foutTekst(fout, t)}</Paragraph>
      {opnieuw && (
        <Button appearance="secondary-action-button" onClick={opnieuw}>
          {t("app.opnieuwProberen")}
        </Button>
      )}
    </Alert>
  );
}
