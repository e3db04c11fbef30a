import { Paragraph } from "@utrecht/component-library-react";
import { useI18n } from "../../../i18n/i18n";
import { useSchooljaar } from "../../../lib/schooljaar";
import { elkNummerControleren, type GevondenLeerling } from "../api/aanmeldingen";
import { NummerControle } from "./nummer-controle";

/**
 * REG-09, the manual's steps 3 and 4: the ELK-nummer (leading zeros optional), "Controleren"
 * shows the pupil's name, then "Verder gaan". The API says when the number is unknown or the
 * registration period is closed.
 */
export function ElkNummerControle(props: {
  onVerder: (leerling: GevondenLeerling) => void;
  onAnnuleer?: () => void;
}) {
  const { onVerder, onAnnuleer } = props;
  const { t } = useI18n();
  const { schooljaar } = useSchooljaar();
  return (
    <NummerControle
      naam="elkNummer"
      label={t("aanmeldingen.elkNummerVeld")}
      beschrijving={t("aanmeldingen.elkNummerUitleg")}
      verplicht={t("aanmeldingen.elkNummerVerplicht")}
      controleer={(nummer) => elkNummerControleren(nummer, schooljaar)}
      veldVoorCode={NIET_GEVONDEN_BIJ_VELD}
      gevonden={(leerling) => (
        <Paragraph className="elk-gevonden">{t("aanmeldingen.gevonden", { naam: leerling.naam })}</Paragraph>
      )}
      onVerder={(_nummer, leerling) => onVerder(leerling)}
      onAnnuleer={onAnnuleer}
    />
  );
}

const NIET_GEVONDEN_BIJ_VELD = { NIET_GEVONDEN: "elkNummer" };
