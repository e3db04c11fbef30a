import { z } from "zod";

/**
 * Issue #10 (PRIV): the region-wide audit trail for the region administrator. The query is taken
 * as plain text and judged after the caller (a Dutch 400 for a bad period only for the one who may
 * read it; everyone else gets 403 first).
 */
export const AuditQuery = z.object({
  van: z.string().max(40).optional(),
  tot: z.string().max(40).optional(),
  soort: z.string().max(40).optional(),
  pagina: z.string().max(10).optional(),
});
export type AuditQuery = z.infer<typeof AuditQuery>;

export const AuditCategorieSchema = z.enum(["okidoc", "bijlage", "export", "bsn", "meekijken", "melding"]);

export const AuditRegel = z.object({
  id: z.string(),
  tijdstip: z.string(),
  soort: z.string(),
  categorie: AuditCategorieSchema,
  wie: z.object({
    naam: z.string(),
    gebruikerId: z.string().optional(),
    rollen: z.array(z.string()),
    locatie: z.string().optional(),
  }),
  meekijkendDoor: z.string().optional(),
  aanmeldingId: z.string().optional(),
  exportId: z.string().optional(),
  elkNummer: z.string().optional(),
  details: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])),
  /** Part of an unusual number of exports by this user on this day. */
  ongebruikelijk: z.boolean(),
});
export type AuditRegel = z.infer<typeof AuditRegel>;

export const AuditMeldingRegel = z.object({
  dag: z.string(),
  tijdstip: z.string(),
  naam: z.string(),
  locatie: z.string().optional(),
  aantal: z.number().int(),
  drempel: z.number().int(),
});
export type AuditMeldingRegel = z.infer<typeof AuditMeldingRegel>;

export const AuditLijst = z.object({
  van: z.string(),
  tot: z.string(),
  pagina: z.number().int(),
  paginas: z.number().int(),
  totaal: z.number().int(),
  items: z.array(AuditRegel),
  meldingen: z.array(AuditMeldingRegel),
  /** The threshold of the bulk-export alert: more exports than this by one user on one day. */
  drempel: z.number().int(),
  afgekapt: z.boolean(),
});
export type AuditLijst = z.infer<typeof AuditLijst>;
