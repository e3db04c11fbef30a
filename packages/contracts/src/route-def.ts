import type { z } from "zod";

/** Bounded contexts; each is one Lambda with a small router (functions/src/http/<context>). */
export type Context =
  | "auth"
  | "portaal"
  | "accounts"
  | "organisatie"
  | "leerlingen"
  | "aanmelden"
  | "behandelen"
  | "okidoc"
  | "groepen"
  | "overzichten"
  | "loting"
  | "oso"
  | "swv"
  | "audit"
  | "docs";

export interface RouteDef {
  id: string;
  method: "GET" | "POST" | "PUT" | "PATCH" | "DELETE";
  /** API Gateway path syntax: /api/scholen/{schoolId} */
  path: string;
  context: Context;
  /** "jwt": the HTTP API's Cognito JWT authorizer guards the route. */
  auth: "jwt" | "none";
  summary: string;
  query?: z.ZodType;
  body?: z.ZodType;
  response: z.ZodType;
}
