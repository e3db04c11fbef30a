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

/** A stream of a VO school with the advice levels it admits and its capacity (ORG-03). */
export interface Afdeling {
  id: string;
  naam: string;
  adviezen: readonly string[];
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
}

export type NieuwsBron = "beheerorganisatie" | "ELK";

/** HOME-01: news on the home page, written and published by the region administrator. */
export interface Nieuwsbericht {
  id: string;
  titel: string;
  tekst: string;
  bron: NieuwsBron;
  gepubliceerdOp: string;
}

/** BRIN + vestigingscode as one key: "12AB" + "00" → "12AB00". */
export function vestigingsnummer(school: Pick<School, "brin" | "vestigingscode">): string {
  return `${school.brin.toUpperCase()}${school.vestigingscode}`;
}
