import type { OkidocStatus } from "../aanmelding/leerling";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import { ADVIEZEN, type Advies } from "../organisatie/organisatie";
import { DOORSTROOMTOETS_VELDEN } from "../overzichten/doorstroomtoets";
import { StatusConflictFout } from "./fouten";

/**
 * PO-01 / TRT-02 / TRT-03: the oki-doc (onderwijskundig document) the primary school fills in for
 * the VO school. One structured form, its sections following the categories of the OSO
 * overstapdossier PO→VO (cat_overstapadvies, cat_schoolloopbaan, cat_toetsresultaten,
 * cat_onderwijsondersteuning, cat_verzuim, cat_oudersverzorgers), so the same answers can travel
 * with the OSO dossier later. Every value is text; the form says what each field may hold.
 *
 * The basisschooladvies itself is not part of the form's values: it lives on the pupil (the
 * registration and the ouderportaal read it there) and the form shows and edits it in place.
 *
 * The doorstroomtoets results (niveauLezen, niveauTaalverzorging, niveauRekenen, doorstroomtoets)
 * are fields of the oki-doc too — the PDF and the OSO dossier carry them — but the primary school
 * enters them in one place only: the section "Resultaten doorstroomtoets" (PO-02), which stays
 * writable after release. The form the school fills in (OKIDOC_INVOERFORMULIER) leaves them out,
 * and saving the form keeps them as they are (okidocVeldenNaOpslaan).
 */

export type OkidocVeldSoort = "tekst" | "tekstvak" | "keuze" | "ja-nee" | "getal" | "email";

export interface OkidocKeuze {
  waarde: string;
  label: string;
}

export interface OkidocVeld {
  id: string;
  label: string;
  soort: OkidocVeldSoort;
  /** Needed before the oki-doc can be released. */
  verplicht: boolean;
  /** Needed only when another field holds this answer ("ja" → explain). */
  verplichtAls?: { veld: string; waarde: string };
  /** Longest text, in characters; for "getal" the highest number. */
  max: number;
  keuzes?: readonly OkidocKeuze[];
  uitleg?: string;
}

export interface OkidocSectie {
  id: string;
  titel: string;
  uitleg?: string;
  velden: readonly OkidocVeld[];
}

/** The values of the form by field id; an empty field is absent. */
export type OkidocVelden = Readonly<Record<string, string>>;

const KORT = 200;
const LANG = 4000;

const tekstvak = (
  id: string,
  label: string,
  extra: Partial<Omit<OkidocVeld, "id" | "label" | "soort">> = {},
): OkidocVeld => ({ id, label, soort: "tekstvak", verplicht: false, max: LANG, ...extra });
const tekst = (
  id: string,
  label: string,
  extra: Partial<Omit<OkidocVeld, "id" | "label" | "soort">> = {},
): OkidocVeld => ({ id, label, soort: "tekst", verplicht: false, max: KORT, ...extra });
const jaNee = (
  id: string,
  label: string,
  extra: Partial<Omit<OkidocVeld, "id" | "label" | "soort">> = {},
): OkidocVeld => ({ id, label, soort: "ja-nee", verplicht: false, max: 3, ...extra });

const ADVIES_KEUZES: readonly OkidocKeuze[] = ADVIEZEN.map((a) => ({ waarde: a, label: a }));

/** The reference levels of the doorstroomtoets (1F, 2F for reading and language; 1S for arithmetic). */
const REFERENTIENIVEAUS: readonly OkidocKeuze[] = [
  { waarde: "onder-1f", label: "Lager dan 1F" },
  { waarde: "1f", label: "1F" },
  { waarde: "2f", label: "2F" },
  { waarde: "1s", label: "1S" },
  { waarde: "onbekend", label: "Nog niet bekend" },
];

const niveau = (id: string, label: string): OkidocVeld => ({
  id,
  label,
  soort: "keuze",
  verplicht: false,
  max: 20,
  keuzes: REFERENTIENIVEAUS,
});

export const OKIDOC_FORMULIER: readonly OkidocSectie[] = [
  {
    id: "overstapadvies",
    titel: "Overstapadvies",
    uitleg: "Het basisschooladvies en hoe de school daartoe gekomen is.",
    velden: [
      tekstvak("onderbouwing", "Onderbouwing van het advies", {
        verplicht: true,
        uitleg: "Waarom past dit advies bij de leerling? Denk aan leerresultaten, werkhouding en motivatie.",
      }),
      {
        id: "wensOuders",
        label: "Wens van de ouders",
        soort: "keuze",
        verplicht: false,
        max: 20,
        keuzes: ADVIES_KEUZES,
      },
      {
        id: "wensLeerling",
        label: "Wens van de leerling",
        soort: "keuze",
        verplicht: false,
        max: 20,
        keuzes: ADVIES_KEUZES,
      },
      jaNee("contactGewenst", "Wil de basisschool de leerling met de VO-school bespreken?", {
        verplicht: true,
      }),
      tekst("contactpersoon", "Contactpersoon van de basisschool", {
        max: 100,
        verplichtAls: { veld: "contactGewenst", waarde: "ja" },
      }),
      tekst("contactTelefoon", "Telefoonnummer van de contactpersoon", { max: 30 }),
      {
        id: "contactEmail",
        label: "E-mailadres van de contactpersoon",
        soort: "email",
        verplicht: false,
        max: 254,
      },
    ],
  },
  {
    id: "schoolloopbaan",
    titel: "Schoolloopbaan",
    velden: [
      jaNee("doublureOfVersnelling", "Heeft de leerling een groep overgedaan of overgeslagen?", {
        verplicht: true,
      }),
      tekstvak("schoolloopbaan", "Toelichting op de schoolloopbaan", {
        verplichtAls: { veld: "doublureOfVersnelling", waarde: "ja" },
        uitleg: "Welke groep, en waarom. Noem ook eerdere basisscholen.",
      }),
    ],
  },
  {
    id: "leerresultaten",
    titel: "Leerresultaten en toetsen",
    uitleg: "De referentieniveaus van de doorstroomtoets, zodra de uitslag bekend is.",
    velden: [
      niveau("niveauLezen", "Lezen"),
      niveau("niveauTaalverzorging", "Taalverzorging"),
      niveau("niveauRekenen", "Rekenen"),
      tekst("doorstroomtoets", "Doorstroomtoets (naam en datum van afname)"),
      tekstvak("leerresultaten", "Toelichting op de leerresultaten", {
        uitleg: "Bijvoorbeeld het verloop van de toetsresultaten in groep 6 tot en met 8.",
      }),
    ],
  },
  {
    id: "ontwikkeling",
    titel: "Werkhouding en sociaal-emotionele ontwikkeling",
    velden: [
      tekstvak("werkhouding", "Werkhouding en taakaanpak", {
        verplicht: true,
        uitleg: "Concentratie, zelfstandigheid, motivatie, plannen en huiswerk.",
      }),
      tekstvak("sociaalEmotioneel", "Sociaal-emotionele ontwikkeling", { verplicht: true }),
      tekstvak("sterkePunten", "Sterke punten en interesses"),
      tekstvak("aandachtspunten", "Aandachtspunten"),
    ],
  },
  {
    id: "ondersteuning",
    titel: "Onderwijsondersteuning",
    velden: [
      jaNee("extraOndersteuning", "Heeft de leerling extra ondersteuning nodig?", { verplicht: true }),
      tekstvak("onderwijsbehoeften", "Onderwijsbehoeften: wat heeft de leerling nodig en wat werkt?", {
        verplichtAls: { veld: "extraOndersteuning", waarde: "ja" },
      }),
      tekstvak("diagnose", "Diagnose(s)", {
        max: 2000,
        uitleg: "Alleen met toestemming van de ouders: wat, wanneer en door wie vastgesteld.",
      }),
      jaNee("medicijngebruik", "Gebruikt de leerling medicijnen die op school van belang zijn?"),
      jaNee("ontwikkelingsperspectief", "Is er een ontwikkelingsperspectief (OPP) of handelingsplan?"),
      tekstvak("arrangement", "Arrangement of toelaatbaarheidsverklaring (TLV)", { max: 2000 }),
    ],
  },
  {
    id: "verzuim",
    titel: "Verzuim",
    velden: [
      {
        id: "verzuimGeoorloofd",
        label: "Geoorloofd verzuim dit schooljaar (dagdelen)",
        soort: "getal",
        verplicht: false,
        max: 400,
      },
      {
        id: "verzuimOngeoorloofd",
        label: "Ongeoorloofd verzuim dit schooljaar (dagdelen)",
        soort: "getal",
        verplicht: false,
        max: 400,
      },
      jaNee("leerplicht", "Is er contact geweest met de leerplichtambtenaar?"),
      tekstvak("verzuimToelichting", "Toelichting op het verzuim", { max: 2000 }),
    ],
  },
  {
    id: "ouders",
    titel: "Ouders en thuissituatie",
    velden: [
      jaNee("oudersIngezien", "Hebben de ouders het oki-doc ingezien?", {
        verplicht: true,
        uitleg: "De ouders hebben recht op inzage voordat het oki-doc naar de VO-school gaat.",
      }),
      tekstvak("zienswijzeOuders", "Zienswijze van de ouders", {
        max: 2000,
        uitleg: "Zijn de ouders het niet eens met (een deel van) het oki-doc? Noteer hier hun zienswijze.",
      }),
      tekstvak("thuissituatie", "Bijzonderheden in de thuissituatie", { max: 2000 }),
    ],
  },
  {
    id: "overig",
    titel: "Overige opmerkingen",
    velden: [tekstvak("opmerkingen", "Opmerkingen")],
  },
];

/**
 * PO-01 / PO-02: the form as the primary school fills it in: the oki-doc without the doorstroomtoets
 * results, which have their own section (one place to enter them).
 */
export const OKIDOC_INVOERFORMULIER: readonly OkidocSectie[] = OKIDOC_FORMULIER.map((sectie) =>
  sectie.id === "leerresultaten"
    ? {
        ...sectie,
        uitleg:
          "De uitslag van de doorstroomtoets (referentieniveaus en naam van de toets) vult u in bij Resultaten doorstroomtoets, onder het oki-doc.",
        velden: sectie.velden.filter((veld) => !DOORSTROOMTOETS_VELDEN.includes(veld.id)),
      }
    : sectie,
);

const VELDEN: ReadonlyMap<string, OkidocVeld> = new Map(
  OKIDOC_FORMULIER.flatMap((s) => s.velden).map((v) => [v.id, v]),
);

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The key of a field's message, as the request body names it. */
const sleutel = (id: string) => `velden.${id}`;

function normaliseer(veld: OkidocVeld, waarde: string): string {
  // Paragraphs stay in a text area; elsewhere white space collapses to one space.
  return veld.soort === "tekstvak"
    ? waarde
        .replace(/\r\n?/g, "\n")
        .replace(/[ \t]+$/gm, "")
        .trim()
    : waarde.trim().replace(/\s+/g, " ");
}

function fout(veld: OkidocVeld, waarde: string): string | undefined {
  switch (veld.soort) {
    case "tekst":
    case "tekstvak":
      return waarde.length > veld.max ? `Gebruik hoogstens ${veld.max} tekens.` : undefined;
    case "email":
      if (waarde.length > veld.max) return `Gebruik hoogstens ${veld.max} tekens.`;
      return EMAIL.test(waarde) ? undefined : "Vul een geldig e-mailadres in, zoals naam@school.nl.";
    case "ja-nee":
      return waarde === "ja" || waarde === "nee" ? undefined : "Kies ja of nee.";
    case "keuze":
      return veld.keuzes?.some((k) => k.waarde === waarde) ? undefined : "Kies een van de mogelijkheden.";
    case "getal":
      return /^\d{1,4}$/.test(waarde) && Number(waarde) <= veld.max
        ? undefined
        : `Vul een heel getal in van 0 tot en met ${veld.max}.`;
  }
}

/**
 * PO-01: the values of a save, checked against the form. Empty fields are dropped (a concept may be
 * incomplete); a value that does not fit its field, or a field the form does not have, is refused
 * with a message per field.
 */
export function controleerOkidocVelden(invoer: Readonly<Record<string, string | undefined>>): OkidocVelden {
  const velden: Record<string, string> = {};
  const fouten: Record<string, string> = {};
  for (const [id, ruw] of Object.entries(invoer)) {
    const veld = VELDEN.get(id);
    if (!veld) {
      fouten[sleutel(id)] = "Dit veld hoort niet bij het oki-doc.";
      continue;
    }
    const waarde = normaliseer(veld, ruw ?? "");
    if (waarde === "") continue;
    const melding = fout(veld, waarde);
    if (melding) fouten[sleutel(id)] = melding;
    else velden[id] = veld.soort === "getal" ? String(Number(waarde)) : waarde;
  }
  if (Object.keys(fouten).length > 0) {
    throw new OngeldigeInvoerFout(
      "Het oki-doc is niet opgeslagen: niet alle velden zijn goed ingevuld. Controleer de gemarkeerde velden.",
      fouten,
    );
  }
  return velden;
}

/**
 * PO-01 / PO-02: the values an oki-doc holds after the form is saved: the form's own fields as sent
 * (checked by controleerOkidocVelden; a field left out is emptied), and the doorstroomtoets results
 * as they were stored — they belong to the section "Resultaten doorstroomtoets", so whatever a save
 * of the form sends for them (an older copy, or nothing) neither wipes nor overwrites them.
 */
export function okidocVeldenNaOpslaan(
  vorige: OkidocVelden,
  invoer: Readonly<Record<string, string | undefined>>,
): OkidocVelden {
  const formulier = Object.fromEntries(
    Object.entries(invoer).filter(([id]) => !DOORSTROOMTOETS_VELDEN.includes(id)),
  );
  const toets = Object.fromEntries(
    Object.entries(vorige).filter(([id]) => DOORSTROOMTOETS_VELDEN.includes(id)),
  );
  return { ...controleerOkidocVelden(formulier), ...toets };
}

function isVerplicht(veld: OkidocVeld, velden: OkidocVelden): boolean {
  if (veld.verplicht) return true;
  return veld.verplichtAls !== undefined && velden[veld.verplichtAls.veld] === veld.verplichtAls.waarde;
}

/**
 * What is still missing before the oki-doc can be released, as a message per field: the required
 * fields, the fields an answer makes required, and the basisschooladvies.
 */
export function okidocOntbrekend(velden: OkidocVelden, advies: Advies | undefined): Record<string, string> {
  const ontbrekend: Record<string, string> = {};
  if (!advies) ontbrekend.advies = "Kies het basisschooladvies.";
  for (const veld of VELDEN.values()) {
    if (isVerplicht(veld, velden) && !velden[veld.id]) {
      ontbrekend[sleutel(veld.id)] =
        veld.soort === "ja-nee" || veld.soort === "keuze" ? "Maak een keuze." : "Vul dit veld in.";
    }
  }
  return ontbrekend;
}

/** PO-01: the primary school edits a concept, and again when a VO school asked for an addition (TRT-03). */
export function magOkidocBewerken(status: OkidocStatus): boolean {
  return status === "concept" || status === "aanvulling-gevraagd";
}

/** PO-01: a released oki-doc is read-only until a VO school asks for an addition. */
export function vereisOkidocBewerkbaar(status: OkidocStatus): void {
  if (!magOkidocBewerken(status)) {
    throw new StatusConflictFout(
      "Het oki-doc is vrijgegeven en kan niet meer gewijzigd worden. Alleen als een VO-school om een aanvulling vraagt, kunt u het weer bewerken.",
    );
  }
}

/**
 * PO-01 / TRT-03: release the oki-doc. Only a complete one; released in answer to a VO school's
 * question it becomes "aangevuld", so the VO school sees the addition arrived.
 */
export function okidocVrijgeven(
  status: OkidocStatus,
  velden: OkidocVelden,
  advies: Advies | undefined,
): "vrijgegeven" | "aangevuld" {
  vereisOkidocBewerkbaar(status);
  const ontbrekend = okidocOntbrekend(velden, advies);
  const aantal = Object.keys(ontbrekend).length;
  if (aantal > 0) {
    throw new OngeldigeInvoerFout(
      aantal === 1
        ? "Het oki-doc is nog niet compleet: 1 verplicht veld is niet ingevuld. Vul het in en geef het oki-doc daarna vrij."
        : `Het oki-doc is nog niet compleet: ${aantal} verplichte velden zijn niet ingevuld. Vul ze in en geef het oki-doc daarna vrij.`,
      ontbrekend,
    );
  }
  return status === "aanvulling-gevraagd" ? "aangevuld" : "vrijgegeven";
}

/**
 * The advice is kept on the pupil; once the pupil is registered it follows the registration, and
 * only the VO school's "Advies / setting aanpassen" reopens it (TRT-13).
 */
export function controleerAdviesInOkidoc(
  huidig: Advies | undefined,
  nieuw: Advies | null | undefined,
  aangemeld: boolean,
): Advies | undefined {
  if (nieuw === undefined) return huidig;
  const gekozen = nieuw ?? undefined;
  if (gekozen !== huidig && aangemeld) {
    throw new OngeldigeInvoerFout(
      "Het advies kan niet meer gewijzigd worden: de leerling is al aangemeld. Neem contact op met de VO-school; die kan het oki-doc teruggeven om het advies aan te passen.",
      { advies: "De leerling is al aangemeld met dit advies." },
    );
  }
  return gekozen;
}

/** TRT-03: the message to the contact persons of the pupil's groups at the VO school. */
export function okidocAangevuldBericht(leerlingNaam: string): string {
  return `De basisschool heeft het oki-doc van ${leerlingNaam} aangevuld en opnieuw vrijgegeven.`;
}

// ---------------------------------------------------------------------------------------------
// Bijlagen

/** What a primary school may attach, by content type: the common office and image formats. */
export const OKIDOC_BIJLAGE_TYPEN: Readonly<Record<string, { label: string; extensies: readonly string[] }>> =
  {
    "application/pdf": { label: "PDF", extensies: ["pdf"] },
    "application/msword": { label: "Word", extensies: ["doc"] },
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": {
      label: "Word",
      extensies: ["docx"],
    },
    "application/vnd.oasis.opendocument.text": { label: "OpenDocument", extensies: ["odt"] },
    "application/vnd.ms-excel": { label: "Excel", extensies: ["xls"] },
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": {
      label: "Excel",
      extensies: ["xlsx"],
    },
    "image/jpeg": { label: "JPG", extensies: ["jpg", "jpeg"] },
    "image/png": { label: "PNG", extensies: ["png"] },
    "text/plain": { label: "tekst", extensies: ["txt"] },
  };

/**
 * A file travels as base64 in a JSON body, and a Lambda takes at most 6 MB per request: 4 MB of
 * file is what fits with room to spare.
 */
export const OKIDOC_BIJLAGE_MAX_BYTES = 4 * 1024 * 1024;
export const OKIDOC_MAX_BIJLAGEN = 20;

const EXTENSIE_NAAR_TYPE: ReadonlyMap<string, string> = new Map(
  Object.entries(OKIDOC_BIJLAGE_TYPEN).flatMap(([type, t]) => t.extensies.map((e) => [e, type] as const)),
);

/** The content type of a file name's extension, when it is one we accept. */
export function bijlageTypeVanNaam(bestandsnaam: string): string | undefined {
  const extensie = /\.([A-Za-z0-9]+)$/.exec(bestandsnaam)?.[1]?.toLowerCase();
  return extensie ? EXTENSIE_NAAR_TYPE.get(extensie) : undefined;
}

/**
 * A file name as we store and offer it: no folders ("../", "C:\"), no control or reserved
 * characters, no leading dots, at most 120 characters with its extension kept.
 */
export function veiligeBestandsnaam(naam: string): string {
  const laatste = naam.split(/[\\/]/).pop() ?? "";
  const schoon = laatste
    .normalize("NFC")
    .replace(/[\p{Cc}\p{Cf}<>:"|?*]/gu, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^[.\s]+/, "")
    .replace(/[.\s]+$/, "");
  if (schoon === "") return "bijlage";
  if (schoon.length <= 120) return schoon;
  const punt = schoon.lastIndexOf(".");
  const extensie = punt > 0 && schoon.length - punt <= 6 ? schoon.slice(punt) : "";
  return `${schoon.slice(0, 120 - extensie.length).trimEnd()}${extensie}`;
}

/** What browsers send when they do not know a file's type: then its extension decides. */
const ALGEMEEN: ReadonlySet<string> = new Set(["", "application/octet-stream"]);

/**
 * PO-01: check an attachment before it is stored: a known type whose extension fits, not empty,
 * not too large, and not more than the maximum number. Returns the name to store.
 */
export function controleerOkidocBijlage(
  bestand: { bestandsnaam: string; contentType: string; grootte: number },
  aantalBestaand: number,
): { bestandsnaam: string; contentType: string } {
  const bestandsnaam = veiligeBestandsnaam(bestand.bestandsnaam);
  const contentType = bestand.contentType.split(";")[0]?.trim().toLowerCase() ?? "";
  const typeVanNaam = bijlageTypeVanNaam(bestandsnaam);
  const toegestaan = "PDF, Word (doc, docx), OpenDocument (odt), Excel (xls, xlsx), JPG, PNG of tekst (txt)";
  let melding: string | undefined;
  if (aantalBestaand >= OKIDOC_MAX_BIJLAGEN) {
    melding = `Een oki-doc heeft hoogstens ${OKIDOC_MAX_BIJLAGEN} bijlagen. Verwijder eerst een bijlage.`;
  } else if (!typeVanNaam || !(contentType in OKIDOC_BIJLAGE_TYPEN || ALGEMEEN.has(contentType))) {
    melding = `Dit soort bestand kan niet als bijlage worden toegevoegd. Kies een ${toegestaan}-bestand.`;
  } else if (bestand.grootte === 0) {
    melding = "Het bestand is leeg.";
  } else if (bestand.grootte > OKIDOC_BIJLAGE_MAX_BYTES) {
    melding = `Het bestand is te groot: een bijlage is hoogstens ${OKIDOC_BIJLAGE_MAX_BYTES / 1024 / 1024} MB.`;
  }
  if (melding) throw new OngeldigeInvoerFout(melding, { bestand: melding });
  return { bestandsnaam, contentType: typeVanNaam ?? contentType };
}

// ---------------------------------------------------------------------------------------------
// As the VO school reads it

export interface OkidocRegel {
  label: string;
  waarde: string;
  /** Nothing filled in: "Niet ingevuld", shown subdued. */
  leeg?: boolean;
}

/**
 * TRT-02: the oki-doc as the PDF shows it: every section and field of the form in order, a choice
 * by its label, an empty field as such — so the VO school sees what was left open.
 */
export function okidocWeergave(
  velden: OkidocVelden,
  advies: Advies | undefined,
): Array<{ titel: string; regels: OkidocRegel[] }> {
  return OKIDOC_FORMULIER.map((sectie) => ({
    titel: sectie.titel,
    regels: [
      ...(sectie.id === "overstapadvies" ? [regel("Basisschooladvies", advies)] : []),
      ...sectie.velden.map((veld) => regel(veld.label, weergaveWaarde(veld, velden[veld.id]))),
    ],
  }));
}

function regel(label: string, waarde: string | undefined): OkidocRegel {
  return waarde ? { label, waarde } : { label, waarde: "Niet ingevuld", leeg: true };
}

function weergaveWaarde(veld: OkidocVeld, waarde: string | undefined): string | undefined {
  if (!waarde) return undefined;
  if (veld.soort === "ja-nee") return waarde === "ja" ? "Ja" : "Nee";
  if (veld.soort === "keuze") return veld.keuzes?.find((k) => k.waarde === waarde)?.label ?? waarde;
  return waarde;
}
