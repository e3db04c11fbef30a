import type { ImportResultaat } from "@elk/contracts";
import { CSV_KOLOMMEN } from "@elk/domain";
import {
  Alert,
  Code,
  FormField,
  FormFieldDescription,
  FormLabel,
  Heading2,
  Paragraph,
  Textarea,
  UnorderedList,
  UnorderedListItem,
} from "@utrecht/component-library-react";
import { type ChangeEvent, type FormEvent, Fragment, useEffect, useId, useRef, useState } from "react";
import { foutTekst } from "../../../components/api-fout";
import { Knoppenrij } from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { leerlingenImporteren } from "../api/po-leerlingen";
import { importMeldingen, leesCsvBestand } from "../utils/csv";

/**
 * PO-01 "CSV importeren": the file's columns explained, a file (or pasted lines), and — when a
 * row is wrong — the messages per row. The API imports all rows or none.
 */
export function CsvImport(props: {
  schooljaar: string;
  naGeimporteerd: (resultaat: ImportResultaat) => void;
  annuleren: () => void;
}) {
  const { schooljaar, naGeimporteerd, annuleren } = props;
  const { t } = useI18n();
  const [csv, setCsv] = useState("");
  const verzenden = useVerzenden(leerlingenImporteren);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const foutRef = useRef<HTMLDivElement>(null);
  const id = useId();
  const fout = verzenden.fout;
  const meldingen = fout?.vanServer ? importMeldingen(fout) : [];

  useEffect(() => titelRef.current?.focus(), []);
  useEffect(() => {
    if (fout) foutRef.current?.focus();
  }, [fout]);

  async function kiesBestand(event: ChangeEvent<HTMLInputElement>) {
    const bestand = event.currentTarget.files?.[0];
    if (!bestand) return;
    verzenden.wisFout();
    setCsv(await leesCsvBestand(bestand));
  }

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const resultaat = await verzenden.verzend(schooljaar, csv);
    if (resultaat) naGeimporteerd(resultaat);
  }

  return (
    <section className="elk-leerling-paneel" aria-labelledby={`${id}-titel`}>
      <form className="elk-formulier elk-csv-import" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={`${id}-titel`} ref={titelRef} tabIndex={-1} className="elk-leerling-paneel__titel">
          {t("leerlingen.import.titel")}
        </Heading2>
        <Paragraph>{t("leerlingen.import.uitleg")}</Paragraph>
        {/* The header line breaks only after a ";", never inside a column's name. */}
        <Code className="elk-csv-import__kop">
          {CSV_KOLOMMEN.map((kolom, i) => (
            <Fragment key={kolom}>
              {i > 0 && (
                <>
                  ;<wbr />
                </>
              )}
              {kolom}
            </Fragment>
          ))}
        </Code>
        <Paragraph>{t("leerlingen.import.kolommen")}</Paragraph>
        <Paragraph>{t("leerlingen.import.allesOfNiets", { schooljaar })}</Paragraph>

        {fout && (
          <Alert type="error" role="alert" ref={foutRef} tabIndex={-1} className="elk-csv-import__fout">
            <Paragraph lang={fout.vanServer ? "nl" : undefined}>{foutTekst(fout, t)}</Paragraph>
            {meldingen.length > 0 && (
              <UnorderedList aria-label={t("leerlingen.import.fouten")} lang="nl">
                {meldingen.map((bericht) => (
                  <UnorderedListItem key={bericht}>{bericht}</UnorderedListItem>
                ))}
              </UnorderedList>
            )}
          </Alert>
        )}

        <FormField
          label={<FormLabel htmlFor={`${id}-bestand`}>{t("leerlingen.import.bestand")}</FormLabel>}
          input={
            <input
              id={`${id}-bestand`}
              type="file"
              accept=".csv,.txt,text/csv,text/plain"
              className="elk-csv-import__bestand"
              onChange={kiesBestand}
            />
          }
        />
        <FormField
          label={<FormLabel htmlFor={`${id}-inhoud`}>{t("leerlingen.import.inhoud")}</FormLabel>}
          description={
            <FormFieldDescription id={`${id}-inhoud-uitleg`}>
              {t("leerlingen.import.inhoudUitleg")}
            </FormFieldDescription>
          }
          input={
            <Textarea
              id={`${id}-inhoud`}
              name="csv"
              rows={8}
              value={csv}
              spellCheck={false}
              wrap="off"
              className="elk-csv-import__inhoud"
              aria-describedby={`${id}-inhoud-uitleg`}
              onChange={(event) => setCsv(event.currentTarget.value)}
            />
          }
        />
        <Knoppenrij
          bezig={verzenden.bezig}
          opslaan={t("leerlingen.import.knop")}
          opslaanBezig={t("leerlingen.import.bezig")}
          annuleren={t("leerlingen.annuleren")}
          onAnnuleer={annuleren}
        />
      </form>
    </section>
  );
}
