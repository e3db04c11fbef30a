import { Alert, Paragraph } from "@utrecht/component-library-react";
import type { ReactNode } from "react";
import { ApiFout, foutTekst } from "../../../components/api-fout";
import { useI18n } from "../../../i18n/i18n";
import { RouterLink } from "../../../lib/router";
import { useApi } from "../../../lib/use-api";

/**
 * The screens behind the links in mails first ask the API whether the link still holds. A used,
 * expired or unknown link gets the API's Dutch message and a way on; otherwise `children` renders.
 */
export function LinkControle<T>(props: {
  token: string;
  controleer: (token: string, signal: AbortSignal) => Promise<T>;
  /** Where to go instead, next to the sign-in page (e.g. "request a new link"). */
  verder?: ReactNode;
  children: (data: T) => ReactNode;
}) {
  const { token, controleer, verder, children } = props;
  const { t } = useI18n();
  const resultaat = useApi(`link:${token}`, (signal) =>
    token ? controleer(token, signal) : Promise.reject(new Error("geen token")),
  );

  // No answer at all (network): the link may well be fine, so offer to try again.
  if (token && resultaat.status === "fout" && !resultaat.fout.vanServer) {
    return <ApiFout fout={resultaat.fout} opnieuw={resultaat.opnieuw} />;
  }
  if (!token || resultaat.status === "fout") {
    const tekst =
      resultaat.status === "fout" && token ? foutTekst(resultaat.fout, t) : t("accounts.link.onvolledig");
    return (
      <>
        <Alert type="error" role="alert">
          <Paragraph>{tekst}</Paragraph>
        </Alert>
        <Paragraph>
          <RouterLink href="/inloggen">{t("accounts.naarInloggen")}</RouterLink>
        </Paragraph>
        {verder && <Paragraph>{verder}</Paragraph>}
      </>
    );
  }
  if (resultaat.status === "laden") {
    return (
      <Paragraph role="status" className="elk-laden">
        {t("accounts.link.laden")}
      </Paragraph>
    );
  }
  return <>{children(resultaat.data)}</>;
}
