import type { SchoolDetail } from "@elk/contracts";
import {
  Fieldset,
  FieldsetLegend,
  FormFieldCheckbox,
  Heading2,
  Paragraph,
} from "@utrecht/component-library-react";
import { type FormEvent, useEffect, useId, useRef, useState } from "react";
import { BestuurKeuze } from "../../../components/bestuur-keuze";
import {
  FormulierMelding,
  formulierFout,
  Keuzeveld,
  Knoppenrij,
  Tekstveld,
  useFocusOpFout,
  VerplichtLegenda,
} from "../../../components/formulier";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import type { SchoolInvoer, SchoolVeld } from "../utils/school-invoer";
import { GewijzigdMelding, isGelijktijdigGewijzigd } from "./gewijzigd-melding";

/**
 * The school's data as the manual lists them (ORG-01, ORG-02): for a new school every field is
 * editable and mandatory; for an existing one the fields this user may not change stay visible,
 * read-only. Nothing is saved until "Opslaan".
 */
export function SchoolFormulier(props: {
  titel: string;
  begin: SchoolInvoer;
  /** May this user change this field? A new school: everything. */
  mag: (veld: SchoolVeld) => boolean;
  /** The bestuur's name, shown when the bestuur cannot be changed. */
  bestuurNaam?: string;
  opslaan: (invoer: SchoolInvoer) => Promise<SchoolDetail>;
  naOpgeslagen: (school: SchoolDetail) => void;
  annuleren: () => void;
  /** After a 409 on a stale version: load the school again. */
  herlaad?: () => void;
}) {
  const { titel, begin, mag, bestuurNaam, naOpgeslagen, annuleren, herlaad } = props;
  const { t } = useI18n();
  const [invoer, setInvoer] = useState<SchoolInvoer>(begin);
  const verzenden = useVerzenden(props.opslaan);
  const formRef = useRef<HTMLFormElement>(null);
  const titelRef = useRef<HTMLHeadingElement>(null);
  const titelId = useId();
  useFocusOpFout(formRef, verzenden.fout);
  const gelijktijdig = isGelijktijdigGewijzigd(verzenden.fout);
  const { algemeen, velden } = formulierFout(gelijktijdig ? null : verzenden.fout, t);

  // Opening the form moves focus to it, as a new page would.
  useEffect(() => titelRef.current?.focus(), []);

  const wijzig = <K extends keyof SchoolInvoer>(veld: K, waarde: SchoolInvoer[K]) =>
    setInvoer((vorige) => ({ ...vorige, [veld]: waarde }));

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const school = await verzenden.verzend(invoer);
    if (school) naOpgeslagen(school);
  }

  const alleenBeheer = (["schooltype", "bestuurId", "brin", "vestigingscode"] as const).some((v) => !mag(v));
  /** Text field props shared by every field of the form. */
  const veld = (naam: keyof SchoolInvoer & string, api: SchoolVeld, foutSleutel: string = naam) => ({
    naam,
    waarde: String(invoer[naam]),
    onWijzig: (waarde: string) => wijzig(naam, waarde),
    disabled: !mag(api),
    verplicht: mag(api) && naam !== "telefoon",
    fout: velden[foutSleutel],
  });

  return (
    <section className="elk-school-formulier" aria-labelledby={titelId}>
      <form ref={formRef} className="elk-formulier" onSubmit={bijVerzenden} noValidate>
        <Heading2 id={titelId} ref={titelRef} tabIndex={-1} className="elk-school-formulier__titel">
          {titel}
        </Heading2>
        <VerplichtLegenda />
        {alleenBeheer && <Paragraph appearance="small">{t("scholen.formulier.alleenBeheer")}</Paragraph>}
        {gelijktijdig && verzenden.fout && <GewijzigdMelding fout={verzenden.fout} herlaad={herlaad} />}
        <FormulierMelding tekst={algemeen} />
        <OnbekendeVelden velden={velden} />

        <Tekstveld {...veld("officieleNaam", "officieleNaam")} label={t("scholen.officieleNaam")} />
        <Tekstveld {...veld("naam", "naam")} label={t("scholen.naam")} />
        <div className="elk-school-formulier__rij">
          <Keuzeveld
            naam="schooltype"
            label={t("scholen.schooltype")}
            waarde={invoer.schooltype}
            onWijzig={(waarde) => wijzig("schooltype", waarde === "PO" || waarde === "VO" ? waarde : "")}
            keuzes={[
              { waarde: "VO", label: t("scholen.schooltype.VO") },
              { waarde: "PO", label: t("scholen.schooltype.PO") },
            ]}
            leeg={t("scholen.schooltype.kiezen")}
            verplicht={mag("schooltype")}
            disabled={!mag("schooltype")}
            fout={velden.schooltype}
          />
          {mag("bestuurId") ? (
            <BestuurKeuze
              label={t("scholen.bestuur")}
              leeg={t("scholen.bestuurKiezen")}
              waarde={invoer.bestuurId}
              onWijzig={(waarde) => wijzig("bestuurId", waarde)}
              fout={velden.bestuurId}
            />
          ) : (
            <Tekstveld naam="bestuur" label={t("scholen.bestuur")} waarde={bestuurNaam ?? ""} disabled />
          )}
        </div>
        {invoer.schooltype === "PO" && (
          <FormFieldCheckbox
            name="particulier"
            label={t("scholen.particulierVeld")}
            description={t("scholen.particulierUitleg")}
            checked={invoer.particulier}
            disabled={!mag("particulier")}
            invalid={Boolean(velden.particulier)}
            errorMessage={velden.particulier}
            onChange={(event) => wijzig("particulier", event.currentTarget.checked)}
          />
        )}

        <Fieldset invalid={Boolean(velden.adres)}>
          <FieldsetLegend>{t("scholen.adres")}</FieldsetLegend>
          {velden.adres && <FormulierMelding tekst={velden.adres} />}
          <div className="elk-school-formulier__rij elk-school-formulier__rij--kort-rechts">
            <Tekstveld {...veld("straat", "adres", "adres.straat")} label={t("scholen.straat")} />
            <Tekstveld {...veld("huisnummer", "adres", "adres.huisnummer")} label={t("scholen.huisnummer")} />
          </div>
          <div className="elk-school-formulier__rij elk-school-formulier__rij--kort-links">
            <Tekstveld {...veld("postcode", "adres", "adres.postcode")} label={t("scholen.postcode")} />
            <Tekstveld {...veld("plaats", "adres", "adres.plaats")} label={t("scholen.plaats")} />
          </div>
        </Fieldset>

        <div className="elk-school-formulier__rij">
          <Tekstveld
            {...veld("brin", "brin")}
            label={t("scholen.brinNummer")}
            beschrijving={mag("brin") ? t("scholen.brinUitleg") : undefined}
            letterlijk
          />
          <Tekstveld
            {...veld("vestigingscode", "vestigingscode")}
            label={t("scholen.vestigingscode")}
            beschrijving={mag("vestigingscode") ? t("scholen.vestigingscodeUitleg") : undefined}
            letterlijk
          />
        </div>
        <Tekstveld {...veld("telefoon", "telefoon")} label={t("scholen.telefoon")} type="tel" />

        <Knoppenrij
          bezig={verzenden.bezig}
          opslaan={t("scholen.opslaan")}
          opslaanBezig={t("scholen.opslaanBezig")}
          annuleren={t("scholen.annuleren")}
          onAnnuleer={annuleren}
        />
      </form>
    </section>
  );
}

/** Field messages for fields this form does not show (e.g. `version`) still reach the user. */
const GETOONDE_VELDEN = new Set([
  "officieleNaam",
  "naam",
  "schooltype",
  "bestuurId",
  "particulier",
  "adres",
  "adres.straat",
  "adres.huisnummer",
  "adres.postcode",
  "adres.plaats",
  "brin",
  "vestigingscode",
  "telefoon",
]);

function OnbekendeVelden({ velden }: { velden: Readonly<Record<string, string>> }) {
  const overig = Object.entries(velden).filter(([sleutel]) => !GETOONDE_VELDEN.has(sleutel));
  if (overig.length === 0) return null;
  return <FormulierMelding tekst={overig.map(([, bericht]) => bericht).join(" ")} />;
}
