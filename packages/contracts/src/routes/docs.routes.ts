import { z } from "zod";
import type { RouteDef } from "../route-def";

export const docsRoutes = {
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
