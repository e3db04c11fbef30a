import { type AanmeldingStatus, type Door, isLopend } from "../aanmelding/leerling";
import { controleerOkidocBijlage } from "../behandeling/okidoc";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/**
 * ACC-06 / REGION-01 (Amsterdam): a VO school's request for extra support for a pupil to its
 * samenwerkingsverband (SWV), in two steps by two roles — *Aanvragen SWV opstellen* drafts it with
 * bijlagen and offers it for approval, *Aanvragen SWV accorderen en versturen* sends it back with a
 * comment or approves and sends it. The manual names the roles only; the states and rules here
 * are what a school's staff would expect of such a request.
 */
export type SwvAanvraagStatus = "concept" | "ter-accordering" | "verstuurd";

export const SWV_AANVRAAG_STATUSSEN: readonly SwvAanvraagStatus[] = [
  "concept",
  "ter-accordering",
  "verstuurd",
];

export type SwvAanvraagSoort = "arrangement" | "tlv-vso" | "overig";

/** The kinds of request, as the form offers them. */
export const SWV_AANVRAAG_SOORTEN: Readonly<Record<SwvAanvraagSoort, string>> = {
  arrangement: "Arrangement",
  "tlv-vso": "Toelaatbaarheidsverklaring (TLV) VSO",
  overig: "Overig",
};

export function isSwvAanvraagSoort(waarde: string): waarde is SwvAanvraagSoort {
  return Object.hasOwn(SWV_AANVRAAG_SOORTEN, waarde);
}

export interface SwvAanvraag {
  id: string;
  /** The VO school that asks; only its own users see the request. */
  schoolId: string;
  schooljaar: string;
  /** The pupil, by its registration at the school when the request was drafted. */
  aanmeldingId: string;
  leerlingId: string;
  leerlingNaam: string;
  elkNummer: string;
  soort: SwvAanvraagSoort;
  motivatie: string;
  status: SwvAanvraagStatus;
  aangemaaktOp: string;
  aangemaaktDoor: Door;
  gewijzigdOp: string;
  /** The last time it was offered for approval. */
  ingediend?: { op: string; door: Door };
  /** The last time it was sent back, with the approver's comment for the drafter. */
  teruggestuurd?: { op: string; door: Door; opmerking: string };
  verstuurd?: { op: string; door: Door; aan: { naam: string; email: string } };
}

export const SWV_MOTIVATIE_MAX = 10_000;
export const SWV_OPMERKING_MAX = 4000;
export const SWV_MAX_BIJLAGEN = 10;

/** What the drafter fills in: the kind of request and why. */
export interface SwvInhoud {
  soort: string;
  motivatie: string;
}

function schoon(tekst: string): string {
  return tekst.replace(/\r\n/g, "\n").trim();
}

/**
 * Checks the content of a request. A concept may still lack its motivation; offering it for
 * approval (`voorIndienen`) needs one. Every wrong field is reported at once.
 */
export function controleerSwvInhoud(
  invoer: SwvInhoud,
  voorIndienen = false,
): { soort: SwvAanvraagSoort; motivatie: string } {
  const velden: Record<string, string> = {};
  const motivatie = schoon(invoer.motivatie);
  if (!isSwvAanvraagSoort(invoer.soort)) velden.soort = "Kies het soort aanvraag.";
  if (motivatie.length > SWV_MOTIVATIE_MAX) {
    velden.motivatie = `Gebruik hoogstens ${SWV_MOTIVATIE_MAX} tekens.`;
  } else if (voorIndienen && motivatie === "") {
    velden.motivatie = "Vul de motivatie in voordat u de aanvraag ter accordering aanbiedt.";
  }
  if (Object.keys(velden).length > 0) {
    throw new OngeldigeInvoerFout(Object.values(velden)[0] ?? "", velden);
  }
  return { soort: invoer.soort as SwvAanvraagSoort, motivatie };
}

const GEEN_LEERLING_VAN_SCHOOL = "Kies een leerling die bij uw school is aangemeld of geplaatst.";

/**
 * A request is for a pupil the school handles: registered or placed there ("aangemeld of
 * geplaatst bij jouw school"). Also checked again when it is offered and sent: a pupil who left
 * the school in the meantime is not the school's to ask for.
 */
export function controleerSwvLeerling(
  aanmelding: { status: AanmeldingStatus; behandelendeSchoolId?: string } | undefined,
  schoolId: string,
): void {
  if (!aanmelding || !isLopend(aanmelding.status) || aanmelding.behandelendeSchoolId !== schoolId) {
    throw new OngeldigeInvoerFout(GEEN_LEERLING_VAN_SCHOOL, { aanmeldingId: GEEN_LEERLING_VAN_SCHOOL });
  }
}

/** Sending back needs a comment: the drafter must know what to change. */
export function controleerSwvOpmerking(opmerking: string): string {
  const tekst = schoon(opmerking);
  let melding: string | undefined;
  if (tekst === "") melding = "Schrijf erbij wat er aan de aanvraag moet veranderen.";
  else if (tekst.length > SWV_OPMERKING_MAX) melding = `Gebruik hoogstens ${SWV_OPMERKING_MAX} tekens.`;
  if (melding) throw new OngeldigeInvoerFout(melding, { opmerking: melding });
  return tekst;
}

/**
 * The bijlagen of a request follow the oki-doc's: the same kinds of file, at most 4 MB each (they
 * travel as base64 in a JSON body), and at most SWV_MAX_BIJLAGEN per request.
 */
export function controleerSwvBijlage(
  bestand: { bestandsnaam: string; contentType: string; grootte: number },
  aantalBestaand: number,
): { bestandsnaam: string; contentType: string } {
  if (aantalBestaand >= SWV_MAX_BIJLAGEN) {
    const melding = `Een aanvraag heeft hoogstens ${SWV_MAX_BIJLAGEN} bijlagen. Verwijder eerst een bijlage.`;
    throw new OngeldigeInvoerFout(melding, { bestand: melding });
  }
  return controleerOkidocBijlage(bestand, 0);
}
