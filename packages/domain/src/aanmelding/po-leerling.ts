import type { Actor } from "../autorisatie/actor";
import { mag } from "../autorisatie/permissies";
import { GeenToegangFout, NietGevondenFout, OngeldigeInvoerFout } from "../fouten/domein-fout";
import { ADVIEZEN, type Adres, type Advies } from "../organisatie/organisatie";
import { normaliseerPostcode } from "../organisatie/school-regels";
import type { RegionConfig } from "../regio/region-config";
import { controleerBsnOfOnderwijsnummer, type Identificatie } from "./bsn";
import type { Geslacht, Leerling } from "./leerling";

/**
 * PO-01: the pupils a primary school keeps for a school year, typed in one by one or imported
 * from a file. Each check collects every wrong field before it throws, so the user sees all the
 * messages at once; the keys of `velden` are the paths of the request body ("adres.postcode").
 */

/** What a form or a row of a file holds for a pupil, possibly incomplete: the rules say what is missing. */
export interface LeerlingInvoer {
  roepnaam?: string;
  tussenvoegsel?: string;
  achternaam?: string;
  bsn?: string;
  geboortedatum?: string;
  geslacht?: string;
  adres?: Partial<Adres>;
  emailOuders?: string;
  advies?: string;
}

export type Leerlinggegevens = Pick<
  Leerling,
  | "roepnaam"
  | "tussenvoegsel"
  | "achternaam"
  | "geboortedatum"
  | "geslacht"
  | "adres"
  | "emailOuders"
  | "advies"
>;

/** The checked data and the BSN or onderwijsnummer, which the caller encrypts and hashes at once. */
export interface GecontroleerdeLeerling {
  gegevens: Leerlinggegevens;
  identificatie: Identificatie;
}

// The same shapes a school's bezoekadres follows (school-regels.ts).
const POSTCODE = /^[1-9]\d{3} [A-Z]{2}$/;
const HUISNUMMER = /^[1-9]\d{0,4}(?:[ -]?[A-Za-z0-9]{1,6})?$/;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const ISO_DATUM = /^(\d{4})-(\d{2})-(\d{2})$/;
const NL_DATUM = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/;

class Veldfouten {
  readonly velden: Record<string, string> = {};

  voeg(veld: string, bericht: string): void {
    this.velden[veld] ??= bericht;
  }

  get leeg(): boolean {
    return Object.keys(this.velden).length === 0;
  }

  gooiAlsNodig(): void {
    if (!this.leeg) {
      throw new OngeldigeInvoerFout(
        "De gegevens van de leerling zijn niet volledig of niet juist. Controleer de gemarkeerde velden.",
        this.velden,
      );
    }
  }
}

function tekst(
  fouten: Veldfouten,
  veld: string,
  waarde: string | undefined,
  leeg: string | undefined,
  max: number,
) {
  const schoon = (waarde ?? "").trim().replace(/\s+/g, " ");
  if (schoon === "" && leeg) fouten.voeg(veld, leeg);
  else if (schoon.length > max) fouten.voeg(veld, `Gebruik hoogstens ${max} tekens.`);
  return schoon;
}

/** "12-5-2014", "12/05/2014" and "2014-05-12" → "2014-05-12"; undefined when it is no real date. */
export function normaliseerDatum(invoer: string): string | undefined {
  const schoon = invoer.trim();
  const iso = ISO_DATUM.exec(schoon);
  const nl = NL_DATUM.exec(schoon);
  const [jaar, maand, dag] = iso
    ? [Number(iso[1]), Number(iso[2]), Number(iso[3])]
    : nl
      ? [Number(nl[3]), Number(nl[2]), Number(nl[1])]
      : [Number.NaN, Number.NaN, Number.NaN];
  const d = new Date(Date.UTC(jaar, maand - 1, dag));
  if (Number.isNaN(d.getTime()) || d.getUTCDate() !== dag || d.getUTCMonth() !== maand - 1) return undefined;
  return d.toISOString().slice(0, 10);
}

const GESLACHTEN: Record<string, Geslacht> = {
  m: "man",
  man: "man",
  jongen: "man",
  v: "vrouw",
  vrouw: "vrouw",
  meisje: "vrouw",
  x: "anders",
  o: "anders",
  anders: "anders",
};

/** As schools write it in a form or a spreadsheet: "M", "v", "jongen", "anders"… */
export function normaliseerGeslacht(invoer: string): Geslacht | undefined {
  return GESLACHTEN[invoer.trim().toLowerCase()];
}

/** "HAVO/VWO" → "havo/vwo", "pro" → "PrO": the list's own spelling. */
export function normaliseerAdvies(invoer: string): Advies | undefined {
  const schoon = invoer.trim().toLowerCase().replace(/\s+/g, "");
  return ADVIEZEN.find((a) => a.toLowerCase() === schoon);
}

/** An e-mail address as a claim key: one ouderinlog per address, whatever its capitals (ACC-09). */
export function normaliseerEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function isGeldigEmailadres(email: string): boolean {
  return email.length <= 254 && EMAIL.test(email);
}

function controleerAdres(fouten: Veldfouten, adres: Partial<Adres> | undefined): Adres {
  const straat = tekst(fouten, "adres.straat", adres?.straat, "Vul de straat in.", 200);
  const huisnummer = tekst(fouten, "adres.huisnummer", adres?.huisnummer, "Vul het huisnummer in.", 20);
  if (huisnummer !== "" && !HUISNUMMER.test(huisnummer)) {
    fouten.voeg(
      "adres.huisnummer",
      "Een huisnummer bestaat uit cijfers met eventueel een toevoeging, bijvoorbeeld 12 of 12a.",
    );
  }
  const postcode = normaliseerPostcode(adres?.postcode ?? "");
  if (postcode === "") fouten.voeg("adres.postcode", "Vul de postcode in.");
  else if (!POSTCODE.test(postcode)) fouten.voeg("adres.postcode", "Vul een postcode in als 1234 AB.");
  const plaats = tekst(fouten, "adres.plaats", adres?.plaats, "Vul de plaats in.", 200);
  return { straat, huisnummer, postcode, plaats };
}

/** Names, address, the parents' e-mail and the advice: what a PO user may also change later. */
function controleerWijzigbaar(
  fouten: Veldfouten,
  invoer: Omit<LeerlingInvoer, "bsn" | "geboortedatum" | "geslacht">,
): Omit<Leerlinggegevens, "geboortedatum" | "geslacht"> {
  const roepnaam = tekst(fouten, "roepnaam", invoer.roepnaam, "Vul de roepnaam in.", 100);
  const tussenvoegsel = tekst(fouten, "tussenvoegsel", invoer.tussenvoegsel, undefined, 30);
  const achternaam = tekst(fouten, "achternaam", invoer.achternaam, "Vul de achternaam in.", 100);
  const adres = controleerAdres(fouten, invoer.adres);
  const emailOuders = (invoer.emailOuders ?? "").trim();
  if (emailOuders === "") {
    fouten.voeg("emailOuders", "Vul het e-mailadres van de ouders in: daarop ontvangen zij de ouderinlog.");
  } else if (!isGeldigEmailadres(emailOuders)) {
    fouten.voeg("emailOuders", "Vul een geldig e-mailadres van de ouders in, zoals naam@voorbeeld.nl.");
  }
  const adviesTekst = (invoer.advies ?? "").trim();
  const advies = adviesTekst === "" ? undefined : normaliseerAdvies(adviesTekst);
  if (adviesTekst !== "" && !advies) {
    fouten.voeg("advies", `Onbekend advies "${adviesTekst}". Kies uit ${ADVIEZEN.join(", ")}.`);
  }
  return {
    roepnaam,
    tussenvoegsel: tussenvoegsel === "" ? undefined : tussenvoegsel,
    achternaam,
    adres,
    emailOuders,
    advies,
  };
}

/** A pupil in group 8 of this school year is born 9 to 15 years before the year starts. */
function controleerGeboortedatum(fouten: Veldfouten, invoer: string | undefined, schooljaar: string): string {
  const tekstwaarde = (invoer ?? "").trim();
  if (tekstwaarde === "") {
    fouten.voeg("geboortedatum", "Vul de geboortedatum in.");
    return "";
  }
  const datum = normaliseerDatum(tekstwaarde);
  if (!datum) {
    fouten.voeg("geboortedatum", "Vul een geldige geboortedatum in, bijvoorbeeld 12-05-2014.");
    return "";
  }
  const start = Number(schooljaar.slice(0, 4));
  const jaar = Number(datum.slice(0, 4));
  if (Number.isFinite(start) && (jaar < start - 15 || jaar > start - 9)) {
    fouten.voeg(
      "geboortedatum",
      `Controleer de geboortedatum: een leerling van groep 8 in schooljaar ${schooljaar} is geboren tussen ${start - 15} en ${start - 9}.`,
    );
  }
  return datum;
}

function controleerIdentificatie(fouten: Veldfouten, bsn: string | undefined): Identificatie {
  if ((bsn ?? "").trim() === "") {
    fouten.voeg(
      "bsn",
      "Vul het burgerservicenummer in, of het onderwijsnummer als de leerling geen BSN heeft.",
    );
    return { soort: "bsn", nummer: "" };
  }
  try {
    return controleerBsnOfOnderwijsnummer(bsn ?? "");
  } catch (error) {
    if (!(error instanceof OngeldigeInvoerFout)) throw error;
    fouten.voeg("bsn", error.velden.bsn ?? error.message);
    return { soort: "bsn", nummer: "" };
  }
}

function controleerAlles(
  fouten: Veldfouten,
  invoer: LeerlingInvoer,
  schooljaar: string,
): GecontroleerdeLeerling {
  const wijzigbaar = controleerWijzigbaar(fouten, invoer);
  const identificatie = controleerIdentificatie(fouten, invoer.bsn);
  const geboortedatum = controleerGeboortedatum(fouten, invoer.geboortedatum, schooljaar);
  const geslachtTekst = (invoer.geslacht ?? "").trim();
  const geslacht = normaliseerGeslacht(geslachtTekst);
  if (!geslacht) {
    fouten.voeg(
      "geslacht",
      geslachtTekst === "" ? "Kies het geslacht." : "Kies het geslacht: man (m), vrouw (v) of anders (x).",
    );
  }
  return { gegevens: { ...wijzigbaar, geboortedatum, geslacht: geslacht ?? "anders" }, identificatie };
}

/**
 * PO-01: a new pupil needs roepnaam, achternaam, BSN (or onderwijsnummer, by the elfproef),
 * geboortedatum, geslacht, address and the parents' e-mail; the advice may follow later.
 */
export function controleerNieuweLeerling(invoer: LeerlingInvoer, schooljaar: string): GecontroleerdeLeerling {
  const fouten = new Veldfouten();
  const leerling = controleerAlles(fouten, invoer, schooljaar);
  fouten.gooiAlsNodig();
  return leerling;
}

/** The same rules without throwing: the field messages of one row of an import. */
export function leerlingFouten(
  invoer: LeerlingInvoer,
  schooljaar: string,
): { leerling: GecontroleerdeLeerling; velden: Record<string, string> } {
  const fouten = new Veldfouten();
  const leerling = controleerAlles(fouten, invoer, schooljaar);
  return { leerling, velden: fouten.velden };
}

export interface LeerlingWijziging {
  roepnaam?: string;
  tussenvoegsel?: string;
  achternaam?: string;
  adres?: Partial<Adres>;
  emailOuders?: string;
  /** null clears the advice. */
  advies?: string | null;
}

/**
 * PO-01: names, address, the parents' e-mail and the advice can be corrected; fields left out keep
 * their value, also within the address. BSN, date of birth and ELK-nummer stay as they were entered.
 */
export function controleerLeerlingWijziging(
  huidig: Leerlinggegevens,
  wijziging: LeerlingWijziging,
): Leerlinggegevens {
  const fouten = new Veldfouten();
  const gewijzigd = controleerWijzigbaar(fouten, {
    roepnaam: wijziging.roepnaam ?? huidig.roepnaam,
    tussenvoegsel: wijziging.tussenvoegsel ?? huidig.tussenvoegsel,
    achternaam: wijziging.achternaam ?? huidig.achternaam,
    adres: { ...huidig.adres, ...wijziging.adres },
    emailOuders: wijziging.emailOuders ?? huidig.emailOuders,
    advies: wijziging.advies === null ? undefined : (wijziging.advies ?? huidig.advies),
  });
  fouten.gooiAlsNodig();
  return { ...gewijzigd, geboortedatum: huidig.geboortedatum, geslacht: huidig.geslacht };
}

/**
 * PO-01: the pupils of a primary school are kept by its own users (PO-gebruiker, or Beheren at a
 * primary school) — never by a VO school, whose users see pupils only once they are registered.
 * Returns the school whose pupils the actor keeps.
 */
export function controleerPoLeerlingenBeheer(actor: Actor, config: RegionConfig): string {
  const schoolId = actor.schoolId;
  if (
    actor.organisatieType !== "po" ||
    !schoolId ||
    !mag(actor, "leerlingen.po-beheren", config, { schoolId })
  ) {
    throw new GeenToegangFout();
  }
  return schoolId;
}

/** A BSN (or onderwijsnummer) is unique within a school year: the same pupil is not added twice. */
export function leerlingBsnBezetBericht(naam: string): string {
  return `Er is dit schooljaar al een leerling met dit burgerservicenummer: ${naam} is niet opnieuw toegevoegd.`;
}

/** A pupil of another primary school "does not exist" for this one. */
export function controleerEigenLeerling<T extends Pick<Leerling, "poSchoolId">>(
  leerling: T | undefined,
  schoolId: string,
): T {
  if (!leerling || leerling.poSchoolId !== schoolId) throw new NietGevondenFout("De leerling");
  return leerling;
}
