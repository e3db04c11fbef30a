import type { BestuurDetail } from "@elk/contracts";
import type { MetVersie } from "@elk/data";
import type { Bestuur } from "@elk/domain";

export function alsBestuurDetail(bestuur: MetVersie<Bestuur>): BestuurDetail {
  return {
    id: bestuur.id,
    naam: bestuur.naam,
    contactpersonen: bestuur.contactpersonen.map((c) => ({ naam: c.naam, email: c.email })),
    version: bestuur.version,
  };
}
