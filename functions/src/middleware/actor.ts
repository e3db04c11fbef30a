import { MEEKIJKEN_HEADER } from "@elk/contracts";
import {
  type Db,
  type GebruikerRecord,
  getGebruiker,
  getGebruikerByCognitoSub,
  getMeekijkSessie,
  isTokenIngetrokken,
} from "@elk/data";
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
  const iat = Number(claims.iat);
  if (!sub || !jti || !Number.isFinite(exp) || claims.token_use !== "access") throw new NietIngelogdFout();
  const [gebruiker, ingetrokken] = await Promise.all([
    getGebruikerByCognitoSub(db, sub),
    isTokenIngetrokken(db, jti),
  ]);
  if (!gebruiker || ingetrokken || gebruiker.status !== "actief" || voorOngeldigVanaf(gebruiker, iat)) {
    throw new NietIngelogdFout();
  }
  const sessie = { jti, verlooptOp: exp };
  const meekijkId = event.headers?.[MEEKIJKEN_HEADER];
  if (!meekijkId) return { actor: alsActor(gebruiker), sessie };

  // ACC-07: the meekijk-sessie must belong to this very sign-in of this contactpersoon and still run.
  const meekijken = await getMeekijkSessie(db, meekijkId);
  if (
    !meekijken ||
    meekijken.contactpersoonId !== gebruiker.id ||
    meekijken.tokenJti !== jti ||
    new Date(meekijken.verlooptOp).getTime() <= Date.now()
  ) {
    throw new NietIngelogdFout();
  }
  const doel = await getGebruiker(db, meekijken.doelGebruikerId);
  if (doel?.status !== "actief") throw new NietIngelogdFout();
  return {
    actor: { ...alsActor(doel), meekijkendDoor: { gebruikerId: gebruiker.id, naam: gebruiker.naam } },
    sessie,
  };
}

/**
 * Issue #10: a token issued before the account's sessions were ended (a reset or block by an
 * administrator) is refused, even once the account is active again. `iat` counts whole seconds,
 * so a token of the very second of the reset is refused too (it may have been issued just before
 * it; one issued just after is rare and only means signing in again). A token without `iat` is
 * refused when the account has such a moment.
 */
function voorOngeldigVanaf(gebruiker: GebruikerRecord, iat: number): boolean {
  if (!gebruiker.sessiesOngeldigVanaf) return false;
  const vanaf = Math.floor(new Date(gebruiker.sessiesOngeldigVanaf).getTime() / 1000);
  return !Number.isFinite(iat) || iat <= vanaf;
}

function alsActor(gebruiker: GebruikerRecord): Actor {
  return {
    gebruikerId: gebruiker.id,
    gebruikersnaam: gebruiker.gebruikersnaam ?? "",
    naam: gebruiker.naam,
    email: gebruiker.email,
    rollen: gebruiker.rollen,
    organisatieType: gebruiker.organisatieType,
    bestuurId: gebruiker.bestuurId,
    schoolId: gebruiker.schoolId,
    locatieNaam: gebruiker.locatieNaam,
    leerlingIds: gebruiker.leerlingIds,
  };
}
