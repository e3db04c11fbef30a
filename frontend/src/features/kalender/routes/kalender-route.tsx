import type { KalenderDetail } from "@elk/contracts";
import { Alert, Button, Heading1, Heading2, Paragraph } from "@utrecht/component-library-react";
import { useId, useState } from "react";
import "../kalender.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { IcoonSvg } from "../../../components/icoon-knop";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useBewerkModus } from "../../../lib/use-bewerk-modus";
import { useKalender } from "../api/kalender";
import { KalenderFormulier } from "../components/kalender-formulier";
import { KalenderOverzicht } from "../components/kalender-overzicht";

/**
 * Instellingen > Kalender (REG-10, LOT-04): the beheerorganisatie sets, per school year (HOME-04),
 * when parents register, schools handle, the lotteries are held and the placement is announced.
 */
export function KalenderRoute() {
  const { t } = useI18n();
  const { schooljaar } = useSchooljaar();
  const kalender = useKalender(schooljaar);
  useDocumentTitle(t("kalender.titel"));
  return (
    <>
      <Heading1>{t("kalender.titel")}</Heading1>
      <Paragraph>{t("kalender.intro")}</Paragraph>
      <ApiWeergave resultaat={kalender}>
        {(data) => <KalenderBeheer key={data.schooljaar} begin={data} herlaad={kalender.opnieuw} />}
      </ApiWeergave>
    </>
  );
}

function KalenderBeheer({ begin, herlaad }: { begin: KalenderDetail; herlaad: () => void }) {
  const { t } = useI18n();
  const [kalender, setKalender] = useState(begin);
  const { bewerken, melding, knopRef, meldingRef, open, sluit } = useBewerkModus();
  const titelId = useId();

  return (
    <section className="elk-kalender-sectie" aria-labelledby={titelId}>
      <div className="elk-kalender-sectie__kop">
        <Heading2 id={titelId}>{t("kalender.schooljaar", { schooljaar: kalender.schooljaar })}</Heading2>
        {kalender.magWijzigen && !bewerken && (
          <Button
            ref={knopRef}
            appearance="secondary-action-button"
            className="elk-kalender-knop"
            onClick={open}
          >
            <IcoonSvg icoon="potlood" />
            {t("kalender.wijzigen")}
          </Button>
        )}
      </div>
      {kalender.standaard && (
        <Alert type="info">
          <Paragraph>{t("kalender.standaard", { schooljaar: kalender.schooljaar })}</Paragraph>
        </Alert>
      )}
      {melding && (
        <Alert type="ok" role="status" ref={meldingRef} tabIndex={-1}>
          <Paragraph>{melding}</Paragraph>
        </Alert>
      )}
      {bewerken ? (
        <KalenderFormulier
          key={kalender.version}
          kalender={kalender}
          naOpgeslagen={(opgeslagen) => {
            setKalender(opgeslagen);
            sluit(t("kalender.opgeslagen", { schooljaar: opgeslagen.schooljaar }));
          }}
          annuleren={() => sluit(null)}
          herlaad={herlaad}
        />
      ) : (
        <KalenderOverzicht kalender={kalender} />
      )}
    </section>
  );
}
