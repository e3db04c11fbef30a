import type { KalenderDetail, ROUTES } from "@elk/contracts";
import { getKalender, type KalenderRecord } from "@elk/data";
import { type Actor, kiesSchooljaar, mag, type RegionConfig } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/** The calendar as every screen shows it, with whether this user may set it. */
export function alsKalenderDetail(k: KalenderRecord, actor: Actor, config: RegionConfig): KalenderDetail {
  return {
    schooljaar: k.schooljaar,
    aanmeldperiode: { van: k.aanmeldperiode.van, tot: k.aanmeldperiode.tot },
    behandelperiode: { van: k.behandelperiode.van, tot: k.behandelperiode.tot },
    decentraleLoting: k.decentraleLoting,
    centralePlaatsing: k.centralePlaatsing,
    bekendmaking: k.bekendmaking,
    version: k.version,
    standaard: k.version === 0,
    magWijzigen: mag(actor, "kalender.beheren", config),
  };
}

/** REG-10 / LOT-04: everyone signed in — staff and parents — may read a school year's calendar. */
export async function kalender(req: IngelogdVerzoek<typeof ROUTES.kalender>): Promise<KalenderDetail> {
  const config = getRegionConfig();
  const schooljaar = kiesSchooljaar(config, req.params.schooljaar ?? "");
  return alsKalenderDetail(await getKalender(getDb(), schooljaar, config), req.actor, config);
}
