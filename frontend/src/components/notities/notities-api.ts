import { type Notities, ROUTES } from "@elk/contracts";
import { roepAan } from "../../lib/api-client";
import { type ApiResultaat, useApi } from "../../lib/use-api";

/** TRT-12 / PO-03: the notes on a pupil that the own organisation may see. */
export function useNotities(leerlingId: string): ApiResultaat<Notities> {
  return useApi(`notities:${leerlingId}`, (signal) =>
    roepAan(ROUTES.notities, { params: { leerlingId }, signal }),
  );
}

export function notitieToevoegen(
  leerlingId: string,
  notitie: { tekst: string; alleenEigenOrganisatie: boolean },
) {
  return roepAan(ROUTES.notitieToevoegen, { params: { leerlingId }, body: notitie });
}
