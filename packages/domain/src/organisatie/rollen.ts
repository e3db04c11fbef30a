/**
 * The roles of ELK (ACC-06). The three VO roles of Amstelland are named as the manual names them;
 * PO users and the beheerorganisatie have their own; the Amsterdam-only roles exist only where the
 * region enables them (RegionConfig.rollen).
 */
export const ROLLEN = [
  "regiobeheerder",
  "contactpersoon-elk",
  "beheren",
  "aanmelden",
  "beoordelen-en-plaatsen",
  "po-gebruiker",
  "aanvragen-swv-opstellen",
  "aanvragen-swv-accorderen-en-versturen",
  "voorselecties",
  "ouder",
] as const;

export type Rol = (typeof ROLLEN)[number];

export const ROL_NAMEN: Record<Rol, string> = {
  regiobeheerder: "Beheerorganisatie",
  "contactpersoon-elk": "Contactpersoon ELK",
  beheren: "Beheren",
  aanmelden: "Aanmelden",
  "beoordelen-en-plaatsen": "Beoordelen en plaatsen",
  "po-gebruiker": "PO-gebruiker",
  "aanvragen-swv-opstellen": "Aanvragen SWV opstellen",
  "aanvragen-swv-accorderen-en-versturen": "Aanvragen SWV accorderen en versturen",
  voorselecties: "Voorselecties",
  ouder: "Ouder/verzorger",
};

/** Roles that only exist in regions that enable them (REGION-01, ACC-06). */
export const REGIO_AFHANKELIJKE_ROLLEN: readonly Rol[] = [
  "aanvragen-swv-opstellen",
  "aanvragen-swv-accorderen-en-versturen",
  "voorselecties",
];

export function isRol(waarde: string): waarde is Rol {
  return (ROLLEN as readonly string[]).includes(waarde);
}

/** "ouder": a parent's own login to the ouderportaal (ACC-09), tied to its child(ren). */
export type OrganisatieType = "regio" | "bestuur" | "vo" | "po" | "ouder";
