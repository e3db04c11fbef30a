import { z } from "zod";

/**
 * Besturen, schools, afdelingen (ORG-01 … ORG-04) and the news of the beheerorganisatie (HOME-01).
 * The schemas check the shape and say in Dutch what is missing; the rules themselves (formats,
 * uniqueness, who may change what) live in packages/domain (school-regels.ts), which words its own
 * field messages under the same paths.
 */

const tekst = (ontbreekt: string, max = 200) =>
  z.string({ error: ontbreekt }).max(max, `Gebruik hoogstens ${max} tekens.`);

/** The version the client read; a change based on an older one is refused (409). */
const Versie = z
  .number({ error: "Laad de gegevens opnieuw: de versie die u heeft gelezen ontbreekt." })
  .int()
  .min(1);

export const Adres = z.object(
  {
    straat: tekst("Vul de straat in."),
    huisnummer: tekst("Vul het huisnummer in.", 20),
    postcode: tekst("Vul de postcode in.", 20),
    plaats: tekst("Vul de plaats in."),
  },
  { error: "Vul het bezoekadres in." },
);

const Schooltype = z.enum(["PO", "VO"], { error: "Kies het schooltype: PO of VO." });

/** POST /api/scholen — ORG-01: every field the manual calls mandatory, plus telefoon and particulier. */
export const SchoolToevoegen = z.object({
  officieleNaam: tekst("Vul de officiële naam in."),
  naam: tekst("Vul de naam in."),
  schooltype: Schooltype,
  bestuurId: tekst("Kies het bestuur.", 100),
  adres: Adres,
  brin: tekst("Vul het BRIN-nummer in.", 10),
  vestigingscode: tekst("Vul de vestigingscode in.", 10),
  telefoon: z.string({ error: "Vul een geldig telefoonnummer in." }).max(30).optional(),
  particulier: z.boolean({ error: "Geef aan of de school particulier is (ja of nee)." }).optional(),
});
export type SchoolToevoegen = z.infer<typeof SchoolToevoegen>;

/**
 * PUT /api/scholen/{schoolId} — ORG-02: fields left out keep their value. The registration fields
 * (brin, vestigingscode, schooltype, bestuurId, particulier) only the beheerorganisatie changes.
 */
export const SchoolWijzigen = SchoolToevoegen.partial().extend({ version: Versie });
export type SchoolWijzigen = z.infer<typeof SchoolWijzigen>;

export const AfdelingInvoer = z.object({
  /** Optional: a new afdeling gets a code from its name; give one to refer to it in gelijkwaardigAan. */
  id: z.string().max(63).optional(),
  naam: tekst("Vul de naam van de afdeling in.", 100),
  adviezen: z.array(z.string().max(30), { error: "Kies minstens één advies." }).max(20),
  capaciteit: z.number({ error: "De capaciteit is een heel getal van 0 of meer." }).nullable().optional(),
  capaciteitsgroepId: z.string().max(63).nullable().optional(),
  gelijkwaardigAan: z.array(z.string().max(63)).max(50).optional(),
});

export const CapaciteitsgroepInvoer = z.object({
  id: z.string().max(63).optional(),
  naam: tekst("Vul de naam van de capaciteitsgroep in.", 100),
  capaciteit: z.number({ error: "De capaciteit is een heel getal van 0 of meer." }),
});

/** PUT /api/scholen/{schoolId}/afdelingen — ORG-03: the whole list; what is left out is removed. */
export const AfdelingenWijzigen = z.object({
  version: Versie,
  afdelingen: z.array(AfdelingInvoer, { error: "Geef de lijst van afdelingen mee." }).max(60),
  capaciteitsgroepen: z.array(CapaciteitsgroepInvoer).max(30).optional(),
});
export type AfdelingenWijzigen = z.infer<typeof AfdelingenWijzigen>;

export const Afdeling = z.object({
  id: z.string(),
  naam: z.string(),
  adviezen: z.array(z.string()),
  capaciteit: z.number().int().optional(),
  capaciteitsgroepId: z.string().optional(),
  gelijkwaardigAan: z.array(z.string()),
});

export const Capaciteitsgroep = z.object({ id: z.string(), naam: z.string(), capaciteit: z.number().int() });

/** One school with everything the Schoolgegevens screen shows and what this user may change. */
export const SchoolDetail = z.object({
  id: z.string(),
  bestuurId: z.string(),
  bestuur: z.string(),
  officieleNaam: z.string(),
  naam: z.string(),
  schooltype: z.enum(["PO", "VO"]),
  particulier: z.boolean(),
  brin: z.string(),
  vestigingscode: z.string(),
  adres: z.object({ straat: z.string(), huisnummer: z.string(), postcode: z.string(), plaats: z.string() }),
  telefoon: z.string(),
  afdelingen: z.array(Afdeling),
  capaciteitsgroepen: z.array(Capaciteitsgroep),
  version: z.number().int(),
  /** The fields of PUT /api/scholen/{schoolId} this user may change; empty: read only. */
  wijzigbareVelden: z.array(z.string()),
  magAfdelingenWijzigen: z.boolean(),
});
export type SchoolDetail = z.infer<typeof SchoolDetail>;

export const Contactpersoon = z.object({
  naam: tekst("Vul de naam van de contactpersoon in.", 200),
  email: tekst("Vul een geldig e-mailadres in.", 254),
});

/** POST /api/besturen — ORG-01. */
export const BestuurToevoegen = z.object({
  naam: tekst("Vul de naam van het bestuur in."),
  contactpersonen: z.array(Contactpersoon).max(10).optional(),
});
export type BestuurToevoegen = z.infer<typeof BestuurToevoegen>;

/** PUT /api/besturen/{bestuurId} — ORG-01 / ORG-05: name and contactpersonen ELK. */
export const BestuurWijzigen = BestuurToevoegen.partial().extend({ version: Versie });
export type BestuurWijzigen = z.infer<typeof BestuurWijzigen>;

export const BestuurDetail = z.object({
  id: z.string(),
  naam: z.string(),
  contactpersonen: z.array(z.object({ naam: z.string(), email: z.string() })),
  version: z.number().int(),
});
export type BestuurDetail = z.infer<typeof BestuurDetail>;

export const BesturenLijst = z.object({ items: z.array(BestuurDetail) });
export type BesturenLijst = z.infer<typeof BesturenLijst>;

/** POST /api/nieuws/beheer — HOME-01: a new concept. */
export const NieuwsToevoegen = z.object({
  titel: tekst("Vul de titel in."),
  tekst: tekst("Vul de tekst in.", 5000),
  bron: z.enum(["beheerorganisatie", "ELK"], { error: "Kies de afzender: beheerorganisatie of ELK." }),
});
export type NieuwsToevoegen = z.infer<typeof NieuwsToevoegen>;

export const NieuwsBeheerItem = z.object({
  id: z.string(),
  titel: z.string(),
  tekst: z.string(),
  bron: z.enum(["beheerorganisatie", "ELK"]),
  status: z.enum(["concept", "gepubliceerd", "ingetrokken"]),
  aangemaaktOp: z.string(),
  gepubliceerdOp: z.string().optional(),
  ingetrokkenOp: z.string().optional(),
  version: z.number().int(),
});
export type NieuwsBeheerItem = z.infer<typeof NieuwsBeheerItem>;

export const NieuwsBeheerLijst = z.object({ items: z.array(NieuwsBeheerItem) });
export type NieuwsBeheerLijst = z.infer<typeof NieuwsBeheerLijst>;
