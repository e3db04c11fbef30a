import { createHash } from "node:crypto";
import type { RouteDef } from "@elk/contracts";
import { bewaarIdempotentAntwoord, claimIdempotentie, type Db, laatIdempotentieLos } from "@elk/data";
import { type Actor, OngeldigeInvoerFout, StatusConflictFout } from "@elk/domain";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { JSON_HEADERS } from "./http-errors";
import { logger } from "./logger";

/** What a key may look like: a UUID or another opaque token of the client's. */
const SLEUTEL = /^[A-Za-z0-9_-]{8,100}$/;
/** Answers larger than this are not kept (DynamoDB's item limit is 400 KB). */
const MAX_ANTWOORD = 300_000;

const WIJZIGT = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Idempotency-Key (ARCHITECTURE.md, issue #10): a signed-in user's state-changing request that
 * carries the header is done once. The same key with the same request again gets the answer kept
 * from the first time (header `idempotent-replayed: true`); while the first is still running, a
 * 409; the same key with another request, a 400. An unexpected failure (5xx) lets go of the key,
 * so the request may be tried again. Without the header nothing changes.
 */
export async function metIdempotentie(
  db: Db,
  route: RouteDef,
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
  actor: Actor,
  voerUit: () => Promise<APIGatewayProxyStructuredResultV2>,
): Promise<APIGatewayProxyStructuredResultV2> {
  const sleutel = headerVan(event, "idempotency-key");
  if (sleutel === undefined || route.auth !== "jwt" || !WIJZIGT.has(route.method) || route.geheimAntwoord) {
    return voerUit();
  }
  if (!SLEUTEL.test(sleutel)) {
    throw new OngeldigeInvoerFout(
      "De Idempotency-Key is ongeldig: gebruik 8 tot 100 letters, cijfers, - of _.",
    );
  }
  const wie = `${actor.meekijkendDoor?.gebruikerId ?? "-"}:${actor.gebruikerId}`;
  const verzoek = createHash("sha256")
    .update(`${route.method} ${event.rawPath ?? route.path}\n${event.body ?? ""}`)
    .digest("hex");
  const claim = await claimIdempotentie(db, wie, sleutel, { route: route.id, verzoek });
  if (claim.soort === "bestaand") {
    const r = claim.record;
    if (r.route !== route.id || r.verzoek !== verzoek) {
      throw new OngeldigeInvoerFout("Deze Idempotency-Key hoort bij een ander verzoek.");
    }
    if (r.status === "bezig") {
      throw new StatusConflictFout("Dit verzoek wordt al verwerkt. Wacht even en vernieuw de pagina.");
    }
    if (!r.antwoord) throw new StatusConflictFout("Dit verzoek is al verwerkt. Vernieuw de pagina.");
    return {
      statusCode: r.antwoord.statusCode,
      headers: { ...JSON_HEADERS, "idempotent-replayed": "true" },
      body: r.antwoord.body,
    };
  }
  let resultaat: APIGatewayProxyStructuredResultV2;
  try {
    resultaat = await voerUit();
  } catch (error) {
    await laatLos(db, wie, sleutel);
    throw error;
  }
  if ((resultaat.statusCode ?? 200) >= 500) {
    await laatLos(db, wie, sleutel);
  } else {
    const body = typeof resultaat.body === "string" ? resultaat.body : "";
    // What was done is done: a failure to keep its answer (DynamoDB throttling, issue #10 Faults)
    // must not turn it into an error. The key then stays claimed until it counts as abandoned.
    await bewaarIdempotentAntwoord(
      db,
      wie,
      sleutel,
      body.length <= MAX_ANTWOORD ? { statusCode: resultaat.statusCode ?? 200, body } : undefined,
    ).catch((error: unknown) => {
      logger.warn("idempotent answer not kept", { error: error instanceof Error ? error.name : "unknown" });
    });
  }
  return resultaat;
}

/** Lets go of the key; if even that fails, the claim is taken over once abandoned (idempotentie.repo.ts). */
async function laatLos(db: Db, wie: string, sleutel: string): Promise<void> {
  await laatIdempotentieLos(db, wie, sleutel).catch((error: unknown) => {
    logger.warn("idempotency key not released", { error: error instanceof Error ? error.name : "unknown" });
  });
}

function headerVan(event: APIGatewayProxyEventV2WithJWTAuthorizer, naam: string): string | undefined {
  for (const [k, v] of Object.entries(event.headers ?? {})) if (k.toLowerCase() === naam) return v;
  return undefined;
}
