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
    return json(STATUS[error.soort], body);
  }
  if (error instanceof ZodError) {
    return json(400, {
      code: "ONGELDIGE_INVOER",
      message: "De invoer is niet volledig of niet juist. Controleer de gemarkeerde velden.",
      velden: veldFouten(error),
    } satisfies FoutAntwoord);
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
