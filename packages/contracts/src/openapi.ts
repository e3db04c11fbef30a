import { z } from "zod";
import { FoutAntwoord } from "./fout.schema";
import { ALL_ROUTES } from "./routes";

function jsonSchema(schema: z.ZodType, io: "input" | "output"): Record<string, unknown> {
  return z.toJSONSchema(schema, { io, unrepresentable: "any", target: "draft-2020-12" }) as Record<
    string,
    unknown
  >;
}

/** The OpenAPI 3.1 document, generated from the zod schemas of every route (served at /api/openapi.json). */
export function openApiDocument(info: { title: string; version: string }): Record<string, unknown> {
  const paths: Record<string, Record<string, unknown>> = {};
  const fout = { "application/json": { schema: jsonSchema(FoutAntwoord, "output") } };
  for (const route of ALL_ROUTES) {
    const operation: Record<string, unknown> = {
      operationId: route.id,
      summary: route.summary,
      tags: [route.context],
      responses: {
        "200": {
          description: "OK",
          content: { "application/json": { schema: jsonSchema(route.response, "output") } },
        },
        "400": { description: "Ongeldige invoer", content: fout },
        ...(route.auth === "jwt"
          ? {
              "401": { description: "Niet ingelogd", content: fout },
              "403": { description: "Geen toegang", content: fout },
            }
          : {}),
        "500": { description: "Onverwachte fout", content: fout },
      },
    };
    if (route.auth === "jwt") operation.security = [{ cognito: [] }];
    if ("body" in route && route.body) {
      operation.requestBody = {
        required: true,
        content: { "application/json": { schema: jsonSchema(route.body, "input") } },
      };
    }
    paths[route.path] ??= {};
    const pathItem = paths[route.path] as Record<string, unknown>;
    pathItem[route.method.toLowerCase()] = operation;
  }
  return {
    openapi: "3.1.0",
    info,
    paths,
    components: { securitySchemes: { cognito: { type: "http", scheme: "bearer", bearerFormat: "JWT" } } },
  };
}
