import type { GroepKandidaten, GroepRegel } from "@elk/contracts";
import {
  Fieldset,
  FieldsetLegend,
  FormField,
  FormFieldCheckbox,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
  Heading2,
  Paragraph,
  Textbox,
} from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useEffect, useId, useMemo, useRef, useState } from "react";
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
import type { MessageKey } from "../../../i18n/nl";
import { useVerzenden } from "../../../lib/use-verzenden";
import { groepToevoegen, groepWijzigen } from "../api/groepen";

export type GroepModus = { soort: "toevoegen" } | { soort: "wijzigen"; groep: GroepRegel };

type Kandidaat = GroepKandidaten["leerlingen"][number];

const STATUS_LABELS: Readonly<Record<string, MessageKey>> = {
  aangemeld: "groepen.status.aangemeld",
  geplaatst: "groepen.status.geplaatst",
  uitgeloot: "groepen.status.uitgeloot",
  toegewezen: "groepen.status.toegewezen",
};

/** "Noor" finds Noor Jansen, "900001" finds her ELK-nummer; case and accents do not matter. */
function zoekSleutel(tekst: string): string {
  return tekst
    .normalize("NFD")
    .replace(/\p{Diacritic}/gu, "")
    .toLocaleLowerCase("nl-NL")
    .trim();
}

/**
 * GRP-01 "Groep toevoegen" as the manual shows it: a name, the pupils chosen from the list of the
 * school's registered and placed pupils, the contact persons chosen from the school's users, and
 * "opslaan". Editing shows the same fields for an existing group, with its version.
 */
export function GroepFormulier(props: {
  modus: GroepModus;
  schooljaar: string;
  kandidaten: GroepKandidaten;
  naOpgeslagen: (groep: GroepRegel) => void;
  annuleren: () => void;
}) {
  const { modus, schooljaar, kandidaten, naOpgeslagen, annuleren } = props;
  const { t } = useI18n();
  const groep = modus.soort === "wijzigen" ? modus.groep : undefined;
  const [naam, setNaam] = useState(groep?.naam ?? "");
  const [leerlingen, setLeerlingen] = useState<ReadonlySet<string>>(
    () => new Set(groep?.leerlingen.map((l) => l.aanmeldingId) ?? []),
  );
  const [contactpersonen, setContactpersonen] = useState<ReadonlySet<string>>(
    () => new Set(groep?.contactpersonen.map((c) => c.gebruikerId) ?? []),
  );
  const opslaan = useVerzenden(async () => {
    const velden = { naam, aanmeldingIds: [...leerlingen], contactpersoonIds: [...contactpersonen] };
    return groep
      ? groepWijzigen(groep.id, { ...velden, version: groep.version })
      : groepToevoegen({ schooljaar, ...velden });
  });
  const formRef = useRef<HTMLFormElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const titelId = useId();
  useFocusOpFout(formRef, opslaan.fout);
  const { algemeen, velden } = formulierFout(opslaan.fout, t);

  // Opening the form moves focus to it, as a new page would.
  useEffect(() => titelRef.current?.focus(), []);

  // A contact person of the group whose account is blocked is no longer offered, but stays listed.
  const gebruikers = useMemo(() => {
    const aangeboden = kandidaten.gebruikers.map((g) => ({ id: g.gebruikerId, naam: g.naam }));
    const extra = (groep?.contactpersonen ?? [])
      .filter((c) => !aangeboden.some((g) => g.id === c.gebruikerId))
      .map((c) => ({ id: c.gebruikerId, naam: c.naam }));
    return [...aangeboden, ...extra];
  }, [kandidaten.gebruikers, groep]);

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const opgeslagen = await opslaan.verzend();
    if (opgeslagen) naOpgeslagen(opgeslagen);
  }

  return (
    <section className="elk-groepen__paneel" aria-labelledby={titelId}>
      <form ref={formRef} className="elk-formulier elk-groepen__formulier" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={titelId} ref={titelRef} tabIndex={-1} className="elk-groepen__paneel-titel">
          {groep ? t("groepen.formulier.titelWijzigen") : t("groepen.formulier.titelToevoegen")}
        </Heading2>
        <VerplichtLegenda />
        <FormulierMelding tekst={algemeen} />
        <Tekstveld
          naam="naam"
          label={t("groepen.veld.naam")}
          waarde={naam}
          onWijzig={setNaam}
          verplicht
          beschrijving={t("groepen.veld.naamUitleg")}
          fout={velden.naam}
        />
        <LeerlingenKeuze
          kandidaten={kandidaten.leerlingen}
          gekozen={leerlingen}
          onWijzig={setLeerlingen}
          fout={velden.aanmeldingIds}
        />
        <Keuzelijst
          naam="contactpersoonIds"
          legenda={
            <>
              {t("groepen.veld.contactpersonen")}
              <VerplichtTeken />
            </>
          }
          uitleg={t("groepen.veld.contactpersonenUitleg")}
          fout={velden.contactpersoonIds}
          keuzes={gebruikers.map((g) => ({ waarde: g.id, label: g.naam }))}
          gekozen={contactpersonen}
          onWijzig={setContactpersonen}
        />
        <Knoppenrij
          bezig={opslaan.bezig}
          opslaan={t("groepen.formulier.opslaan")}
          opslaanBezig={t("groepen.formulier.bezig")}
          annuleren={t("groepen.annuleren")}
          onAnnuleer={annuleren}
        />
      </form>
    </section>
  );
}

function wissel(set: ReadonlySet<string>, waarde: string, aan: boolean): ReadonlySet<string> {
  const nieuw = new Set(set);
  if (aan) nieuw.add(waarde);
  else nieuw.delete(waarde);
  return nieuw;
}

/** "Je selecteert uit de lijst met leerlingen": a search field narrows the list as one types. */
function LeerlingenKeuze(props: {
  kandidaten: readonly Kandidaat[];
  gekozen: ReadonlySet<string>;
  onWijzig: (gekozen: ReadonlySet<string>) => void;
  fout: string | undefined;
}) {
  const { kandidaten, gekozen, onWijzig, fout } = props;
  const { t } = useI18n();
  const [zoek, setZoek] = useState("");
  const id = useId();
  const sleutel = zoekSleutel(zoek);
  const zichtbaar = sleutel
    ? kandidaten.filter(
        (k) => zoekSleutel(k.naam).includes(sleutel) || k.elkNummer.includes(sleutel.replace(/\s/g, "")),
      )
    : kandidaten;
  const status = (k: Kandidaat) => {
    const label = STATUS_LABELS[k.status];
    return label ? t(label) : k.status;
  };

  return (
    <Keuzelijst
      naam="aanmeldingIds"
      legenda={t("groepen.veld.leerlingen")}
      uitleg={t("groepen.veld.leerlingenUitleg")}
      fout={fout}
      keuzes={zichtbaar.map((k) => ({
        waarde: k.aanmeldingId,
        label: (
          <>
            {k.naam}{" "}
            <span className="elk-groepen__nummer">
              ({k.elkNummer}
              {k.advies ? `, ${k.advies}` : ""}, {status(k)})
            </span>
          </>
        ),
      }))}
      gekozen={gekozen}
      onWijzig={onWijzig}
      boven={
        kandidaten.length === 0 ? (
          <Paragraph className="elk-leeg">{t("groepen.veld.geenLeerlingen")}</Paragraph>
        ) : (
          <>
            <FormField
              className="elk-groepen__zoek"
              label={<FormLabel htmlFor={`${id}-zoek`}>{t("groepen.veld.zoeken")}</FormLabel>}
              description={
                <FormFieldDescription id={`${id}-zoek-uitleg`}>
                  {t("groepen.veld.zoekenUitleg")}
                </FormFieldDescription>
              }
              input={
                <Textbox
                  id={`${id}-zoek`}
                  type="search"
                  value={zoek}
                  autoComplete="off"
                  aria-describedby={`${id}-zoek-uitleg`}
                  onChange={(event) => setZoek(event.currentTarget.value)}
                />
              }
            />
            <Paragraph appearance="small" role="status">
              {sleutel ? `${t("groepen.veld.gevonden", { aantal: zichtbaar.length })} · ` : ""}
              {t("groepen.veld.gekozen", { aantal: gekozen.size })}
            </Paragraph>
            {sleutel && zichtbaar.length === 0 && (
              <Paragraph className="elk-leeg">{t("groepen.veld.geenGevonden")}</Paragraph>
            )}
          </>
        )
      }
    />
  );
}

/** A fieldset of check boxes in a scrolling box, with the API's message at the top when wrong. */
function Keuzelijst(props: {
  naam: string;
  legenda: ReactNode;
  uitleg: string;
  fout: string | undefined;
  keuzes: ReadonlyArray<{ waarde: string; label: ReactNode }>;
  gekozen: ReadonlySet<string>;
  onWijzig: (gekozen: ReadonlySet<string>) => void;
  boven?: ReactNode;
}) {
  const { naam, legenda, uitleg, fout, keuzes, gekozen, onWijzig, boven } = props;
  const id = useId();
  return (
    <Fieldset invalid={Boolean(fout)} aria-describedby={fout ? `${id}-fout ${id}-uitleg` : `${id}-uitleg`}>
      <FieldsetLegend>{legenda}</FieldsetLegend>
      <FormFieldDescription id={`${id}-uitleg`}>{uitleg}</FormFieldDescription>
      {fout && (
        <FormFieldErrorMessage id={`${id}-fout`} tabIndex={-1} role="alert">
          {fout}
        </FormFieldErrorMessage>
      )}
      {boven}
      {keuzes.length > 0 && (
        <div className="elk-groepen__keuzes">
          {keuzes.map((keuze) => (
            <FormFieldCheckbox
              key={keuze.waarde}
              name={naam}
              value={keuze.waarde}
              label={keuze.label}
              checked={gekozen.has(keuze.waarde)}
              inputInvalid={Boolean(fout)}
              onChange={(event) => onWijzig(wissel(gekozen, keuze.waarde, event.currentTarget.checked))}
            />
          ))}
        </div>
      )}
    </Fieldset>
  );
}
