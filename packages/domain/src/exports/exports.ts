import { isBuitenleerlingNummer } from "../aanmelding/elk-nummer";
import type { Aanmelding, AanmeldingStatus } from "../aanmelding/leerling";
import type { Actor } from "../autorisatie/actor";
import { mag } from "../autorisatie/permissies";
import { GeenToegangFout } from "../fouten/domein-fout";
import type { RegionConfig } from "../regio/region-config";

/**
 * EXP-01 / EXP-02 / EXP-03: the Excel exports of a VO school. Which pupils each holds, who may make
 * it, and how a cell's text is made safe; the files themselves are built in functions/src/exports.
 */
export const EXPORT_SOORTEN = [
  // Bulkacties > Export aanmeldingenoverzicht (EXP-01)
  "aanmeldingen",
  // Export decentrale loting (LOT-01): the registrations without a status yet
  "decentrale-loting",
  // Export Terugtrekkers (REG-06): registrations undone by the parents, or withdrawn by the school
  "terugtrekkers",
  // Overzicht buitenleerlingen, with BSN and BRIN ("Overige aanpassingen ELK in 2025")
  "buitenleerlingen",
  // Overzichten > VO – Resultaten doorstroomtoets (EXP-03)
  "doorstroomtoets",
] as const;

export type ExportSoort = (typeof EXPORT_SOORTEN)[number];

export const EXPORT_TITELS: Readonly<Record<ExportSoort, string>> = {
  aanmeldingen: "Aanmeldingenoverzicht",
  "decentrale-loting": "Decentrale loting",
  terugtrekkers: "Terugtrekkers",
  buitenleerlingen: "Buitenleerlingen",
  doorstroomtoets: "Resultaten doorstroomtoets",
};

/** How long an export file and its record are kept before they are removed (S3 lifecycle, TTL). */
export const EXPORT_BEWAARDAGEN = 1;

/** Only the aanmeldingenoverzicht follows the overview's filters and selection (EXP-01). */
export function volgtOverzichtFilters(soort: ExportSoort): boolean {
  return soort === "aanmeldingen";
}

/** The statuses a registration has while it is one of the school's Terugtrekkers (REG-06, TRT-09). */
export const TERUGTREKKER_STATUSSEN: readonly AanmeldingStatus[] = ["ingetrokken", "teruggetrokken"];

/**
 * Does this registration belong in the export? The aanmeldingenoverzicht and the doorstroomtoets
 * results take every registration the school handles; "decentrale loting" only those without a
 * decision yet ("alle leerlingen die geen status hebben"); buitenleerlingen by their B-number.
 */
export function hoortInExport(soort: ExportSoort, a: Pick<Aanmelding, "status" | "elkNummer">): boolean {
  switch (soort) {
    case "aanmeldingen":
    case "doorstroomtoets":
      return true;
    case "decentrale-loting":
      return a.status === "aangemeld";
    case "terugtrekkers":
      return TERUGTREKKER_STATUSSEN.includes(a.status);
    case "buitenleerlingen":
      return isBuitenleerlingNummer(a.elkNummer);
  }
}

/**
 * Who may export: the users of a VO school who may see its pupils (Leerlingen > Overzicht) —
 * Beheren, Aanmelden, Beoordelen en plaatsen. The doorstroomtoets results are an Overzicht and
 * follow that menu's permission.
 */
export function magExporteren(actor: Actor, soort: ExportSoort, config: RegionConfig): boolean {
  if (actor.organisatieType !== "vo" || !actor.schoolId) return false;
  if (soort === "doorstroomtoets") return mag(actor, "overzichten.bekijken", config);
  return mag(actor, "leerlingen.inzien", config);
}

/** May the actor make any export at all (asked before its request is read, issue #10)? */
export function vereisEnigeExport(actor: Actor, config: RegionConfig): void {
  if (!EXPORT_SOORTEN.some((soort) => magExporteren(actor, soort, config))) throw new GeenToegangFout();
}

export function vereisExport(actor: Actor, soort: ExportSoort, config: RegionConfig): string {
  if (!magExporteren(actor, soort, config) || !actor.schoolId) throw new GeenToegangFout();
  return actor.schoolId;
}

/**
 * The BSN appears in one export only — buitenleerlingen — and only for the users of the VO school
 * that registered them: they typed the BSN at registration (REG-08) and need it for their own
 * administration, as no oki-doc or OSO dossier brings it. A meekijkende contactpersoon ELK sees it
 * as the user it looks along with, and the download is recorded with both identities.
 */
export function exportBevatBsn(soort: ExportSoort, actor: Actor, config: RegionConfig): boolean {
  return soort === "buitenleerlingen" && magExporteren(actor, soort, config);
}

/** Most rows an export may select by hand; more follow the overview's filters instead. */
export const EXPORT_MAX_SELECTIE = 5000;

/**
 * Text that a spreadsheet would run as a formula (=, +, -, @, and the tab and carriage return
 * that some programs strip first) gets a leading apostrophe, so a pupil's name never becomes a
 * formula in the school's Excel (CSV/formula injection).
 */
export function veiligeCeltekst(tekst: string): string {
  return /^[=+\-@\t\r]/.test(tekst) ? `'${tekst}` : tekst;
}

/** "Aanmeldingenoverzicht Amstelveen College 2026-03-14 1530.xlsx" — no characters a file system refuses. */
export function exportBestandsnaam(soort: ExportSoort, schoolNaam: string, op: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  const stempel = `${op.getFullYear()}-${p(op.getMonth() + 1)}-${p(op.getDate())} ${p(op.getHours())}${p(op.getMinutes())}`;
  const school = schoolNaam.replace(/[\\/:*?"<>|]+/g, " ").trim();
  return `${EXPORT_TITELS[soort]} ${school} ${stempel}.xlsx`.replace(/\s+/g, " ");
}

export interface MeerlingKandidaat {
  elkNummer: string;
  achternaam: string;
  geboortedatum: string;
  postcode: string;
  huisnummer: string;
}

/**
 * LOT-01: "Aandachtspunt in geval van loten: check op tweelingen." Pupils with the same surname,
 * birth date and address in one export are probably a meerling; each gets the ELK-nummers of
 * the others, whether or not the parents ticked "meerling".
 */
export function mogelijkeMeerlingen(leerlingen: readonly MeerlingKandidaat[]): Map<string, string[]> {
  const sleutel = (l: MeerlingKandidaat) =>
    [l.achternaam, l.geboortedatum, l.postcode, l.huisnummer]
      .map((d) => d.toLocaleLowerCase("nl-NL").replace(/\s+/g, ""))
      .join("|");
  const groepen = new Map<string, string[]>();
  for (const l of leerlingen) groepen.set(sleutel(l), [...(groepen.get(sleutel(l)) ?? []), l.elkNummer]);
  const uit = new Map<string, string[]>();
  for (const nummers of groepen.values()) {
    if (nummers.length < 2) continue;
    for (const n of nummers)
      uit.set(
        n,
        nummers.filter((m) => m !== n),
      );
  }
  return uit;
}
