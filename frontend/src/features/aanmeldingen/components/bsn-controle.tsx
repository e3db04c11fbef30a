import { Button, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useRef, useState } from "react";
import { FormulierMelding, formulierFout, Tekstveld, useFocusOpFout } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useSchooljaar } from "../../../lib/schooljaar";
import { useVerzenden } from "../../../lib/use-verzenden";
import { buitenleerlingControleren } from "../api/buitenleerlingen";

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
  const [bsn, setBsn] = useState("");
  const [leeg, setLeeg] = useState(false);
  const [vrij, setVrij] = useState<{ bsn: string; bericht: string } | null>(null);
  const controleren = useVerzenden((nummer: string) => buitenleerlingControleren(nummer, schooljaar));
  const formRef = useRef<HTMLFormElement>(null);
  const { algemeen, velden } = formulierFout(controleren.fout, t);
  const veldFout = leeg ? t("aanmeldingen.bsnVerplicht") : velden.bsn;
  useFocusOpFout(formRef, leeg ? veldFout : controleren.fout);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setVrij(null);
    const nummer = bsn.trim();
    setLeeg(nummer === "");
    if (nummer === "") return;
    const antwoord = await controleren.verzend(nummer);
    if (antwoord) setVrij({ bsn: nummer, bericht: antwoord.bericht });
  }

  return (
    <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
      <FormulierMelding tekst={algemeen} />
      <div className="elk-elk-nummer__veld">
        <Tekstveld
          naam="bsn"
          label={t("aanmeldingen.bsnVeld")}
          beschrijving={t("aanmeldingen.bsnUitleg")}
          verplicht
          letterlijk
          autoComplete="off"
          waarde={bsn}
          fout={veldFout}
          onWijzig={(waarde) => {
            setBsn(waarde);
            setVrij(null);
            controleren.wisFout();
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
        {vrij && (
          <Paragraph className="elk-gevonden" lang="nl">
            {vrij.bericht}
          </Paragraph>
        )}
      </div>
      <div className="elk-formulier__knoppen">
        {vrij && (
          <Button type="button" appearance="primary-action-button" onClick={() => onVerder(vrij.bsn)}>
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
