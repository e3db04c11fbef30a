import { z } from "zod";

/**
 * Groepen and Notificaties (issue 5): Instellingen > Groepen of a VO school (GRP-01), the
 * notifications its contact persons receive (GRP-02, GRP-04) and those of the primary school
 * (PO-03). The schemas check the shape; the rules (unique name, pupils and contact persons of the
 * school) live in packages/domain (behandeling/groep.ts), which words its field messages under
 * the same paths.
 */

const Ids = (ontbreekt: string, max: number) =>
  z.array(z.string().min(1).max(64), { error: ontbreekt }).max(max, `Kies hoogstens ${max}.`);

export const GroepenQuery = z.object({
  schooljaar: z
    .string()
    .regex(/^\d{4}-\d{4}$/, "Kies een schooljaar uit de lijst.")
    .optional(),
});

export const GroepLeerling = z.object({
  aanmeldingId: z.string(),
  naam: z.string(),
  elkNummer: z.string(),
});

export const GroepContactpersoon = z.object({ gebruikerId: z.string(), naam: z.string() });

export const GroepRegel = z.object({
  id: z.string(),
  naam: z.string(),
  schooljaar: z.string(),
  /** The pupils still registered or placed at the school, by name. */
  leerlingen: z.array(GroepLeerling),
  contactpersonen: z.array(GroepContactpersoon),
  version: z.number().int(),
});
export type GroepRegel = z.infer<typeof GroepRegel>;

export const GroepenLijst = z.object({ schooljaar: z.string(), items: z.array(GroepRegel) });
export type GroepenLijst = z.infer<typeof GroepenLijst>;

/** What "Groep toevoegen" offers to choose from: the school's pupils and its users. */
export const GroepKandidaten = z.object({
  schooljaar: z.string(),
  leerlingen: z.array(
    GroepLeerling.extend({
      advies: z.string().optional(),
      status: z.string(),
    }),
  ),
  gebruikers: z.array(GroepContactpersoon.extend({ email: z.string().optional() })),
});
export type GroepKandidaten = z.infer<typeof GroepKandidaten>;

const GroepVelden = {
  naam: z.string({ error: "Vul de naam van de groep in." }).trim().max(100, "Gebruik hoogstens 100 tekens."),
  aanmeldingIds: Ids("Kies de leerlingen van de groep.", 2000),
  contactpersoonIds: Ids("Kies minstens één contactpersoon.", 200),
};

export const GroepToevoegen = z.object({
  schooljaar: z
    .string({ error: "Kies een schooljaar." })
    .regex(/^\d{4}-\d{4}$/, "Kies een schooljaar uit de lijst."),
  ...GroepVelden,
});
export type GroepToevoegen = z.infer<typeof GroepToevoegen>;

export const GroepWijzigen = z.object({ ...GroepVelden, version: z.number().int() });
export type GroepWijzigen = z.infer<typeof GroepWijzigen>;

/** "Toevoegen aan groep" from the overview: adds pupils, keeps those already in it. */
export const GroepLeerlingenToevoegen = z.object({
  aanmeldingIds: Ids("Kies minstens één leerling.", 2000).min(1, "Kies minstens één leerling."),
});
export type GroepLeerlingenToevoegen = z.infer<typeof GroepLeerlingenToevoegen>;

export const GroepVerwijderd = z.object({ verwijderd: z.literal(true) });

export const NotificatieRegel = z.object({
  /** Names the notification in POST /api/notificaties/{notificatieId}/gelezen. */
  id: z.string(),
  /** The moment it appeared (for a held-back message: when it was released). */
  op: z.string(),
  soort: z.string(),
  tekst: z.string(),
  leerlingNaam: z.string().optional(),
  elkNummer: z.string().optional(),
  aanmeldingId: z.string().optional(),
  gelezen: z.boolean(),
});
export type NotificatieRegel = z.infer<typeof NotificatieRegel>;

/** GRP-04: newest first, with how many of them are unread. */
export const NotificatieLijst = z.object({
  items: z.array(NotificatieRegel),
  ongelezen: z.number().int(),
});
export type NotificatieLijst = z.infer<typeof NotificatieLijst>;
