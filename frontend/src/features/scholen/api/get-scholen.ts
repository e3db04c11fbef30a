import { ROUTES, type SchoolLijst } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

export function getScholen(signal?: AbortSignal): Promise<SchoolLijst> {
  return roepAan(ROUTES.scholen, signal ? { signal } : {});
}

export function useScholen(): ApiResultaat<SchoolLijst> {
  return useApi("scholen", getScholen);
}
