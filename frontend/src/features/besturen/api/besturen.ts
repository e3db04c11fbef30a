import {
  type BesturenLijst,
  type BestuurDetail,
  type BestuurToevoegen,
  type BestuurWijzigen,
  ROUTES,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** ORG-01 / ORG-05: every bestuur of the region with its contactpersonen ELK (beheerorganisatie). */
export function getBesturen(signal?: AbortSignal): Promise<BesturenLijst> {
  return roepAan(ROUTES.besturen, signal ? { signal } : {});
}

export function useBesturen(): ApiResultaat<BesturenLijst> {
  return useApi("besturen", getBesturen);
}

/** ORG-01: a name unique in the region, whatever its case (409 otherwise). */
export function bestuurToevoegen(gegevens: BestuurToevoegen): Promise<BestuurDetail> {
  return roepAan(ROUTES.bestuurToevoegen, { body: gegevens });
}

/** ORG-05: name and contactpersonen ELK, on the version that was read (409 when stale). */
export function bestuurWijzigen(bestuurId: string, gegevens: BestuurWijzigen): Promise<BestuurDetail> {
  return roepAan(ROUTES.bestuurWijzigen, { params: { bestuurId }, body: gegevens });
}
