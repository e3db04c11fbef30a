import type { KalenderDetail } from "@elk/contracts";
import {
  Alert,
  Button,
  Fieldset,
  FieldsetLegend,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  Knoppenrij,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { kalenderWijzigen } from "../api/kalender";
import { invoerVan, type KalenderInvoer, wijzigenVerzoek } from "../utils/kalender-invoer";

/** The API's field paths per input of the form. */
const VELD_PADEN: Readonly<Record<keyof KalenderInvoer, string>> = {
  aanmeldVan: "aanmeldperiode.van",
  aanmeldTot: "aanmeldperiode.tot",
  behandelVan: "behandelperiode.van",
  behandelTot: "behandelperiode.tot",
  decentraleLoting: "decentraleLoting",
  centralePlaatsing: "centralePlaatsing",
  bekendmakingDatum: "bekendmaking",
  bekendmakingTijd: "bekendmaking.tijd",
};
const GETOONDE_PADEN = new Set(Object.values(VELD_PADEN));

/**
 * REG-10 / LOT-04: the beheerorganisatie sets the whole calendar of a school year with date inputs
 * and saves it on the version it read. The API checks the order of the steps and the school year.
 */
export function KalenderFormulier(props: {
  kalender: KalenderDetail;
  naOpgeslagen: (kalender: KalenderDetail) => void;
  annuleren: () => void;
  herlaad: () => void;
}) {
  const { kalender, naOpgeslagen, annuleren, herlaad } = props;
  const { t } = useI18n();
  const [invoer, setInvoer] = useState<KalenderInvoer>(() => invoerVan(kalender));
  const [tijdFout, setTijdFout] = useState<string | null>(null);
  const verzenden = useVerzenden(kalenderWijzigen);
  const formRef = useRef<HTMLFormElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const titelId = useId();
  useFocusOpFout(formRef, verzenden.fout ?? tijdFout);
  const gelijktijdig = verzenden.fout?.status === 409 && verzenden.fout.code === "GELIJKTIJDIG_GEWIJZIGD";
  const { algemeen, velden } = formulierFout(gelijktijdig ? null : verzenden.fout, t);
  const overig = Object.entries(velden).filter(([pad]) => !GETOONDE_PADEN.has(pad));

  useEffect(() => titelRef.current?.focus(), []);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const verzoek = wijzigenVerzoek(invoer, kalender.version);
    if (verzoek.soort === "tijdBestaatNiet") {
      verzenden.wisFout();
      setTijdFout(t("kalender.tijdBestaatNiet"));
      return;
    }
    setTijdFout(null);
    const opgeslagen = await verzenden.verzend(kalender.schooljaar, verzoek.body);
    if (opgeslagen) naOpgeslagen(opgeslagen);
  }

  const veld = (naam: keyof KalenderInvoer, label: string, verplicht = true) => (
    <Tekstveld
      naam={naam}
      type={naam === "bekendmakingTijd" ? "time" : "date"}
      label={label}
      waarde={invoer[naam]}
      onWijzig={(waarde) => setInvoer((vorige) => ({ ...vorige, [naam]: waarde }))}
      verplicht={verplicht}
      fout={naam === "bekendmakingTijd" ? (tijdFout ?? undefined) : velden[VELD_PADEN[naam]]}
    />
  );

  return (
    <section className="elk-kalender-paneel" aria-labelledby={titelId}>
      <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={titelId} ref={titelRef} tabIndex={-1} className="elk-kalender-paneel__titel">
          {t("kalender.wijzigenTitel", { schooljaar: kalender.schooljaar })}
        </Heading2>
        <VerplichtLegenda />
        {gelijktijdig && verzenden.fout && (
          <Alert type="warning" role="alert" tabIndex={-1} className="elk-gewijzigd">
            <Paragraph lang="nl">{verzenden.fout.message}</Paragraph>
            <Button type="button" appearance="secondary-action-button" onClick={herlaad}>
              {t("kalender.opnieuwLaden")}
            </Button>
          </Alert>
        )}
        <FormulierMelding tekst={algemeen} />
        {overig.length > 0 && <FormulierMelding tekst={overig.map(([, bericht]) => bericht).join(" ")} />}

        <Fieldset>
          <FieldsetLegend>{t("kalender.aanmeldperiode")}</FieldsetLegend>
          <div className="elk-kalender-paneel__rij">
            {veld("aanmeldVan", t("kalender.van"))}
            {veld("aanmeldTot", t("kalender.totEnMet"))}
          </div>
        </Fieldset>
        <Fieldset>
          <FieldsetLegend>{t("kalender.behandelperiode")}</FieldsetLegend>
          <div className="elk-kalender-paneel__rij">
            {veld("behandelVan", t("kalender.van"))}
            {veld("behandelTot", t("kalender.totEnMet"))}
          </div>
        </Fieldset>
        <div className="elk-kalender-paneel__rij">
          {veld("decentraleLoting", t("kalender.decentraleLoting"))}
          {veld("centralePlaatsing", t("kalender.centralePlaatsing"))}
        </div>
        <Fieldset>
          <FieldsetLegend>{t("kalender.bekendmaking")}</FieldsetLegend>
          <Paragraph appearance="small" className="elk-kalender-paneel__uitleg">
            {t("kalender.bekendmakingUitleg")}
          </Paragraph>
          <div className="elk-kalender-paneel__rij">
            {veld("bekendmakingDatum", t("kalender.bekendmakingDatum"), false)}
            {veld("bekendmakingTijd", t("kalender.bekendmakingTijd"), false)}
          </div>
        </Fieldset>

        <Knoppenrij
          bezig={verzenden.bezig}
          opslaan={t("kalender.opslaan")}
          opslaanBezig={t("kalender.opslaanBezig")}
          annuleren={t("kalender.annuleren")}
          onAnnuleer={annuleren}
        />
      </form>
    </section>
  );
}
