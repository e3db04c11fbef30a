import { Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import { useSchooljaar } from "../../../lib/schooljaar";
import { buitenleerlingControleren } from "../api/buitenleerlingen";
import { NummerControle } from "./nummer-controle";

/**
 * REG-09, the manual's steps 3 and 4 for a buitenleerling: the BSN (or onderwijsnummer),
 * "Controleren" — ELK checks in the background that the pupil is not registered at another school
 * (REG-04) — and, when it is free, "Verder gaan". A registered pupil is named with its school and
 * that school's phone, in the API's words.
 */
export function BsnControle(props: { onVerder: (bsn: string) => void; onAnnuleer?: () => void }) {
  const { onVerder, onAnnuleer } = props;
  const { t } = useI18n();
  const { schooljaar } = useSchooljaar();
  return (
    <NummerControle
      naam="bsn"
      label={t("aanmeldingen.bsnVeld")}
      beschrijving={t("aanmeldingen.bsnUitleg")}
      verplicht={t("aanmeldingen.bsnVerplicht")}
      controleer={(nummer) => buitenleerlingControleren(nummer, schooljaar)}
      wisFoutBijWijzigen
      gevonden={(antwoord) => (
        <Paragraph className="elk-gevonden" lang="nl">
          {antwoord.bericht}
        </Paragraph>
      )}
      onVerder={(bsn) => onVerder(bsn)}
      onAnnuleer={onAnnuleer}
    />
  );
}
