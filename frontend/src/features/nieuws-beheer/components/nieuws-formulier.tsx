import type { NieuwsBeheerItem, NieuwsToevoegen } from "@elk/contracts";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  RadioButton,
  Textarea,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import {
  FormulierMelding,
  formulierFout,
  Knoppenrij,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
  VerplichtTeken,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { nieuwsToevoegen } from "../api/nieuws-beheer";

type Bron = NieuwsToevoegen["bron"];
const BRONNEN: readonly Bron[] = ["beheerorganisatie", "ELK"];

/** HOME-01 "Nieuwsbericht toevoegen": saved as a concept, published from the list. */
export function NieuwsFormulier(props: {
  naOpgeslagen: (item: NieuwsBeheerItem) => void;
  annuleren: () => void;
}) {
  const { naOpgeslagen, annuleren } = props;
  const { t } = useI18n();
  const [titel, setTitel] = useState("");
  const [tekst, setTekst] = useState("");
  const [bron, setBron] = useState<Bron>("beheerorganisatie");
  const verzenden = useVerzenden(nieuwsToevoegen);
  const formRef = useRef<HTMLFormElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const id = useId();
  useFocusOpFout(formRef, verzenden.fout);
  const { algemeen, velden } = formulierFout(verzenden.fout, t);

  useEffect(() => titelRef.current?.focus(), []);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const item = await verzenden.verzend({ titel, tekst, bron });
    if (item) naOpgeslagen(item);
  }

  return (
    <section className="elk-nieuws-formulier" aria-labelledby={`${id}-titel`}>
      <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={`${id}-titel`} ref={titelRef} tabIndex={-1} className="elk-nieuws-formulier__titel">
          {t("nieuwsBeheer.formulier.titel")}
        </Heading2>
        <VerplichtLegenda />
        <FormulierMelding tekst={algemeen} />
        <Tekstveld
          naam="titel"
          label={t("nieuwsBeheer.titelVeld")}
          waarde={titel}
          onWijzig={setTitel}
          verplicht
          fout={velden.titel}
        />
        <FormField
          invalid={Boolean(velden.tekst)}
          label={
            <FormLabel htmlFor={`${id}-tekst`}>
              {t("nieuwsBeheer.tekstVeld")}
              <VerplichtTeken />
            </FormLabel>
          }
          description={
            <FormFieldDescription id={`${id}-tekst-uitleg`}>
              {t("nieuwsBeheer.tekstUitleg")}
            </FormFieldDescription>
          }
          errorMessage={
            velden.tekst && (
              <FormFieldErrorMessage id={`${id}-tekst-fout`}>{velden.tekst}</FormFieldErrorMessage>
            )
          }
          input={
            <Textarea
              id={`${id}-tekst`}
              name="tekst"
              rows={8}
              value={tekst}
              required
              invalid={Boolean(velden.tekst)}
              aria-describedby={[`${id}-tekst-uitleg`, velden.tekst && `${id}-tekst-fout`]
                .filter(Boolean)
                .join(" ")}
              onChange={(event) => setTekst(event.currentTarget.value)}
            />
          }
        />
        <Fieldset
          role="radiogroup"
          invalid={Boolean(velden.bron)}
          aria-describedby={velden.bron ? `${id}-bron-fout` : undefined}
        >
          <FieldsetLegend>
            {t("nieuwsBeheer.bron")}
            <VerplichtTeken />
          </FieldsetLegend>
          {velden.bron && <FormFieldErrorMessage id={`${id}-bron-fout`}>{velden.bron}</FormFieldErrorMessage>}
          <div className="elk-nieuws-formulier__bronnen">
            {BRONNEN.map((waarde) => (
              <FormLabel
                key={waarde}
                type="radio"
                checked={bron === waarde}
                className="elk-nieuws-formulier__bron"
              >
                <RadioButton
                  name="bron"
                  value={waarde}
                  checked={bron === waarde}
                  onChange={() => setBron(waarde)}
                />
                {t(`home.bron.${waarde}`)}
              </FormLabel>
            ))}
          </div>
        </Fieldset>
        <Knoppenrij
          bezig={verzenden.bezig}
          opslaan={t("nieuwsBeheer.opslaan")}
          opslaanBezig={t("nieuwsBeheer.opslaanBezig")}
          annuleren={t("nieuwsBeheer.annuleren")}
          onAnnuleer={annuleren}
        />
      </form>
    </section>
  );
}
