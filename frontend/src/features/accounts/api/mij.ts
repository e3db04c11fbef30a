import { ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";

export interface MijInvoer {
  voornaam: string;
  tussenvoegsel?: string;
  achternaam: string;
  email: string;
  telefoon?: string;
}

/** ACC-08: the own name and e-mail address (refused while looking along, ACC-07). */
export function mijWijzigen(invoer: MijInvoer) {
  return roepAan(ROUTES.mijWijzigen, { body: invoer });
}

export async function mijnWachtwoordWijzigen(invoer: {
  huidigWachtwoord: string;
  wachtwoord: string;
  wachtwoordHerhaald: string;
}) {
  return roepAan(ROUTES.mijnWachtwoord, { body: invoer });
}
