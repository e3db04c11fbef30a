import type { FoutAntwoord } from "@elk/contracts";
import { DomeinFout, type FoutSoort } from "@elk/domain";
import type { APIGatewayProxyStructuredResultV2 } from "aws-lambda";
import { ZodError } from "zod";
import { logger } from "./logger";

const STATUS: Record<FoutSoort, number> = {
  "ongeldige-invoer": 400,
  "niet-ingelogd": 401,
  "geen-toegang": 403,
  "niet-gevonden": 404,
  conflict: 409,
  verlopen: 410,
  "te-veel-verzoeken": 429,
  storing: 503,
};

export const JSON_HEADERS = {
  "content-type": "application/json; charset=utf-8",
  "cache-control": "no-store",
  "x-content-type-options": "nosniff",
};

export function json(statusCode: number, body: unknown): APIGatewayProxyStructuredResultV2 {
  return { statusCode, headers: JSON_HEADERS, body: JSON.stringify(body) };
}

/** Zod's issues as Dutch field messages: the schemas carry Dutch messages where users can err. */
function veldFouten(error: ZodError): Record<string, string> {
  const velden: Record<string, string> = {};
  for (const issue of error.issues) {
    const pad = issue.path.join(".") || "verzoek";
    velden[pad] ??= issue.message;
  }
  return velden;
}

/**
 * An AWS service busy or out of reach after the SDK's own retries (DynamoDB throttling, SES
 * refusing, a connection cut): a passing fault, answered 503 so the web app and the user try
 * again (issue #10, Faults). Nothing was half-written: the writes are transactions or conditional.
 */
const VOORBIJGAAND = new Set([
  "ProvisionedThroughputExceededException",
  "ThrottlingException",
  "RequestLimitExceeded",
  "TooManyRequestsException",
  "ServiceUnavailable",
  "ServiceUnavailableException",
  "InternalServerError",
  "TimeoutError",
  "ECONNREFUSED",
  "ECONNRESET",
  "ETIMEDOUT",
  "EPIPE",
]);

export function isVoorbijgaandeStoring(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return VOORBIJGAAND.has(error.name) || (typeof code === "string" && VOORBIJGAAND.has(code));
}

/**
 * The one place where errors become HTTP (STYLE.md habit 4). Expected failures keep their Dutch
 * message; anything else is logged with its stack and answered with a plain 500 that shows nothing.
 */
export function foutNaarHttp(
  error: unknown,
  context: { requestId: string; route: string },
): APIGatewayProxyStructuredResultV2 {
  if (error instanceof DomeinFout) {
    const body: FoutAntwoord = { code: error.code, message: error.message };
    const velden = (error as { velden?: Record<string, string> }).velden;
    if (velden && Object.keys(velden).length > 0) body.velden = velden;
    const res = json(STATUS[error.soort], body);
    return error.soort === "storing" ? { ...res, headers: { ...JSON_HEADERS, "retry-after": "30" } } : res;
  }
  if (error instanceof ZodError) {
    return json(400, {
      code: "ONGELDIGE_INVOER",
      message: "De invoer is niet volledig of niet juist. Controleer de gemarkeerde velden.",
      velden: veldFouten(error),
    } satisfies FoutAntwoord);
  }
  if (isVoorbijgaandeStoring(error)) {
    logger.warn("service busy or unreachable", {
      requestId: context.requestId,
      route: context.route,
      error: error instanceof Error ? error.name : "unknown",
    });
    return {
      ...json(503, {
        code: "TIJDELIJK_NIET_BESCHIKBAAR",
        message: "Het is op dit moment erg druk of er is een storing. Probeer het over een minuut opnieuw.",
      } satisfies FoutAntwoord),
      headers: { ...JSON_HEADERS, "retry-after": "30" },
    };
  }
  logger.error("unexpected error", {
    requestId: context.requestId,
    route: context.route,
    error: error instanceof Error ? error.name : typeof error,
    stack: error instanceof Error ? error.stack : undefined,
  });
  return json(500, {
    code: "ONVERWACHTE_FOUT",
    message:
      "Er ging iets mis aan onze kant. Probeer het later opnieuw; blijft het misgaan, neem dan contact op met de helpdesk.",
  } satisfies FoutAntwoord);
}
