import { type BestuurDetail, type BestuurToevoegen, type BestuurWijzigen, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";

/** ORG-01: a name unique in the region, whatever its case (409 otherwise). */
export function bestuurToevoegen(gegevens: BestuurToevoegen): Promise<BestuurDetail> {
  return roepAan(ROUTES.bestuurToevoegen, { body: gegevens });
}

/** ORG-05: name and contactpersonen ELK, on the version that was read (409 when stale). */
export function bestuurWijzigen(bestuurId: string, gegevens: BestuurWijzigen): Promise<BestuurDetail> {
  return roepAan(ROUTES.bestuurWijzigen, { params: { bestuurId }, body: gegevens });
}
