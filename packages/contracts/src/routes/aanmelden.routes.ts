import type { RouteDef } from "../route-def";

export const aanmeldenRoutes = {} as const satisfies Record<string, RouteDef>;
