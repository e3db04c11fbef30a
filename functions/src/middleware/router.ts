import { ALL_ROUTES, type ROUTES, type RouteDef, type RouteId } from "@elk/contracts";
import { auditRecordVan, keys, schrijfAuditRecords } from "@elk/data";
import type { Actor } from "@elk/domain";
import { MEEKIJKEN_BEKEKEN, NietGevondenFout } from "@elk/domain";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import type { z } from "zod";
import { getDb } from "../config/db";
import { resolveActor, type Sessie } from "./actor";
import { gebeurtenisDoor } from "./gebeurtenis";
import { foutNaarHttp, json } from "./http-errors";
import { metIdempotentie } from "./idempotentie";
import { logger } from "./logger";

type Route = (typeof ROUTES)[RouteId];
type BodyOf<R> = R extends { body: z.ZodType } ? z.output<R["body"]> : undefined;
type QueryOf<R> = R extends { query: z.ZodType } ? z.output<R["query"]> : Record<string, string | undefined>;
type ResponseOf<R> = R extends { response: z.ZodType } ? z.input<R["response"]> : never;

export interface Verzoek<R> {
  body: BodyOf<R>;
  params: Record<string, string | undefined>;
  query: QueryOf<R>;
  event: APIGatewayProxyEventV2WithJWTAuthorizer;
}

export interface IngelogdVerzoek<R> extends Verzoek<R> {
  actor: Actor;
  sessie: Sessie;
}

type Impl<R> = R extends { auth: "jwt" }
  ? (req: IngelogdVerzoek<R>) => Promise<ResponseOf<R>>
  : (req: Verzoek<R>) => Promise<ResponseOf<R>>;

export type RouteImpls<Ids extends RouteId> = { [K in Ids]: Impl<(typeof ROUTES)[K]> };

const BY_ROUTE_KEY = new Map<string, RouteDef>(ALL_ROUTES.map((r) => [`${r.method} ${r.path}`, r]));

function parseBody(route: RouteDef, event: APIGatewayProxyEventV2WithJWTAuthorizer): unknown {
  if (!route.body) return undefined;
  const raw = event.body
    ? event.isBase64Encoded
      ? Buffer.from(event.body, "base64").toString("utf8")
      : event.body
    : "";
  let data: unknown;
  try {
    data = raw === "" ? {} : JSON.parse(raw);
  } catch {
    data = Symbol("invalid json");
  }
  return route.body.parse(data);
}

/**
 * Body and query are judged when the implementation first reads them — after it checked who may
 * do this (issue #10): a caller without the right learns nothing from how its input would be
 * judged, and gets the same 403/404 with or without valid input. A judged input is kept.
 */
function lui(doel: object, naam: "body" | "query", parse: () => unknown): () => boolean {
  let gelezen = false;
  let waarde: unknown;
  Object.defineProperty(doel, naam, {
    enumerable: true,
    get() {
      if (!gelezen) {
        waarde = parse();
        gelezen = true;
      }
      return waarde;
    },
  });
  return () => gelezen;
}

/**
 * One small router per bounded context: finds the route by API Gateway's routeKey, resolves the
 * actor on guarded routes, parses the body with the route's zod schema (when the implementation
 * reads it, after its permission checks), calls the route's
 * implementation (once per Idempotency-Key, middleware/idempotentie.ts) and maps every failure in
 * one place. Handlers stay thin.
 */
export function httpRouter<Ids extends RouteId>(impls: RouteImpls<Ids>) {
  return async (
    event: APIGatewayProxyEventV2WithJWTAuthorizer,
  ): Promise<APIGatewayProxyStructuredResultV2> => {
    const started = Date.now();
    const requestId = event.requestContext?.requestId ?? "local";
    const route = BY_ROUTE_KEY.get(event.routeKey);
    const routeId = route?.id ?? event.routeKey;
    let result: APIGatewayProxyStructuredResultV2;
    try {
      const impl = route
        ? (impls as Record<string, (req: unknown) => Promise<unknown>>)[route.id]
        : undefined;
      if (!route || !impl) throw new NietGevondenFout("Deze pagina");
      // Who first: someone without access learns nothing from how the body would be judged.
      const ingelogd = route.auth === "jwt" ? await resolveActor(event, getDb()) : undefined;
      const voerUit = async () => {
        const req = { params: event.pathParameters ?? {}, event, ...ingelogd };
        const bodyGelezen = lui(req, "body", () => parseBody(route, event));
        lui(req, "query", () =>
          route.query
            ? route.query.parse(event.queryStringParameters ?? {})
            : (event.queryStringParameters ?? {}),
        );
        try {
          const output = await impl(req);
          // A route with a body whose implementation never read it would take a malformed body
          // silently: the test run fails on this line (test/api/bsn-in-logs.int.test.ts).
          if (route.body && !bodyGelezen()) logger.warn("body-ongelezen", { route: route.id });
          const antwoord = json(200, route.response.parse(output));
          if (ingelogd?.actor.meekijkendDoor && route.method === "GET") {
            await legMeekijkenVast(ingelogd.actor, route.id);
          }
          return antwoord;
        } catch (error) {
          return foutNaarHttp(error, { requestId, route: routeId });
        }
      };
      result = ingelogd
        ? await metIdempotentie(getDb(), route, event, ingelogd.actor, voerUit)
        : await voerUit();
    } catch (error) {
      result = foutNaarHttp(error, { requestId, route: routeId });
    }
    logger.info("request", {
      requestId,
      route: routeId,
      status: result.statusCode,
      ms: Date.now() - started,
    });
    return result;
  };
}

/**
 * ACC-07, issue #10: a read while looking along goes into the region's audit trail before the
 * answer leaves — no record, no answer (a failed write is a 503 like any other).
 */
async function legMeekijkenVast(actor: Actor, routeId: string): Promise<void> {
  const record = auditRecordVan(
    gebeurtenisDoor(actor, keys.gebruiker.item(actor.gebruikerId), MEEKIJKEN_BEKEKEN, { actie: routeId }),
  );
  if (record) await schrijfAuditRecords(getDb(), [record]);
}

export type { Route };
