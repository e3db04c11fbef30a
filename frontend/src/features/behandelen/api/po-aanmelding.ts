import { type PoAanmelding, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** PO-03: the registration of the own pupil; the placement shows only from the announcement on. */
export function usePoAanmelding(leerlingId: string): ApiResultaat<PoAanmelding> {
  return useApi(`po-aanmelding:${leerlingId}`, (signal) =>
    roepAan(ROUTES.poAanmelding, { params: { leerlingId }, signal }),
  );
}

export type PoVerzoek =
  | { actie: "po-tafelmiddag-aanvragen"; toelichting: string; version: number }
  | { actie: "po-tafelmiddag-annuleren"; version: number };

/** PO-03 / TRT-10: the primary school asks for a warm handover (tafelmiddag) or cancels it. */
export function poBehandelen(leerlingId: string, verzoek: PoVerzoek): Promise<PoAanmelding> {
  return roepAan(ROUTES.poBehandelen, { params: { leerlingId }, body: verzoek });
}
