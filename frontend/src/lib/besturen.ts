import { type BesturenLijst, ROUTES } from "@elk/contracts";
import { roepAan } from "./api-client";
import { type ApiResultaat, useApi } from "./use-api";

/** Every bestuur of the region (beheerorganisatie): its own screen (ORG-05) and the pickers for a
 * school (ORG-01) or a user of a bestuur read the same list. */
export function getBesturen(signal?: AbortSignal): Promise<BesturenLijst> {
  return roepAan(ROUTES.besturen, signal ? { signal } : {});
}

export function useBesturen(): ApiResultaat<BesturenLijst> {
  return useApi("besturen", getBesturen);
}
