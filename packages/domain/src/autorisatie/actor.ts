import type { OrganisatieType, Rol } from "../organisatie/rollen";

/**
 * Who acts: resolved once per request from the verified token and the account in the table.
 * An account belongs to one school location (ACC-04), or to a bestuur (contactpersoon ELK),
 * or to the region (beheerorganisatie).
 */
export interface Actor {
  gebruikerId: string;
  gebruikersnaam: string;
  naam: string;
  email: string;
  rollen: readonly Rol[];
  organisatieType: OrganisatieType;
  bestuurId?: string;
  schoolId?: string;
  /** Name of the location (or bestuur, or region) shown under the user menu (ACC-04). */
  locatieNaam: string;
  /** ACC-09 / PAR-01: the children a parent's account may see. */
  leerlingIds?: readonly string[];
  /** ACC-07: the contactpersoon ELK who signed in as this user. */
  meekijkendDoor?: { gebruikerId: string; naam: string };
}

/** What a rule is about: a school location and/or a bestuur. */
export interface Bron {
  schoolId?: string;
  bestuurId?: string;
  /** A pupil, for a parent's own child (bereik "eigen"). */
  leerlingId?: string;
}
