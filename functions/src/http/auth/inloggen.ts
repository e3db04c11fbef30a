import type { InloggenAntwoord, ROUTES } from "@elk/contracts";
import { getGebruikerByGebruikersnaam } from "@elk/data";
import { InloggenMisluktFout } from "@elk/domain";
import { meldAan } from "../../accounts/cognito";
import { getDb } from "../../config/clients";
import type { Verzoek } from "../../middleware/router";

/**
 * Sign-in by the ELK username (ACC-03): the username lives in DynamoDB and maps to the internal
 * Cognito username. Unknown user, an account not (yet) active and a wrong password all give the
 * same answer.
 */
export async function inloggen(req: Verzoek<typeof ROUTES.inloggen>): Promise<InloggenAntwoord> {
  const gebruiker = await getGebruikerByGebruikersnaam(getDb(), req.body.gebruikersnaam);
  if (gebruiker?.status !== "actief") throw new InloggenMisluktFout();
  return meldAan(gebruiker.cognitoUsername, req.body.wachtwoord);
}
