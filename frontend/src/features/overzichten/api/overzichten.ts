import {
  type DoorstroomtoetsOpslaan,
  type DoorstroomtoetsOverzicht,
  type PoDoorstroomtoets,
  ROUTES,
  type StatusOverzicht,
} from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** EXP-03: the registered pupils of the school with their doorstroomtoets results. */
export function useDoorstroomtoets(schooljaar: string): ApiResultaat<DoorstroomtoetsOverzicht> {
  return useApi(`doorstroomtoets:${schooljaar}`, (signal) =>
    roepAan(ROUTES.doorstroomtoetsOverzicht, { query: { schooljaar }, signal }),
  );
}

/** HOME-02: counts per status and per afdeling; all VO schools for the region administrator. */
export function useStatusOverzicht(schooljaar: string): ApiResultaat<StatusOverzicht> {
  return useApi(`statusOverzicht:${schooljaar}`, (signal) =>
    roepAan(ROUTES.statusOverzicht, { query: { schooljaar }, signal }),
  );
}

/** PO-02: a pupil's results as the primary school entered them. */
export function usePoDoorstroomtoets(leerlingId: string): ApiResultaat<PoDoorstroomtoets> {
  return useApi(`poDoorstroomtoets:${leerlingId}`, (signal) =>
    roepAan(ROUTES.poDoorstroomtoets, { params: { leerlingId }, signal }),
  );
}

export function doorstroomtoetsOpslaan(
  leerlingId: string,
  body: DoorstroomtoetsOpslaan,
): Promise<PoDoorstroomtoets> {
  return roepAan(ROUTES.poDoorstroomtoetsOpslaan, { params: { leerlingId }, body });
}
