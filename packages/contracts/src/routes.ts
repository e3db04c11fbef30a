import { z } from "zod";
import { InloggenAntwoord, InloggenVerzoek, UitloggenAntwoord } from "./auth.schema";
import { Contactpersonen, MijnGegevens, NieuwsLijst, SchoolLijst } from "./portaal.schema";

/** Bounded contexts; each is one Lambda with a small router (functions/src/http/<context>). */
export type Context = "auth" | "portaal" | "docs";

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

/** Every route of the HTTP API, once. CDK, the local gateway, the handlers and the SPA read it. */
export const ROUTES = {
  inloggen: {
    id: "inloggen",
    method: "POST",
    path: "/api/auth/inloggen",
    context: "auth",
    auth: "none",
    summary: "Inloggen met gebruikersnaam en wachtwoord",
    body: InloggenVerzoek,
    response: InloggenAntwoord,
  },
  uitloggen: {
    id: "uitloggen",
    method: "POST",
    path: "/api/auth/uitloggen",
    context: "auth",
    auth: "jwt",
    summary: "Uitloggen: alle tokens van deze sessie worden ingetrokken",
    response: UitloggenAntwoord,
  },
  mij: {
    id: "mij",
    method: "GET",
    path: "/api/mij",
    context: "portaal",
    auth: "jwt",
    summary: "De ingelogde gebruiker, het menu voor zijn rollen en de regio",
    response: MijnGegevens,
  },
  nieuws: {
    id: "nieuws",
    method: "GET",
    path: "/api/nieuws",
    context: "portaal",
    auth: "jwt",
    summary: "Gepubliceerde nieuwsberichten voor de homepagina (HOME-01)",
    response: NieuwsLijst,
  },
  scholen: {
    id: "scholen",
    method: "GET",
    path: "/api/scholen",
    context: "portaal",
    auth: "jwt",
    summary: "De scholen die de gebruiker mag zien: regio, bestuur of de eigen locatie",
    response: SchoolLijst,
  },
  contactpersonen: {
    id: "contactpersonen",
    method: "GET",
    path: "/api/contactpersonen",
    context: "portaal",
    auth: "jwt",
    summary: "Contactpersonen ELK per bestuur en de helpdesk van de regio (ORG-05, REGION-03)",
    response: Contactpersonen,
  },
  openapi: {
    id: "openapi",
    method: "GET",
    path: "/api/openapi.json",
    context: "docs",
    auth: "none",
    summary: "Dit OpenAPI 3.1-document",
    response: z.record(z.string(), z.unknown()),
  },
} as const satisfies Record<string, RouteDef>;

export type RouteId = keyof typeof ROUTES;
export const ALL_ROUTES: readonly RouteDef[] = Object.values(ROUTES);
