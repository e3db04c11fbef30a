import { z } from "zod";
import { OkidocBijlageToevoegen, ScanStatus } from "./okidoc.schema";

/**
 * Aanvragen SWV (Amsterdam): a VO school's request for extra support for a pupil to its
 * samenwerkingsverband, drafted by *Aanvragen SWV opstellen* and approved and sent by *Aanvragen
 * SWV accorderen en versturen*. The rules live in packages/domain/src/swv; these schemas check
 * the shape and word their messages under the same paths as the domain.
 */

export const SwvAanvraagStatus = z.enum(["concept", "ter-accordering", "verstuurd"]);
export type SwvAanvraagStatus = z.infer<typeof SwvAanvraagStatus>;

export const SwvAanvraagSoort = z.enum(["arrangement", "tlv-vso", "overig"], {
  error: "Kies het soort aanvraag.",
});
export type SwvAanvraagSoort = z.infer<typeof SwvAanvraagSoort>;

/** What the screen may offer for a request now (domain: SwvActie). */
export const SwvActie = z.enum([
  "inzien",
  "opstellen",
  "wijzigen",
  "bijlage-toevoegen",
  "bijlage-verwijderen",
  "indienen",
  "terugsturen",
  "accorderen-en-versturen",
]);
export type SwvActie = z.infer<typeof SwvActie>;

const Schooljaar = z.string().regex(/^\d{4}-\d{4}$/, "Kies een schooljaar uit de lijst.");

export const SwvQuery = z.object({ schooljaar: Schooljaar.optional() });

const Door = z.object({ naam: z.string() });

export const SwvLeerling = z.object({ aanmeldingId: z.string(), naam: z.string(), elkNummer: z.string() });

export const SwvAanvraagRegel = z.object({
  id: z.string(),
  leerling: SwvLeerling,
  soort: SwvAanvraagSoort,
  status: SwvAanvraagStatus,
  aangemaaktOp: z.string(),
  aangemaaktDoor: Door,
  gewijzigdOp: z.string(),
  verstuurdOp: z.string().optional(),
  /** Sent back and not offered again yet: the drafter has something to do. */
  teruggestuurd: z.boolean(),
});
export type SwvAanvraagRegel = z.infer<typeof SwvAanvraagRegel>;

/** Leerlingen > Aanvragen SWV: the school's requests in a school year, and what the user may start. */
export const SwvAanvragenLijst = z.object({
  schooljaar: z.string(),
  items: z.array(SwvAanvraagRegel),
  magOpstellen: z.boolean(),
  /** Whom approved requests go to; absent when the region names none. */
  samenwerkingsverband: z.object({ naam: z.string(), email: z.string() }).optional(),
});
export type SwvAanvragenLijst = z.infer<typeof SwvAanvragenLijst>;

/** The pupils a request can be drafted for: those registered or placed at the school. */
export const SwvKandidaten = z.object({
  schooljaar: z.string(),
  leerlingen: z.array(SwvLeerling.extend({ advies: z.string().optional(), status: z.string() })),
});
export type SwvKandidaten = z.infer<typeof SwvKandidaten>;

export const SwvBijlageRegel = z.object({
  id: z.string(),
  bestandsnaam: z.string(),
  contentType: z.string(),
  grootte: z.number().int(),
  toegevoegdOp: z.string(),
  toegevoegdDoor: Door,
  /** Issue #10: the malware scan's state; only a clean file can be downloaded. */
  scan: ScanStatus,
  downloadbaar: z.boolean(),
  /** Dutch: still being scanned, or removed as unsafe. */
  melding: z.string().optional(),
});
export type SwvBijlageRegel = z.infer<typeof SwvBijlageRegel>;

/** One step in the request's history: who, when, what (and the comment or file it concerned). */
export const SwvGebeurtenis = z.object({
  op: z.string(),
  soort: z.string(),
  door: z.string(),
  /** ACC-07: the contactpersoon ELK who acted while looking along. */
  meekijkendDoor: z.string().optional(),
  toelichting: z.string().optional(),
});
export type SwvGebeurtenis = z.infer<typeof SwvGebeurtenis>;

export const SwvAanvraagDetail = SwvAanvraagRegel.extend({
  schooljaar: z.string(),
  motivatie: z.string(),
  ingediend: z.object({ op: z.string(), door: Door }).optional(),
  laatstTeruggestuurd: z.object({ op: z.string(), door: Door, opmerking: z.string() }).optional(),
  verstuurd: z
    .object({ op: z.string(), door: Door, aan: z.object({ naam: z.string(), email: z.string() }) })
    .optional(),
  bijlagen: z.array(SwvBijlageRegel),
  historie: z.array(SwvGebeurtenis),
  acties: z.array(SwvActie),
  bijlageEisen: z.object({
    typen: z.record(z.string(), z.object({ label: z.string(), extensies: z.array(z.string()) })),
    maxBytes: z.number().int(),
    maxAantal: z.number().int(),
  }),
  samenwerkingsverband: z.object({ naam: z.string(), email: z.string() }).optional(),
  version: z.number().int(),
});
export type SwvAanvraagDetail = z.infer<typeof SwvAanvraagDetail>;

const Motivatie = z.string({ error: "Vul de motivatie in." }).max(10_000, "Gebruik hoogstens 10000 tekens.");

export const SwvAanvraagToevoegen = z.object({
  schooljaar: z.string({ error: "Kies een schooljaar." }).pipe(Schooljaar),
  aanmeldingId: z
    .string({ error: "Kies een leerling." })
    .trim()
    .min(1, "Kies een leerling.")
    .max(64, "Kies een leerling."),
  soort: SwvAanvraagSoort,
  motivatie: Motivatie.default(""),
});
export type SwvAanvraagToevoegen = z.input<typeof SwvAanvraagToevoegen>;

const Versie = z.number({ error: "Laad de aanvraag opnieuw en probeer het nog eens." }).int().min(1);

export const SwvAanvraagWijzigen = z.object({
  soort: SwvAanvraagSoort,
  motivatie: Motivatie,
  version: Versie,
});
export type SwvAanvraagWijzigen = z.infer<typeof SwvAanvraagWijzigen>;

/** Indienen and Accorderen en versturen: on the version that was read. */
export const SwvStapVerzoek = z.object({ version: Versie });
export type SwvStapVerzoek = z.infer<typeof SwvStapVerzoek>;

export const SwvTerugsturen = z.object({
  version: Versie,
  opmerking: z
    .string({ error: "Schrijf erbij wat er aan de aanvraag moet veranderen." })
    .max(4000, "Gebruik hoogstens 4000 tekens."),
});
export type SwvTerugsturen = z.infer<typeof SwvTerugsturen>;

/** A bijlage travels as the oki-doc's do: base64 in the JSON body, at most 4 MB. */
export const SwvBijlageToevoegen = OkidocBijlageToevoegen;
export type SwvBijlageToevoegen = z.infer<typeof SwvBijlageToevoegen>;

/** A short-lived link (5 minutes) to one bijlage. */
export const SwvBijlageLink = z.object({ url: z.string(), bestandsnaam: z.string() });
export type SwvBijlageLink = z.infer<typeof SwvBijlageLink>;
