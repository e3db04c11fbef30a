import type { SchoolDetail } from "@elk/contracts";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useId } from "react";
import { IcoonSvg } from "../../../components/icoon-knop";
import { useI18n } from "../../../i18n/i18n";
import { useBewerkModus } from "../../../lib/use-bewerk-modus";
import { AfdelingenEditor } from "./afdelingen-editor";
import { AfdelingenOverzicht } from "./afdelingen-overzicht";

/** ORG-03: the afdelingen of a VO school, read-only until the pencil opens the editor. */
export function AfdelingenSectie(props: {
  school: SchoolDetail;
  onOpgeslagen: (school: SchoolDetail) => void;
  herlaad: () => void;
}) {
  const { school, onOpgeslagen, herlaad } = props;
  const { t } = useI18n();
  const { bewerken, melding, knopRef, meldingRef, open, sluit } = useBewerkModus();
  const titelId = useId();

  return (
    <section className="elk-school-sectie" aria-labelledby={titelId}>
      <div className="elk-school-sectie__kop">
        <Heading2 id={titelId}>{t("scholen.afdelingen.titel")}</Heading2>
        {school.magAfdelingenWijzigen && !bewerken && (
          <Button
            ref={knopRef}
            appearance="secondary-action-button"
            className="elk-knop-met-icoon"
            onClick={open}
          >
            <IcoonSvg icoon="potlood" />
            {t("scholen.afdelingen.wijzigen")}
          </Button>
        )}
      </div>
      <Paragraph>{t("scholen.afdelingen.intro")}</Paragraph>
      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {bewerken ? (
        <AfdelingenEditor
          school={school}
          naOpgeslagen={(opgeslagen) => {
            onOpgeslagen(opgeslagen);
            sluit(t("scholen.afdelingen.opgeslagen"));
          }}
          annuleren={() => sluit(null)}
          herlaad={herlaad}
        />
      ) : (
        <AfdelingenOverzicht school={school} />
      )}
    </section>
  );
}
