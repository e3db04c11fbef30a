import type { ROUTES, SchoolDetail } from "@elk/contracts";
import { keys, wijzigSchool } from "@elk/data";
import { controleerAfdelingen, GelijktijdigGewijzigdFout } from "@elk/domain";
import { getDb } from "../../config/clients";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsSchoolDetail, schoolBinnenBereik } from "./school-detail";

/** ORG-03: save the whole list of afdelingen of a VO school, with the same rights as its other data. */
export async function afdelingenWijzigen(
  req: IngelogdVerzoek<typeof ROUTES.afdelingenWijzigen>,
): Promise<SchoolDetail> {
  const db = getDb();
  const { actor, body } = req;
  const huidig = await schoolBinnenBereik(db, actor, "scholen.wijzigen", req.params.schoolId);
  if (body.version !== huidig.version) throw new GelijktijdigGewijzigdFout();
  const { afdelingen, capaciteitsgroepen } = controleerAfdelingen(huidig, body);
  const school = { ...huidig, afdelingen, capaciteitsgroepen };
  await wijzigSchool(
    db,
    { voor: huidig, na: school, versie: huidig.version },
    gebeurtenisDoor(actor, keys.school.item(huidig.id), "afdelingen-gewijzigd", {
      voor: { afdelingen: huidig.afdelingen, capaciteitsgroepen: huidig.capaciteitsgroepen ?? [] },
      na: { afdelingen, capaciteitsgroepen },
    }),
  );
  return alsSchoolDetail(db, actor, { ...school, version: huidig.version + 1 });
}
