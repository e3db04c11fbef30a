import { createSign, randomUUID } from "node:crypto";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import { api } from "./api";
import { tokenUitLink, wachtOpMail } from "./mailbox";
import { ddb } from "./tabel";

/**
 * Helpers of the authorization matrix (test/api/autorisatiematrix.int.test.ts): tokens that the
 * JWT authorizer must refuse, accounts that are reset or blocked, and a small request pool.
 */

export type Claims = Record<string, unknown>;

const deel = (waarde: unknown) => Buffer.from(JSON.stringify(waarde)).toString("base64url");

/** The claims of a JWT, read without checking anything. */
export function claimsVan(token: string): Claims {
  return JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString("utf8")) as Claims;
}

/**
 * The key cognito-local signs every token with (its published test key, shipped in the package):
 * the only way to make a token whose signature is right and whose claims are not, such as an
 * expired one. In AWS nobody outside Cognito holds the pool's key.
 */
function standInSleutel(): string {
  const pakket = createRequire(import.meta.url).resolve("cognito-local/package.json");
  const sleutel = JSON.parse(
    readFileSync(join(dirname(pakket), "lib", "keys", "cognitoLocal.private.json"), "utf8"),
  ) as { pem: string };
  return sleutel.pem;
}

/** A token signed as cognito-local signs (RS256, kid CognitoLocal) with these claims. */
export function getekendToken(claims: Claims): string {
  const inhoud = `${deel({ alg: "RS256", typ: "JWT", kid: "CognitoLocal" })}.${deel(claims)}`;
  const handtekening = createSign("RSA-SHA256").update(inhoud).sign(standInSleutel()).toString("base64url");
  return `${inhoud}.${handtekening}`;
}

/** A real access token's claims, issued `secondenGeleden` ago and valid for `geldig` seconds. */
export function nagemaakteClaims(echt: string, secondenGeleden: number, geldig: number): Claims {
  const nu = Math.floor(Date.now() / 1000);
  const uitgegeven = nu - secondenGeleden;
  return {
    ...claimsVan(echt),
    jti: randomUUID(),
    auth_time: uitgegeven,
    iat: uitgegeven,
    exp: uitgegeven + geldig,
  };
}

/** Correctly signed, right issuer and client, but expired an hour ago. */
export function verlopenToken(echt: string): string {
  return getekendToken(nagemaakteClaims(echt, 7200, 3600));
}

/** The payload changed (another `sub`), the original header and signature kept. */
export function vervalstToken(echt: string, wijziging: Claims): string {
  const [header, , handtekening] = echt.split(".");
  return `${header}.${deel({ ...claimsVan(echt), ...wijziging })}.${handtekening}`;
}

/** The real claims with `alg: none` and no signature at all. */
export function algNoneToken(echt: string): string {
  return `${deel({ alg: "none", typ: "JWT" })}.${deel(claimsVan(echt))}.`;
}

/**
 * A genuine access token of the same user pool for ANOTHER app client: issuer and signature are
 * right, the client is not ELK's. The client is made through cognito-local's own API.
 */
export async function tokenVanAndereClient(echt: string, wachtwoord: string): Promise<string> {
  const claims = claimsVan(echt);
  const userPoolId = String(claims.iss).split("/").pop() ?? "";
  const cognito = new CognitoIdentityProviderClient({
    endpoint: inject("stack").endpoints.cognito,
    region: "eu-west-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const client = await cognito.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: `andere-app-${randomUUID().slice(0, 8)}`,
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH"],
    }),
  );
  const res = await cognito.send(
    new InitiateAuthCommand({
      AuthFlow: "USER_PASSWORD_AUTH",
      ClientId: client.UserPoolClient?.ClientId,
      AuthParameters: { USERNAME: String(claims.username), PASSWORD: wachtwoord },
    }),
  );
  const token = res.AuthenticationResult?.AccessToken;
  if (!token) throw new Error("no token from the other app client");
  return token;
}

export const STERK_WACHTWOORD = "Matrix-Wachtw00rd!";

/** An account added by a manager (ACC-01), activated through the mail's link (ACC-03): its id and token. */
export async function actieveGebruiker(
  beheerder: string,
  gegevens: Record<string, unknown>,
): Promise<{ id: string; gebruikersnaam: string; token: string }> {
  const email = `matrix-${randomUUID().slice(0, 8)}@example.org`;
  const res = await api<{ id: string }>("POST", "/api/gebruikers", {
    token: beheerder,
    body: { voornaam: "Matrix", achternaam: "Gebruiker", email, rollen: ["aanmelden"], ...gegevens },
  });
  if (res.status !== 200) throw new Error(`user not added: ${res.status} ${JSON.stringify(res.body)}`);
  const { token } = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren");
  const gebruikersnaam = `matrix-${randomUUID().slice(0, 8)}`;
  const klaar = await api<{ accessToken: string }>("POST", "/api/activeren", {
    body: { token, gebruikersnaam, wachtwoord: STERK_WACHTWOORD, wachtwoordHerhaald: STERK_WACHTWOORD },
  });
  if (klaar.status !== 200) throw new Error(`not activated: ${klaar.status} ${JSON.stringify(klaar.body)}`);
  return { id: res.body.id, gebruikersnaam, token: klaar.body.accessToken };
}

/**
 * The account's status set to "geblokkeerd" straight in the table (the matrix's blocked caller;
 * the route that blocks is tested in test/api/gebruiker-blokkeren.int.test.ts): every guarded
 * route must treat it as signed out.
 */
export async function blokkeer(gebruikerId: string): Promise<void> {
  await ddb().send(
    new UpdateCommand({
      TableName: inject("stack").tableName,
      Key: { PK: `GEBRUIKER#${gebruikerId}`, SK: "GEBRUIKER" },
      UpdateExpression: "SET #status = :geblokkeerd",
      ConditionExpression: "attribute_exists(PK)",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":geblokkeerd": "geblokkeerd" },
    }),
  );
}

/** Run the tasks, at most `limiet` at a time, keeping their order in the answer. */
export async function metBeperking<T>(limiet: number, taken: readonly (() => Promise<T>)[]): Promise<T[]> {
  const uitkomsten: T[] = new Array(taken.length);
  let volgende = 0;
  async function werker(): Promise<void> {
    for (let i = volgende++; i < taken.length; i = volgende++) {
      const taak = taken[i];
      if (taak) uitkomsten[i] = await taak();
    }
  }
  await Promise.all(Array.from({ length: Math.min(limiet, taken.length) }, werker));
  return uitkomsten;
}

/** API Gateway path syntax filled in: /api/scholen/{schoolId} → /api/scholen/amstelveen-college. */
export function vulPad(pad: string, params: Readonly<Record<string, string>> = {}): string {
  return pad.replace(/\{(\w+)\}/g, (_m, naam: string) => {
    const waarde = params[naam];
    if (waarde === undefined) throw new Error(`no value for {${naam}} in ${pad}`);
    return encodeURIComponent(waarde);
  });
}
