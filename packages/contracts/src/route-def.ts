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
  /**
   * Issue #10: the answer carries a secret (a TOTP secret, recovery codes, tokens), so it is never
   * kept for an Idempotency-Key replay (functions/src/middleware/idempotentie.ts): the header is
   * ignored and a repeated request is done again, asking a fresh proof.
   */
  geheimAntwoord?: true;
}
