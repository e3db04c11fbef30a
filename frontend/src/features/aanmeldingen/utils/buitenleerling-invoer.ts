/**
 * REG-08: what the school types in for a buitenleerling, as the form keeps it, and how it becomes
 * the API's body. The keys of the messages are the paths of that body ("adres.postcode",
 * "basisschool.naam"), so the API's field messages land at the same fields.
 */

export interface BuitenleerlingInvoer {
  roepnaam: string;
  tussenvoegsel: string;
  achternaam: string;
  geboortedatum: string;
  geslacht: string;
  straat: string;
  huisnummer: string;
  postcode: string;
  plaats: string;
  emailOuders: string;
  advies: string;
  basisschoolPlaats: string;
  basisschoolNaam: string;
  brin: string;
  telefoon: string;
}

export const LEGE_INVOER: BuitenleerlingInvoer = {
  roepnaam: "",
  tussenvoegsel: "",
  achternaam: "",
  geboortedatum: "",
  geslacht: "",
  straat: "",
  huisnummer: "",
  postcode: "",
  plaats: "",
  emailOuders: "",
  advies: "",
  basisschoolPlaats: "",
  basisschoolNaam: "",
  brin: "",
  telefoon: "",
};

/** The body of POST /api/buitenleerlingen without the school year and the voorkeurslijst. */
export interface BuitenleerlingGegevens {
  bsn: string;
  roepnaam: string;
  tussenvoegsel?: string;
  achternaam: string;
  geboortedatum: string;
  geslacht: string;
  adres: { straat: string; huisnummer: string; postcode: string; plaats: string };
  emailOuders: string;
  advies: string;
  basisschool?: { naam: string; plaats: string; brin?: string; telefoon?: string };
}

/** The form field each body path belongs to. */
export const VELD_VAN_PAD: Readonly<Record<string, keyof BuitenleerlingInvoer | "bsn">> = {
  bsn: "bsn",
  roepnaam: "roepnaam",
  tussenvoegsel: "tussenvoegsel",
  achternaam: "achternaam",
  geboortedatum: "geboortedatum",
  geslacht: "geslacht",
  "adres.straat": "straat",
  "adres.huisnummer": "huisnummer",
  "adres.postcode": "postcode",
  "adres.plaats": "plaats",
  adres: "straat",
  emailOuders: "emailOuders",
  advies: "advies",
  "basisschool.plaats": "basisschoolPlaats",
  "basisschool.naam": "basisschoolNaam",
  "basisschool.brin": "brin",
  "basisschool.telefoon": "telefoon",
};

/** An API message belongs to the data step when its path is one of these fields. */
export function isGegevensPad(pad: string): boolean {
  return Object.hasOwn(VELD_VAN_PAD, pad);
}

const optioneel = (waarde: string) => (waarde.trim() === "" ? undefined : waarde.trim());

export function gegevensVan(invoer: BuitenleerlingInvoer, bsn: string): BuitenleerlingGegevens {
  const tussenvoegsel = optioneel(invoer.tussenvoegsel);
  const brin = optioneel(invoer.brin);
  const telefoon = optioneel(invoer.telefoon);
  // "Heeft de leerling geen basisschool in Nederland, dan kunt u dit overslaan."
  const basisschool =
    invoer.basisschoolNaam.trim() === ""
      ? undefined
      : {
          naam: invoer.basisschoolNaam.trim(),
          plaats: invoer.basisschoolPlaats.trim(),
          ...(brin ? { brin } : {}),
          ...(telefoon ? { telefoon } : {}),
        };
  return {
    bsn,
    roepnaam: invoer.roepnaam.trim(),
    ...(tussenvoegsel ? { tussenvoegsel } : {}),
    achternaam: invoer.achternaam.trim(),
    geboortedatum: invoer.geboortedatum,
    geslacht: invoer.geslacht,
    adres: {
      straat: invoer.straat.trim(),
      huisnummer: invoer.huisnummer.trim(),
      postcode: invoer.postcode.trim(),
      plaats: invoer.plaats.trim(),
    },
    emailOuders: invoer.emailOuders.trim(),
    advies: invoer.advies,
    ...(basisschool ? { basisschool } : {}),
  };
}

const VERPLICHT = [
  "roepnaam",
  "achternaam",
  "geboortedatum",
  "geslacht",
  "straat",
  "huisnummer",
  "postcode",
  "plaats",
  "emailOuders",
  "advies",
] as const satisfies readonly (keyof BuitenleerlingInvoer)[];

export type VerplichtVeld = (typeof VERPLICHT)[number] | "basisschoolPlaats" | "basisschoolNaam";

/**
 * What can be seen before going on: an empty mandatory field, and a primary school half filled in
 * (its town without its name, or the other way round). The API checks the rest (BSN, postcode,
 * e-mail, date) when the registration is made final.
 */
export function ontbrekendeVelden(invoer: BuitenleerlingInvoer): VerplichtVeld[] {
  const leeg = (veld: keyof BuitenleerlingInvoer) => invoer[veld].trim() === "";
  const ontbrekend: VerplichtVeld[] = VERPLICHT.filter(leeg);
  const basisschoolBegonnen = !leeg("basisschoolPlaats") || !leeg("basisschoolNaam") || !leeg("brin");
  if (basisschoolBegonnen) {
    if (leeg("basisschoolPlaats")) ontbrekend.push("basisschoolPlaats");
    if (leeg("basisschoolNaam")) ontbrekend.push("basisschoolNaam");
  }
  return ontbrekend;
}
