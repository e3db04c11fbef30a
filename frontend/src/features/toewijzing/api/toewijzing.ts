import { type AanmeldingDetail, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";

/** TRT-08 / TRT-14: the region administrator finds a running registration by ELK-nummer. */
export function zoekAanmelding(elkNummer: string): Promise<AanmeldingDetail> {
  return roepAan(ROUTES.aanmeldingZoeken, { query: { elkNummer } });
}

/** TRT-08: correct a wrong assignment after the CP&L. */
export function corrigeerToewijzing(
  aanmeldingId: string,
  invoer: { schoolId: string; afdelingId: string; version: number },
): Promise<AanmeldingDetail> {
  return roepAan(ROUTES.behandelen, {
    params: { aanmeldingId },
    body: { actie: "toewijzing-corrigeren", ...invoer },
  });
}
