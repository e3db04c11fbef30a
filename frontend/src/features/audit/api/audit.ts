import { type AuditLijst, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

export interface AuditFilter {
  van: string;
  tot: string;
  soort: string;
  pagina: number;
}

/** Issue #10: the region-wide audit trail of a period, one page at a time. */
export function useAuditlog(filter: AuditFilter): ApiResultaat<AuditLijst> {
  return useApi(`audit:${filter.van}:${filter.tot}:${filter.soort}:${filter.pagina}`, (signal) =>
    roepAan(ROUTES.auditlog, {
      query: {
        ...(filter.van ? { van: filter.van } : {}),
        ...(filter.tot ? { tot: filter.tot } : {}),
        ...(filter.soort ? { soort: filter.soort } : {}),
        pagina: String(filter.pagina),
      },
      signal,
    }),
  );
}
