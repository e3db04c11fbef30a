import { type Db, getGebruikerByCognitoSub, isTokenIngetrokken } from "@elk/data";
import type { Actor } from "@elk/domain";
import { NietIngelogdFout } from "@elk/domain";
import type { APIGatewayProxyEventV2WithJWTAuthorizer } from "aws-lambda";

/** The verified token's facts that later handlers need (sign-out revokes by jti until exp). */
export interface Sessie {
  jti: string;
  verlooptOp: number;
}

const COGNITO_DOMEIN = "@gebruikers.elk.local";

/** The Cognito username of an account: e-mail-shaped (cognito-local insists), derived from its id. */
export function cognitoUsernameVoor(gebruikerId: string): string {
  return `${gebruikerId}${COGNITO_DOMEIN}`;
}

/**
 * Resolve the actor once per request from the claims the JWT authorizer verified (API Gateway in
 * AWS, the local gateway locally) and the account in the table. A revoked token, an unknown or a
 * blocked account is treated as not signed in.
 */
export async function resolveActor(
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  db: Db,
): Promise<{ actor: Actor; sessie: Sessie }> {
  const claims = event.requestContext.authorizer?.jwt?.claims ?? {};
  const sub = typeof claims.sub === "string" ? claims.sub : undefined;
  const jti = typeof claims.jti === "string" ? claims.jti : undefined;
  const exp = Number(claims.exp);
  if (!sub || !jti || !Number.isFinite(exp) || claims.token_use !== "access") throw new NietIngelogdFout();
  const [gebruiker, ingetrokken] = await Promise.all([
    getGebruikerByCognitoSub(db, sub),
    isTokenIngetrokken(db, jti),
  ]);
  if (!gebruiker || ingetrokken || gebruiker.status !== "actief") {
    throw new NietIngelogdFout();
  }
  const actor: Actor = {
    gebruikerId: gebruiker.id,
    gebruikersnaam: gebruiker.gebruikersnaam ?? "",
    naam: gebruiker.naam,
    email: gebruiker.email,
    rollen: gebruiker.rollen,
    organisatieType: gebruiker.organisatieType,
    bestuurId: gebruiker.bestuurId,
    schoolId: gebruiker.schoolId,
    locatieNaam: gebruiker.locatieNaam,
  };
  return { actor, sessie: { jti, verlooptOp: exp } };
}
