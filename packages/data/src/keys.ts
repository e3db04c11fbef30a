import { type AanmeldingStatus, isLopend, TERUGTREKKER_STATUSSEN } from "@elk/domain";

/**
 * Key templates, defined once per entity. Every screen is served by GetItem or Query on one of
 * these keys — no Scan in a request path.
 */
export interface ItemKey {
  PK: string;
  SK: string;
}

export interface IndexKeys {
  GSI1PK?: string;
  GSI1SK?: string;
  GSI2PK?: string;
  GSI2SK?: string;
}

const sortable = (tekst: string): string => tekst.toLocaleLowerCase("nl-NL");

const aanmeldingenVanSchool = (schoolId: string, schooljaar: string): string =>
  `VO#${schoolId}#${schooljaar}#AANMELDINGEN`;

const terugtrekkersVanSchool = (schoolId: string, schooljaar: string): string =>
  `VO#${schoolId}#${schooljaar}#TERUGTREKKERS`;

export const keys = {
  bestuur: {
    item: (id: string): ItemKey => ({ PK: `BESTUUR#${id}`, SK: "BESTUUR" }),
    /** GSI1: all besturen of the region, by name. */
    alle: (naam: string): IndexKeys => ({ GSI1PK: "BESTUREN", GSI1SK: sortable(naam) }),
  },
  school: {
    item: (id: string): ItemKey => ({ PK: `SCHOOL#${id}`, SK: "SCHOOL" }),
    /** GSI1: the schools of a bestuur; GSI2: all schools of the region. Both by name. */
    index: (bestuurId: string, naam: string, id: string): IndexKeys => ({
      GSI1PK: `BESTUUR#${bestuurId}#SCHOLEN`,
      GSI1SK: `${sortable(naam)}#${id}`,
      GSI2PK: "SCHOLEN",
      GSI2SK: `${sortable(naam)}#${id}`,
    }),
  },
  gebruiker: {
    item: (id: string): ItemKey => ({ PK: `GEBRUIKER#${id}`, SK: "GEBRUIKER" }),
    /** GSI1: the users of an organisation (a school location, a bestuur or the region); GSI2: all users of a bestuur. */
    index: (organisatie: string, naam: string, id: string, bestuurId?: string): IndexKeys => ({
      GSI1PK: `ORGANISATIE#${organisatie}#GEBRUIKERS`,
      GSI1SK: `${sortable(naam)}#${id}`,
      ...(bestuurId ? { GSI2PK: `BESTUUR#${bestuurId}#GEBRUIKERS`, GSI2SK: `${sortable(naam)}#${id}` } : {}),
    }),
  },
  nieuws: {
    item: (id: string): ItemKey => ({ PK: `NIEUWS#${id}`, SK: "NIEUWS" }),
    /** GSI1: published news, newest first when read backwards. Unpublished items carry no GSI1 keys. */
    gepubliceerd: (gepubliceerdOp: string, id: string): IndexKeys => ({
      GSI1PK: "NIEUWS#GEPUBLICEERD",
      GSI1SK: `${gepubliceerdOp}#${id}`,
    }),
    /** GSI2: every item, concepts and withdrawn ones too, newest first when read backwards (HOME-01 beheer). */
    alle: (aangemaaktOp: string, id: string): IndexKeys => ({
      GSI2PK: "NIEUWS",
      GSI2SK: `${aangemaaktOp}#${id}`,
    }),
  },
  leerling: {
    item: (id: string): ItemKey => ({ PK: `LEERLING#${id}`, SK: "LEERLING" }),
    /** GSI1: the pupils of a primary school in a school year, by name (PO-01). */
    index: (poSchoolId: string | undefined, schooljaar: string, naam: string, id: string): IndexKeys =>
      poSchoolId
        ? { GSI1PK: `PO#${poSchoolId}#${schooljaar}#LEERLINGEN`, GSI1SK: `${sortable(naam)}#${id}` }
        : {},
  },
  aanmelding: {
    item: (id: string): ItemKey => ({ PK: `AANMELDING#${id}`, SK: "AANMELDING" }),
    /**
     * GSI1: the registrations a VO school handles in a school year, in order of registration
     * (REG-05, TRT-01) — only while they hold the pupil (aangemeld, geplaatst, uitgeloot,
     * toegewezen); GSI2: a pupil's registrations (history, ouderportaal).
     */
    index: (a: {
      id: string;
      leerlingId: string;
      schooljaar: string;
      status: string;
      aangemeldOp?: string;
      behandelendeSchoolId?: string;
    }): IndexKeys => ({
      ...(isLopend(a.status as AanmeldingStatus) && a.behandelendeSchoolId && a.aangemeldOp
        ? {
            GSI1PK: aanmeldingenVanSchool(a.behandelendeSchoolId, a.schooljaar),
            GSI1SK: `${a.aangemeldOp}#${a.id}`,
          }
        : {}),
      // REG-06 / EXP-02: an undone or withdrawn registration leaves the overview for the school's
      // Terugtrekkers, under its own key on the same index.
      ...(TERUGTREKKER_STATUSSEN.includes(a.status as AanmeldingStatus) &&
      a.behandelendeSchoolId &&
      a.aangemeldOp
        ? {
            GSI1PK: terugtrekkersVanSchool(a.behandelendeSchoolId, a.schooljaar),
            GSI1SK: `${a.aangemeldOp}#${a.id}`,
          }
        : {}),
      GSI2PK: `LEERLING#${a.leerlingId}#AANMELDINGEN`,
      GSI2SK: `${a.schooljaar}#${a.id}`,
    }),
    vanSchool: aanmeldingenVanSchool,
    terugtrekkersVanSchool,
  },
  /** EXP-01 … EXP-03: an export being built or ready, with its file in the files bucket. */
  export: (id: string): ItemKey => ({ PK: `EXPORT#${id}`, SK: "EXPORT" }),
  /** A note on a pupil (TRT-12), in the pupil's partition, by time. */
  notitie: (leerlingId: string, op: string, id: string): ItemKey => ({
    PK: `LEERLING#${leerlingId}`,
    SK: `NOTITIE#${op}#${id}`,
  }),
  /** The oki-doc of a pupil (PO-01) and its bijlagen, in the pupil's partition. */
  okidoc: (leerlingId: string): ItemKey => ({ PK: `LEERLING#${leerlingId}`, SK: "OKIDOC" }),
  okidocBijlage: (leerlingId: string, id: string): ItemKey => ({
    PK: `LEERLING#${leerlingId}`,
    SK: `OKIDOC#BIJLAGE#${id}`,
  }),
  /** GRP-01: a group of a VO school; GSI1: the groups of a school, by name. */
  groep: {
    item: (id: string): ItemKey => ({ PK: `GROEP#${id}`, SK: "GROEP" }),
    index: (schoolId: string, naam: string, id: string): IndexKeys => ({
      GSI1PK: `SCHOOL#${schoolId}#GROEPEN`,
      GSI1SK: `${sortable(naam)}#${id}`,
    }),
  },
  /** GRP-04: a notification for one user, newest first when read backwards. */
  notificatie: (gebruikerId: string, op: string, id: string): ItemKey => ({
    PK: `GEBRUIKER#${gebruikerId}`,
    SK: `NOTIFICATIE#${op}#${id}`,
  }),
  /** A uniqueness claim: the item exists while its value is taken. */
  claim: (soort: ClaimSoort, waarde: string): ItemKey => ({ PK: `CLAIM#${soort}#${waarde}`, SK: "CLAIM" }),
  /** History of an entity: events sort by time under the entity's own partition. */
  gebeurtenis: (entiteit: ItemKey, tijdstip: string, id: string): ItemKey => ({
    PK: entiteit.PK,
    SK: `GEBEURTENIS#${tijdstip}#${id}`,
  }),
  /**
   * Issue #10: the region-wide audit trail, one partition per Dutch calendar day, by time: read by
   * Query per day, never by Scan. `melding` is the once-per-user-per-day alert on bulk exports.
   */
  audit: {
    item: (dag: string, tijdstip: string, id: string): ItemKey => ({
      PK: `AUDIT#${dag}`,
      SK: `${tijdstip}#${id}`,
    }),
    melding: (dag: string, gebruikerId: string): ItemKey => ({
      PK: `AUDIT#${dag}`,
      SK: `MELDING#${gebruikerId}`,
    }),
  },
  /** A single-use link, by the hash of its token (the token itself is never stored). */
  uitnodiging: (tokenHash: string): ItemKey => ({ PK: `UITNODIGING#${tokenHash}`, SK: "UITNODIGING" }),
  /** ACC-07: a contactpersoon ELK looking along as a user of its bestuur. */
  meekijkSessie: (id: string): ItemKey => ({ PK: `MEEKIJKEN#${id}`, SK: "MEEKIJKEN" }),
  /** A revoked access token (sign-out), kept until the token would have expired anyway. */
  ingetrokkenToken: (jti: string): ItemKey => ({ PK: `TOKEN#${jti}`, SK: "INGETROKKEN" }),
  meta: (naam: string): ItemKey => ({ PK: `META#${naam}`, SK: "META" }),
  /** LOT-03: the Centrale Plaatsing en Loting of a school year (seed, state) and its last preview. */
  cpl: (schooljaar: string): ItemKey => ({ PK: `LOTING#CPL#${schooljaar}`, SK: "LOTING" }),
  cplVoorbeeld: (schooljaar: string): ItemKey => ({ PK: `LOTING#CPL#${schooljaar}`, SK: "VOORBEELD" }),
  decentraleLoting: (schooljaar: string): ItemKey => ({
    PK: `LOTING#DECENTRAAL#${schooljaar}`,
    SK: "LOTING",
  }),
  /** OSO-01: ELK's aanleverpunt of a school location; GSI1: every aanleverpunt of the region. */
  osoAanleverpunt: {
    item: (schoolId: string): ItemKey => ({ PK: `SCHOOL#${schoolId}`, SK: "OSO#AANLEVERPUNT" }),
    index: (schoolId: string): IndexKeys => ({ GSI1PK: "OSO#AANLEVERPUNTEN", GSI1SK: schoolId }),
  },
  /** OSO-03: the OSO dossier of a registration; GSI1: the dossiers of a school in a school year. */
  osoDossier: {
    item: (aanmeldingId: string): ItemKey => ({ PK: `AANMELDING#${aanmeldingId}`, SK: "OSO#DOSSIER" }),
    index: (schoolId: string, schooljaar: string, aanmeldingId: string): IndexKeys => ({
      GSI1PK: `OSO#${schoolId}#${schooljaar}`,
      GSI1SK: aanmeldingId,
    }),
  },
  /**
   * Amsterdam: a VO school's request to the samenwerkingsverband, its bijlagen and history in its
   * own partition; GSI1: the school's requests of a school year, oldest first.
   */
  swvAanvraag: {
    item: (id: string): ItemKey => ({ PK: `SWV#${id}`, SK: "SWV#AANVRAAG" }),
    index: (schoolId: string, schooljaar: string, aangemaaktOp: string, id: string): IndexKeys => ({
      GSI1PK: `SCHOOL#${schoolId}#${schooljaar}#SWV-AANVRAGEN`,
      GSI1SK: `${aangemaaktOp}#${id}`,
    }),
    bijlage: (aanvraagId: string, id: string): ItemKey => ({
      PK: `SWV#${aanvraagId}`,
      SK: `SWV#BIJLAGE#${id}`,
    }),
  },
  /** A state-changing request's Idempotency-Key, per user (ARCHITECTURE.md); removed by TTL. */
  idempotentie: (gebruikerId: string, sleutel: string): ItemKey => ({
    PK: `IDEMPOTENTIE#${gebruikerId}#${sleutel}`,
    SK: "IDEMPOTENTIE",
  }),
  /** A mail the mailer handed to SES (issue #10, "none twice"); removed by TTL. */
  mailVerstuurd: (mailId: string): ItemKey => ({ PK: `MAIL#${mailId}`, SK: "VERSTUURD" }),
  /** A mail SQS did not take, waiting for the outbox job (issue #10, Faults); one partition, oldest first. */
  uitgesteldeMail: (op: string, mailId: string): ItemKey => ({
    PK: "MAIL#UITGESTELD",
    SK: `${op}#${mailId}`,
  }),
  /** REG-10 / LOT-04: the calendar of a school year, once the region administrator set it. */
  kalender: (schooljaar: string): ItemKey => ({ PK: `KALENDER#${schooljaar}`, SK: "KALENDER" }),
} as const;

export type ClaimSoort =
  | "COGNITO_SUB"
  | "GEBRUIKERSNAAM"
  | "VESTIGING"
  | "BESTUURSNAAM"
  | "ELKNUMMER"
  | "BSN"
  | "EERSTE_KEUZE"
  /** ACC-09: one parent's account (ouderinlog) per normalised e-mail address. */
  | "OUDER_EMAIL";
