import { randomBytes } from "node:crypto";
import {
  AdminCreateUserCommand,
  AdminDisableUserCommand,
  AdminEnableUserCommand,
  AdminGetUserCommand,
  AdminInitiateAuthCommand,
  AdminSetUserPasswordCommand,
  AdminUserGlobalSignOutCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import {
  InloggenMisluktFout,
  OngeldigeInvoerFout,
  TeVeelVerzoekenFout,
  WACHTWOORD_REGELS,
} from "@elk/domain";
import { getCognito } from "../config/cognito";
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
  /** Cognito's refresh token: kept encrypted by ELK's session (accounts/sessies.ts), never sent out. */
  refreshToken?: string;
}

/**
 * ADMIN_USER_PASSWORD_AUTH against the pool (issue #10): the admin flow needs this Lambda's IAM
 * permission, and the app client allows no USER_PASSWORD_AUTH (infra region-identity.ts), so
 * nobody can get tokens from Cognito with a password alone, past ELK's second factor. Every
 * refusal looks the same to the caller.
 */
export async function meldAan(cognitoUsername: string, wachtwoord: string): Promise<Tokens> {
  return authenticeer("ADMIN_USER_PASSWORD_AUTH", { USERNAME: cognitoUsername, PASSWORD: wachtwoord });
}

/** New access and id tokens for a session's refresh token (the refresh token stays the same). */
export async function vernieuwTokens(refreshToken: string): Promise<Tokens> {
  return authenticeer("REFRESH_TOKEN_AUTH", { REFRESH_TOKEN: refreshToken });
}

async function authenticeer(
  flow: "ADMIN_USER_PASSWORD_AUTH" | "REFRESH_TOKEN_AUTH",
  parameters: Record<string, string>,
): Promise<Tokens> {
  try {
    const res = await getCognito().send(
      new AdminInitiateAuthCommand({
        AuthFlow: flow,
        UserPoolId: requireEnv("USER_POOL_ID"),
        ClientId: requireEnv("USER_POOL_CLIENT_ID"),
        AuthParameters: parameters,
      }),
    );
    const r = res.AuthenticationResult;
    if (!r?.AccessToken || !r.IdToken) throw new InloggenMisluktFout();
    return {
      idToken: r.IdToken,
      accessToken: r.AccessToken,
      verlooptOver: r.ExpiresIn ?? 3600,
      refreshToken: r.RefreshToken ?? parameters.REFRESH_TOKEN,
    };
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (GEWEIGERD.has(name)) throw new InloggenMisluktFout();
    if (name === "TooManyRequestsException" || name === "LimitExceededException")
      throw new TeVeelVerzoekenFout();
    throw error;
  }
}

/**
 * Issue #10: every refresh token of the account revoked in Cognito (AWS). cognito-local does not
 * implement AdminUserGlobalSignOut; there ELK's own session store (sessies.ts) and the account's
 * `sessiesOngeldigVanaf` do the work, as they also do in AWS.
 */
export async function meldOveralAf(cognitoUsername: string): Promise<void> {
  // cognito-local answers it with a 500 "unsupported feature" (which the SDK would retry).
  if (process.env.AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER) return;
  try {
    await getCognito().send(
      new AdminUserGlobalSignOutCommand({
        UserPoolId: requireEnv("USER_POOL_ID"),
        Username: cognitoUsername,
      }),
    );
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "UserNotFoundException") return;
    throw error;
  }
}

/**
 * Issue #10: a blocked account's identity is disabled in Cognito too (no password or refresh token
 * gets tokens from the pool), and enabled again on unblocking. ELK's own status check
 * (middleware/actor.ts, sign-in, renewal) is what refuses it; this is the pool's second lock.
 * An account never set up has no identity yet: nothing to do.
 */
export async function zetIdentiteitAan(cognitoUsername: string, aan: boolean): Promise<void> {
  const input = { UserPoolId: requireEnv("USER_POOL_ID"), Username: cognitoUsername };
  try {
    await getCognito().send(aan ? new AdminEnableUserCommand(input) : new AdminDisableUserCommand(input));
  } catch (error) {
    if (error instanceof Error && error.name === "UserNotFoundException") return;
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
