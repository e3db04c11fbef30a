import type { SchoolDetail } from "@elk/contracts";
import { Alert, Button, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useId } from "react";
import { IcoonSvg } from "../../../components/icoon-knop";
import { useI18n } from "../../../i18n/i18n";
import { useBewerkModus } from "../../../lib/use-bewerk-modus";
import { schoolWijzigen } from "../api/school";
import { invoerVan, type SchoolVeld, wijzigenBody } from "../utils/school-invoer";
import { SchoolFormulier } from "./school-formulier";
import { SchoolGegevens } from "./school-gegevens";

/**
 * ORG-02 "Schoolgegevens": the data as a list; the pencil opens them for editing ("klik je op dit
 * symbool zodat je de gegevens kan aanpassen"), "Opslaan" saves them on the version that was read.
 */
export function SchoolGegevensSectie(props: {
  school: SchoolDetail;
  onOpgeslagen: (school: SchoolDetail) => void;
  herlaad: () => void;
  beginBewerken?: boolean;
}) {
  const { school, onOpgeslagen, herlaad } = props;
  const { t } = useI18n();
  const magWijzigen = school.wijzigbareVelden.length > 0;
  const { bewerken, melding, knopRef, meldingRef, open, sluit } = useBewerkModus(
    Boolean(props.beginBewerken) && magWijzigen,
  );
  const titelId = useId();
  const mag = (veld: SchoolVeld) => school.wijzigbareVelden.includes(veld);

  return (
    <section className="elk-school-sectie" aria-labelledby={titelId}>
      <div className="elk-school-sectie__kop">
        <Heading2 id={titelId}>{t("scholen.gegevens.titel")}</Heading2>
        {magWijzigen && !bewerken && (
          <Button
            ref={knopRef}
            appearance="secondary-action-button"
            className="elk-knop-met-icoon"
            onClick={open}
          >
            <IcoonSvg icoon="potlood" />
            {t("scholen.gegevens.wijzigen")}
          </Button>
        )}
      </div>
      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {bewerken ? (
        <SchoolFormulier
          titel={t("scholen.gegevens.wijzigenTitel", { naam: school.naam })}
          begin={invoerVan(school)}
          mag={mag}
          bestuurNaam={school.bestuur}
          opslaan={(invoer) => schoolWijzigen(school.id, wijzigenBody(invoer, school.version, mag))}
          naOpgeslagen={(opgeslagen) => {
            onOpgeslagen(opgeslagen);
            sluit(t("scholen.gegevens.opgeslagen"));
          }}
          annuleren={() => sluit(null)}
          herlaad={herlaad}
        />
      ) : (
        <SchoolGegevens school={school} />
      )}
    </section>
  );
}
