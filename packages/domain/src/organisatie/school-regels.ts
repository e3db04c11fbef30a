import type { Bereik } from "../autorisatie/permissies";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import {
  ADVIEZEN,
  type Adres,
  type Afdeling,
  type Bestuur,
  type Capaciteitsgroep,
  isAdvies,
  type School,
  type Schooltype,
} from "./organisatie";

/**
 * The rules of besturen, schools and afdelingen (ORG-01 … ORG-04). Each check collects every wrong
 * field before it throws, so the user sees all the field messages at once; the keys of `velden` are
 * the paths of the request body ("adres.postcode", "afdelingen.2.naam").
 */

const BRIN = /^\d{2}[A-Z]{2}$/;
const VESTIGINGSCODE = /^\d{2}$/;
const POSTCODE = /^([1-9]\d{3})\s*([A-Z]{2})$/;
const HUISNUMMER = /^[1-9]\d{0,4}(?:[ -]?[A-Za-z0-9]{1,6})?$/;
const TELEFOON = /^\+?[0-9][0-9 ()-]{5,24}$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
/** Codes of afdelingen and capaciteitsgroepen: stable within one school, safe in a URL. */
const CODE = /^[a-z0-9][a-z0-9-]{0,62}$/;

class Veldfouten {
  readonly velden: Record<string, string> = {};

  voeg(veld: string, bericht: string): void {
    this.velden[veld] ??= bericht;
  }

  get leeg(): boolean {
    return Object.keys(this.velden).length === 0;
  }

  gooiAlsNodig(
    bericht = "De invoer is niet volledig of niet juist. Controleer de gemarkeerde velden.",
  ): void {
    if (!this.leeg) throw new OngeldigeInvoerFout(bericht, this.velden);
  }
}

/** "20ac " → "20AC". */
export function normaliseerBrin(brin: string): string {
  return brin.trim().toUpperCase();
}

/** "1234ab" → "1234 AB"; anything that is no postcode stays as typed (and is refused). */
export function normaliseerPostcode(postcode: string): string {
  const schoon = postcode.trim().toUpperCase();
  const m = POSTCODE.exec(schoon);
  return m ? `${m[1]} ${m[2]}` : schoon;
}

/** Besturen have unique names, whatever the case or spacing. */
export function bestuursnaamSleutel(naam: string): string {
  return naam.trim().replace(/\s+/g, " ").toLocaleLowerCase("nl-NL");
}

export function bestuursnaamBezetBericht(naam: string): string {
  return `Er bestaat al een bestuur met de naam "${naam.trim()}".`;
}

export function vestigingBezetBericht(school: Pick<School, "brin" | "vestigingscode">): string {
  return `Er bestaat al een school met BRIN ${school.brin.toUpperCase()} en vestigingscode ${school.vestigingscode}.`;
}

function verplicht(fouten: Veldfouten, veld: string, waarde: string | undefined, bericht: string): string {
  const schoon = (waarde ?? "").trim();
  if (schoon === "") fouten.voeg(veld, bericht);
  return schoon;
}

function controleerAdres(fouten: Veldfouten, adres: Partial<Adres> | undefined): Adres {
  const straat = verplicht(fouten, "adres.straat", adres?.straat, "Vul de straat in.");
  const huisnummer = verplicht(fouten, "adres.huisnummer", adres?.huisnummer, "Vul het huisnummer in.");
  if (huisnummer !== "" && !HUISNUMMER.test(huisnummer)) {
    fouten.voeg(
      "adres.huisnummer",
      "Een huisnummer bestaat uit cijfers met eventueel een toevoeging, bijvoorbeeld 12 of 12a.",
    );
  }
  const postcode = normaliseerPostcode(adres?.postcode ?? "");
  if (postcode === "") fouten.voeg("adres.postcode", "Vul de postcode in.");
  else if (!POSTCODE.test(postcode)) fouten.voeg("adres.postcode", "Vul een postcode in als 1234 AB.");
  const plaats = verplicht(fouten, "adres.plaats", adres?.plaats, "Vul de plaats in.");
  return { straat, huisnummer, postcode, plaats };
}

/** What the form of a school holds, possibly incomplete: the rules say what is missing. */
export interface SchoolInvoer {
  officieleNaam?: string;
  naam?: string;
  schooltype?: string;
  bestuurId?: string;
  adres?: Partial<Adres>;
  brin?: string;
  vestigingscode?: string;
  telefoon?: string;
  particulier?: boolean;
}

type Schoolvelden = Omit<School, "id" | "afdelingen" | "capaciteitsgroepen">;

function controleerSchoolvelden(fouten: Veldfouten, invoer: SchoolInvoer): Schoolvelden {
  const officieleNaam = verplicht(fouten, "officieleNaam", invoer.officieleNaam, "Vul de officiële naam in.");
  const naam = verplicht(fouten, "naam", invoer.naam, "Vul de naam in.");
  const schooltype = (invoer.schooltype ?? "").trim();
  if (schooltype !== "PO" && schooltype !== "VO") fouten.voeg("schooltype", "Kies het schooltype: PO of VO.");
  const bestuurId = verplicht(fouten, "bestuurId", invoer.bestuurId, "Kies het bestuur.");
  const adres = controleerAdres(fouten, invoer.adres);

  const brin = normaliseerBrin(invoer.brin ?? "");
  if (brin === "") fouten.voeg("brin", "Vul het BRIN-nummer in.");
  else if (!BRIN.test(brin)) {
    fouten.voeg("brin", "Een BRIN-nummer bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 20AC.");
  }
  const vestigingscode = (invoer.vestigingscode ?? "").trim();
  if (vestigingscode === "") fouten.voeg("vestigingscode", "Vul de vestigingscode in.");
  else if (!VESTIGINGSCODE.test(vestigingscode)) {
    fouten.voeg("vestigingscode", "Een vestigingscode bestaat uit 2 cijfers, bijvoorbeeld 00.");
  }

  const telefoon = (invoer.telefoon ?? "").trim();
  if (telefoon !== "" && !TELEFOON.test(telefoon)) {
    fouten.voeg("telefoon", "Vul een geldig telefoonnummer in, bijvoorbeeld 020 - 555 01 10.");
  }
  // ORG-04: only a primary school can be private (it then uses no OSO; its pupils are buitenleerlingen).
  const particulier = invoer.particulier ?? false;
  if (particulier && schooltype !== "PO") {
    fouten.voeg("particulier", "Alleen een basisschool (PO) kan particulier zijn.");
  }
  return {
    officieleNaam,
    naam,
    schooltype: schooltype as Schooltype,
    bestuurId,
    adres,
    brin,
    vestigingscode,
    telefoon,
    particulier,
  };
}

/**
 * ORG-01: a new school needs its officiële naam, naam, schooltype, bestuur, bezoekadres, BRIN and
 * vestigingscode. Whether the bestuur exists is a fact the caller looked up.
 */
export function controleerNieuweSchool(
  invoer: SchoolInvoer,
  context: { bestuurBestaat: boolean },
): Omit<School, "id"> {
  const fouten = new Veldfouten();
  const velden = controleerSchoolvelden(fouten, invoer);
  if (velden.bestuurId !== "" && !context.bestuurBestaat)
    fouten.voeg("bestuurId", "Dit bestuur bestaat niet.");
  fouten.gooiAlsNodig();
  return { ...velden, afdelingen: [], capaciteitsgroepen: [] };
}

/** Address and location data: the contactpersoon ELK and the locatiebeheerder complete these (ORG-02). */
export const SCHOOLGEGEVENS = ["officieleNaam", "naam", "adres", "telefoon"] as const;
/** What identifies and classifies a school: only the region administrator changes these (ORG-01). */
export const REGISTRATIEGEGEVENS = [
  "brin",
  "vestigingscode",
  "schooltype",
  "bestuurId",
  "particulier",
] as const;

export type SchoolVeld = (typeof SCHOOLGEGEVENS)[number] | (typeof REGISTRATIEGEGEVENS)[number];

const ALLEEN_BEHEERORGANISATIE: Record<(typeof REGISTRATIEGEGEVENS)[number], string> = {
  brin: "Alleen de beheerorganisatie kan het BRIN-nummer wijzigen.",
  vestigingscode: "Alleen de beheerorganisatie kan de vestigingscode wijzigen.",
  schooltype: "Alleen de beheerorganisatie kan het schooltype wijzigen.",
  bestuurId: "Alleen de beheerorganisatie kan het bestuur van een school wijzigen.",
  particulier: "Alleen de beheerorganisatie kan wijzigen of een school particulier is.",
};

/** The fields of a school an actor may change, given the reach of its "scholen.wijzigen" permission. */
export function wijzigbareSchoolvelden(bereik: Bereik | undefined): SchoolVeld[] {
  if (bereik === undefined) return [];
  return bereik === "regio" ? [...SCHOOLGEGEVENS, ...REGISTRATIEGEGEVENS] : [...SCHOOLGEGEVENS];
}

function zelfdeAdres(a: Adres, b: Adres): boolean {
  return (
    a.straat === b.straat &&
    a.huisnummer === b.huisnummer &&
    a.postcode === b.postcode &&
    a.plaats === b.plaats
  );
}

/**
 * ORG-02: a change to a school. Fields left out keep their value; a field the actor may not change
 * may be sent with its current value (a form sends everything) but not with another one.
 */
export function controleerSchoolWijziging(
  huidig: School,
  wijziging: SchoolInvoer,
  context: { bereik: Bereik; bestuurBestaat?: boolean },
): { school: School; gewijzigd: SchoolVeld[] } {
  const fouten = new Veldfouten();
  const velden = controleerSchoolvelden(fouten, {
    officieleNaam: wijziging.officieleNaam ?? huidig.officieleNaam,
    naam: wijziging.naam ?? huidig.naam,
    schooltype: wijziging.schooltype ?? huidig.schooltype,
    bestuurId: wijziging.bestuurId ?? huidig.bestuurId,
    adres: wijziging.adres ?? huidig.adres,
    brin: wijziging.brin ?? huidig.brin,
    vestigingscode: wijziging.vestigingscode ?? huidig.vestigingscode,
    telefoon: wijziging.telefoon ?? huidig.telefoon,
    particulier: wijziging.particulier ?? huidig.particulier,
  });

  const gewijzigd: SchoolVeld[] = [];
  if (velden.officieleNaam !== huidig.officieleNaam) gewijzigd.push("officieleNaam");
  if (velden.naam !== huidig.naam) gewijzigd.push("naam");
  if (!zelfdeAdres(velden.adres, huidig.adres)) gewijzigd.push("adres");
  if (velden.telefoon !== huidig.telefoon) gewijzigd.push("telefoon");
  for (const veld of REGISTRATIEGEGEVENS) if (velden[veld] !== huidig[veld]) gewijzigd.push(veld);

  const toegestaan = new Set<SchoolVeld>(wijzigbareSchoolvelden(context.bereik));
  for (const veld of gewijzigd) {
    if (!toegestaan.has(veld) && veld in ALLEEN_BEHEERORGANISATIE) {
      fouten.voeg(veld, ALLEEN_BEHEERORGANISATIE[veld as keyof typeof ALLEEN_BEHEERORGANISATIE]);
    }
  }
  if (gewijzigd.includes("bestuurId") && context.bestuurBestaat !== true) {
    fouten.voeg("bestuurId", "Dit bestuur bestaat niet.");
  }
  if (velden.schooltype === "PO" && huidig.afdelingen.length > 0) {
    fouten.voeg(
      "schooltype",
      "Een basisschool (PO) heeft geen afdelingen. Verwijder eerst de afdelingen van deze school.",
    );
  }
  fouten.gooiAlsNodig();
  return { school: { ...huidig, ...velden }, gewijzigd };
}

export interface CapaciteitsgroepInvoer {
  id?: string;
  naam?: string;
  capaciteit?: number;
}

export interface AfdelingInvoer {
  id?: string;
  naam?: string;
  adviezen?: readonly string[];
  capaciteit?: number | null;
  capaciteitsgroepId?: string | null;
  gelijkwaardigAan?: readonly string[];
}

/** "vwo tweetalig" → "vwo-tweetalig": the code of a new afdeling when the caller chose none. */
function codeVan(naam: string): string {
  const code = naam
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 50);
  return code === "" ? "afdeling" : code;
}

function isCapaciteit(waarde: unknown): waarde is number {
  return typeof waarde === "number" && Number.isInteger(waarde) && waarde >= 0;
}

/**
 * Codes for a list of items: the chosen ones are checked (format, unique), the others derived from
 * the name and made unique. Returns one code per item, in order.
 */
function kenCodesToe(
  fouten: Veldfouten,
  pad: string,
  items: ReadonlyArray<{ id?: string; naam?: string }>,
): string[] {
  const bezet = new Set<string>();
  items.forEach((item, i) => {
    if (item.id === undefined) return;
    if (!CODE.test(item.id)) {
      fouten.voeg(`${pad}.${i}.id`, "Een code bestaat uit kleine letters, cijfers en streepjes.");
    } else if (bezet.has(item.id)) {
      fouten.voeg(`${pad}.${i}.id`, `De code "${item.id}" komt twee keer voor.`);
    }
    bezet.add(item.id);
  });
  return items.map((item) => {
    if (item.id !== undefined) return item.id;
    const basis = codeVan(item.naam ?? "");
    let code = basis;
    for (let n = 2; bezet.has(code); n++) code = `${basis}-${n}`;
    bezet.add(code);
    return code;
  });
}

function controleerUniekeNamen(
  fouten: Veldfouten,
  pad: string,
  namen: readonly string[],
  bericht: (naam: string) => string,
): void {
  const gezien = new Set<string>();
  namen.forEach((naam, i) => {
    const sleutel = naam.toLocaleLowerCase("nl-NL");
    if (naam !== "" && gezien.has(sleutel)) fouten.voeg(`${pad}.${i}.naam`, bericht(naam));
    gezien.add(sleutel);
  });
}

/**
 * ORG-03: the whole list of afdelingen of a VO school, with the capaciteitsgroepen they share.
 * Names are unique within the school; each afdeling admits at least one advice and has either its
 * own capacity or a capaciteitsgroep; gelijkwaardig is made symmetric and stays within the school.
 */
export function controleerAfdelingen(
  school: Pick<School, "schooltype">,
  invoer: { afdelingen: readonly AfdelingInvoer[]; capaciteitsgroepen?: readonly CapaciteitsgroepInvoer[] },
): { afdelingen: Afdeling[]; capaciteitsgroepen: Capaciteitsgroep[] } {
  const groepInvoer = invoer.capaciteitsgroepen ?? [];
  if (school.schooltype === "PO" && (invoer.afdelingen.length > 0 || groepInvoer.length > 0)) {
    const bericht = "Een basisschool (PO) heeft geen afdelingen.";
    throw new OngeldigeInvoerFout(bericht, { afdelingen: bericht });
  }
  const fouten = new Veldfouten();

  const groepIds = kenCodesToe(fouten, "capaciteitsgroepen", groepInvoer);
  const capaciteitsgroepen: Capaciteitsgroep[] = groepInvoer.map((g, i) => {
    const naam = verplicht(
      fouten,
      `capaciteitsgroepen.${i}.naam`,
      g.naam,
      "Vul de naam van de capaciteitsgroep in.",
    );
    if (!isCapaciteit(g.capaciteit)) {
      fouten.voeg(`capaciteitsgroepen.${i}.capaciteit`, "De capaciteit is een heel getal van 0 of meer.");
    }
    return { id: groepIds[i] ?? "", naam, capaciteit: g.capaciteit ?? 0 };
  });
  controleerUniekeNamen(
    fouten,
    "capaciteitsgroepen",
    capaciteitsgroepen.map((g) => g.naam),
    (naam) => `Er is al een capaciteitsgroep met de naam "${naam}".`,
  );
  const bekendeGroepen = new Set(groepIds);

  const ids = kenCodesToe(fouten, "afdelingen", invoer.afdelingen);
  const afdelingen = invoer.afdelingen.map((a, i): Afdeling => {
    const pad = `afdelingen.${i}`;
    const naam = verplicht(fouten, `${pad}.naam`, a.naam, "Vul de naam van de afdeling in.");

    const adviezen = [...new Set(a.adviezen ?? [])];
    const onbekend = adviezen.filter((advies) => !isAdvies(advies));
    if (adviezen.length === 0) fouten.voeg(`${pad}.adviezen`, "Kies minstens één advies.");
    else if (onbekend.length > 0) {
      fouten.voeg(
        `${pad}.adviezen`,
        `Onbekend advies: ${onbekend.join(", ")}. Kies uit ${ADVIEZEN.join(", ")}.`,
      );
    }

    const capaciteit = a.capaciteit ?? undefined;
    const capaciteitsgroepId = a.capaciteitsgroepId ?? undefined;
    if (capaciteit !== undefined && capaciteitsgroepId !== undefined) {
      fouten.voeg(`${pad}.capaciteit`, "Geef een eigen capaciteit óf een capaciteitsgroep, niet allebei.");
    } else if (capaciteit === undefined && capaciteitsgroepId === undefined) {
      fouten.voeg(`${pad}.capaciteit`, "Vul de capaciteit in of kies een capaciteitsgroep.");
    } else if (capaciteit !== undefined && !isCapaciteit(capaciteit)) {
      fouten.voeg(`${pad}.capaciteit`, "De capaciteit is een heel getal van 0 of meer.");
    } else if (capaciteitsgroepId !== undefined && !bekendeGroepen.has(capaciteitsgroepId)) {
      fouten.voeg(`${pad}.capaciteitsgroepId`, "Deze capaciteitsgroep bestaat niet bij deze school.");
    }

    return {
      id: ids[i] ?? "",
      naam,
      adviezen: ADVIEZEN.filter((advies) => adviezen.includes(advies)),
      ...(capaciteitsgroepId !== undefined ? { capaciteitsgroepId } : { capaciteit }),
      gelijkwaardigAan: [],
    };
  });
  controleerUniekeNamen(
    fouten,
    "afdelingen",
    afdelingen.map((a) => a.naam),
    (naam) => `Deze school heeft al een afdeling met de naam "${naam}".`,
  );

  // Gelijkwaardig works both ways: "havo/vwo ≈ vwo" also makes "vwo ≈ havo/vwo".
  const paren = new Map<string, Set<string>>(ids.map((id) => [id, new Set<string>()]));
  invoer.afdelingen.forEach((a, i) => {
    const id = ids[i] ?? "";
    for (const ander of a.gelijkwaardigAan ?? []) {
      if (ander === id) {
        fouten.voeg(
          `afdelingen.${i}.gelijkwaardigAan`,
          "Een afdeling kan niet gelijkwaardig zijn aan zichzelf.",
        );
      } else if (!paren.has(ander)) {
        fouten.voeg(
          `afdelingen.${i}.gelijkwaardigAan`,
          `Gelijkwaardig aan een afdeling die niet bij deze school hoort: "${ander}".`,
        );
      } else {
        paren.get(id)?.add(ander);
        paren.get(ander)?.add(id);
      }
    }
  });

  const gebruikteGroepen = new Set(afdelingen.map((a) => a.capaciteitsgroepId));
  capaciteitsgroepen.forEach((g, i) => {
    if (!gebruikteGroepen.has(g.id)) {
      fouten.voeg(`capaciteitsgroepen.${i}`, `Capaciteitsgroep "${g.naam}" hoort bij geen enkele afdeling.`);
    }
  });
  fouten.gooiAlsNodig();

  return {
    afdelingen: afdelingen.map((a) => ({
      ...a,
      gelijkwaardigAan: ids.filter((id) => paren.get(a.id)?.has(id)),
    })),
    capaciteitsgroepen,
  };
}

export interface BestuurInvoer {
  naam?: string;
  contactpersonen?: ReadonlyArray<{ naam?: string; email?: string }>;
}

/** ORG-01 / ORG-05: a bestuur has a name and the contactpersonen ELK shown in the app. */
export function controleerBestuur(invoer: BestuurInvoer): Omit<Bestuur, "id"> {
  const fouten = new Veldfouten();
  const naam = verplicht(fouten, "naam", invoer.naam, "Vul de naam van het bestuur in.").replace(/\s+/g, " ");
  const contactpersonen = (invoer.contactpersonen ?? []).map((c, i) => {
    const cpNaam = verplicht(
      fouten,
      `contactpersonen.${i}.naam`,
      c.naam,
      "Vul de naam van de contactpersoon in.",
    );
    const email = (c.email ?? "").trim();
    if (!EMAIL.test(email)) fouten.voeg(`contactpersonen.${i}.email`, "Vul een geldig e-mailadres in.");
    return { naam: cpNaam, email };
  });
  fouten.gooiAlsNodig();
  return { naam, contactpersonen };
}
