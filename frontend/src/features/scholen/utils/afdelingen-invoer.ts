import type { AfdelingenWijzigen, SchoolDetail } from "@elk/contracts";

/**
 * The afdelingen editor's rows (ORG-03). A row is known by its `sleutel` while editing, so a new
 * afdeling can be gelijkwaardig or share a capaciteitsgroep before it has a code of its own.
 */
export interface AfdelingRij {
  sleutel: string;
  /** The afdeling's code; undefined for a new row until it is saved. */
  id?: string;
  naam: string;
  adviezen: string[];
  /** The `sleutel` of its capaciteitsgroep; "" for a capacity of its own. */
  groep: string;
  capaciteit: string;
  /** The `sleutel`s of the rows it is gelijkwaardig aan; kept symmetric, as the API makes it. */
  gelijkwaardigAan: string[];
}

export interface GroepRij {
  sleutel: string;
  id?: string;
  naam: string;
  capaciteit: string;
}

export interface AfdelingenInvoer {
  afdelingen: AfdelingRij[];
  groepen: GroepRij[];
}

const afdelingSleutel = (id: string) => `afdeling:${id}`;
const groepSleutel = (id: string) => `groep:${id}`;

export function afdelingenInvoerVan(
  school: Pick<SchoolDetail, "afdelingen" | "capaciteitsgroepen">,
): AfdelingenInvoer {
  return {
    afdelingen: school.afdelingen.map((a) => ({
      sleutel: afdelingSleutel(a.id),
      id: a.id,
      naam: a.naam,
      adviezen: [...a.adviezen],
      groep: a.capaciteitsgroepId ? groepSleutel(a.capaciteitsgroepId) : "",
      capaciteit: a.capaciteit === undefined ? "" : String(a.capaciteit),
      gelijkwaardigAan: a.gelijkwaardigAan.map(afdelingSleutel),
    })),
    groepen: school.capaciteitsgroepen.map((g) => ({
      sleutel: groepSleutel(g.id),
      id: g.id,
      naam: g.naam,
      capaciteit: String(g.capaciteit),
    })),
  };
}

let teller = 0;
/** A key for a row that does not exist yet. */
export function nieuweSleutel(): string {
  teller += 1;
  return `nieuw:${teller}`;
}

export function nieuweAfdeling(): AfdelingRij {
  return {
    sleutel: nieuweSleutel(),
    naam: "",
    adviezen: [],
    groep: "",
    capaciteit: "",
    gelijkwaardigAan: [],
  };
}

export function nieuweGroep(): GroepRij {
  return { sleutel: nieuweSleutel(), naam: "", capaciteit: "" };
}

/** Gelijkwaardig works both ways: ticking B at A also ticks A at B, and so does unticking. */
export function zetGelijkwaardig(
  rijen: readonly AfdelingRij[],
  a: string,
  b: string,
  aan: boolean,
): AfdelingRij[] {
  const pas = (lijst: string[], ander: string) =>
    aan ? (lijst.includes(ander) ? lijst : [...lijst, ander]) : lijst.filter((s) => s !== ander);
  return rijen.map((rij) => {
    if (rij.sleutel === a) return { ...rij, gelijkwaardigAan: pas(rij.gelijkwaardigAan, b) };
    if (rij.sleutel === b) return { ...rij, gelijkwaardigAan: pas(rij.gelijkwaardigAan, a) };
    return rij;
  });
}

/** Removing a row also removes it from the others' gelijkwaardig lists. */
export function verwijderAfdeling(rijen: readonly AfdelingRij[], sleutel: string): AfdelingRij[] {
  return rijen
    .filter((rij) => rij.sleutel !== sleutel)
    .map((rij) => ({ ...rij, gelijkwaardigAan: rij.gelijkwaardigAan.filter((s) => s !== sleutel) }));
}

/** Removing a capaciteitsgroep gives its afdelingen back a capacity of their own (to be filled in). */
export function verwijderGroep(invoer: AfdelingenInvoer, sleutel: string): AfdelingenInvoer {
  return {
    groepen: invoer.groepen.filter((g) => g.sleutel !== sleutel),
    afdelingen: invoer.afdelingen.map((a) => (a.groep === sleutel ? { ...a, groep: "" } : a)),
  };
}

/**
 * The code of a new row, as the API would derive it from the name, made unique among the codes in
 * use: new rows need one so other rows can refer to them.
 */
function codeVan(naam: string, bezet: Set<string>, standaard: string): string {
  const basis =
    naam
      .normalize("NFD")
      .replace(/\p{M}/gu, "")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 50) || standaard;
  let code = basis;
  for (let n = 2; bezet.has(code); n++) code = `${basis}-${n}`;
  bezet.add(code);
  return code;
}

function codes<T extends { sleutel: string; id?: string; naam: string }>(
  rijen: readonly T[],
  standaard: string,
): Map<string, string> {
  const bezet = new Set(rijen.flatMap((r) => (r.id ? [r.id] : [])));
  return new Map(rijen.map((r) => [r.sleutel, r.id ?? codeVan(r.naam, bezet, standaard)]));
}

/** "" is no capacity (the API then asks for one); anything else goes as typed, for the API to judge. */
function getal(tekst: string): number | null {
  const schoon = tekst.trim();
  return schoon === "" ? null : Number(schoon);
}

type Groep = NonNullable<AfdelingenWijzigen["capaciteitsgroepen"]>[number];

/** The body as typed: an empty group capacity goes as null, for the API to name it in Dutch. */
export type AfdelingenVerzoek = Omit<AfdelingenWijzigen, "capaciteitsgroepen"> & {
  capaciteitsgroepen: Array<Omit<Groep, "capaciteit"> & { capaciteit: number | null }>;
};

/** PUT /api/scholen/{id}/afdelingen: the whole list, on the version that was read. */
export function afdelingenBody(invoer: AfdelingenInvoer, version: number): AfdelingenVerzoek {
  const afdelingCodes = codes(invoer.afdelingen, "afdeling");
  const groepCodes = codes(invoer.groepen, "groep");
  return {
    version,
    afdelingen: invoer.afdelingen.map((rij) => {
      const groepId = rij.groep ? groepCodes.get(rij.groep) : undefined;
      return {
        id: afdelingCodes.get(rij.sleutel),
        naam: rij.naam,
        adviezen: rij.adviezen,
        ...(groepId
          ? { capaciteitsgroepId: groepId, capaciteit: null }
          : { capaciteit: getal(rij.capaciteit) }),
        gelijkwaardigAan: rij.gelijkwaardigAan.flatMap((s) => {
          const code = afdelingCodes.get(s);
          return code ? [code] : [];
        }),
      };
    }),
    capaciteitsgroepen: invoer.groepen.map((groep) => ({
      id: groepCodes.get(groep.sleutel),
      naam: groep.naam,
      capaciteit: getal(groep.capaciteit),
    })),
  };
}

/** The API's field messages, per row: "afdelingen.2.capaciteit" belongs to the third row sent. */
export interface AfdelingenFouten {
  afdelingen: Record<string, Record<string, string>>;
  groepen: Record<string, Record<string, string>>;
  /** Messages that belong to no single field. */
  overig: string[];
}

export const GEEN_FOUTEN: AfdelingenFouten = { afdelingen: {}, groepen: {}, overig: [] };

export function foutenPerRij(
  velden: Readonly<Record<string, string>>,
  verzonden: AfdelingenInvoer,
): AfdelingenFouten {
  const fouten: AfdelingenFouten = { afdelingen: {}, groepen: {}, overig: [] };
  for (const [pad, bericht] of Object.entries(velden)) {
    const [lijst, index, veld = "rij"] = pad.split(".");
    const rijen =
      lijst === "afdelingen" ? verzonden.afdelingen : lijst === "capaciteitsgroepen" ? verzonden.groepen : [];
    const rij = index === undefined ? undefined : rijen[Number(index)];
    if (!rij) {
      fouten.overig.push(bericht);
      continue;
    }
    const doel = lijst === "afdelingen" ? fouten.afdelingen : fouten.groepen;
    // A capaciteitsgroep that does not exist is shown where the capacity is chosen.
    const sleutel = veld === "capaciteitsgroepId" ? "capaciteit" : veld;
    doel[rij.sleutel] = { ...doel[rij.sleutel], [sleutel]: bericht };
  }
  return fouten;
}
