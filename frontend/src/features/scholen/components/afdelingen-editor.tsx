import type { SchoolDetail } from "@elk/contracts";
import { ADVIEZEN } from "@elk/domain";
import {
  Button,
  Checkbox,
  FormFieldErrorMessage,
  FormLabel,
  Heading3,
  Paragraph,
  Select,
  SelectOption,
  Table,
  TableBody,
  TableCell,
  TableContainer,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Textbox,
} from "@utrecht/component-library-react";
import { type FormEvent, type ReactNode, useEffect, useId, useRef, useState } from "react";
import { FormulierMelding, formulierFout, Knoppenrij, useFocusOpFout } from "../../../components/formulier";
import { IcoonKnop } from "../../../components/icoon-knop";
import { ActiesKop } from "../../../components/tabel";
import { useI18n } from "../../../i18n/i18n";
import { useVerzenden } from "../../../lib/use-verzenden";
import { afdelingenWijzigen } from "../api/school";
import {
  type AfdelingenInvoer,
  type AfdelingRij,
  afdelingenBody,
  afdelingenInvoerVan,
  foutenPerRij,
  GEEN_FOUTEN,
  type GroepRij,
  nieuweAfdeling,
  nieuweGroep,
  verwijderAfdeling,
  verwijderGroep,
  zetGelijkwaardig,
} from "../utils/afdelingen-invoer";
import { GewijzigdMelding, isGelijktijdigGewijzigd } from "./gewijzigd-melding";

/**
 * ORG-03: the afdelingen of a VO school with the advice levels they admit, a capacity of their own
 * or a shared capaciteitsgroep, and which count as gelijkwaardig. The whole list is saved at once.
 */
export function AfdelingenEditor(props: {
  school: SchoolDetail;
  naOpgeslagen: (school: SchoolDetail) => void;
  annuleren: () => void;
  herlaad: () => void;
}) {
  const { school, naOpgeslagen, annuleren, herlaad } = props;
  const { t } = useI18n();
  const [invoer, setInvoer] = useState<AfdelingenInvoer>(() => afdelingenInvoerVan(school));
  // The API's messages name rows by position in what was sent; the snapshot maps them back to rows.
  const verzondenRef = useRef<AfdelingenInvoer>(invoer);
  const verzenden = useVerzenden((waarden: AfdelingenInvoer) =>
    afdelingenWijzigen(school.id, afdelingenBody(waarden, school.version)),
  );
  const formRef = useRef<HTMLFormElement>(null);
  const toevoegenRef = useRef<HTMLButtonElement>(null);
  const groepToevoegenRef = useRef<HTMLButtonElement>(null);
  const [focusOp, setFocusOp] = useState<string | null>(null);
  const id = useId();
  useFocusOpFout(formRef, verzenden.fout);

  const gelijktijdig = isGelijktijdigGewijzigd(verzenden.fout);
  const fout = gelijktijdig ? null : verzenden.fout;
  const { algemeen } = formulierFout(fout, t);
  const fouten = fout ? foutenPerRij(fout.velden, verzondenRef.current) : GEEN_FOUTEN;

  // A new row's name field gets focus, so keyboard users can type straight away.
  useEffect(() => {
    if (!focusOp) return;
    document.getElementById(veldId(id, focusOp, "naam"))?.focus();
    setFocusOp(null);
  }, [focusOp, id]);

  const zetAfdelingen = (afdelingen: AfdelingRij[]) => setInvoer((vorige) => ({ ...vorige, afdelingen }));
  const wijzigRij = (sleutel: string, wijziging: Partial<AfdelingRij>) =>
    setInvoer((vorige) => ({
      ...vorige,
      afdelingen: vorige.afdelingen.map((r) => (r.sleutel === sleutel ? { ...r, ...wijziging } : r)),
    }));
  const wijzigGroep = (sleutel: string, wijziging: Partial<GroepRij>) =>
    setInvoer((vorige) => ({
      ...vorige,
      groepen: vorige.groepen.map((g) => (g.sleutel === sleutel ? { ...g, ...wijziging } : g)),
    }));

  async function bijVerzenden(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    verzondenRef.current = invoer;
    const opgeslagen = await verzenden.verzend(invoer);
    if (opgeslagen) naOpgeslagen(opgeslagen);
  }

  const afdelingLabel = (rij: AfdelingRij, index: number) =>
    rij.naam.trim() || t("scholen.afdelingen.nieuwe", { nummer: index + 1 });
  const groepLabel = (groep: GroepRij, index: number) =>
    groep.naam.trim() || t("scholen.groepen.nieuwe", { nummer: index + 1 });

  return (
    <form ref={formRef} className="elk-afdelingen-editor" onSubmit={bijVerzenden} noValidate>
      {gelijktijdig && verzenden.fout && <GewijzigdMelding fout={verzenden.fout} herlaad={herlaad} />}
      <FormulierMelding tekst={algemeen} />
      {fouten.overig.length > 0 && <FormulierMelding tekst={fouten.overig.join(" ")} />}

      {invoer.afdelingen.length === 0 ? (
        <Paragraph className="elk-leeg">{t("scholen.afdelingen.geen")}</Paragraph>
      ) : (
        <TableContainer className="elk-tabel-container">
          <Table className="elk-tabel elk-afdelingen-tabel">
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t("scholen.afdelingen.naam")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("scholen.afdelingen.adviezen")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("scholen.afdelingen.capaciteit")}</TableHeaderCell>
                <TableHeaderCell scope="col">{t("scholen.afdelingen.gelijkwaardig")}</TableHeaderCell>
                <ActiesKop label={t("scholen.acties")} />
              </TableRow>
            </TableHeader>
            <TableBody>
              {invoer.afdelingen.map((rij, index) => {
                const label = afdelingLabel(rij, index);
                const rijFouten = fouten.afdelingen[rij.sleutel] ?? {};
                const anderen = invoer.afdelingen.filter((ander) => ander.sleutel !== rij.sleutel);
                return (
                  <TableRow key={rij.sleutel} data-afdeling={rij.id ?? ""}>
                    <TableCell>
                      <Cel
                        fout={rijFouten.naam ?? rijFouten.id}
                        foutId={veldId(id, rij.sleutel, "naam-fout")}
                      >
                        <Textbox
                          id={veldId(id, rij.sleutel, "naam")}
                          className="elk-afdelingen-tabel__naam"
                          aria-label={t("scholen.afdelingen.naamVan", { nummer: index + 1 })}
                          value={rij.naam}
                          required
                          invalid={Boolean(rijFouten.naam ?? rijFouten.id)}
                          aria-describedby={
                            rijFouten.naam || rijFouten.id ? veldId(id, rij.sleutel, "naam-fout") : undefined
                          }
                          onChange={(e) => wijzigRij(rij.sleutel, { naam: e.currentTarget.value })}
                        />
                      </Cel>
                    </TableCell>
                    <TableCell>
                      <Vinkjes
                        legenda={t("scholen.afdelingen.adviezenVan", { naam: label })}
                        keuzes={ADVIEZEN.map((advies) => ({ waarde: advies, label: advies }))}
                        gekozen={rij.adviezen}
                        fout={rijFouten.adviezen}
                        foutId={veldId(id, rij.sleutel, "adviezen-fout")}
                        className="elk-vinkjes--adviezen"
                        onWijzig={(adviezen) => wijzigRij(rij.sleutel, { adviezen })}
                      />
                    </TableCell>
                    <TableCell>
                      <CapaciteitKeuze
                        rij={rij}
                        label={label}
                        groepen={invoer.groepen.map((g, i) => ({
                          sleutel: g.sleutel,
                          label: groepLabel(g, i),
                        }))}
                        fout={rijFouten.capaciteit}
                        basisId={veldId(id, rij.sleutel, "capaciteit")}
                        onWijzig={(wijziging) => wijzigRij(rij.sleutel, wijziging)}
                      />
                    </TableCell>
                    <TableCell>
                      {anderen.length === 0 ? (
                        <span className="elk-leeg">—</span>
                      ) : (
                        <Vinkjes
                          legenda={t("scholen.afdelingen.gelijkwaardigVan", { naam: label })}
                          keuzes={anderen.map((ander) => ({
                            waarde: ander.sleutel,
                            label: afdelingLabel(ander, invoer.afdelingen.indexOf(ander)),
                          }))}
                          gekozen={rij.gelijkwaardigAan}
                          fout={rijFouten.gelijkwaardigAan}
                          foutId={veldId(id, rij.sleutel, "gelijkwaardig-fout")}
                          onWissel={(ander, aan) =>
                            zetAfdelingen(zetGelijkwaardig(invoer.afdelingen, rij.sleutel, ander, aan))
                          }
                        />
                      )}
                    </TableCell>
                    <TableCell>
                      <IcoonKnop
                        icoon="verwijderen"
                        label={t("scholen.afdelingen.verwijderen", { naam: label })}
                        titel={t("scholen.verwijderen")}
                        onClick={() => {
                          zetAfdelingen(verwijderAfdeling(invoer.afdelingen, rij.sleutel));
                          toevoegenRef.current?.focus();
                        }}
                      />
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      <div>
        <Button
          ref={toevoegenRef}
          type="button"
          appearance="secondary-action-button"
          onClick={() => {
            const rij = nieuweAfdeling();
            zetAfdelingen([...invoer.afdelingen, rij]);
            setFocusOp(rij.sleutel);
          }}
        >
          {t("scholen.afdelingen.toevoegen")}
        </Button>
      </div>

      <section className="elk-capaciteitsgroepen" aria-labelledby={`${id}-groepen`}>
        <Heading3 id={`${id}-groepen`}>{t("scholen.groepen.titel")}</Heading3>
        <Paragraph appearance="small">{t("scholen.groepen.uitleg")}</Paragraph>
        {invoer.groepen.length > 0 && (
          <TableContainer className="elk-tabel-container">
            <Table className="elk-tabel elk-groepen-tabel">
              <TableHeader>
                <TableRow>
                  <TableHeaderCell scope="col">{t("scholen.groepen.naam")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("scholen.afdelingen.capaciteit")}</TableHeaderCell>
                  <TableHeaderCell scope="col">{t("scholen.groepen.afdelingen")}</TableHeaderCell>
                  <ActiesKop label={t("scholen.acties")} />
                </TableRow>
              </TableHeader>
              <TableBody>
                {invoer.groepen.map((groep, index) => {
                  const label = groepLabel(groep, index);
                  const groepFouten = fouten.groepen[groep.sleutel] ?? {};
                  const leden = invoer.afdelingen
                    .map((a, i) => (a.groep === groep.sleutel ? afdelingLabel(a, i) : null))
                    .filter((naam) => naam !== null);
                  return (
                    <TableRow key={groep.sleutel}>
                      <TableCell>
                        <Cel
                          fout={groepFouten.naam ?? groepFouten.id ?? groepFouten.rij}
                          foutId={veldId(id, groep.sleutel, "naam-fout")}
                        >
                          <Textbox
                            id={veldId(id, groep.sleutel, "naam")}
                            aria-label={t("scholen.groepen.naamVan", { nummer: index + 1 })}
                            value={groep.naam}
                            required
                            invalid={Boolean(groepFouten.naam ?? groepFouten.id ?? groepFouten.rij)}
                            onChange={(e) => wijzigGroep(groep.sleutel, { naam: e.currentTarget.value })}
                          />
                        </Cel>
                      </TableCell>
                      <TableCell>
                        <Cel
                          fout={groepFouten.capaciteit}
                          foutId={veldId(id, groep.sleutel, "capaciteit-fout")}
                        >
                          <Getalveld
                            id={veldId(id, groep.sleutel, "capaciteit")}
                            label={t("scholen.groepen.capaciteitVan", { naam: label })}
                            waarde={groep.capaciteit}
                            fout={groepFouten.capaciteit}
                            foutId={veldId(id, groep.sleutel, "capaciteit-fout")}
                            onWijzig={(capaciteit) => wijzigGroep(groep.sleutel, { capaciteit })}
                          />
                        </Cel>
                      </TableCell>
                      <TableCell>
                        {leden.length > 0 ? leden.join(", ") : <span className="elk-leeg">—</span>}
                      </TableCell>
                      <TableCell>
                        <IcoonKnop
                          icoon="verwijderen"
                          label={t("scholen.groepen.verwijderen", { naam: label })}
                          titel={t("scholen.verwijderen")}
                          onClick={() => {
                            setInvoer((vorige) => verwijderGroep(vorige, groep.sleutel));
                            groepToevoegenRef.current?.focus();
                          }}
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableContainer>
        )}
        <div>
          <Button
            ref={groepToevoegenRef}
            type="button"
            appearance="secondary-action-button"
            onClick={() => {
              const groep = nieuweGroep();
              setInvoer((vorige) => ({ ...vorige, groepen: [...vorige.groepen, groep] }));
              setFocusOp(groep.sleutel);
            }}
          >
            {t("scholen.groepen.toevoegen")}
          </Button>
        </div>
      </section>

      <Knoppenrij
        bezig={verzenden.bezig}
        opslaan={t("scholen.afdelingen.opslaan")}
        opslaanBezig={t("scholen.opslaanBezig")}
        annuleren={t("scholen.annuleren")}
        onAnnuleer={annuleren}
      />
    </form>
  );
}

function veldId(basis: string, sleutel: string, veld: string): string {
  return `${basis}-${sleutel.replace(/[^a-zA-Z0-9-]/g, "_")}-${veld}`;
}

/** A table cell's field with the API's message under it. */
function Cel({ fout, foutId, children }: { fout?: string | undefined; foutId: string; children: ReactNode }) {
  return (
    <div className={fout ? "elk-cel elk-cel--fout" : "elk-cel"}>
      {children}
      {fout && (
        <FormFieldErrorMessage id={foutId} lang="nl">
          {fout}
        </FormFieldErrorMessage>
      )}
    </div>
  );
}

function Getalveld(props: {
  id: string;
  label: string;
  waarde: string;
  fout?: string | undefined;
  foutId: string;
  onWijzig: (waarde: string) => void;
}) {
  const { id, label, waarde, fout, foutId, onWijzig } = props;
  return (
    <Textbox
      id={id}
      className="elk-getalveld"
      type="number"
      min={0}
      step={1}
      inputMode="numeric"
      aria-label={label}
      value={waarde}
      invalid={Boolean(fout)}
      aria-describedby={fout ? foutId : undefined}
      onChange={(e) => onWijzig(e.currentTarget.value)}
    />
  );
}

/** A capacity of its own, or one shared through a capaciteitsgroep (ORG-03), never both. */
function CapaciteitKeuze(props: {
  rij: AfdelingRij;
  label: string;
  groepen: readonly { sleutel: string; label: string }[];
  fout?: string | undefined;
  basisId: string;
  onWijzig: (wijziging: Partial<AfdelingRij>) => void;
}) {
  const { rij, label, groepen, fout, basisId, onWijzig } = props;
  const { t } = useI18n();
  const foutId = `${basisId}-fout`;
  return (
    <Cel fout={fout} foutId={foutId}>
      <div className="elk-capaciteit">
        {(groepen.length > 0 || rij.groep !== "") && (
          <Select
            aria-label={t("scholen.afdelingen.capaciteitVia", { naam: label })}
            value={rij.groep}
            invalid={Boolean(fout)}
            aria-describedby={fout ? foutId : undefined}
            onChange={(e) => onWijzig({ groep: e.currentTarget.value })}
          >
            <SelectOption value="">{t("scholen.afdelingen.eigenCapaciteit")}</SelectOption>
            {groepen.map((groep) => (
              <SelectOption key={groep.sleutel} value={groep.sleutel}>
                {groep.label}
              </SelectOption>
            ))}
          </Select>
        )}
        {rij.groep === "" && (
          <Getalveld
            id={basisId}
            label={t("scholen.afdelingen.capaciteitVan", { naam: label })}
            waarde={rij.capaciteit}
            fout={fout}
            foutId={foutId}
            onWijzig={(capaciteit) => onWijzig({ capaciteit })}
          />
        )}
      </div>
    </Cel>
  );
}

/** A group of check boxes in a table cell; the legend is for screen readers, the column says it. */
function Vinkjes(props: {
  legenda: string;
  keuzes: readonly { waarde: string; label: string }[];
  gekozen: readonly string[];
  fout?: string | undefined;
  foutId: string;
  className?: string;
  onWijzig?: (gekozen: string[]) => void;
  onWissel?: (waarde: string, aan: boolean) => void;
}) {
  const { legenda, keuzes, gekozen, fout, foutId, className, onWijzig, onWissel } = props;
  const wissel = (waarde: string, aan: boolean) => {
    onWissel?.(waarde, aan);
    // Kept in the order of the choices (for adviezen: low to high).
    onWijzig?.(keuzes.map((k) => k.waarde).filter((w) => (w === waarde ? aan : gekozen.includes(w))));
  };
  return (
    <fieldset
      className={["elk-vinkjes", className].filter(Boolean).join(" ")}
      aria-describedby={fout ? foutId : undefined}
    >
      <legend className="elk-visueel-verborgen">{legenda}</legend>
      <div className="elk-vinkjes__lijst">
        {keuzes.map((keuze) => {
          const aan = gekozen.includes(keuze.waarde);
          return (
            <FormLabel key={keuze.waarde} type="checkbox" checked={aan} className="elk-vinkjes__keuze">
              <Checkbox
                checked={aan}
                invalid={Boolean(fout)}
                onChange={(e) => wissel(keuze.waarde, e.currentTarget.checked)}
              />
              <span>{keuze.label}</span>
            </FormLabel>
          );
        })}
      </div>
      {fout && (
        <FormFieldErrorMessage id={foutId} lang="nl">
          {fout}
        </FormFieldErrorMessage>
      )}
    </fieldset>
  );
}
