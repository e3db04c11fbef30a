import { AuditLijst, AuditQuery } from "../audit.schema";
import type { RouteDef } from "../route-def";

/** Issue #10 (PRIV): the region-wide audit trail, for the region administrator only. */
export const auditRoutes = {
  auditlog: {
    id: "auditlog",
    method: "GET",
    path: "/api/audit",
    context: "audit",
    auth: "jwt",
    summary:
      "Auditlog van de regio: elke inzage van een oki-doc, bijlage, BSN of export en elke actie tijdens meekijken, met meldingen van ongebruikelijk veel exports (#10)",
    query: AuditQuery,
    response: AuditLijst,
  },
} as const satisfies Record<string, RouteDef>;
