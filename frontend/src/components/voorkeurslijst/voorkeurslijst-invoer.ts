import type { AanmeldingWeergave, Keuzemogelijkheden } from "@elk/contracts";

/**
 * The voorkeurslijst as the builder keeps it while it is filled in (REG-02, REG-03), and how it
 * becomes the API's body. Pure functions: the ouderportaal and the VO school's REG-09 screens share them.
 */

export type KeuzeSchool = Keuzemogelijkheden["scholen"][number];
export type EersteKeuze = AanmeldingWeergave["eersteKeuze"];
export type VoorrangSoort = NonNullable<EersteKeuze["voorrang"]>["soort"];

/** Who fills in the list: the wording differs ("Mijn kind …" or "De leerling …"). */
export type Doelgroep = "ouder" | "school";

export interface KeuzeRij {
  schoolId: string;
  afdelingId: string;
}

export interface VoorkeurslijstInvoer {
  /** Exactly as many rows as the advice asks for: row 0 is voorkeur 1. */
  rijen: KeuzeRij[];
  /** REG-03, only at voorkeur 1: "" is no voorrang. */
  voorrang: VoorrangSoort | "";
  naamBroerZus: string;
  klas: string;
  gelijkwaardigeAfdelingWens: boolean;
  meerling: boolean;
}

/** The body of PUT …/voorkeurslijst and of POST /api/aanmeldingen (with the pupil and year). */
export interface VoorkeurslijstVerzoek {
  keuzes: KeuzeRij[];
  eersteKeuze: EersteKeuze;
}

const LEGE_RIJ: KeuzeRij = { schoolId: "", afdelingId: "" };

/**
 * The rows for `aantal` choices, filled from a saved list when there is one. `eersteSchoolId`
 * fixes voorkeur 1 (a VO school registering by hand is always the 1st choice, REG-09).
 */
export function invoerVan(
  aantal: number,
  opgeslagen?: { keuzes: readonly KeuzeRij[]; eersteKeuze: EersteKeuze },
  eersteSchoolId?: string,
): VoorkeurslijstInvoer {
  const rijen = Array.from({ length: aantal }, (_, i): KeuzeRij => {
    const keuze = opgeslagen?.keuzes[i];
    return keuze ? { schoolId: keuze.schoolId, afdelingId: keuze.afdelingId } : { ...LEGE_RIJ };
  });
  if (eersteSchoolId !== undefined && rijen[0] && rijen[0].schoolId !== eersteSchoolId) {
    rijen[0] = { schoolId: eersteSchoolId, afdelingId: "" };
  }
  const voorrang = opgeslagen?.eersteKeuze.voorrang;
  return {
    rijen,
    voorrang: voorrang?.soort ?? "",
    naamBroerZus: voorrang?.soort === "broer-zus" ? voorrang.naamBroerZus : "",
    klas: voorrang?.soort === "broer-zus" ? voorrang.klas : "",
    gelijkwaardigeAfdelingWens: opgeslagen?.eersteKeuze.gelijkwaardigeAfdelingWens ?? false,
    meerling: opgeslagen?.eersteKeuze.meerling ?? false,
  };
}

/** A school with only one fitting afdeling gets it at once; at voorkeur 1 voorrang it does not offer is dropped. */
export function kiesSchool(
  invoer: VoorkeurslijstInvoer,
  index: number,
  schoolId: string,
  scholen: readonly KeuzeSchool[],
): VoorkeurslijstInvoer {
  const school = scholen.find((s) => s.id === schoolId);
  const enige = school?.afdelingen.length === 1 ? school.afdelingen[0]?.id : undefined;
  const rijen = invoer.rijen.map((rij, i) => (i === index ? { schoolId, afdelingId: enige ?? "" } : rij));
  const voorrang =
    index === 0 && invoer.voorrang !== "" && !school?.voorrangsregels.includes(invoer.voorrang)
      ? ""
      : invoer.voorrang;
  return { ...invoer, rijen, voorrang };
}

export function kiesAfdeling(
  invoer: VoorkeurslijstInvoer,
  index: number,
  afdelingId: string,
): VoorkeurslijstInvoer {
  return {
    ...invoer,
    rijen: invoer.rijen.map((rij, i) => (i === index ? { ...rij, afdelingId } : rij)),
  };
}

/** The schools a row may still choose: each school once (REG-02), its own choice kept. */
export function beschikbareScholen(
  invoer: VoorkeurslijstInvoer,
  index: number,
  scholen: readonly KeuzeSchool[],
): KeuzeSchool[] {
  const elders = new Set(invoer.rijen.filter((_, i) => i !== index).map((rij) => rij.schoolId));
  return scholen.filter((school) => !elders.has(school.id));
}

/** REG-02: "Wanneer er voldoende scholen zijn gekozen" — every row a school and an afdeling. */
export function isCompleet(invoer: VoorkeurslijstInvoer): boolean {
  const rijenVol = invoer.rijen.every((rij) => rij.schoolId !== "" && rij.afdelingId !== "");
  const broerZusVol =
    invoer.voorrang !== "broer-zus" || (invoer.naamBroerZus.trim() !== "" && invoer.klas.trim() !== "");
  return rijenVol && broerZusVol;
}

export function aantalGekozen(invoer: VoorkeurslijstInvoer): number {
  return invoer.rijen.filter((rij) => rij.schoolId !== "" && rij.afdelingId !== "").length;
}

/**
 * The API's body: the rows filled in from voorkeur 1 on (a gap is refused before sending, see
 * `invoerFouten`, so keuzes[i] is row i); the 1st-choice options only with a 1st choice, and
 * voorrang only where that school offers it (REG-03).
 */
export function verzoekVan(
  invoer: VoorkeurslijstInvoer,
  scholen: readonly KeuzeSchool[],
): VoorkeurslijstVerzoek {
  const keuzes: KeuzeRij[] = [];
  for (const rij of invoer.rijen) {
    if (rij.schoolId === "" || rij.afdelingId === "") break;
    keuzes.push({ schoolId: rij.schoolId, afdelingId: rij.afdelingId });
  }
  const eerste = scholen.find((s) => s.id === keuzes[0]?.schoolId);
  if (!eerste) return { keuzes, eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false } };
  const voorrang: EersteKeuze["voorrang"] =
    invoer.voorrang === "" || !eerste.voorrangsregels.includes(invoer.voorrang)
      ? undefined
      : invoer.voorrang === "broer-zus"
        ? { soort: "broer-zus", naamBroerZus: invoer.naamBroerZus.trim(), klas: invoer.klas.trim() }
        : { soort: "kind-medewerker" };
  return {
    keuzes,
    eersteKeuze: {
      ...(voorrang ? { voorrang } : {}),
      gelijkwaardigeAfdelingWens: invoer.gelijkwaardigeAfdelingWens,
      meerling: invoer.meerling,
    },
  };
}

/**
 * Where the builder shows a message: at a row (`rij.0` …), at voorrang or the sibling's
 * `naamBroerZus` / `klas`, or above the list (`keuzes`).
 */
export type VoorkeurslijstFouten = Readonly<Record<string, string>>;

export type FoutSoort = "afdeling" | "volgorde" | "naamBroerZus" | "klas";

/**
 * What can be seen before sending: a school without afdeling, a row left empty before a filled
 * one (the order is the order of preference), a sibling without name or class. The caller words
 * each `FoutSoort` in the UI language.
 */
export function invoerFouten(
  invoer: VoorkeurslijstInvoer,
  tekst: (soort: FoutSoort, nummer: number) => string,
): VoorkeurslijstFouten {
  const fouten: Record<string, string> = {};
  const laatsteGekozen = invoer.rijen.reduce((laatste, rij, i) => (rij.schoolId !== "" ? i : laatste), -1);
  invoer.rijen.forEach((rij, i) => {
    if (rij.schoolId !== "" && rij.afdelingId === "") fouten[`rij.${i}`] = tekst("afdeling", i + 1);
    else if (rij.schoolId === "" && i < laatsteGekozen) fouten[`rij.${i}`] = tekst("volgorde", i + 1);
  });
  if (invoer.rijen[0]?.schoolId && invoer.voorrang === "broer-zus") {
    if (invoer.naamBroerZus.trim() === "") fouten.naamBroerZus = tekst("naamBroerZus", 1);
    if (invoer.klas.trim() === "") fouten.klas = tekst("klas", 1);
  }
  return fouten;
}

/** The API's field messages (`keuzes.2`, `keuzes.0.afdelingId`, `voorrang`, `keuzes`) at the builder's places. */
export function foutenVanApi(velden: Readonly<Record<string, string>>): {
  fouten: VoorkeurslijstFouten;
  overig: string[];
} {
  const fouten: Record<string, string> = {};
  const overig: string[] = [];
  for (const [veld, melding] of Object.entries(velden)) {
    const rij = /^keuzes\.(\d+)/.exec(veld)?.[1];
    if (rij !== undefined) fouten[`rij.${rij}`] ??= melding;
    else if (veld === "keuzes") fouten.keuzes ??= melding;
    else if (veld === "voorrang" || veld.startsWith("eersteKeuze.voorrang")) fouten.voorrang ??= melding;
    else overig.push(melding);
  }
  return { fouten, overig };
}

/** One line of the list as the review step and the ouderportaal show it. */
export interface KeuzeRegel {
  schoolNaam: string;
  afdelingNaam: string;
}

/** The names of the chosen schools and afdelingen, for the review step before the list is final. */
export function regelsVan(verzoek: VoorkeurslijstVerzoek, scholen: readonly KeuzeSchool[]): KeuzeRegel[] {
  return verzoek.keuzes.map((keuze) => {
    const school = scholen.find((s) => s.id === keuze.schoolId);
    return {
      schoolNaam: school?.naam ?? "",
      afdelingNaam: school?.afdelingen.find((a) => a.id === keuze.afdelingId)?.naam ?? "",
    };
  });
}
