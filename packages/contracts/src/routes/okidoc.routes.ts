import type { RouteDef } from "../route-def";

/** Issue 5: the okidoc routes. */
export const okidocRoutes = {} as const satisfies Record<string, RouteDef>;
