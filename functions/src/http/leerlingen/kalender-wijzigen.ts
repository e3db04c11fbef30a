import type { KalenderDetail, ROUTES } from "@elk/contracts";
import { getKalender, keys, slaKalenderOp } from "@elk/data";
import {
  controleerKalender,
  controleerKalenderInSchooljaar,
  GelijktijdigGewijzigdFout,
  kiesSchooljaar,
  standaardBekendmaking,
  vereis,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsKalenderDetail } from "./kalender";

/** 16:00 the day after CP&L; a date that is no date gives nothing, and controleerKalender says so. */
function bekendmakingNa(centralePlaatsing: string): string {
  try {
    return standaardBekendmaking(centralePlaatsing);
  } catch {
    return "";
  }
}

/**
 * REG-10 / LOT-04: the beheerorganisatie sets a school year's calendar, whole, based on the
 * version it read; the steps must follow each other and lie inside the school year.
 */
export async function kalenderWijzigen(
  req: IngelogdVerzoek<typeof ROUTES.kalenderWijzigen>,
): Promise<KalenderDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  vereis(actor, "kalender.beheren", config);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const schooljaar = kiesSchooljaar(config, req.params.schooljaar ?? "");
  const huidig = await getKalender(db, schooljaar, config);
  if (huidig.version !== body.version) throw new GelijktijdigGewijzigdFout();
  const kalender = controleerKalenderInSchooljaar(
    controleerKalender({
      schooljaar,
      aanmeldperiode: body.aanmeldperiode,
      behandelperiode: body.behandelperiode,
      decentraleLoting: body.decentraleLoting,
      centralePlaatsing: body.centralePlaatsing,
      bekendmaking: body.bekendmaking ?? bekendmakingNa(body.centralePlaatsing),
    }),
  );
  await slaKalenderOp(
    db,
    kalender,
    huidig.version,
    gebeurtenisDoor(actor, keys.kalender(schooljaar), "kalender-vastgesteld", {
      aanmeldperiode: kalender.aanmeldperiode,
    }),
  );
  return alsKalenderDetail({ ...kalender, version: huidig.version + 1 }, actor, config);
}
