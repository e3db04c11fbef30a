import { Alert, Button, ButtonLink, Heading3, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useId, useMemo } from "react";
import { useI18n } from "../../../i18n/i18n";
import { formatDatumTijd } from "../../../lib/datum";
import "../mfa.css";

/**
 * Issue #10: the ten recovery codes, shown once after (re)enrolment: as a list, as a text file to
 * download and for printing. The server keeps only their hashes, so this is the only time.
 */
export function HerstelcodesLijst(props: {
  codes: readonly string[];
  product: string;
  onKlaar?: () => void;
  klaarTekst?: string;
}) {
  const { codes, product, onKlaar, klaarTekst } = props;
  const { t, locale } = useI18n();
  const id = useId();
  const bestand = useMemo(() => {
    const kop = t("mfa.herstel.bestandKop", {
      product,
      datum: formatDatumTijd(new Date().toISOString(), locale),
    });
    return URL.createObjectURL(new Blob([`${kop}\n\n${codes.join("\n")}\n`], { type: "text/plain" }));
  }, [codes, product, t, locale]);
  useEffect(() => () => URL.revokeObjectURL(bestand), [bestand]);

  return (
    <section className="elk-herstelcodes" aria-labelledby={`${id}-titel`}>
      <Heading3 id={`${id}-titel`}>{t("mfa.herstel.titel")}</Heading3>
      <Alert type="warning">
        <Paragraph>{t("mfa.herstel.uitleg")}</Paragraph>
      </Alert>
      <ol className="elk-herstelcodes__lijst" aria-label={t("mfa.herstel.lijst")} data-testid="herstelcodes">
        {codes.map((code) => (
          <li key={code}>
            <code>{code}</code>
          </li>
        ))}
      </ol>
      <div className="elk-formulier__knoppen elk-herstelcodes__knoppen">
        <ButtonLink appearance="secondary-action-button" href={bestand} download="elk-herstelcodes.txt">
          {t("mfa.herstel.downloaden")}
        </ButtonLink>
        <Button type="button" appearance="secondary-action-button" onClick={() => window.print()}>
          {t("mfa.herstel.printen")}
        </Button>
        {onKlaar && (
          <Button type="button" appearance="primary-action-button" onClick={onKlaar}>
            {klaarTekst ?? t("mfa.herstel.klaar")}
          </Button>
        )}
      </div>
    </section>
  );
}
