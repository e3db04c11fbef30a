import type { RouteDef } from "./route-def";
import { aanmeldenRoutes } from "./routes/aanmelden.routes";
import { accountsRoutes } from "./routes/accounts.routes";
import { auditRoutes } from "./routes/audit.routes";
import { authRoutes } from "./routes/auth.routes";
import { behandelenRoutes } from "./routes/behandelen.routes";
import { docsRoutes } from "./routes/docs.routes";
import { groepenRoutes } from "./routes/groepen.routes";
import { leerlingenRoutes } from "./routes/leerlingen.routes";
import { lotingRoutes } from "./routes/loting.routes";
import { okidocRoutes } from "./routes/okidoc.routes";
import { organisatieRoutes } from "./routes/organisatie.routes";
import { osoRoutes } from "./routes/oso.routes";
import { overzichtenRoutes } from "./routes/overzichten.routes";
import { portaalRoutes } from "./routes/portaal.routes";
import { swvRoutes } from "./routes/swv.routes";

export type { Context, RouteDef } from "./route-def";

/**
 * Every route of the HTTP API, once, one file per bounded context under routes/. CDK, the local
 * gateway, the handlers and the SPA read it.
 */
export const ROUTES = {
  ...authRoutes,
  ...portaalRoutes,
  ...accountsRoutes,
  ...organisatieRoutes,
  ...leerlingenRoutes,
  ...aanmeldenRoutes,
  ...behandelenRoutes,
  ...okidocRoutes,
  ...groepenRoutes,
  ...overzichtenRoutes,
  ...lotingRoutes,
  ...osoRoutes,
  ...swvRoutes,
  ...auditRoutes,
  ...docsRoutes,
} as const satisfies Record<string, RouteDef>;

export type RouteId = keyof typeof ROUTES;
export const ALL_ROUTES: readonly RouteDef[] = Object.values(ROUTES);
