import type { Geslacht } from "../aanmelding/leerling";
import { schoneTekst } from "./xml";

/**
 * ELK's values as the OSO gegevensset wants them: the XSD's own types (xs:date, patterns) and the
 * codes of the "OSO codelijsten" that the XSD names in its documentation. A value that does not
 * map returns undefined, so the element is left out instead of carrying something invalid.
 */

const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;

function dagenInMaand(jaar: number, maand: number): number {
  if (maand === 2) return (jaar % 4 === 0 && jaar % 100 !== 0) || jaar % 400 === 0 ? 29 : 28;
  return [4, 6, 9, 11].includes(maand) ? 30 : 31;
}

function bestaandeDatum(jaar: number, maand: number, dag: number): string | undefined {
  if (jaar < 1 || maand < 1 || maand > 12 || dag < 1 || dag > dagenInMaand(jaar, maand)) return undefined;
  return `${String(jaar).padStart(4, "0")}-${String(maand).padStart(2, "0")}-${String(dag).padStart(2, "0")}`;
}

/** An xs:date (YYYY-MM-DD, a day that exists), or undefined. */
export function osoDatum(waarde: string | undefined): string | undefined {
  const m = ISO_DATUM.exec(waarde?.trim() ?? "");
  return m ? bestaandeDatum(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

const MAANDEN: Readonly<Record<string, number>> = {
  januari: 1,
  jan: 1,
  februari: 2,
  feb: 2,
  maart: 3,
  mrt: 3,
  april: 4,
  apr: 4,
  mei: 5,
  juni: 6,
  jun: 6,
  juli: 7,
  jul: 7,
  augustus: 8,
  aug: 8,
  september: 9,
  sept: 9,
  sep: 9,
  oktober: 10,
  okt: 10,
  november: 11,
  nov: 11,
  december: 12,
  dec: 12,
};

/**
 * The date a free text names, as people write it in the oki-doc's field "Doorstroomtoets (naam en
 * datum van afname)": "2026-02-04", "4-2-2026", "04/02/2026" or "4 februari 2026". The first one
 * that is a real day counts.
 */
export function datumUitTekst(tekst: string | undefined): string | undefined {
  if (!tekst) return undefined;
  const kandidaten: Array<[number, number, number]> = [];
  for (const m of tekst.matchAll(/\b(\d{4})-(\d{1,2})-(\d{1,2})\b/g)) {
    kandidaten.push([Number(m[1]), Number(m[2]), Number(m[3])]);
  }
  for (const m of tekst.matchAll(/\b(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})\b/g)) {
    kandidaten.push([Number(m[3]), Number(m[2]), Number(m[1])]);
  }
  for (const m of tekst.matchAll(/\b(\d{1,2})\s+([a-z]+)\.?\s+(\d{4})\b/gi)) {
    const maand = MAANDEN[(m[2] ?? "").toLowerCase()];
    if (maand) kandidaten.push([Number(m[3]), maand, Number(m[1])]);
  }
  for (const [jaar, maand, dag] of kandidaten) {
    const datum = bestaandeDatum(jaar, maand, dag);
    if (datum) return datum;
  }
  return undefined;
}

/** Codelijst 14 "Geslacht": 0 onbekend, 1 vrouw, 2 man. "anders" has no code of its own: left out. */
export function osoGeslacht(geslacht: Geslacht | undefined): string | undefined {
  if (geslacht === "vrouw") return "1";
  if (geslacht === "man") return "2";
  return undefined;
}

const NL_POSTCODE = /^([1-9]\d{3})\s*([A-Za-z]{2})$/;

/** A Dutch postcode as OSO examples write it, "1185LA"; any other postcode as typed ("Geen vast formaat"). */
export function osoPostcode(postcode: string): { postcode: string; nederlands: boolean } | undefined {
  const schoon = schoneTekst(postcode);
  if (!schoon) return undefined;
  const m = NL_POSTCODE.exec(schoon);
  return m
    ? { postcode: `${m[1]}${(m[2] ?? "").toUpperCase()}`, nederlands: true }
    : { postcode: schoon, nederlands: false };
}

/** ELK's one huisnummer field split as OSO wants it: "12a" → 12 + a, "7-3" → 7 + 3, "12 bis" → 12 + bis. */
export function splitsHuisnummer(huisnummer: string): { nummer: string; toevoeging?: string } | undefined {
  const schoon = schoneTekst(huisnummer);
  if (!schoon) return undefined;
  const m = /^(\d+)\s*[-/]?\s*(.*)$/.exec(schoon);
  if (!m) return { nummer: schoon };
  const toevoeging = schoneTekst(m[2]);
  return toevoeging ? { nummer: m[1] as string, toevoeging } : { nummer: m[1] as string };
}

/** OSO recommends digits only (10 for a Dutch number): "020 - 555 01 10" → "0205550110". */
export function osoTelefoon(telefoon: string | undefined): string | undefined {
  const cijfers = telefoon?.replace(/[\s().-]/g, "") ?? "";
  return /^\+?\d{6,20}$/.test(cijfers) ? cijfers : undefined;
}

/** The rule the OSO validation takes from DUO: 4–256 characters, at most 64 before the @. */
const DUO_EMAIL =
  /^[a-zA-Z0-9!#$%*+=?^_`{|}~.-]{1,64}@[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?(\.[a-zA-Z0-9]([a-zA-Z0-9-]*[a-zA-Z0-9])?)*$/;

export function osoEmail(email: string | undefined): string | undefined {
  const schoon = email?.trim() ?? "";
  return schoon.length >= 4 && schoon.length <= 256 && DUO_EMAIL.test(schoon) ? schoon : undefined;
}

/** "Eleonora Maria" → "E.M." (voorletters-1: dots, no spaces). */
export function voorletters(voornamen: readonly string[]): string | undefined {
  const letters = voornamen
    .map((naam) => schoneTekst(naam))
    .filter((naam): naam is string => naam !== undefined)
    .map((naam) => `${[...naam][0]?.toUpperCase()}.`);
  return letters.length > 0 ? letters.join("") : undefined;
}

/**
 * Text cut to at most `max` characters (code points, as the XSD counts them), at a word where it
 * can, ending in the given marker.
 */
export function ingekort(tekst: string, max: number, marker: string): string {
  const tekens = [...tekst];
  if (tekens.length <= max) return tekst;
  const ruimte = max - [...marker].length;
  const stuk = tekens.slice(0, ruimte).join("");
  const spatie = stuk.lastIndexOf(" ");
  return `${(spatie > ruimte / 2 ? stuk.slice(0, spatie) : stuk).trimEnd()}${marker}`;
}
