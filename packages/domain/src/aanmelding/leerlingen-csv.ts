import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import { type GecontroleerdeLeerling, type LeerlingInvoer, leerlingFouten } from "./po-leerling";

/**
 * PO-01: a primary school imports its pupils from a spreadsheet saved as CSV — Dutch Excel
 * separates with ";" — with a header row naming the columns. Every row is checked before anything
 * is stored: one wrong row and the whole import is refused, with a message per row.
 */
export const CSV_KOLOMMEN = [
  "roepnaam",
  "tussenvoegsel",
  "achternaam",
  "bsn",
  "geboortedatum",
  "geslacht",
  "straat",
  "huisnummer",
  "postcode",
  "plaats",
  "emailOuders",
  "advies",
] as const;

export type CsvKolom = (typeof CSV_KOLOMMEN)[number];

const NIET_VERPLICHT: readonly CsvKolom[] = ["tussenvoegsel", "advies"];

/** A school's group 8 fits easily; a larger file is split by the school. */
export const MAX_IMPORT_RIJEN = 300;

/** A row of the file: `rij` is its line number as a spreadsheet shows it (the header is row 1). */
export interface CsvRij {
  rij: number;
  invoer: LeerlingInvoer;
  /** Set when the row itself cannot be read (wrong number of columns). */
  fout?: string;
}

/** "E-mail ouders", "EMAILOUDERS" and "emailOuders" are the same column. */
function kolomSleutel(naam: string): string {
  return naam
    .trim()
    .toLowerCase()
    .replace(/[\s_-]/g, "");
}

const KOLOM_BIJ_SLEUTEL = new Map<string, CsvKolom>(CSV_KOLOMMEN.map((k) => [kolomSleutel(k), k]));

/** Records of RFC 4180 text with ";": quoted fields may hold ";", line breaks and doubled quotes. */
function leesRecords(tekst: string): Array<{ regel: number; velden: string[] }> {
  const records: Array<{ regel: number; velden: string[] }> = [];
  let velden: string[] = [];
  let veld = "";
  let regel = 1;
  let startRegel = 1;
  let inAanhalingstekens = false;
  for (let i = 0; i < tekst.length; i++) {
    const teken = tekst[i];
    if (inAanhalingstekens) {
      if (teken === '"' && tekst[i + 1] === '"') {
        veld += '"';
        i++;
      } else if (teken === '"') inAanhalingstekens = false;
      else {
        if (teken === "\n") regel++;
        veld += teken;
      }
    } else if (teken === '"' && veld.trim() === "") {
      veld = "";
      inAanhalingstekens = true;
    } else if (teken === ";") {
      velden.push(veld);
      veld = "";
    } else if (teken === "\n" || teken === "\r") {
      if (teken === "\r" && tekst[i + 1] === "\n") i++;
      velden.push(veld);
      records.push({ regel: startRegel, velden });
      velden = [];
      veld = "";
      regel++;
      startRegel = regel;
    } else veld += teken;
  }
  if (inAanhalingstekens) {
    throw new OngeldigeInvoerFout("Het bestand kan niet gelezen worden.", {
      csv: `Rij ${startRegel}: een aanhalingsteken (") wordt niet afgesloten.`,
    });
  }
  if (veld !== "" || velden.length > 0) {
    velden.push(veld);
    records.push({ regel: startRegel, velden });
  }
  return records.filter((r) => r.velden.some((v) => v.trim() !== ""));
}

function bestandsfout(bericht: string): OngeldigeInvoerFout {
  return new OngeldigeInvoerFout(`Het bestand kan niet geïmporteerd worden: ${bericht}`, { csv: bericht });
}

/**
 * Read the file into rows of pupil data (pure: no checks of the data itself). Refuses a file
 * whose header is not the agreed one, so a shifted column never fills the wrong field.
 */
export function parseLeerlingenCsv(csv: string): CsvRij[] {
  const records = leesRecords(csv.replace(/^\uFEFF/, ""));
  const [kop, ...data] = records;
  const verwacht = `Verwacht: ${CSV_KOLOMMEN.join(";")}.`;
  if (!kop) throw bestandsfout(`het bestand is leeg. ${verwacht}`);
  if (kop.velden.length === 1 && (kop.velden[0] ?? "").includes(",")) {
    throw bestandsfout(`gebruik een puntkomma (;) als scheidingsteken, geen komma. ${verwacht}`);
  }
  const kolommen = kop.velden.map((naam) => KOLOM_BIJ_SLEUTEL.get(kolomSleutel(naam)));
  const onbekend = kop.velden.filter((_, i) => kolommen[i] === undefined).map((n) => `"${n.trim()}"`);
  if (onbekend.length > 0) throw bestandsfout(`onbekende kolom ${onbekend.join(", ")}. ${verwacht}`);
  const dubbel = kolommen.filter((k, i) => kolommen.indexOf(k) !== i);
  if (dubbel.length > 0) throw bestandsfout(`de kolom ${dubbel.join(", ")} staat er twee keer in.`);
  const ontbrekend = CSV_KOLOMMEN.filter((k) => !NIET_VERPLICHT.includes(k) && !kolommen.includes(k));
  if (ontbrekend.length > 0) throw bestandsfout(`de kolom ${ontbrekend.join(", ")} ontbreekt. ${verwacht}`);
  if (data.length === 0) throw bestandsfout("er staan geen leerlingen in het bestand, alleen de kopregel.");
  if (data.length > MAX_IMPORT_RIJEN) {
    throw bestandsfout(
      `importeer hoogstens ${MAX_IMPORT_RIJEN} leerlingen per keer (dit bestand heeft er ${data.length}).`,
    );
  }

  return data.map(({ regel, velden }): CsvRij => {
    const waarde: Partial<Record<CsvKolom, string>> = {};
    kolommen.forEach((kolom, i) => {
      if (kolom) waarde[kolom] = (velden[i] ?? "").trim();
    });
    const invoer: LeerlingInvoer = {
      roepnaam: waarde.roepnaam,
      tussenvoegsel: waarde.tussenvoegsel,
      achternaam: waarde.achternaam,
      bsn: waarde.bsn,
      geboortedatum: waarde.geboortedatum,
      geslacht: waarde.geslacht,
      adres: {
        straat: waarde.straat,
        huisnummer: waarde.huisnummer,
        postcode: waarde.postcode,
        plaats: waarde.plaats,
      },
      emailOuders: waarde.emailOuders,
      advies: waarde.advies,
    };
    return velden.length === kolommen.length
      ? { rij: regel, invoer }
      : {
          rij: regel,
          invoer,
          fout: `de rij heeft ${velden.length} kolommen, de kopregel ${kolommen.length}. Controleer de puntkomma's.`,
        };
  });
}

/** "adres.postcode" → "postcode": a row's messages name the file's own columns. */
function kolomVan(veld: string): string {
  return veld.startsWith("adres.") ? veld.slice("adres.".length) : veld;
}

export type GeimporteerdeLeerling = GecontroleerdeLeerling & { rij: number };

function importFout(velden: Record<string, string>): OngeldigeInvoerFout {
  const rijen = new Set(Object.keys(velden).map((k) => k.split(".")[0]));
  const aantal = rijen.size;
  return new OngeldigeInvoerFout(
    `De import is niet uitgevoerd: ${aantal} ${aantal === 1 ? "rij bevat" : "rijen bevatten"} fouten. Er is niets opgeslagen.`,
    velden,
  );
}

/**
 * PO-01: read the file and check every row by the rules of a new pupil, and that no BSN is in the
 * file twice. The field messages are keyed "rij 3.bsn" and read "rij 3: …".
 */
export function controleerLeerlingenImport(csv: string, schooljaar: string): GeimporteerdeLeerling[] {
  const velden: Record<string, string> = {};
  const leerlingen: GeimporteerdeLeerling[] = [];
  const rijVanNummer = new Map<string, number>();
  for (const { rij, invoer, fout } of parseLeerlingenCsv(csv)) {
    if (fout) {
      velden[`rij ${rij}`] = `rij ${rij}: ${fout}`;
      continue;
    }
    const { leerling, velden: rijFouten } = leerlingFouten(invoer, schooljaar);
    for (const [veld, bericht] of Object.entries(rijFouten)) {
      velden[`rij ${rij}.${kolomVan(veld)}`] = `rij ${rij}: ${bericht}`;
    }
    const nummer = leerling.identificatie.nummer;
    const eerder = nummer === "" ? undefined : rijVanNummer.get(nummer);
    if (eerder !== undefined) {
      velden[`rij ${rij}.bsn`] ??= `rij ${rij}: dit burgerservicenummer staat ook in rij ${eerder}.`;
    } else if (nummer !== "") rijVanNummer.set(nummer, rij);
    leerlingen.push({ ...leerling, rij });
  }
  if (Object.keys(velden).length > 0) throw importFout(velden);
  return leerlingen;
}

/** Rows whose pupil is already known this school year (looked up by the caller) refuse the import too. */
export function weigerBekendeLeerlingen(rijen: readonly number[]): void {
  if (rijen.length === 0) return;
  throw importFout(
    Object.fromEntries(
      rijen.map((rij) => [
        `rij ${rij}.bsn`,
        `rij ${rij}: er is dit schooljaar al een leerling met dit burgerservicenummer.`,
      ]),
    ),
  );
}
