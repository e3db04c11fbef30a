/** A school board. Its contactpersonen ELK are shown as the manual's closing table shows them (ORG-05). */
export interface Bestuur {
  id: string;
  naam: string;
  contactpersonen: ReadonlyArray<{ naam: string; email: string }>;
}

export type Schooltype = "PO" | "VO";

export interface Adres {
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
}

/** The basisschooladviezen, from low to high (glossary). The one list of them; the rules check against it. */
export const ADVIEZEN = [
  "PrO",
  "vmbo-b",
  "vmbo-b/k",
  "vmbo-k",
  "vmbo-k/gl-tl",
  "vmbo-gl/tl",
  "vmbo-gl/tl/havo",
  "havo",
  "havo/vwo",
  "vwo",
] as const;

export type Advies = (typeof ADVIEZEN)[number];

export function isAdvies(waarde: string): waarde is Advies {
  return (ADVIEZEN as readonly string[]).includes(waarde);
}

/**
 * A stream of a VO school with the advice levels it admits (ORG-03). Its capacity is its own
 * (`capaciteit`) or shared with other afdelingen in a capaciteitsgroep (`capaciteitsgroepId`), never both.
 */
export interface Afdeling {
  id: string;
  naam: string;
  adviezen: readonly Advies[];
  capaciteit?: number;
  capaciteitsgroepId?: string;
  /** Afdelingen of the same school that count as equivalent; symmetric (REG-03, LOT-03). */
  gelijkwaardigAan: readonly string[];
}

/** ORG-03: several afdelingen of one school sharing one capacity. */
export interface Capaciteitsgroep {
  id: string;
  naam: string;
  capaciteit: number;
}

/** A school location, identified by BRIN + vestigingscode (ORG-01). */
export interface School {
  id: string;
  bestuurId: string;
  officieleNaam: string;
  naam: string;
  schooltype: Schooltype;
  /** ORG-04: a private primary school; its pupils register as buitenleerlingen. */
  particulier: boolean;
  brin: string;
  vestigingscode: string;
  adres: Adres;
  telefoon: string;
  afdelingen: readonly Afdeling[];
  capaciteitsgroepen: readonly Capaciteitsgroep[];
  /** REG-03: the voorrang this school offers at the 1st choice; absent or empty: none. */
  voorrangsregels?: ReadonlyArray<"broer-zus" | "kind-medewerker">;
}

export type NieuwsBron = "beheerorganisatie" | "ELK";

/**
 * HOME-01: news on the home page, written and published by the region administrator. It starts as a
 * concept, is shown on the home page once published, and disappears again when withdrawn.
 */
export interface Nieuwsbericht {
  id: string;
  titel: string;
  tekst: string;
  bron: NieuwsBron;
  aangemaaktOp: string;
  gepubliceerdOp?: string;
  ingetrokkenOp?: string;
}

export type GepubliceerdNieuwsbericht = Nieuwsbericht & { gepubliceerdOp: string };

/** BRIN + vestigingscode as one key: "12AB" + "00" → "12AB00". */
export function vestigingsnummer(school: Pick<School, "brin" | "vestigingscode">): string {
  return `${school.brin.toUpperCase()}${school.vestigingscode}`;
}
