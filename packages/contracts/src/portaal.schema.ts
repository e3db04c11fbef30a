import { ADVIEZEN, ROLLEN } from "@elk/domain";
import { z } from "zod";

export const Rol = z.enum(ROLLEN);

export const MenuGroep = z.object({
  id: z.enum(["leerlingen", "oso", "overzichten", "instellingen", "help"]),
  label: z.string(),
  items: z.array(z.object({ scherm: z.string(), label: z.string() })),
});
export type MenuGroep = z.infer<typeof MenuGroep>;

export const Helpdesk = z.object({
  naam: z.string(),
  email: z.string(),
  telefoon: z.string(),
  url: z.string().optional(),
});

/** GET /api/mij — the signed-in account, its menu and the region it lives in. */
export const MijnGegevens = z.object({
  gebruiker: z.object({
    id: z.string(),
    gebruikersnaam: z.string(),
    naam: z.string(),
    /** ACC-08: the parts the user menu edits; absent for accounts made before they were kept. */
    voornaam: z.string().optional(),
    tussenvoegsel: z.string().optional(),
    achternaam: z.string().optional(),
    email: z.string(),
    telefoon: z.string().optional(),
    rollen: z.array(Rol),
    rolNamen: z.array(z.string()),
    organisatieType: z.enum(["regio", "bestuur", "vo", "po", "ouder"]),
    locatieNaam: z.string(),
    meekijkendDoor: z.object({ naam: z.string() }).optional(),
  }),
  menu: z.array(MenuGroep),
  schooljaren: z.array(z.string()),
  standaardSchooljaar: z.string(),
  regio: z.object({
    naam: z.string(),
    productNaam: z.string(),
    beheerorganisatie: z.string(),
    helpdesk: Helpdesk,
    /** REG-02 / REG-03: the region's voorkeurslijst (RegionConfig). */
    voorkeurslijst: z.object({
      lengtePerAdvies: z.record(z.enum(ADVIEZEN), z.number().int()),
      voorrang: z.boolean(),
    }),
    plaatsingsprocedure: z.enum(["decentrale-loting-en-cpl", "centrale-loting"]),
  }),
});
export type MijnGegevens = z.infer<typeof MijnGegevens>;

export const Nieuwsbericht = z.object({
  id: z.string(),
  titel: z.string(),
  tekst: z.string(),
  bron: z.enum(["beheerorganisatie", "ELK"]),
  gepubliceerdOp: z.string(),
});
export const NieuwsLijst = z.object({ items: z.array(Nieuwsbericht) });
export type NieuwsLijst = z.infer<typeof NieuwsLijst>;

export const SchoolRegel = z.object({
  id: z.string(),
  naam: z.string(),
  officieleNaam: z.string(),
  schooltype: z.enum(["PO", "VO"]),
  particulier: z.boolean(),
  brin: z.string(),
  vestigingscode: z.string(),
  bestuur: z.string(),
  adres: z.object({ straat: z.string(), huisnummer: z.string(), postcode: z.string(), plaats: z.string() }),
  telefoon: z.string(),
});
export const SchoolLijst = z.object({ items: z.array(SchoolRegel) });
export type SchoolLijst = z.infer<typeof SchoolLijst>;

/** ORG-05 / REGION-03: whom to ask. */
export const Contactpersonen = z.object({
  perBestuur: z.array(z.object({ bestuur: z.string(), naam: z.string(), email: z.string() })),
  helpdesk: Helpdesk,
});
export type Contactpersonen = z.infer<typeof Contactpersonen>;

/**
 * REGION-01: the region as the public pages show it before sign-in — its name, the product name,
 * the beheerorganisatie, the helpdesk and its colour (one frontend build serves every region).
 */
export const RegioPubliek = z.object({
  naam: z.string(),
  productNaam: z.string(),
  beheerorganisatie: z.string(),
  helpdesk: Helpdesk,
  /** The accent colour, the text beside the emblem and the emblem's address (a path on the site or https). */
  huisstijl: z.object({ primaireKleur: z.string(), logoTekst: z.string(), logo: z.string().optional() }),
});
export type RegioPubliek = z.infer<typeof RegioPubliek>;
