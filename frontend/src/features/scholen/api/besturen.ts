import { type BesturenLijst, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** The besturen to choose from when the beheerorganisatie adds or moves a school (ORG-01). */
export function getBesturen(signal?: AbortSignal): Promise<BesturenLijst> {
  return roepAan(ROUTES.besturen, signal ? { signal } : {});
}

export function useBesturen(): ApiResultaat<BesturenLijst> {
  return useApi("besturen", getBesturen);
}
