import { randomBytes } from "node:crypto";
import {
  AdminCreateUserCommand,
  AdminGetUserCommand,
  AdminSetUserPasswordCommand,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import {
  InloggenMisluktFout,
  OngeldigeInvoerFout,
  TeVeelVerzoekenFout,
  WACHTWOORD_REGELS,
} from "@elk/domain";
import { getCognito } from "../config/clients";
import { requireEnv } from "../config/env";

// cognito-local answers a wrong password with InvalidPasswordException; Cognito with NotAuthorizedException.
const GEWEIGERD = new Set([
  "NotAuthorizedException",
  "InvalidPasswordException",
  "UserNotFoundException",
  "UserNotConfirmedException",
  "PasswordResetRequiredException",
]);

export interface Tokens {
  idToken: string;
  accessToken: string;
  verlooptOver: number;
}

/** USER_PASSWORD_AUTH against the pool; every refusal looks the same to the caller. */
export async function meldAan(cognitoUsername: string, wachtwoord: string): Promise<Tokens> {
  try {
    const res = await getCognito().send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: requireEnv("USER_POOL_CLIENT_ID"),
        AuthParameters: { USERNAME: cognitoUsername, PASSWORD: wachtwoord },
      }),
    );
    const r = res.AuthenticationResult;
    if (!r?.AccessToken || !r.IdToken) throw new InloggenMisluktFout();
    return { idToken: r.IdToken, accessToken: r.AccessToken, verlooptOver: r.ExpiresIn ?? 3600 };
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (GEWEIGERD.has(name)) throw new InloggenMisluktFout();
    if (name === "TooManyRequestsException" || name === "LimitExceededException")
      throw new TeVeelVerzoekenFout();
    throw error;
  }
}

/** Is this the account's current password? (ACC-08: changing it asks for the current one.) */
export async function isHuidigWachtwoord(cognitoUsername: string, wachtwoord: string): Promise<boolean> {
  try {
    await meldAan(cognitoUsername, wachtwoord);
    return true;
  } catch (error) {
    if (error instanceof InloggenMisluktFout) return false;
    throw error;
  }
}

function willekeurigWachtwoord(): string {
  // Satisfies the pool policy; nobody ever learns it.
  return `${randomBytes(24).toString("base64url")}aA1!`;
}

export async function zetWachtwoord(cognitoUsername: string, wachtwoord: string): Promise<void> {
  try {
    await getCognito().send(
      new AdminSetUserPasswordCommand({
        UserPoolId: requireEnv("USER_POOL_ID"),
        Username: cognitoUsername,
        Password: wachtwoord,
        Permanent: true,
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === "InvalidPasswordException") {
      throw new OngeldigeInvoerFout("Het wachtwoord voldoet niet aan de eisen.", {
        wachtwoord: `Het wachtwoord voldoet niet aan de eisen: ${WACHTWOORD_REGELS.join(", ")}.`,
      });
    }
    throw error;
  }
}

/** After a reset the old password must not work any more: replace it by one nobody knows. */
export async function blokkeerWachtwoord(cognitoUsername: string): Promise<void> {
  await zetWachtwoord(cognitoUsername, willekeurigWachtwoord()).catch((error: unknown) => {
    if (error instanceof Error && error.name === "UserNotFoundException") return;
    throw error;
  });
}

/**
 * The Cognito identity of an account with this password, created if it does not exist yet
 * (idempotent: a retry after a failed activation finds it). Returns its `sub`.
 */
export async function zorgVoorIdentiteit(cognitoUsername: string, wachtwoord: string): Promise<string> {
  const userPoolId = requireEnv("USER_POOL_ID");
  try {
    await getCognito().send(
      new AdminCreateUserCommand({
        UserPoolId: userPoolId,
        Username: cognitoUsername,
        MessageAction: "SUPPRESS",
        TemporaryPassword: willekeurigWachtwoord(),
      }),
    );
  } catch (error) {
    if (!(error instanceof Error && error.name === "UsernameExistsException")) throw error;
  }
  await zetWachtwoord(cognitoUsername, wachtwoord);
  const user = await getCognito().send(
    new AdminGetUserCommand({ UserPoolId: userPoolId, Username: cognitoUsername }),
  );
  const sub = user.UserAttributes?.find((a) => a.Name === "sub")?.Value;
  if (!sub) throw new Error("Cognito user without sub");
  return sub;
}
