import type { ROUTES, SchoolDetail } from "@elk/contracts";
import { keys, wijzigSchool } from "@elk/data";
import { controleerAfdelingen, GelijktijdigGewijzigdFout } from "@elk/domain";
import { getDb } from "../../config/db";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { vergeetVoScholen } from "../aanmelden/gedeeld";
import { alsSchoolDetail, schoolBinnenBereik } from "./school-detail";

/** ORG-03: save the whole list of afdelingen of a VO school, with the same rights as its other data. */
export async function afdelingenWijzigen(
  req: IngelogdVerzoek<typeof ROUTES.afdelingenWijzigen>,
): Promise<SchoolDetail> {
  const db = getDb();
  const { actor } = req;
  const huidig = await schoolBinnenBereik(db, actor, "scholen.wijzigen", req.params.schoolId);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
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
  vergeetVoScholen(); // issue #11: the registration path reads the schools again
  return alsSchoolDetail(db, actor, { ...school, version: huidig.version + 1 });
}
