import type { ROUTES, SchoolDetail } from "@elk/contracts";
import { getDb } from "../../config/db";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsSchoolDetail, schoolBinnenBereik } from "./school-detail";

/** ORG-02: one school within reach (region, bestuur or own location), with its afdelingen (ORG-03). */
export async function school(req: IngelogdVerzoek<typeof ROUTES.school>): Promise<SchoolDetail> {
  const db = getDb();
  const gevonden = await schoolBinnenBereik(db, req.actor, "scholen.lezen", req.params.schoolId);
  return alsSchoolDetail(db, req.actor, gevonden);
}
