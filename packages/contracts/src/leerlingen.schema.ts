import { z } from "zod";

/**
 * Leerlingen (issue 4): the calendar of a school year (REG-10, LOT-04), the pupils a primary
 * school keeps (PO-01) and the parents' ouderinlog (ACC-09, REG-07). The schemas check the shape
 * and say in Dutch what is missing; the rules (elfproef, dates, e-mail, advice) live in
 * packages/domain (po-leerling.ts, ouderinlog.ts), which words its field messages under the same paths.
 * A BSN is only ever received, never sent back: pupils carry `bsnGemaskeerd`.
 */

const tekst = (ontbreekt: string, max = 200) =>
  z.string({ error: ontbreekt }).max(max, `Gebruik hoogstens ${max} tekens.`);

const Datum = (veld: string) => z.string({ error: `Vul ${veld} in (jjjj-mm-dd).` }).max(10);

const Periode = (naam: string) =>
  z.object(
    { van: Datum(`het begin van de ${naam}`), tot: Datum(`het einde van de ${naam}`) },
    { error: `Vul de ${naam} in.` },
  );

export const Schooljaar = z
  .string({ error: "Kies een schooljaar." })
  .regex(/^\d{4}-\d{4}$/, "Kies een schooljaar uit de lijst.");

/** GET /api/kalender/{schooljaar}: the calendar, or the region's defaults while none is set. */
export const KalenderDetail = z.object({
  schooljaar: z.string(),
  aanmeldperiode: z.object({ van: z.string(), tot: z.string() }),
  behandelperiode: z.object({ van: z.string(), tot: z.string() }),
  decentraleLoting: z.string(),
  centralePlaatsing: z.string(),
  /** LOT-04: the moment parents see the placement (ISO date-time). */
  bekendmaking: z.string(),
  /** 0 while the region's defaults apply; send it back with a change. */
  version: z.number().int(),
  /** True while the beheerorganisatie has not set this year's calendar yet. */
  standaard: z.boolean(),
  magWijzigen: z.boolean(),
});
export type KalenderDetail = z.infer<typeof KalenderDetail>;

/** PUT /api/kalender/{schooljaar}: the whole calendar; without bekendmaking: 16:00 the day after CP&L. */
export const KalenderWijzigen = z.object({
  aanmeldperiode: Periode("aanmeldperiode"),
  behandelperiode: Periode("behandelperiode"),
  decentraleLoting: Datum("de datum van de decentrale loting"),
  centralePlaatsing: Datum("de datum van de centrale plaatsing en loting"),
  bekendmaking: z.string().max(40).optional(),
  version: z
    .number({ error: "Laad de kalender opnieuw: de versie die u heeft gelezen ontbreekt." })
    .int()
    .min(0),
});
export type KalenderWijzigen = z.infer<typeof KalenderWijzigen>;

export const LeerlingAdres = z.object(
  {
    straat: tekst("Vul de straat in."),
    huisnummer: tekst("Vul het huisnummer in.", 20),
    postcode: tekst("Vul de postcode in.", 20),
    plaats: tekst("Vul de plaats in."),
  },
  { error: "Vul het adres in." },
);

export const LeerlingVelden = {
  roepnaam: tekst("Vul de roepnaam in.", 100),
  tussenvoegsel: z.string().max(30, "Gebruik hoogstens 30 tekens.").optional(),
  achternaam: tekst("Vul de achternaam in.", 100),
  bsn: tekst("Vul het burgerservicenummer of onderwijsnummer in.", 20),
  geboortedatum: tekst("Vul de geboortedatum in.", 20),
  geslacht: tekst("Kies het geslacht.", 20),
  adres: LeerlingAdres,
  emailOuders: tekst("Vul het e-mailadres van de ouders in.", 254),
  advies: z.string().max(30).optional(),
};

/** POST /api/po/leerlingen — PO-01. */
export const LeerlingToevoegen = z.object({ schooljaar: Schooljaar, ...LeerlingVelden });
export type LeerlingToevoegen = z.infer<typeof LeerlingToevoegen>;

/** PUT /api/po/leerlingen/{leerlingId} — PO-01: fields left out keep their value; advies null clears it. */
export const LeerlingWijzigen = z.object({
  roepnaam: LeerlingVelden.roepnaam.optional(),
  tussenvoegsel: LeerlingVelden.tussenvoegsel,
  achternaam: LeerlingVelden.achternaam.optional(),
  adres: LeerlingAdres.partial().optional(),
  emailOuders: LeerlingVelden.emailOuders.optional(),
  advies: z.string().max(30).nullable().optional(),
  version: z
    .number({ error: "Laad de gegevens opnieuw: de versie die u heeft gelezen ontbreekt." })
    .int()
    .min(1),
});
export type LeerlingWijzigen = z.infer<typeof LeerlingWijzigen>;

/** POST /api/po/leerlingen/import — PO-01: the text of a ";"-separated file with a header row. */
export const LeerlingenImporteren = z.object({
  schooljaar: Schooljaar,
  csv: z
    .string({ error: "Kies een CSV-bestand." })
    .min(1, "Het bestand is leeg.")
    .max(1_000_000, "Het bestand is te groot: importeer hoogstens 300 leerlingen per keer."),
});
export type LeerlingenImporteren = z.infer<typeof LeerlingenImporteren>;

/** A pupil as the PO school's list shows it. Never the BSN: only its last three digits. */
export const LeerlingRegel = z.object({
  id: z.string(),
  schooljaar: z.string(),
  elkNummer: z.string(),
  naam: z.string(),
  roepnaam: z.string(),
  tussenvoegsel: z.string().optional(),
  achternaam: z.string(),
  geboortedatum: z.string(),
  geslacht: z.enum(["man", "vrouw", "anders"]),
  adres: z.object({ straat: z.string(), huisnummer: z.string(), postcode: z.string(), plaats: z.string() }),
  emailOuders: z.string(),
  advies: z.string().optional(),
  bsnGemaskeerd: z.string(),
  identificatie: z.enum(["bsn", "onderwijsnummer"]),
  ouderinlogVerstuurdOp: z.string().optional(),
  /** REG-01: parents of a PrO pupil get no ouderinlog; the advice must be known first. */
  magOuderinlog: z.boolean(),
  version: z.number().int(),
});
export type LeerlingRegel = z.infer<typeof LeerlingRegel>;

export const LeerlingenQuery = z.object({ schooljaar: Schooljaar.optional() });

export const LeerlingenLijst = z.object({ schooljaar: z.string(), items: z.array(LeerlingRegel) });
export type LeerlingenLijst = z.infer<typeof LeerlingenLijst>;

export const ImportResultaat = z.object({
  aantal: z.number().int(),
  bericht: z.string(),
  items: z.array(LeerlingRegel),
});
export type ImportResultaat = z.infer<typeof ImportResultaat>;

export const OuderinlogVerstuurd = z.object({
  verstuurd: z.literal(true),
  bericht: z.string(),
  ouderinlogVerstuurdOp: z.string(),
});
export type OuderinlogVerstuurd = z.infer<typeof OuderinlogVerstuurd>;

/** POST /api/ouderinlog-aanvragen — REG-07: parents of a pupil of the other Kernprocedure. */
export const OuderinlogAanvragen = z.object({
  ...LeerlingVelden,
  basisschool: z.object(
    {
      naam: tekst("Vul de naam van de basisschool in."),
      plaats: tekst("Vul de plaats van de basisschool in."),
    },
    { error: "Vul de naam en plaats van de basisschool in." },
  ),
});
export type OuderinlogAanvragen = z.infer<typeof OuderinlogAanvragen>;

export const OuderinlogAangevraagd = z.object({ verstuurd: z.literal(true), bericht: z.string() });
export type OuderinlogAangevraagd = z.infer<typeof OuderinlogAangevraagd>;
