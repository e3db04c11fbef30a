import { getKalender } from "@elk/data";
import type { Kalender } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";

/** The calendar of a school year: as the region administrator set it, or the region's defaults. */
export function kalenderVoor(schooljaar: string): Promise<Kalender> {
  return getKalender(getDb(), schooljaar, getRegionConfig());
}
