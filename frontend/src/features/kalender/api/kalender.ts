import { type KalenderDetail, type KalenderWijzigen, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { type ApiResultaat, useApi } from "../../../lib/use-api";

/** REG-10 / LOT-04: a school year's calendar, or the region's defaults while none is set. */
export function useKalender(schooljaar: string): ApiResultaat<KalenderDetail> {
  return useApi(`kalender:${schooljaar}`, (signal) =>
    roepAan(ROUTES.kalender, { params: { schooljaar }, signal }),
  );
}

/** The whole calendar on the version that was read; an older version is refused (409). */
export function kalenderWijzigen(schooljaar: string, kalender: KalenderWijzigen): Promise<KalenderDetail> {
  return roepAan(ROUTES.kalenderWijzigen, { params: { schooljaar }, body: kalender });
}
