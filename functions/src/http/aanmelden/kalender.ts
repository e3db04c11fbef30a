import { type Kalender, standaardBekendmaking } from "@elk/domain";
import { getRegionConfig } from "../../config/env";

/**
 * The calendar of a school year. Until the region's own calendar is kept in the table, the
 * RegionConfig's dates serve.
 */
export async function kalenderVoor(schooljaar: string): Promise<Kalender> {
  const { kalender } = getRegionConfig();
  const { aanmeldperiode } = kalender;
  return {
    schooljaar,
    aanmeldperiode,
    behandelperiode: { van: aanmeldperiode.van, tot: aanmeldperiode.tot },
    decentraleLoting: aanmeldperiode.tot,
    centralePlaatsing: aanmeldperiode.tot,
    bekendmaking: kalender.bekendmaking ?? standaardBekendmaking(aanmeldperiode.tot),
  };
}
