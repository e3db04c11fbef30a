import { z } from "zod";

/** LOT-03: the Centrale Plaatsing en Loting of a school year, as the region administrator runs it. */

export const ExtraCapaciteit = z.object({
  schoolId: z.string().min(1).max(64),
  afdelingId: z.string().min(1).max(64),
  extra: z
    .number({ error: "Vul een geheel getal in." })
    .int("Vul een geheel getal in.")
    .min(0, "Vul 0 of meer in.")
    .max(10_000, "Hoogstens 10.000."),
});
export type ExtraCapaciteit = z.infer<typeof ExtraCapaciteit>;

export const CplRunInvoer = z.object({
  /** "What if 5 more": extra seats per afdeling, for the preview (and the final run, if kept). */
  extraCapaciteit: z.array(ExtraCapaciteit).max(2000).default([]),
});
export type CplRunInvoer = z.infer<typeof CplRunInvoer>;

export const CplCapaciteitRegel = z.object({
  schoolId: z.string(),
  schoolNaam: z.string(),
  afdelingId: z.string(),
  afdelingNaam: z.string(),
  capaciteit: z.number().int().optional(),
  capaciteitsgroep: z.string().optional(),
  bezet: z.number().int(),
  resterend: z.number().int().optional(),
  extra: z.number().int(),
  inCpl: z.number().int(),
});
export type CplCapaciteitRegel = z.infer<typeof CplCapaciteitRegel>;

export const CplSamenvatting = z.object({
  deelnemers: z.number().int(),
  geplaatst: z.number().int(),
  nietGeplaatst: z.number().int(),
  perVoorkeur: z.array(z.object({ voorkeur: z.number().int(), aantal: z.number().int() })),
});
export type CplSamenvatting = z.infer<typeof CplSamenvatting>;

/**
 * The state of a run of a school year (LOT-02, LOT-03), the same for both: the seed's commit, the
 * final run, and how to check it; with each run's own summary, counter and picture of now.
 */
function lotingStand<
  S extends z.ZodType,
  T extends Record<string, z.ZodOptional<z.ZodNumber>>,
  E extends Record<string, z.ZodType>,
>(samenvatting: S, teller: T, nu: E) {
  return z.object({
    schooljaar: z.string(),
    /** geen-seed: nothing committed yet; vastgelegd: committed; toepassen: final, outcome being applied. */
    status: z.enum(["geen-seed", "vastgelegd", "toepassen", "definitief"]),
    /** SHA-256 of the seed (64 hex digits), published from the commit on. */
    commitment: z.string().optional(),
    vastgelegdOp: z.string().optional(),
    vastgelegdDoor: z.string().optional(),
    voorSluiting: z.boolean().optional(),
    /** The seed itself, only once the run is final. */
    seed: z.string().optional(),
    definitiefOp: z.string().optional(),
    definitiefDoor: z.string().optional(),
    samenvatting: samenvatting.optional(),
    ...teller,
    mislukt: z.number().int().optional(),
    /**
     * While being applied by the lottery worker: registrations done of those the run touches
     * (totaal unknown until the run is drawn); stil: nothing moved for minutes, it may be restarted.
     */
    voortgang: z
      .object({ gedaan: z.number().int(), totaal: z.number().int().optional(), stil: z.boolean() })
      .optional(),
    /** How anyone checks the stored run. */
    controleCommando: z.string().optional(),
    deelnemers: z.number().int(),
    ...nu,
  });
}

export const CplStand = lotingStand(
  CplSamenvatting,
  { toegewezen: z.number().int().optional() },
  {
    capaciteit: z.array(CplCapaciteitRegel),
    /** A central draw's second round, the last time it was asked. */
    reserveronde: z.lazy(() => CplReserveronde).optional(),
  },
);
export type CplStand = z.infer<typeof CplStand>;

export const CplLeerlingUitslag = z.object({
  aanmeldingId: z.string(),
  elkNummer: z.string(),
  leerlingNaam: z.string(),
  eersteKeuze: z.string(),
  /** School and afdeling of the placement, or absent: not placed. */
  geplaatstOp: z.object({ schoolNaam: z.string(), afdelingNaam: z.string() }).optional(),
  voorkeur: z.number().int().optional(),
  lotingnummer: z.number(),
});
export type CplLeerlingUitslag = z.infer<typeof CplLeerlingUitslag>;

export const CplUitkomst = z.object({
  schooljaar: z.string(),
  samenvatting: CplSamenvatting,
  capaciteit: z.array(CplCapaciteitRegel),
  leerlingen: z.array(CplLeerlingUitslag),
});
export type CplUitkomst = z.infer<typeof CplUitkomst>;

export const CplDownload = z.object({
  url: z.string(),
  bestandsnaam: z.string(),
  geldigSeconden: z.number().int(),
});
export type CplDownload = z.infer<typeof CplDownload>;

/** LOT-02: an over-subscribed afdeling or capaciteitsgroep of the decentral lottery. */
export const DecentraleEenheid = z.object({
  sleutel: z.string(),
  soort: z.enum(["afdeling", "capaciteitsgroep"]),
  schoolId: z.string(),
  schoolNaam: z.string(),
  naam: z.string(),
  /** Seats available to the draw: capacity minus pupils already geplaatst or toegewezen on it. */
  capaciteit: z.number().int(),
  /** 1st-choice registrations without a status. */
  aanmeldingen: z.number().int(),
  /** After a draw (preview or final): placed on it, lost, moved to an equivalent afdeling. */
  ingeloot: z.number().int().optional(),
  uitgeloot: z.number().int().optional(),
  naarGelijkwaardig: z.number().int().optional(),
});
export type DecentraleEenheid = z.infer<typeof DecentraleEenheid>;

export const DecentraleSamenvatting = z.object({
  deelnemers: z.number().int(),
  geloot: z.number().int(),
  uitgeloot: z.number().int(),
  naarGelijkwaardig: z.number().int(),
});
export type DecentraleSamenvatting = z.infer<typeof DecentraleSamenvatting>;

/** LOT-02: the decentral lottery of a school year, as the region administrator runs it. */
export const DecentraleStand = lotingStand(
  DecentraleSamenvatting,
  { verwerkt: z.number().int().optional() },
  {
    /** The over-subscribed afdelingen and capaciteitsgroepen now (deelnemers: 1st-choice registrations without a status). */
    eenheden: z.array(DecentraleEenheid),
  },
);
export type DecentraleStand = z.infer<typeof DecentraleStand>;

export const DecentraleUitkomst = z.object({
  schooljaar: z.string(),
  samenvatting: DecentraleSamenvatting,
  eenheden: z.array(DecentraleEenheid),
});
export type DecentraleUitkomst = z.infer<typeof DecentraleUitkomst>;

/** The second round of a central draw (the last one asked): who moved up from a reserve list, and how many were left for the next round. */
export const CplReserveronde = z.object({
  /** bezig: queued for the lottery worker; klaar: done. */
  status: z.enum(["bezig", "klaar"]),
  op: z.string(),
  door: z.string(),
  /** Nothing moved for minutes while bezig: it may be asked again. */
  stil: z.boolean().optional(),
  /** Pupils moved up; the list shows the first 500. */
  aantal: z.number().int(),
  verplaatst: z.array(
    z.object({
      aanmeldingId: z.string(),
      elkNummer: z.string(),
      leerlingNaam: z.string(),
      /** The school it left; absent: it had no placement. */
      van: z.string().optional(),
      naar: z.object({ schoolNaam: z.string(), afdelingNaam: z.string() }),
      voorkeur: z.number().int(),
    }),
  ),
  /** Moves not made this time (a registration changed meanwhile): the next round takes them. */
  mislukt: z.number().int(),
});
export type CplReserveronde = z.infer<typeof CplReserveronde>;
