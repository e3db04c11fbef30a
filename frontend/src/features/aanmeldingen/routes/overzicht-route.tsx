import { Button, Heading1, Paragraph } from "@utrecht/component-library-react";
import { useRef, useState } from "react";
import "../aanmeldingen.css";
import "../overzicht.css";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { useMijnGegevens } from "../../../lib/mijn-gegevens";
import { navigate } from "../../../lib/router";
import { useSchooljaar } from "../../../lib/schooljaar";
import { AanmeldenDialoog } from "../components/aanmelden-dialoog";
import { BsnControle } from "../components/bsn-controle";
import { ElkNummerControle } from "../components/elk-nummer-controle";
import { Overzicht } from "../components/overzicht";
import { onthoudGecontroleerdeBsn } from "../utils/gecontroleerde-bsn";
import { aanmeldenPad, BUITENLEERLING_PAD } from "../utils/paden";

/**
 * Leerlingen > Overzicht (REG-05, TRT-01): the pupils registered at the own school for the chosen
 * school year (HOME-04), with filters, search, bulk actions and each pupil's menu. Users with the
 * role Aanmelden find "Leerling aanmelden" and "Buitenleerling aanmelden" here (REG-09, REG-08).
 */
export function OverzichtRoute() {
  const { t } = useI18n();
  const mij = useMijnGegevens();
  const { schooljaar } = useSchooljaar();
  const [dialoog, setDialoog] = useState<"leerling" | "buitenleerling" | null>(null);
  const knopRef = useRef<HTMLButtonElement>(null);
  const buitenKnopRef = useRef<HTMLButtonElement>(null);
  const magAanmelden = mij.menu.some((groep) =>
    groep.items.some((item) => item.scherm === "leerlingen.aanmelden"),
  );
  useDocumentTitle(t("aanmeldingen.titel"));
  // Focus returns to the button that opened the dialog.
  const sluit = () => {
    (dialoog === "buitenleerling" ? buitenKnopRef : knopRef).current?.focus();
    setDialoog(null);
  };

  return (
    <>
      <div className="elk-aanmeldingen__kop">
        <Heading1>{t("aanmeldingen.titel")}</Heading1>
        {magAanmelden && (
          <div className="elk-formulier__knoppen">
            <Button ref={knopRef} appearance="primary-action-button" onClick={() => setDialoog("leerling")}>
              {t("aanmeldingen.aanmelden")}
            </Button>
            <Button
              ref={buitenKnopRef}
              appearance="secondary-action-button"
              onClick={() => setDialoog("buitenleerling")}
            >
              {t("aanmeldingen.buitenleerling.titel")}
            </Button>
          </div>
        )}
      </div>
      <Paragraph>{t("aanmeldingen.intro", { schooljaar, school: mij.gebruiker.locatieNaam })}</Paragraph>
      <Overzicht />
      {dialoog === "leerling" && (
        <AanmeldenDialoog
          titel={t("aanmeldingen.aanmelden")}
          intro={t("aanmeldingen.aanmelden.intro")}
          onSluit={sluit}
        >
          <ElkNummerControle
            onVerder={(leerling) => navigate(aanmeldenPad(leerling.elkNummer))}
            onAnnuleer={sluit}
          />
        </AanmeldenDialoog>
      )}
      {dialoog === "buitenleerling" && (
        <AanmeldenDialoog
          titel={t("aanmeldingen.buitenleerling.titel")}
          intro={t("aanmeldingen.buitenleerling.intro")}
          onSluit={sluit}
        >
          <BsnControle
            onVerder={(bsn) => {
              onthoudGecontroleerdeBsn(bsn);
              navigate(BUITENLEERLING_PAD);
            }}
            onAnnuleer={sluit}
          />
        </AanmeldenDialoog>
      )}
    </>
  );
}
