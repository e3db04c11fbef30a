import {
  type AuthenticationResultType,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import type { InloggenAntwoord, ROUTES } from "@elk/contracts";
import { getGebruikerByGebruikersnaam } from "@elk/data";
import { InloggenMisluktFout, TeVeelVerzoekenFout } from "@elk/domain";
import { getCognito, getDb } from "../../config/clients";
import { requireEnv } from "../../config/env";
import type { Verzoek } from "../../middleware/router";

// cognito-local answers a wrong password with InvalidPasswordException; Cognito with NotAuthorizedException.
const GEWEIGERD = new Set([
  "NotAuthorizedException",
  "InvalidPasswordException",
  "UserNotFoundException",
  "UserNotConfirmedException",
  "PasswordResetRequiredException",
]);

/**
 * Sign-in by the ELK username (ACC-03): the username lives in DynamoDB and maps to the internal
 * Cognito username. Unknown user, blocked account and wrong password all give the same answer.
 */
export async function inloggen(req: Verzoek<typeof ROUTES.inloggen>): Promise<InloggenAntwoord> {
  const gebruiker = await getGebruikerByGebruikersnaam(getDb(), req.body.gebruikersnaam);
  if (gebruiker?.status !== "actief") throw new InloggenMisluktFout();
  let result: AuthenticationResultType | undefined;
  try {
    const res = await getCognito().send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: requireEnv("USER_POOL_CLIENT_ID"),
        AuthParameters: { USERNAME: gebruiker.cognitoUsername, PASSWORD: req.body.wachtwoord },
      }),
    );
    result = res.AuthenticationResult;
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (GEWEIGERD.has(name)) throw new InloggenMisluktFout();
    if (name === "TooManyRequestsException" || name === "LimitExceededException")
      throw new TeVeelVerzoekenFout();
    throw error;
  }
  if (!result?.AccessToken || !result.IdToken) throw new InloggenMisluktFout();
  return { idToken: result.IdToken, accessToken: result.AccessToken, verlooptOver: result.ExpiresIn ?? 3600 };
}
