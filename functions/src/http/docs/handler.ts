import { openApiDocument } from "@elk/contracts";
import { getRegionConfig } from "../../config/env";
import { httpRouter } from "../../middleware/router";

let document: Record<string, unknown> | undefined;

/** ARCH: the OpenAPI 3.1 document generated from packages/contracts, served at /api/openapi.json. */
export const handler = httpRouter({
  openapi: async () => {
    document ??= openApiDocument({ title: `${getRegionConfig().productNaam} API`, version: "1.0.0" });
    return document;
  },
});
