import { Button, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import { FormulierMelding, formulierFout, Tekstveld, useFocusOpFout } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useVerzenden } from "../../../lib/use-verzenden";
import { elkNummerControleren, type GevondenLeerling } from "../api/aanmeldingen";

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
  const [elkNummer, setElkNummer] = useState("");
  const [leeg, setLeeg] = useState(false);
  const [gevonden, setGevonden] = useState<GevondenLeerling | null>(null);
  const controleren = useVerzenden((nummer: string) => elkNummerControleren(nummer, schooljaar));
  const formRef = useRef<HTMLFormElement>(null);
  const { algemeen, velden } = formulierFout(controleren.fout, t, { NIET_GEVONDEN: "elkNummer" });
  const veldFout = leeg ? t("aanmeldingen.elkNummerVerplicht") : velden.elkNummer;
  useFocusOpFout(formRef, leeg ? veldFout : controleren.fout);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setGevonden(null);
    const nummer = elkNummer.trim();
    setLeeg(nummer === "");
    if (nummer === "") return;
    const leerling = await controleren.verzend(nummer);
    if (leerling) setGevonden(leerling);
  }

  return (
    <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
      <FormulierMelding tekst={algemeen} />
      <div className="elk-elk-nummer__veld">
        <Tekstveld
          naam="elkNummer"
          label={t("aanmeldingen.elkNummerVeld")}
          beschrijving={t("aanmeldingen.elkNummerUitleg")}
          verplicht
          letterlijk
          autoComplete="off"
          waarde={elkNummer}
          fout={veldFout}
          onWijzig={(waarde) => {
            setElkNummer(waarde);
            setGevonden(null);
          }}
        />
        <Button
          type="submit"
          appearance="secondary-action-button"
          busy={controleren.bezig}
          disabled={controleren.bezig}
        >
          {controleren.bezig ? t("aanmeldingen.controlerenBezig") : t("aanmeldingen.controleren")}
        </Button>
      </div>
      <div role="status">
        {gevonden && (
          <Paragraph className="elk-gevonden">
            {t("aanmeldingen.gevonden", { naam: gevonden.naam })}
          </Paragraph>
        )}
      </div>
      <div className="elk-formulier__knoppen">
        {gevonden && (
          <Button type="button" appearance="primary-action-button" onClick={() => onVerder(gevonden)}>
            {t("aanmeldingen.verderGaan")}
          </Button>
        )}
        {onAnnuleer && (
          <Button type="button" appearance="secondary-action-button" onClick={onAnnuleer}>
            {t("aanmeldingen.annuleren")}
          </Button>
        )}
      </div>
    </form>
  );
}
