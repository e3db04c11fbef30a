import { Heading1, Paragraph } from "@utrecht/component-library-react";
import { useEffect, useState } from "react";
import "../aanmeldingen.css";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { RouterLink } from "../../../lib/router";
import { useSchooljaar } from "../../../lib/schooljaar";
import { BsnControle } from "../components/bsn-controle";
import { BuitenleerlingStappen } from "../components/buitenleerling-stappen";
import { gecontroleerdeBsn, vergeetGecontroleerdeBsn } from "../utils/gecontroleerde-bsn";
import { OVERZICHT_PAD } from "../utils/paden";

/**
 * Buitenleerling aanmelden (REG-08, REG-09): after the overview's dialog found the BSN free, the
 * pupil's data, the voorkeurslijst and "Aanmelding definitief maken". Opened without a checked BSN
 * (a reload, a bookmark) the page asks for it first, as the dialog does.
 */
export function BuitenleerlingRoute() {
  const { t } = useI18n();
  const { schooljaar } = useSchooljaar();
  const [bsn, setBsn] = useState<string | null>(gecontroleerdeBsn);
  const [poging, setPoging] = useState(0);
  useDocumentTitle(t("aanmeldingen.buitenleerling.titel"));
  useEffect(() => vergeetGecontroleerdeBsn, []);

  return (
    <>
      <Paragraph className="elk-terug">
        <RouterLink href={OVERZICHT_PAD}>{t("aanmeldingen.naarOverzicht")}</RouterLink>
      </Paragraph>
      <Heading1>{t("aanmeldingen.buitenleerling.titel")}</Heading1>
      {bsn ? (
        <BuitenleerlingStappen
          key={`${schooljaar}:${bsn}:${poging}`}
          bsn={bsn}
          schooljaar={schooljaar}
          onNogEen={() => {
            setBsn(null);
            setPoging((n) => n + 1);
          }}
        />
      ) : (
        <>
          <Paragraph>{t("aanmeldingen.buitenleerling.intro")}</Paragraph>
          <BsnControle key={poging} onVerder={setBsn} />
        </>
      )}
    </>
  );
}
