import { DomeinFout, OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { Reserveplaats } from "../loting/reservelijst";
import type { Adres, Advies } from "../organisatie/organisatie";
import type { EersteKeuzeOpties, Keuze } from "./voorkeurslijst";

export type Geslacht = "man" | "vrouw" | "anders";

/**
 * A pupil of a school year (PO-01). The BSN never travels in this shape: it is stored encrypted
 * and looked up by a keyed hash (ARCHITECTURE.md, Data); screens show it masked.
 */
export interface Leerling {
  id: string;
  schooljaar: string;
  elkNummer: string;
  roepnaam: string;
  tussenvoegsel?: string;
  achternaam: string;
  geboortedatum: string;
  geslacht: Geslacht;
  adres: Adres;
  emailOuders: string;
  advies?: Advies;
  /** The primary school in this region; absent for a buitenleerling. */
  poSchoolId?: string;
  buitenleerling?: {
    /** Name, town, BRIN and phone of a primary school outside both Kernprocedures (REG-08). */
    basisschool?: { naam: string; plaats: string; brin?: string; telefoon?: string };
  };
  /**
   * REG-07: a pupil of a primary school of the other Kernprocedure, who requested an ouderinlog
   * here; not a buitenleerling (its primary school keeps an oki-doc in the other region).
   */
  anderKernprocedure?: { basisschool: { naam: string; plaats: string } };
  bsnGemaskeerd: string;
  identificatie: "bsn" | "onderwijsnummer";
  /** ACC-09: when the parents were last sent their ouderinlog. */
  ouderinlogVerstuurdOp?: string;
}

export function leerlingNaam(l: Pick<Leerling, "roepnaam" | "tussenvoegsel" | "achternaam">): string {
  return [l.roepnaam, l.tussenvoegsel, l.achternaam]
    .map((d) => d?.trim())
    .filter(Boolean)
    .join(" ");
}

/**
 * The state of a registration (TRT-15). "concept" and "ingetrokken" belong to the parents
 * (REG-02, REG-06); the others to the handling school (behandeling/behandeling.ts). "toegewezen":
 * moved to this school by the 1st-choice school after the CP&L (TRT-08), to be placed here.
 */
export type AanmeldingStatus =
  | "concept"
  | "aangemeld"
  | "ingetrokken"
  | "geplaatst"
  | "niet-geplaatst"
  | "uitgeloot"
  | "toegewezen"
  | "teruggetrokken";

/** The states in which a registration holds the pupil and shows in the handling school's overview. */
export const LOPENDE_STATUSSEN: readonly AanmeldingStatus[] = [
  "aangemeld",
  "geplaatst",
  "uitgeloot",
  "toegewezen",
];

/** Does this registration hold the pupil (REG-04)? A concept holds nothing yet; the others let go. */
export function isLopend(status: AanmeldingStatus): boolean {
  return LOPENDE_STATUSSEN.includes(status);
}

/** The state of the oki-doc as the VO school sees it (PO-01, TRT-02, TRT-03). */
export type OkidocStatus = "concept" | "vrijgegeven" | "aanvulling-gevraagd" | "aangevuld";

/** TRT-04: the VO school's decision on a voorrang claim. */
export type VoorrangBesluit = "toegekend" | "afgewezen";

/** Who did something, as the history and the overview show it. */
export interface Door {
  gebruikerId: string;
  naam: string;
}

/** TRT-10: a request for a warme overdracht, by the VO school or the primary school. */
export interface TafelmiddagVerzoek {
  op: string;
  door: Door;
  toelichting: string;
}

export interface Aanmelding {
  id: string;
  leerlingId: string;
  schooljaar: string;
  elkNummer: string;
  leerlingNaam: string;
  advies: Advies;
  keuzes: Keuze[];
  eersteKeuze: EersteKeuzeOpties;
  status: AanmeldingStatus;
  /** REG-05: date and time of registration, shown in the 1st-choice school's overview. */
  aangemeldOp?: string;
  ingetrokkenOp?: string;
  /** Who registered: the parents through the ouderportaal, or a VO school by hand (REG-09). */
  via: "ouderportaal" | "school";
  /**
   * The school whose overview shows the registration: the 1st choice, until that school assigns
   * the pupil to the school of the CP&L (TRT-08). Absent on registrations from before: the 1st choice.
   */
  schoolId?: string;
  /** The primary school, so its users see the messages of TRT-05/06/09/10 (PO-03). */
  poSchoolId?: string;
  /** The oki-doc's state, kept with the registration so the overview needs no extra reads. */
  okidoc?: OkidocStatus;
  /** TRT-04: the decision on the voorrang claim of the 1st choice. */
  voorrangBesluit?: { besluit: VoorrangBesluit; op: string; door: Door };
  /** TRT-05: placed on this afdeling of the handling school. */
  plaatsing?: { afdelingId: string; afdelingNaam: string; toelichting?: string; op: string; door: Door };
  /** TRT-06 / TRT-07 / TRT-09: the explanation of the last decision that ended or changed it. */
  besluit?: { toelichting: string; op: string; door: Door };
  /** TRT-08: moved here by the 1st-choice school after the CP&L (shown in overview and export). */
  toewijzing?: {
    vanSchoolId: string;
    vanSchoolNaam: string;
    afdelingId: string;
    afdelingNaam: string;
    op: string;
    door: Door;
  };
  /** TRT-10: requests for a tafelmiddag (warme overdracht). */
  tafelmiddag?: { vo?: TafelmiddagVerzoek; po?: TafelmiddagVerzoek };
  /**
   * LOT-02 / LOT-03: the lottery numbers the pupil drew with, stored when a draw is made final
   * (decentral: only where a draw decided). Parents see them from the announcement on (PAR-01).
   */
  lotingnummers?: { decentraal?: number; cpl?: number };
  /**
   * LOT-02: the place on the reserve list of the 1st-choice school (its afdeling or
   * capaciteitsgroep) for a pupil the decentral lottery put out, 1 first. Parents see it from the
   * announcement on (PAR-01).
   */
  reservepositie?: number;
  /**
   * A central draw (RegionConfig "centrale-loting"): the pupil's places on the reserve lists of
   * the afdelingen it ranked higher than the one it got, in the order of its list; parents see
   * them from the announcement on (PAR-01), the second round uses them.
   */
  reserveplaatsen?: Reserveplaats[];
  /** LOT-04: when the parents were told of the placement (once). */
  bekendgemaaktOp?: string;
}

/** The school whose overview shows the registration (TRT-08). */
export function behandelendeSchool(a: Pick<Aanmelding, "schoolId" | "keuzes">): string | undefined {
  return a.schoolId ?? a.keuzes[0]?.schoolId;
}

/** REG-04: the exact words of the manual, naming the school that holds the registration and its phone. */
export function alAangemeldBericht(leerlingNaam: string, school: string, telefoon: string): string {
  return `Leerling: ${leerlingNaam}. Deze leerling is al op een school aangemeld of geplaatst: ${school} (${telefoon}).`;
}

/** REG-04: refused because the pupil is already registered or placed elsewhere, in this region or the other. */
export class LeerlingAlAangemeldFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "AL_AANGEMELD";
  constructor(
    readonly leerlingNaam: string,
    readonly school: string,
    readonly telefoon: string,
  ) {
    super(alAangemeldBericht(leerlingNaam, school, telefoon));
  }
}

/** REG-11: what parents of a buitenleerling may send, and how large. */
export const DOCUMENT_TYPEN: Readonly<Record<string, string>> = {
  "application/pdf": "PDF",
  "image/jpeg": "JPG",
  "image/png": "PNG",
};
export const DOCUMENT_MAX_BYTES = 4 * 1024 * 1024;

export function controleerDocument(
  leerling: Pick<Leerling, "buitenleerling">,
  bestand: { bestandsnaam: string; contentType: string; grootte: number },
): void {
  if (!leerling.buitenleerling) {
    throw new OngeldigeInvoerFout(
      "Documenten uploaden kan alleen voor een buitenleerling: van een basisschool in de regio ontvangt de VO-school het onderwijskundig rapport.",
    );
  }
  const velden: Record<string, string> = {};
  if (!DOCUMENT_TYPEN[bestand.contentType]) velden.bestand = "Stuur een PDF, JPG of PNG.";
  else if (bestand.grootte === 0) velden.bestand = "Het bestand is leeg.";
  else if (bestand.grootte > DOCUMENT_MAX_BYTES) velden.bestand = "Een bestand is hoogstens 4 MB.";
  if (!bestand.bestandsnaam.trim()) velden.bestandsnaam = "Het bestand heeft geen naam.";
  if (Object.keys(velden).length > 0) throw new OngeldigeInvoerFout(Object.values(velden)[0] ?? "", velden);
}
