import { z } from "zod";
import { Rol } from "./portaal.schema";

const verplicht = (veld: string) =>
  z
    .string({ error: `Vul ${veld} in.` })
    .trim()
    .min(1, `Vul ${veld} in.`);

export const Email = z
  .string({ error: "Vul het e-mailadres in." })
  .trim()
  .min(1, "Vul het e-mailadres in.")
  .pipe(z.email("Vul een geldig e-mailadres in, zoals naam@school.nl."));

const NaamVelden = {
  voornaam: verplicht("de voornaam").max(100),
  tussenvoegsel: z.string().trim().max(30).optional(),
  achternaam: verplicht("de achternaam").max(100),
  email: Email,
  telefoon: z.string().trim().max(30).optional(),
};

export const GebruikerRegel = z.object({
  id: z.string(),
  gebruikersnaam: z.string().optional(),
  naam: z.string(),
  voornaam: z.string().optional(),
  tussenvoegsel: z.string().optional(),
  achternaam: z.string().optional(),
  email: z.string(),
  telefoon: z.string().optional(),
  rollen: z.array(Rol),
  organisatieType: z.enum(["regio", "bestuur", "vo", "po"]),
  schoolId: z.string().optional(),
  bestuurId: z.string().optional(),
  locatieNaam: z.string(),
  status: z.enum(["uitgenodigd", "actief", "geblokkeerd"]),
  version: z.number().int(),
  /** ACC-07: the current user may sign in as this user (the icon in the list). */
  magMeekijken: z.boolean(),
  magResetten: z.boolean(),
  /** Issue #10: the current user may block this account (or unblock it, when blocked). */
  magBlokkeren: z.boolean(),
});
export type GebruikerRegel = z.infer<typeof GebruikerRegel>;

export const GebruikersQuery = z.object({
  bestuurId: z.string().optional(),
  schoolId: z.string().optional(),
});

export const GebruikersLijst = z.object({
  items: z.array(GebruikerRegel),
  /** The roles the current user may hand out, per organisation type (ACC-06). */
  rollenPerType: z.record(z.string(), z.array(z.object({ rol: Rol, naam: z.string() }))),
  /** A contactpersoon ELK first picks the organisation type and the school (ACC-01). */
  kiesOrganisatie: z.boolean(),
  scholen: z.array(z.object({ id: z.string(), naam: z.string(), schooltype: z.enum(["PO", "VO"]) })),
});
export type GebruikersLijst = z.infer<typeof GebruikersLijst>;

export const GebruikerToevoegen = z.object({
  ...NaamVelden,
  rollen: z.array(Rol, { error: "Kies minstens één rol." }).min(1, "Kies minstens één rol."),
  organisatieType: z.enum(["regio", "bestuur", "vo", "po"]).optional(),
  schoolId: z.string().optional(),
  bestuurId: z.string().optional(),
  /** The creator cannot fill in the username (ACC-02): a field for it is refused, not ignored. */
  gebruikersnaam: z
    .undefined({ error: "De gebruikersnaam kiest de gebruiker zelf bij het instellen van het account." })
    .optional(),
});
export type GebruikerToevoegen = z.infer<typeof GebruikerToevoegen>;

export const GebruikerWijzigen = z.object({
  ...NaamVelden,
  rollen: z.array(Rol).min(1, "Kies minstens één rol."),
  version: z.number().int(),
});
export type GebruikerWijzigen = z.infer<typeof GebruikerWijzigen>;

export const Verstuurd = z.object({ verstuurd: z.literal(true), bericht: z.string() });

export const LinkVerzoek = z.object({
  token: z.string({ error: "De link is niet volledig." }).min(20, "De link is niet volledig.").max(200),
});

export const ActiverenGegevens = z.object({
  naam: z.string(),
  email: z.string(),
  locatieNaam: z.string(),
  wachtwoordRegels: z.array(z.string()),
});

export const Activeren = z.object({
  token: LinkVerzoek.shape.token,
  gebruikersnaam: verplicht("een gebruikersnaam").max(64),
  wachtwoord: z.string({ error: "Vul een wachtwoord in." }).min(1, "Vul een wachtwoord in.").max(256),
  wachtwoordHerhaald: z.string({ error: "Vul het wachtwoord nog een keer in." }).max(256),
});

export const WachtwoordVergeten = z.object({ gebruikersnaam: verplicht("je gebruikersnaam").max(128) });

export const WachtwoordHerstellenGegevens = z.object({
  gebruikersnaam: z.string(),
  wachtwoordRegels: z.array(z.string()),
});

export const WachtwoordHerstellen = z.object({
  token: LinkVerzoek.shape.token,
  wachtwoord: Activeren.shape.wachtwoord,
  wachtwoordHerhaald: Activeren.shape.wachtwoordHerhaald,
});

export const MijWijzigen = z.object({ ...NaamVelden });

export const MijnWachtwoord = z.object({
  huidigWachtwoord: z
    .string({ error: "Vul je huidige wachtwoord in." })
    .min(1, "Vul je huidige wachtwoord in.")
    .max(256),
  wachtwoord: Activeren.shape.wachtwoord,
  wachtwoordHerhaald: Activeren.shape.wachtwoordHerhaald,
});

export const Gelukt = z.object({ gelukt: z.literal(true) });

export const MeekijkenStarten = z.object({ gebruikerId: z.string().min(1) });
export const MeekijkSessie = z.object({ sessieId: z.string(), naam: z.string(), locatieNaam: z.string() });

/** The header the SPA sends while a contactpersoon ELK looks along (ACC-07). */
export const MEEKIJKEN_HEADER = "x-elk-meekijken";
