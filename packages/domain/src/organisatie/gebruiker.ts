import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { OrganisatieType, Rol } from "./rollen";

export type GebruikerStatus = "uitgenodigd" | "actief" | "geblokkeerd";

/**
 * An account. One person may hold several, one per school location, with the same e-mail and
 * different usernames (ACC-04). The username is chosen by the user on activation (ACC-03).
 */
export interface Gebruiker {
  id: string;
  gebruikersnaam?: string;
  /** The full name as shown; built from the parts when they are known. */
  naam: string;
  voornaam?: string;
  tussenvoegsel?: string;
  achternaam?: string;
  telefoon?: string;
  email: string;
  rollen: Rol[];
  organisatieType: OrganisatieType;
  bestuurId?: string;
  schoolId?: string;
  /** Name of the location (or bestuur, or region) the account belongs to, shown under the user menu. */
  locatieNaam: string;
  /** ACC-09: a parent's account sees only these children. */
  leerlingIds?: string[];
  status: GebruikerStatus;
  aangemaaktOp: string;
}

/** Usernames are unique system-wide, case-insensitively (ACC-03). */
export function normaliseerGebruikersnaam(naam: string): string {
  return naam.trim().toLocaleLowerCase("nl-NL");
}

const GEBRUIKERSNAAM = /^[\p{L}\p{N}._@+-]{3,64}$/u;

export function controleerGebruikersnaam(naam: string): string {
  const schoon = naam.trim();
  if (!GEBRUIKERSNAAM.test(schoon)) {
    throw new OngeldigeInvoerFout("Deze gebruikersnaam is niet geldig.", {
      gebruikersnaam:
        "Een gebruikersnaam heeft 3 tot 64 tekens: letters, cijfers en . _ @ + - (geen spaties).",
    });
  }
  return schoon;
}

export function gebruikersnaamBezetBericht(naam: string): string {
  return `De gebruikersnaam "${naam}" is al in gebruik. Kies een andere gebruikersnaam.`;
}
