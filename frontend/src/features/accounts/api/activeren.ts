import { ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { bewaarMfaStap, verwerkAntwoord } from "../../../lib/mfa-stap";

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

/**
 * "Stel gegevens in": the user is signed in at once, so the tokens are kept as sign-in keeps them.
 * A role that requires a second factor (issue #10) gets no tokens yet: the sign-in screen takes
 * over with setting it up.
 */
export async function activeren(invoer: ActiverenInvoer): Promise<true> {
  const stap = verwerkAntwoord(await roepAan(ROUTES.activeren, { body: invoer }));
  if (stap) bewaarMfaStap(stap);
  return true;
}
