import { DomeinFout, OngeldigeInvoerFout } from "../fouten/domein-fout";
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

/** The state of a registration; later issues add the handling states (geplaatst, uitgeloot…). */
export type AanmeldingStatus = "concept" | "aangemeld" | "ingetrokken";

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
