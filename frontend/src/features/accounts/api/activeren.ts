import { ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { bewaarSessie } from "../../../lib/session";

/** ACC-03: who the link is for, which location, and the password rules. */
export function activerenControleren(token: string, signal?: AbortSignal) {
  return roepAan(ROUTES.activerenControleren, { body: { token }, signal });
}

export interface ActiverenInvoer {
  token: string;
  gebruikersnaam: string;
  wachtwoord: string;
  wachtwoordHerhaald: string;
}

/** "Stel gegevens in": the user is signed in at once, so the tokens are kept as sign-in keeps them. */
export async function activeren(invoer: ActiverenInvoer): Promise<true> {
  bewaarSessie(await roepAan(ROUTES.activeren, { body: invoer }));
  return true;
}
