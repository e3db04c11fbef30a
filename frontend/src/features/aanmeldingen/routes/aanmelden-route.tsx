import { Heading1, Paragraph } from "@utrecht/component-library-react";
import "../aanmeldingen.css";
import { ApiWeergave } from "../../../components/api-weergave";
import { useI18n } from "../../../i18n/i18n";
import { useDocumentTitle } from "../../../lib/document-title";
import { navigate, RouterLink, useZoekParameters } from "../../../lib/router";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useApi } from "../../../lib/use-api";
import { elkNummerControleren } from "../api/aanmeldingen";
import { AanmeldenStappen } from "../components/aanmelden-stappen";
import { ElkNummerControle } from "../components/elk-nummer-controle";
import { aanmeldenPad, OVERZICHT_PAD } from "../utils/paden";

/**
 * Leerlingen > Aanmelden (REG-09): without a pupil, "Controleren" of an ELK-nummer (as the
 * overview's dialog); with `?elkNummer=`, the pupil's data, the voorkeurslijst and "Aanmelding
 * definitief maken". The number in the query keeps a reload on the same pupil.
 */
export function AanmeldenRoute() {
  const { t } = useI18n();
  const elkNummer = useZoekParameters().get("elkNummer");
  useDocumentTitle(t("aanmeldingen.aanmelden"));
  return (
    <>
      <Paragraph className="elk-terug">
        <RouterLink href={OVERZICHT_PAD}>{t("aanmeldingen.naarOverzicht")}</RouterLink>
      </Paragraph>
      <Heading1>{t("aanmeldingen.aanmelden")}</Heading1>
      {elkNummer ? (
        <GevondenLeerling key={elkNummer} elkNummer={elkNummer} />
      ) : (
        <>
          <Paragraph>{t("aanmeldingen.aanmelden.intro")}</Paragraph>
          <ElkNummerControle onVerder={(leerling) => navigate(aanmeldenPad(leerling.elkNummer))} />
        </>
      )}
    </>
  );
}

function GevondenLeerling({ elkNummer }: { elkNummer: string }) {
  const { schooljaar } = useSchooljaar();
  const leerling = useApi(`aanmelden:leerling:${schooljaar}:${elkNummer}`, (signal) =>
    elkNummerControleren(elkNummer, schooljaar, signal),
  );
  return (
    <ApiWeergave resultaat={leerling}>
      {(data) => <AanmeldenStappen key={data.leerlingId} leerling={data} schooljaar={schooljaar} />}
    </ApiWeergave>
  );
}
