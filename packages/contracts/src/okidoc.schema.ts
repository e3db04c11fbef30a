import { z } from "zod";
import { Advies } from "./aanmelden.schema";

/**
 * The oki-doc (issue 5): the primary school fills in, attaches and releases it (PO-01); the VO
 * school downloads its PDF and bijlagen (TRT-02). The rules live in
 * packages/domain/src/behandeling/okidoc.ts; these schemas check the shape.
 */

export const OkidocStatus = z.enum(["concept", "vrijgegeven", "aanvulling-gevraagd", "aangevuld"]);
export type OkidocStatus = z.infer<typeof OkidocStatus>;

/** The form's definition, sent with the oki-doc so the screen draws what the rules check. */
export const OkidocVeldDefinitie = z.object({
  id: z.string(),
  label: z.string(),
  soort: z.enum(["tekst", "tekstvak", "keuze", "ja-nee", "getal", "email"]),
  verplicht: z.boolean(),
  verplichtAls: z.object({ veld: z.string(), waarde: z.string() }).optional(),
  max: z.number().int(),
  keuzes: z.array(z.object({ waarde: z.string(), label: z.string() })).optional(),
  uitleg: z.string().optional(),
});
export type OkidocVeldDefinitie = z.infer<typeof OkidocVeldDefinitie>;

export const OkidocSectieDefinitie = z.object({
  id: z.string(),
  titel: z.string(),
  uitleg: z.string().optional(),
  velden: z.array(OkidocVeldDefinitie),
});
export type OkidocSectieDefinitie = z.infer<typeof OkidocSectieDefinitie>;

/** Issue #10: the malware scan's state of a stored upload (packages/domain bestanden/scan.ts). */
export const ScanStatus = z.enum(["bezig", "schoon", "besmet"]);

export const OkidocBijlageRegel = z.object({
  id: z.string(),
  bestandsnaam: z.string(),
  contentType: z.string(),
  grootte: z.number().int(),
  toegevoegdOp: z.string(),
  scan: ScanStatus.optional(),
  /** Dutch: still being scanned, or removed as unsafe. */
  melding: z.string().optional(),
});
export type OkidocBijlageRegel = z.infer<typeof OkidocBijlageRegel>;

/** PO-01: the primary school's oki-doc of one pupil, with what the user may do with it now. */
export const PoOkidoc = z.object({
  leerling: z.object({
    id: z.string(),
    naam: z.string(),
    elkNummer: z.string(),
    geboortedatum: z.string(),
    advies: Advies.optional(),
  }),
  /** The form the school fills in: without the doorstroomtoets results, entered in their own section (PO-02). */
  formulier: z.array(OkidocSectieDefinitie),
  /** Every value of the oki-doc, the doorstroomtoets results included. */
  velden: z.record(z.string(), z.string()),
  status: OkidocStatus,
  /** TRT-03: what the VO school asked to be added, while the oki-doc is open for it (and after). */
  aanvulling: z.object({ vraag: z.string(), school: z.string(), op: z.string() }).optional(),
  vrijgegevenOp: z.string().optional(),
  bijlagen: z.array(OkidocBijlageRegel),
  /** 0 while nothing was saved yet. */
  version: z.number().int(),
  magBewerken: z.boolean(),
  magVrijgeven: z.boolean(),
  /** The advice can be changed here until the pupil is registered. */
  adviesWijzigbaar: z.boolean(),
  /** What is still missing before release: a message per field ("advies", "velden.<id>"). */
  ontbreekt: z.record(z.string(), z.string()),
  bijlageEisen: z.object({
    typen: z.record(z.string(), z.object({ label: z.string(), extensies: z.array(z.string()) })),
    maxBytes: z.number().int(),
    maxAantal: z.number().int(),
  }),
});
export type PoOkidoc = z.infer<typeof PoOkidoc>;

const Velden = z.record(
  z.string().max(64),
  z.string({ error: "Vul tekst in." }).max(10_000, "Deze tekst is te lang."),
  { error: "Stuur de velden van het oki-doc mee." },
);

export const OkidocOpslaan = z.object({
  /**
   * The form's values; a field of the form left out is emptied. The doorstroomtoets results
   * (niveauLezen, niveauTaalverzorging, niveauRekenen, doorstroomtoets) are kept as stored,
   * whatever is sent for them: they are entered through /doorstroomtoets (PO-02).
   */
  velden: Velden,
  /** The basisschooladvies, kept on the pupil; null clears it. Left out: unchanged. */
  advies: Advies.nullable().optional(),
  /** The version that was read; absent for a first save. */
  version: z.number().int().min(0).optional(),
});
export type OkidocOpslaan = z.infer<typeof OkidocOpslaan>;

export const OkidocVrijgeven = z.object({
  version: z.number({ error: "Laad het oki-doc opnieuw en probeer het nog eens." }).int().min(1),
});
export type OkidocVrijgeven = z.infer<typeof OkidocVrijgeven>;

export const OkidocBijlageToevoegen = z.object({
  bestandsnaam: z.string({ error: "Kies een bestand." }).trim().min(1, "Kies een bestand.").max(255),
  contentType: z.string().max(200),
  // base64 of at most 4 MB, within the 6 MB a Lambda takes per request.
  inhoud: z
    .string({ error: "Kies een bestand." })
    .min(1, "Het bestand is leeg.")
    .max(5_600_000, "Het bestand is te groot: een bijlage is hoogstens 4 MB."),
});
export type OkidocBijlageToevoegen = z.infer<typeof OkidocBijlageToevoegen>;

export const OkidocBijlageVerwijderd = z.object({ verwijderd: z.literal(true) });

/** TRT-02: a short-lived link to the released oki-doc's PDF. */
export const OkidocPdf = z.object({ url: z.string(), bestandsnaam: z.string() });
export type OkidocPdf = z.infer<typeof OkidocPdf>;

/** TRT-02: the bijlagen the primary school added, each with a short-lived link. */
export const OkidocBijlagen = z.object({
  items: z.array(
    z.object({
      id: z.string(),
      bestandsnaam: z.string(),
      contentType: z.string(),
      grootte: z.number().int(),
      scan: ScanStatus.optional(),
      /** Only once the malware scan found the file clean (issue #10). */
      url: z.string().optional(),
      melding: z.string().optional(),
    }),
  ),
});
export type OkidocBijlagen = z.infer<typeof OkidocBijlagen>;
