import type { RouteDef } from "../route-def";

/** Issue 5: the groepen routes. */
export const groepenRoutes = {} as const satisfies Record<string, RouteDef>;
