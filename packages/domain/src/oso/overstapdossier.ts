import {
  type Identificatie,
  isGeldigBsn,
  isGeldigOnderwijsnummer,
  normaliseerNummer,
} from "../aanmelding/bsn";
import type { AanmeldingStatus, Geslacht, OkidocStatus } from "../aanmelding/leerling";
import type { OkidocVelden } from "../behandeling/okidoc";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import { hex, Sha256 } from "../loting/sha256";
import type { Adres, Advies } from "../organisatie/organisatie";
import { DOORSTROOMTOETS_NAAM_VELD } from "../overzichten/doorstroomtoets";
import { isSchooljaar } from "../schooljaar/schooljaar";
import {
  CATEGORIE_UITLEVERING_POVO,
  type OsoRelatie,
  REFERENTIENIVEAU,
  RELATIE_TOT_KIND,
  TOETSNIVEAU,
  TOETSSOORTEN,
} from "./codes";
import { bestandDocument, type OsoBestand, tekstDocument } from "./documenten";
import { jaNee, tekstblok, tekstblokken } from "./okidoc-tekst";
import {
  datumUitTekst,
  ingekort,
  osoDatum,
  osoEmail,
  osoGeslacht,
  osoPostcode,
  osoTelefoon,
  splitsHuisnummer,
} from "./waarden";
import { als, alsKinderen, el, schoneTekst, type XmlElement, xmlDocument } from "./xml";

/**
 * OSO-03: the overstapdossier PO→VO in the OSO gegevensset 2019.1
 * (shared/oso/OSO_gegevensset_2019.1.xsd), built from what ELK holds of a placed pupil. Pure: the
 * caller reads the records and the files, passes them in, and sends the text on.
 *
 * The oki-doc's sections follow the dossier's categories (okidoc.ts). Where the XSD has a structured
 * element for an answer it goes there; where it has none, the text goes where the standard allows
 * free text: the argumentatie of the overstapadvies, or a text document in the block whose category
 * it belongs to (onderwijsondersteuning, verzuim), so a receiver that opts out of a category does
 * not get its content through another one. Values the standard codes are mapped to the codes its
 * documentation names, or left out.
 */

export const OSO_DOSSIER_NAMESPACE = "http://www.edustandaard.nl/oso_gegevensset/2019/dossier";

export interface OsoSchool {
  naam: string;
  /** Four characters, as 20AC. */
  brin: string;
  /** Two digits, as 00. */
  vestigingscode: string;
}

/** A parent or guardian whose name is known (ELK itself keeps only the parents' e-mail address). */
export interface OsoOuder {
  voornaam?: string;
  voorletters?: string;
  tussenvoegsel?: string;
  achternaam: string;
  geslacht?: Geslacht;
  relatie?: OsoRelatie;
  wettelijkVertegenwoordiger: boolean;
  telefoon?: string;
  email?: string;
  adres?: Adres;
}

export interface OsoDossierInvoer {
  leerling: {
    elkNummer: string;
    /** ELK keeps the roepnaam only; it is also sent as the voornaam (an overstapdossier needs one). */
    roepnaam: string;
    tussenvoegsel?: string;
    achternaam: string;
    /** YYYY-MM-DD. */
    geboortedatum: string;
    geslacht?: Geslacht;
    /** The BSN or onderwijsnummer in clear: the dossier carries it. */
    identificatie?: Identificatie;
    adres?: Adres;
    emailOuders?: string;
  };
  ouders: readonly OsoOuder[];
  /** The primary school the pupil leaves (the dossier's "huidige school"). */
  huidigeSchool: OsoSchool & {
    adres?: Adres;
    telefoon?: string;
    /** Its OSO aanleverpunt; "0", OSO's default, when absent. */
    aanleverpunt?: string;
  };
  /**
   * The VO school that placed the pupil. The 2019.1 dossier has no element for the receiver (the
   * OSO request names it), so it is not in the XML; it is part of the content key.
   */
  ontvangendeSchool: OsoSchool;
  /** "2025-2026": the school year of groep 8. */
  schooljaar: string;
  /** The pupil's class at the primary school, as "8b"; "8" when absent. */
  groep?: string;
  advies?: Advies;
  okidoc: {
    status: OkidocStatus;
    /** As stored, the doorstroomtoets results (niveauLezen … doorstroomtoets) included. */
    velden: OkidocVelden;
    pdf?: OsoBestand;
    bijlagen: readonly OsoBestand[];
  };
  /** About the dossier, not the pupil: left out of the content key. */
  metadata: { pakketversie: string };
}

// ---------------------------------------------------------------------------------------------
// Where the oki-doc's answers without a field of their own go

/** The answers of the oki-doc the standard has no field for, as the advice's explanation. */
const ARGUMENTATIE_VELDEN = [
  "wensOuders",
  "wensLeerling",
  "onderbouwing",
  "doublureOfVersnelling",
  "schoolloopbaan",
  "leerresultaten",
  "werkhouding",
  "sociaalEmotioneel",
  "sterkePunten",
  "thuissituatie",
  "opmerkingen",
] as const;

const DOORSTROOMTOETS_ALS_TEKST = [
  DOORSTROOMTOETS_NAAM_VELD,
  "niveauLezen",
  "niveauTaalverzorging",
  "niveauRekenen",
] as const;

const ONDERSTEUNING_VELDEN = [
  "extraOndersteuning",
  "onderwijsbehoeften",
  "diagnose",
  "ontwikkelingsperspectief",
  "arrangement",
] as const;

/** aandachtspuntenType: at most 280 characters. */
const AANDACHTSPUNTEN_MAX = 280;

// ---------------------------------------------------------------------------------------------
// Blocks of the dossier

function adres(a: Adres | undefined): XmlElement[] {
  if (!a) return [];
  const straat = schoneTekst(a.straat);
  const nummer = splitsHuisnummer(a.huisnummer);
  const postcode = osoPostcode(a.postcode);
  const plaats = schoneTekst(a.plaats);
  if (!straat || !nummer || !postcode || !plaats) return [];
  return [
    el("adres", [
      el("soortadres", "bezoek"),
      el("straat", straat),
      el("nummer", nummer.nummer),
      ...als("toevoeging", nummer.toevoeging),
      el("postcode", postcode.postcode),
      el("plaats", plaats),
      // The GBA code of the Netherlands, only when the postcode says so.
      ...(postcode.nederlands ? [el("land", "6030", { omschrijving: "Nederland" })] : []),
    ]),
  ];
}

function communicatie(
  soort: "telefoon" | "e-mail",
  aanduiding: string,
  nummer: string | undefined,
): XmlElement[] {
  return nummer
    ? [el("communicatie", [el("soort", soort), el("aanduiding", aanduiding), el("nummer", nummer)])]
    : [];
}

function identificatie(id: Identificatie | undefined): XmlElement[] {
  if (!id) return [];
  const nummer = normaliseerNummer(id.nummer);
  if (id.soort === "bsn" && isGeldigBsn(nummer)) return [el("bsn", nummer)];
  if (id.soort === "onderwijsnummer" && isGeldigOnderwijsnummer(nummer)) {
    return [el("onderwijsnummer", nummer)];
  }
  return [];
}

function metadata(pakketversie: string, datum: string): XmlElement {
  return el("metadata", [
    // The dossier holds administration (LAS) and results and support (LVS).
    el("deeldossier", "LASLVS"),
    el("pakketnaam", "ELK"),
    el("pakketversie", pakketversie),
    el("datum", datum),
    el("standaardversie", "2019.1"),
    el("validatieversie", "2019.1.1"),
    el(
      "categorie_uitlevering",
      CATEGORIE_UITLEVERING_POVO.map(([categorie, waarde]) => el(categorie, waarde)),
    ),
    el("overstap", "POVO"),
  ]);
}

function inzage(okidoc: OsoDossierInvoer["okidoc"]): XmlElement {
  const ingezien = jaNee(okidoc.velden.oudersIngezien);
  const zienswijze = schoneTekst(okidoc.velden.zienswijzeOuders);
  // The parents write a zienswijze when they do not agree with (part of) the oki-doc; without one
  // ELK does not know whether they agree.
  const akkoord = zienswijze
    ? [el("akkoord", "Nee"), el("redennietakkoord", zienswijze)]
    : ingezien
      ? [el("akkoord", "Onbekend")]
      : [];
  return el("inzage", [
    // Until the oki-doc is released (again) its content may still change.
    el("voorlopigdossier", String(okidoc.status === "concept" || okidoc.status === "aanvulling-gevraagd")),
    ...(ingezien === undefined ? [] : [el("inzage", String(ingezien))]),
    ...akkoord,
  ]);
}

/** The doorstroomtoets in eindtoets_basisonderwijs, when its kind and date of afname are known. */
function eindtoets(velden: OkidocVelden): XmlElement[] {
  const lezen = REFERENTIENIVEAU[velden.niveauLezen ?? ""];
  const taalverzorging = REFERENTIENIVEAU[velden.niveauTaalverzorging ?? ""];
  const rekenen = REFERENTIENIVEAU[velden.niveauRekenen ?? ""];
  if (!lezen && !taalverzorging && !rekenen) return [];
  const omschrijving = schoneTekst(velden[DOORSTROOMTOETS_NAAM_VELD]);
  const soort = TOETSSOORTEN.find(([patroon]) => omschrijving && patroon.test(omschrijving))?.[1];
  const afname = datumUitTekst(omschrijving);
  if (!soort || !afname) return [];
  const domein = (code: string, naam: string, niveau: string | undefined) =>
    niveau
      ? [
          el("domein", [
            el("domeincode", code),
            el("domeinomschrijving", naam),
            el("dom_referentieniveau", niveau),
          ]),
        ]
      : [];
  const taal =
    lezen || taalverzorging
      ? [
          el("onderdeel", [
            el("onderdeelcode", "8000"),
            el("onderdeelomschrijving", "Nederlandse taal"),
            el("domeinen", [
              ...domein("8050", "Nederlandse taal - Lezen", lezen),
              ...domein("8051", "Nederlandse taal - Taalverzorging", taalverzorging),
            ]),
          ]),
        ]
      : [];
  const reken = rekenen
    ? [
        el("onderdeel", [
          el("onderdeelcode", "8001"),
          el("onderdeelomschrijving", "Rekenen"),
          el("ond_referentieniveau", rekenen),
        ]),
      ]
    : [];
  return [
    el("eindtoets_basisonderwijs", [
      el("eindtoetsresultaat", [
        el("toetssoort", soort),
        el("toetsniveau", TOETSNIVEAU),
        ...als("toetsomschrijving", omschrijving),
        el("datum_afname", afname),
        el("onderdelen", [...taal, ...reken]),
      ]),
      el("deelgenomen", "true"),
    ]),
  ];
}

function overstapadvies(invoer: OsoDossierInvoer, doorstroomtoetsGestructureerd: boolean): XmlElement {
  const velden = invoer.okidoc.velden;
  const aandachtspunten = schoneTekst(velden.aandachtspunten);
  const ingekorteAandachtspunten =
    aandachtspunten && ingekort(aandachtspunten, AANDACHTSPUNTEN_MAX, " … (vervolg in de argumentatie)");
  const delen = [
    invoer.advies ? `Basisschooladvies: ${invoer.advies}` : undefined,
    tekstblokken(velden, ARGUMENTATIE_VELDEN),
    // Without the eindtoets block the levels are still read here.
    doorstroomtoetsGestructureerd ? undefined : tekstblokken(velden, DOORSTROOMTOETS_ALS_TEKST),
    ingekorteAandachtspunten !== aandachtspunten ? tekstblok(velden, "aandachtspunten") : undefined,
  ].filter((deel) => deel !== undefined);
  const contact = jaNee(velden.contactGewenst);
  return el("overstapadvies", [
    ...als("argumentatie", delen.join("\n\n")),
    ...(contact === undefined ? [] : [el("contactnodig", String(contact))]),
    ...als("contactpersoon", velden.contactpersoon),
    ...als("contacttelefoon", osoTelefoon(velden.contactTelefoon) ?? velden.contactTelefoon),
    ...als("contactemail", osoEmail(velden.contactEmail)),
    ...als("aandachtspunten", ingekorteAandachtspunten),
  ]);
}

function schoolloopbaan(invoer: OsoDossierInvoer, school: OsoSchool): XmlElement[] {
  if (!isSchooljaar(invoer.schooljaar)) return [];
  return [
    el("schoolloopbaanlijst", [
      el("schoolloopbaan", [
        el("schooljaar", invoer.schooljaar),
        el("groepscode", schoneTekst(invoer.groep) ?? "8"),
        // ELK is the PO→VO procedure: its pupils are in groep 8.
        el("jaargroep", "8"),
        el("brincode", school.brin),
        el("vestigingscode", school.vestigingscode),
      ]),
    ]),
  ];
}

function onderwijsondersteuning(velden: OkidocVelden, datum: string): XmlElement[] {
  const toelichting = tekstblokken(velden, ONDERSTEUNING_VELDEN);
  const medicijnen = jaNee(velden.medicijngebruik);
  return alsKinderen("onderwijsondersteuning", [
    ...(toelichting
      ? [
          el("toelichting_onderwijsbehoeften", [
            tekstDocument(
              "Toelichting onderwijsbehoeften.txt",
              "Toelichting onderwijsbehoeften (uit het oki-doc)",
              toelichting,
              datum,
            ),
          ]),
        ]
      : []),
    ...(medicijnen === undefined ? [] : [el("medicijngebruik", String(medicijnen))]),
  ]);
}

function verzuim(velden: OkidocVelden, datum: string): XmlElement[] {
  const dagdelen = (waarde: string | undefined) =>
    /^\d{1,4}$/.test(waarde ?? "") ? String(Number(waarde)) : undefined;
  const leerplicht = jaNee(velden.leerplicht);
  const toelichting = tekstblok(velden, "verzuimToelichting");
  return alsKinderen("verzuim", [
    ...als("dagdelengeoorloofd", dagdelen(velden.verzuimGeoorloofd)),
    ...als("dagdelenongeoorloofd", dagdelen(velden.verzuimOngeoorloofd)),
    ...(leerplicht === undefined ? [] : [el("contactleerplicht", String(leerplicht))]),
    ...(toelichting
      ? [
          el("documentLijst", [
            tekstDocument(
              "Toelichting verzuim.txt",
              "Toelichting op het verzuim (uit het oki-doc)",
              toelichting,
              datum,
            ),
          ]),
        ]
      : []),
  ]);
}

function verzorger(ouder: OsoOuder): XmlElement[] {
  const achternaam = schoneTekst(ouder.achternaam);
  if (!achternaam) return [];
  return [
    el("verzorger", [
      ...als("voornaam", ouder.voornaam),
      ...als("voorletters-1", ouder.voorletters?.replace(/\s+/g, "")),
      ...als("voorvoegsel", ouder.tussenvoegsel),
      el("achternaam", achternaam),
      ...als("geslacht", osoGeslacht(ouder.geslacht)),
      ...alsKinderen("adreslijst", adres(ouder.adres)),
      ...alsKinderen("communicatielijst", [
        ...communicatie("telefoon", "prive", osoTelefoon(ouder.telefoon)),
        ...communicatie("e-mail", "prive", osoEmail(ouder.email)),
      ]),
      ...als("relatietotkind", ouder.relatie && RELATIE_TOT_KIND[ouder.relatie]),
      el("wettigevertegenwoordiger", String(ouder.wettelijkVertegenwoordiger)),
    ]),
  ];
}

function leerling(invoer: OsoDossierInvoer, vast: Gecontroleerd): XmlElement {
  const { school, datum } = vast;
  const l = invoer.leerling;
  const velden = invoer.okidoc.velden;
  const verzorgers = invoer.ouders.flatMap(verzorger);
  const toets = eindtoets(velden);
  const documenten = [
    ...(invoer.okidoc.pdf
      ? bestandDocument(invoer.okidoc.pdf, "Onderwijskundig rapport (oki-doc)", datum)
      : []),
    ...invoer.okidoc.bijlagen.flatMap((bijlage) =>
      bestandDocument(bijlage, "Bijlage bij het oki-doc", datum),
    ),
  ];
  return el("leerling", [
    // An overstapdossier needs a voornaam (OSO rule OS.L01); ELK keeps the roepnaam only.
    ...als("voornaam", l.roepnaam),
    ...als("voorvoegsel", l.tussenvoegsel),
    el("achternaam", vast.achternaam),
    ...als("roepnaam", l.roepnaam),
    ...als("geboortedatum", osoDatum(l.geboortedatum)),
    ...als("geslacht", osoGeslacht(l.geslacht)),
    // ELK shows the pupil's address to the schools of the procedure: it is not kept secret.
    el("adresgeheim", "false"),
    ...alsKinderen("adreslijst", adres(l.adres)),
    // The family's e-mail address, which ELK keeps with the pupil.
    ...alsKinderen("communicatielijst", communicatie("e-mail", "prive", osoEmail(l.emailOuders))),
    ...identificatie(l.identificatie),
    ...als("leerlingid", l.elkNummer),
    // Only with named parents: "true" wants a verzorger block, "false" an aansprakelijke instelling.
    ...(verzorgers.length > 0 ? [el("verzorgersaansprakelijk", "true")] : []),
    overstapadvies(invoer, toets.length > 0),
    ...schoolloopbaan(invoer, school),
    ...onderwijsondersteuning(velden, datum),
    ...verzuim(velden, datum),
    ...toets,
    ...alsKinderen("overigdocumentlijst", documenten),
    ...verzorgers,
  ]);
}

const BRIN = /^\d{2}[A-Z]{2}$/;
const VESTIGINGSCODE = /^\d{2}$/;

/** The values the XSD requires, checked. */
interface Gecontroleerd {
  datum: string;
  pakketversie: string;
  achternaam: string;
  school: OsoSchool;
}

/** What the XSD requires and ELK must have; a message per missing or malformed value. */
function controleer(invoer: OsoDossierInvoer, opties: { datum: string }): Gecontroleerd {
  const fouten: Record<string, string> = {};
  const datum = osoDatum(opties.datum) ?? "";
  const pakketversie = schoneTekst(invoer.metadata.pakketversie) ?? "";
  const achternaam = schoneTekst(invoer.leerling.achternaam) ?? "";
  const school = {
    naam: schoneTekst(invoer.huidigeSchool.naam) ?? "",
    brin: invoer.huidigeSchool.brin.trim().toUpperCase(),
    vestigingscode: invoer.huidigeSchool.vestigingscode.trim(),
  };
  if (!datum) fouten.datum = "De datum van het dossier is geen geldige datum (JJJJ-MM-DD).";
  if (!pakketversie) fouten["metadata.pakketversie"] = "De versie van ELK ontbreekt.";
  if (!achternaam) fouten["leerling.achternaam"] = "De achternaam van de leerling ontbreekt.";
  if (!school.naam) fouten["huidigeSchool.naam"] = "De naam van de basisschool ontbreekt.";
  if (!BRIN.test(school.brin)) {
    fouten["huidigeSchool.brin"] =
      "Het BRIN-nummer van de basisschool is ongeldig: twee cijfers en twee letters, zoals 20AC.";
  }
  if (!VESTIGINGSCODE.test(school.vestigingscode)) {
    fouten["huidigeSchool.vestigingscode"] =
      "De vestigingscode van de basisschool is ongeldig: twee cijfers, zoals 00.";
  }
  const eerste = Object.values(fouten)[0];
  if (eerste) throw new OngeldigeInvoerFout(`Het OSO-dossier kan niet worden gemaakt. ${eerste}`, fouten);
  return { datum, pakketversie, achternaam, school };
}

/**
 * OSO-03: the overstapdossier as an XML document (UTF-8) that validates against the OSO
 * gegevensset 2019.1. The date is the dossier's date of creation, passed in. Throws an
 * OngeldigeInvoerFout when data the XSD requires is missing or malformed.
 */
export function bouwOverstapdossier(invoer: OsoDossierInvoer, opties: { datum: string }): string {
  const vast = controleer(invoer, opties);
  const { school } = vast;
  const huidigeSchool = invoer.huidigeSchool;
  return xmlDocument(
    el("dossier", [
      metadata(vast.pakketversie, vast.datum),
      el("overdrachtsoort", "overstapdossier"),
      inzage(invoer.okidoc),
      el("huidigeschool", [
        el("naam", school.naam),
        ...alsKinderen("adreslijst", adres(huidigeSchool.adres)),
        ...alsKinderen(
          "communicatielijst",
          communicatie("telefoon", "werk", osoTelefoon(huidigeSchool.telefoon)),
        ),
        el("brincode", school.brin),
        el("vestigingscode", school.vestigingscode),
        el("aanleverpunt", schoneTekst(huidigeSchool.aanleverpunt) ?? "0"),
        leerling(invoer, vast),
      ]),
    ]),
    OSO_DOSSIER_NAMESPACE,
  );
}

// ---------------------------------------------------------------------------------------------
// Content key

/** JSON with the keys of every object sorted, fed to the hasher piece by piece (files can be large). */
function voedCanoniek(hasher: Sha256, waarde: unknown): void {
  if (Array.isArray(waarde)) {
    hasher.update("[");
    waarde.forEach((item, i) => {
      if (i > 0) hasher.update(",");
      voedCanoniek(hasher, item === undefined ? null : item);
    });
    hasher.update("]");
  } else if (waarde !== null && typeof waarde === "object") {
    hasher.update("{");
    const sleutels = Object.keys(waarde)
      .filter((sleutel) => (waarde as Record<string, unknown>)[sleutel] !== undefined)
      .sort();
    sleutels.forEach((sleutel, i) => {
      hasher.update(`${i > 0 ? "," : ""}${JSON.stringify(sleutel)}:`);
      voedCanoniek(hasher, (waarde as Record<string, unknown>)[sleutel]);
    });
    hasher.update("}");
  } else {
    hasher.update(JSON.stringify(waarde) ?? "null");
  }
}

/**
 * OSO-03: a SHA-256 (hex) over the dossier's content — everything in the input but its metadata,
 * with object keys sorted — so the caller sees that anything in it changed (the dossier goes from
 * green back to blue). The date of creation is not input, so it never changes the key.
 */
export function dossierInhoudSleutel(invoer: OsoDossierInvoer): string {
  const { metadata: _metadata, ...inhoud } = invoer;
  const hasher = new Sha256();
  voedCanoniek(hasher, inhoud);
  return hex(hasher.digest());
}

// ---------------------------------------------------------------------------------------------
// OSO-04: who can have a dossier

export interface OsoDossierFeiten {
  /** The pupil's primary school is in ELK (Leerling.poSchoolId); a buitenleerling has none. */
  heeftBasisschoolInElk: boolean;
  /** ORG-04: that primary school is private (particulier). */
  basisschoolParticulier: boolean;
  /** The state of the registration at the school that asks for the dossier. */
  status: AanmeldingStatus;
}

export type OsoDossierMogelijkheid = { mogelijk: true } | { mogelijk: false; reden: string };

/** OSO-04: can the asking school have an OSO dossier of this pupil from ELK, and if not, why not. */
export function osoDossierReden(feiten: OsoDossierFeiten): OsoDossierMogelijkheid {
  if (!feiten.heeftBasisschoolInElk) {
    return {
      mogelijk: false,
      reden:
        "Buitenleerling: het onderwijskundig dossier komt niet via OSO; vraag het op bij de school van herkomst.",
    };
  }
  if (feiten.basisschoolParticulier) {
    return {
      mogelijk: false,
      reden: "Particuliere basisschool: mag volgens de wet geen gebruik maken van OSO.",
    };
  }
  if (feiten.status !== "geplaatst") {
    return {
      mogelijk: false,
      reden: "Alleen voor geplaatste leerlingen kan een OSO-dossier worden klaargezet.",
    };
  }
  return { mogelijk: true };
}
