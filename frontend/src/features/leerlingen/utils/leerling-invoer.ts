import type { LeerlingRegel, LeerlingToevoegen, LeerlingWijzigen, OuderinlogAanvragen } from "@elk/contracts";

/** The pupil's fields as typed in the form; the API trims, normalises and checks them (PO-01). */
export interface LeerlingInvoer {
  roepnaam: string;
  tussenvoegsel: string;
  achternaam: string;
  bsn: string;
  geboortedatum: string;
  geslacht: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  emailOuders: string;
  advies: string;
}

export const LEGE_LEERLING: LeerlingInvoer = {
  roepnaam: "",
  tussenvoegsel: "",
  achternaam: "",
  bsn: "",
  geboortedatum: "",
  geslacht: "",
  straat: "",
  huisnummer: "",
  postcode: "",
  plaats: "",
  emailOuders: "",
  advies: "",
};

/** An existing pupil in the edit form; its BSN is never sent back, so only its mask is shown. */
export function invoerVan(leerling: LeerlingRegel): LeerlingInvoer {
  return {
    roepnaam: leerling.roepnaam,
    tussenvoegsel: leerling.tussenvoegsel ?? "",
    achternaam: leerling.achternaam,
    bsn: leerling.bsnGemaskeerd,
    geboortedatum: leerling.geboortedatum,
    geslacht: leerling.geslacht,
    ...leerling.adres,
    emailOuders: leerling.emailOuders,
    advies: leerling.advies ?? "",
  };
}

/**
 * Empty fields travel as "" rather than being left out: the API's rules then name every missing
 * or wrong field at once, in their own Dutch words.
 */
function gegevens(invoer: LeerlingInvoer): Omit<LeerlingToevoegen, "schooljaar"> {
  return {
    roepnaam: invoer.roepnaam,
    tussenvoegsel: invoer.tussenvoegsel,
    achternaam: invoer.achternaam,
    bsn: invoer.bsn,
    geboortedatum: invoer.geboortedatum,
    geslacht: invoer.geslacht,
    adres: {
      straat: invoer.straat,
      huisnummer: invoer.huisnummer,
      postcode: invoer.postcode,
      plaats: invoer.plaats,
    },
    emailOuders: invoer.emailOuders,
    advies: invoer.advies,
  };
}

/** POST /api/po/leerlingen: a new pupil of the chosen school year. */
export function toevoegenBody(invoer: LeerlingInvoer, schooljaar: string): LeerlingToevoegen {
  return { schooljaar, ...gegevens(invoer) };
}

/**
 * PUT /api/po/leerlingen/{id}: what may change (names, address, the parents' e-mail, the advice)
 * on the version that was read. An empty advice clears it; BSN, date of birth and gender stay.
 */
export function wijzigenBody(invoer: LeerlingInvoer, version: number): LeerlingWijzigen {
  return {
    roepnaam: invoer.roepnaam,
    tussenvoegsel: invoer.tussenvoegsel,
    achternaam: invoer.achternaam,
    adres: {
      straat: invoer.straat,
      huisnummer: invoer.huisnummer,
      postcode: invoer.postcode,
      plaats: invoer.plaats,
    },
    emailOuders: invoer.emailOuders,
    advies: invoer.advies === "" ? null : invoer.advies,
    version,
  };
}

/** REG-07: the pupil's data and its primary school in the other Kernprocedure. */
export function aanvraagBody(
  invoer: LeerlingInvoer,
  basisschool: { naam: string; plaats: string },
): OuderinlogAanvragen {
  return { ...gegevens(invoer), basisschool };
}

/** The API's field paths this form shows next to a field; anything else goes above the form. */
export const LEERLING_VELDEN: ReadonlySet<string> = new Set([
  "roepnaam",
  "tussenvoegsel",
  "achternaam",
  "bsn",
  "geboortedatum",
  "geslacht",
  "adres.straat",
  "adres.huisnummer",
  "adres.postcode",
  "adres.plaats",
  "emailOuders",
  "advies",
]);
