import type { RouteDef } from "../route-def";

export const leerlingenRoutes = {} as const satisfies Record<string, RouteDef>;
