import { type BesturenLijst, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** The beheerorganisatie adds a user of a bestuur: it picks the bestuur from all of the region. */
export function getBesturen(signal?: AbortSignal): Promise<BesturenLijst> {
  return roepAan(ROUTES.besturen, signal ? { signal } : {});
}

export function useBesturen(): ApiResultaat<BesturenLijst> {
  return useApi("besturen", getBesturen);
}
