import type { SchoolDetail, SchoolToevoegen, SchoolWijzigen } from "@elk/contracts";

/** The fields of the school form as typed; the API normalises BRIN and postcode itself. */
export interface SchoolInvoer {
  officieleNaam: string;
  naam: string;
  schooltype: "PO" | "VO" | "";
  bestuurId: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  brin: string;
  vestigingscode: string;
  telefoon: string;
  particulier: boolean;
}

/** The names PUT /api/scholen/{id} uses, as listed in `wijzigbareVelden`. */
export type SchoolVeld =
  | "officieleNaam"
  | "naam"
  | "schooltype"
  | "bestuurId"
  | "adres"
  | "brin"
  | "vestigingscode"
  | "telefoon"
  | "particulier";

export const LEGE_SCHOOL: SchoolInvoer = {
  officieleNaam: "",
  naam: "",
  schooltype: "",
  bestuurId: "",
  straat: "",
  huisnummer: "",
  postcode: "",
  plaats: "",
  brin: "",
  vestigingscode: "",
  telefoon: "",
  particulier: false,
};

export function invoerVan(school: SchoolDetail): SchoolInvoer {
  return {
    officieleNaam: school.officieleNaam,
    naam: school.naam,
    schooltype: school.schooltype,
    bestuurId: school.bestuurId,
    ...school.adres,
    brin: school.brin,
    vestigingscode: school.vestigingscode,
    telefoon: school.telefoon,
    particulier: school.particulier,
  };
}

/** Empty fields are left out, so the API names every missing one at once, in its own words. */
const ofNiets = (waarde: string) => (waarde.trim() === "" ? undefined : waarde);

/** ORG-04: only a primary school can be particulier. */
const particulierVoor = (invoer: SchoolInvoer) => invoer.schooltype === "PO" && invoer.particulier;

/** POST /api/scholen as the form has it: what is missing, the API names in Dutch. */
export type SchoolToevoegenVerzoek = Partial<Omit<SchoolToevoegen, "adres">> & {
  adres?: Partial<SchoolToevoegen["adres"]>;
};

/** ORG-01: every field the manual calls mandatory; telefoon only when given. */
export function toevoegenBody(invoer: SchoolInvoer): SchoolToevoegenVerzoek {
  const adres = {
    straat: ofNiets(invoer.straat),
    huisnummer: ofNiets(invoer.huisnummer),
    postcode: ofNiets(invoer.postcode),
    plaats: ofNiets(invoer.plaats),
  };
  return {
    officieleNaam: ofNiets(invoer.officieleNaam),
    naam: ofNiets(invoer.naam),
    schooltype: invoer.schooltype === "" ? undefined : invoer.schooltype,
    bestuurId: ofNiets(invoer.bestuurId),
    // Wholly empty, the API says "Vul het bezoekadres in."; partly, it names each missing part.
    adres: Object.values(adres).some(Boolean) ? adres : undefined,
    brin: ofNiets(invoer.brin),
    vestigingscode: ofNiets(invoer.vestigingscode),
    telefoon: ofNiets(invoer.telefoon),
    particulier: particulierVoor(invoer),
  };
}

/** ORG-02: the version that was read, plus only the fields this user may change. */
export function wijzigenBody(
  invoer: SchoolInvoer,
  version: number,
  mag: (veld: SchoolVeld) => boolean,
): SchoolWijzigen {
  const body: SchoolWijzigen = { version };
  if (mag("officieleNaam")) body.officieleNaam = invoer.officieleNaam;
  if (mag("naam")) body.naam = invoer.naam;
  if (mag("adres")) {
    body.adres = {
      straat: invoer.straat,
      huisnummer: invoer.huisnummer,
      postcode: invoer.postcode,
      plaats: invoer.plaats,
    };
  }
  if (mag("telefoon")) body.telefoon = invoer.telefoon;
  if (mag("brin")) body.brin = invoer.brin;
  if (mag("vestigingscode")) body.vestigingscode = invoer.vestigingscode;
  if (mag("schooltype") && invoer.schooltype !== "") body.schooltype = invoer.schooltype;
  if (mag("bestuurId") && invoer.bestuurId !== "") body.bestuurId = invoer.bestuurId;
  if (mag("particulier")) body.particulier = particulierVoor(invoer);
  return body;
}
