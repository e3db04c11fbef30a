import { EXPORT_MAX_SELECTIE, EXPORT_SOORTEN } from "@elk/domain";
import { z } from "zod";
import { AanmeldingStatus, Advies } from "./aanmelden.schema";
import { OverzichtQuery } from "./behandelen.schema";

/**
 * Exports and Overzichten (issue 7): the Excel exports (EXP-01, EXP-02, LOT-01, REG-06), the
 * doorstroomtoets results (PO-02, EXP-03) and the status of registrations (HOME-02).
 */

export const ExportSoort = z.enum(EXPORT_SOORTEN, { error: "Kies een export." });
export type ExportSoort = z.infer<typeof ExportSoort>;

/** The overview's filters and search, without its paging and sorting (EXP-01: "alle getoonde leerlingen"). */
export const ExportFilter = OverzichtQuery.omit({ pagina: true, perPagina: true, schooljaar: true });
export type ExportFilter = z.infer<typeof ExportFilter>;

export const ExportStarten = z.object({
  soort: ExportSoort,
  schooljaar: z.string().max(9).optional(),
  /** EXP-01: the overview's filters when nobody is ticked. */
  filter: ExportFilter.optional(),
  /** EXP-01: the ticked pupils (registration ids); these win over the filters. */
  selectie: z
    .array(z.string().min(1).max(64))
    .max(EXPORT_MAX_SELECTIE, `Selecteer hoogstens ${EXPORT_MAX_SELECTIE} leerlingen, of gebruik de filters.`)
    .optional(),
});
export type ExportStarten = z.infer<typeof ExportStarten>;

/** An export being built, or ready to download. */
export const ExportStand = z.object({
  id: z.string(),
  soort: ExportSoort,
  status: z.enum(["wachtrij", "bezig", "klaar", "mislukt"]),
  /** 0 … 100, for the progress bar. */
  voortgang: z.number().int().min(0).max(100),
  aantal: z.number().int().optional(),
  bestandsnaam: z.string().optional(),
});
export type ExportStand = z.infer<typeof ExportStand>;

/** A short-lived link to the file; fetching it is recorded. */
export const ExportDownload = z.object({
  url: z.string(),
  bestandsnaam: z.string(),
  geldigSeconden: z.number(),
});
export type ExportDownload = z.infer<typeof ExportDownload>;

export const SchooljaarQuery = z.object({ schooljaar: z.string().max(9).optional() });

/** EXP-03: one registered pupil with its results. */
export const DoorstroomtoetsRegel = z.object({
  aanmeldingId: z.string(),
  elkNummer: z.string(),
  leerlingNaam: z.string(),
  basisschool: z.string(),
  advies: Advies,
  bijgesteldAdvies: Advies.optional(),
  lezen: z.string(),
  taalverzorging: z.string(),
  rekenen: z.string(),
  toets: z.string().optional(),
  statusLabel: z.string(),
});
export type DoorstroomtoetsRegel = z.infer<typeof DoorstroomtoetsRegel>;

export const DoorstroomtoetsOverzicht = z.object({
  schoolNaam: z.string(),
  schooljaar: z.string(),
  items: z.array(DoorstroomtoetsRegel),
});
export type DoorstroomtoetsOverzicht = z.infer<typeof DoorstroomtoetsOverzicht>;

export const StatusOverzichtQuery = z.object({
  schooljaar: z.string().max(9).optional(),
  /** The region administrator may look at one school; without it, all VO schools. */
  schoolId: z.string().max(64).optional(),
});

export const SchoolStatus = z.object({
  schoolId: z.string(),
  schoolNaam: z.string(),
  totaal: z.number().int(),
  perStatus: z.array(z.object({ status: AanmeldingStatus, label: z.string(), aantal: z.number().int() })),
  perAfdeling: z.array(
    z.object({
      afdelingId: z.string(),
      naam: z.string(),
      aangemeld: z.number().int(),
      geplaatst: z.number().int(),
      capaciteit: z.number().int().optional(),
      capaciteitsgroep: z.string().optional(),
    }),
  ),
});
export type SchoolStatus = z.infer<typeof SchoolStatus>;

export const StatusOverzicht = z.object({
  schooljaar: z.string(),
  /** Only for the region administrator: every VO school of the region. */
  regio: z.boolean(),
  scholen: z.array(SchoolStatus),
});
export type StatusOverzicht = z.infer<typeof StatusOverzicht>;

const Niveau = (label: string) =>
  z
    .string({ error: `Kies het niveau voor ${label}.` })
    .trim()
    .min(1, `Kies het niveau voor ${label}.`)
    .max(20);

/** PO-02: the results the primary school enters, and an advice raised after the test. */
export const DoorstroomtoetsOpslaan = z.object({
  niveauLezen: Niveau("lezen"),
  niveauTaalverzorging: Niveau("taalverzorging"),
  niveauRekenen: Niveau("rekenen"),
  toets: z.string().max(200, "Gebruik hoogstens 200 tekens.").optional(),
  bijgesteldAdvies: Advies.optional(),
  version: z.number().int().optional(),
});
export type DoorstroomtoetsOpslaan = z.infer<typeof DoorstroomtoetsOpslaan>;

export const PoDoorstroomtoets = z.object({
  leerlingId: z.string(),
  leerlingNaam: z.string(),
  elkNummer: z.string(),
  advies: Advies.optional(),
  bijgesteldAdvies: Advies.optional(),
  niveauLezen: z.string().optional(),
  niveauTaalverzorging: z.string().optional(),
  niveauRekenen: z.string().optional(),
  toets: z.string().optional(),
  /** The levels each domain can have, for the form. */
  niveaus: z.record(z.string(), z.array(z.object({ waarde: z.string(), label: z.string() }))),
  /** The advices it may be raised to: the present one and higher. */
  hogereAdviezen: z.array(Advies),
  version: z.number().int().optional(),
});
export type PoDoorstroomtoets = z.infer<typeof PoDoorstroomtoets>;
