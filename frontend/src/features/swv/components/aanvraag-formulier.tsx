import type { SwvAanvraagDetail, SwvKandidaten } from "@elk/contracts";
import { Heading2, Paragraph } from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  Keuzeveld,
  Knoppenrij,
  Tekstvak,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { swvAanvraagToevoegen, swvAanvraagWijzigen } from "../api/swv";
import { SOORTEN } from "./labels";

export type AanvraagModus =
  | { soort: "nieuw"; schooljaar: string; kandidaten: SwvKandidaten }
  | { soort: "wijzigen"; aanvraag: SwvAanvraagDetail };

/**
 * "Aanvraag opstellen" and "Aanpassen": the pupil (chosen once, from the school's registered and
 * placed pupils), the kind of request and the motivation. Saved as a concept; the motivation may
 * wait until the request is offered for approval.
 */
export function AanvraagFormulier(props: {
  modus: AanvraagModus;
  naOpgeslagen: (aanvraag: SwvAanvraagDetail) => void;
  annuleren: () => void;
}) {
  const { modus, naOpgeslagen, annuleren } = props;
  const { t } = useI18n();
  const bestaand = modus.soort === "wijzigen" ? modus.aanvraag : undefined;
  const [aanmeldingId, setAanmeldingId] = useState("");
  const [soort, setSoort] = useState<string>(bestaand?.soort ?? "");
  const [motivatie, setMotivatie] = useState(bestaand?.motivatie ?? "");
  const opslaan = useVerzenden(async () => {
    // An unknown kind is the API's to refuse, with its own message at the field.
    const gekozen = soort as SwvAanvraagDetail["soort"];
    if (modus.soort === "wijzigen") {
      const { id, version } = modus.aanvraag;
      return swvAanvraagWijzigen(id, { soort: gekozen, motivatie, version });
    }
    return swvAanvraagToevoegen({ schooljaar: modus.schooljaar, aanmeldingId, soort: gekozen, motivatie });
  });
  const formRef = useRef<HTMLFormElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const titelId = useId();
  useFocusOpFout(formRef, opslaan.fout);
  const { algemeen, velden } = formulierFout(opslaan.fout, t);

  // Opening the form moves focus to it, as a new page would.
  useEffect(() => titelRef.current?.focus(), []);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const opgeslagen = await opslaan.verzend();
    if (opgeslagen) naOpgeslagen(opgeslagen);
  }

  return (
    <section className="elk-swv__paneel" aria-labelledby={titelId}>
      <form ref={formRef} className="elk-formulier elk-swv__formulier" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={titelId} ref={titelRef} tabIndex={-1} className="elk-swv__paneel-titel">
          {bestaand ? t("swv.formulier.titelWijzigen") : t("swv.formulier.titelNieuw")}
        </Heading2>
        <VerplichtLegenda />
        <FormulierMelding tekst={algemeen} />
        {modus.soort === "nieuw" &&
          (modus.kandidaten.leerlingen.length === 0 ? (
            <Paragraph className="elk-leeg">{t("swv.formulier.geenLeerlingen")}</Paragraph>
          ) : (
            <Keuzeveld
              naam="aanmeldingId"
              label={t("swv.formulier.leerling")}
              beschrijving={t("swv.formulier.leerlingUitleg")}
              waarde={aanmeldingId}
              onWijzig={setAanmeldingId}
              leeg={t("swv.formulier.leerlingKiezen")}
              keuzes={modus.kandidaten.leerlingen.map((l) => ({
                waarde: l.aanmeldingId,
                label: `${l.naam} (${l.elkNummer})`,
              }))}
              verplicht
              fout={velden.aanmeldingId}
            />
          ))}
        <Keuzeveld
          naam="soort"
          label={t("swv.formulier.soort")}
          waarde={soort}
          onWijzig={setSoort}
          leeg={t("swv.formulier.soortKiezen")}
          keuzes={SOORTEN.map((s) => ({ waarde: s, label: t(`swv.soort.${s}`) }))}
          verplicht
          fout={velden.soort}
        />
        <Tekstvak
          naam="motivatie"
          label={t("swv.formulier.motivatie")}
          beschrijving={t("swv.formulier.motivatieUitleg")}
          waarde={motivatie}
          onWijzig={setMotivatie}
          regels={8}
          fout={velden.motivatie}
        />
        <Knoppenrij
          bezig={opslaan.bezig}
          opslaan={t("swv.formulier.opslaan")}
          opslaanBezig={t("swv.formulier.bezig")}
          annuleren={t("swv.annuleren")}
          onAnnuleer={annuleren}
        />
      </form>
    </section>
  );
}
