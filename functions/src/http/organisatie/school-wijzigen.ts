import type { ROUTES, SchoolDetail } from "@elk/contracts";
import { getBestuur, keys, wijzigSchool } from "@elk/data";
import {
  bereikVan,
  controleerSchoolWijziging,
  GeenToegangFout,
  GelijktijdigGewijzigdFout,
  type School,
  type SchoolVeld,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { vergeetVoScholen } from "../aanmelden/gedeeld";
import { alsSchoolDetail, schoolBinnenBereik } from "./school-detail";

function velden(school: School, namen: readonly SchoolVeld[]): Record<string, unknown> {
  return Object.fromEntries(namen.map((naam) => [naam, school[naam]]));
}

/**
 * ORG-02: save a school's data, based on the version the user read. The contactpersoon ELK and the
 * locatiebeheerder change address and location data; the beheerorganisatie also the registration.
 */
export async function schoolWijzigen(
  req: IngelogdVerzoek<typeof ROUTES.schoolWijzigen>,
): Promise<SchoolDetail> {
  const db = getDb();
  const { actor } = req;
  const huidig = await schoolBinnenBereik(db, actor, "scholen.wijzigen", req.params.schoolId);
  const bereik = bereikVan(actor, "scholen.wijzigen", getRegionConfig());
  if (!bereik) throw new GeenToegangFout();
  // The input is judged only once the caller may do this (issue #10).
  const { version, ...wijziging } = req.body;
  if (version !== huidig.version) throw new GelijktijdigGewijzigdFout();

  const anderBestuur = wijziging.bestuurId !== undefined && wijziging.bestuurId.trim() !== huidig.bestuurId;
  const bestuurBestaat = anderBestuur
    ? (await getBestuur(db, wijziging.bestuurId?.trim() ?? "")) !== undefined
    : true;
  const { school, gewijzigd } = controleerSchoolWijziging(huidig, wijziging, { bereik, bestuurBestaat });
  // Saving without a change writes nothing, so a second click on "Opslaan" is harmless.
  if (gewijzigd.length === 0) return alsSchoolDetail(db, actor, huidig);

  await wijzigSchool(
    db,
    { voor: huidig, na: school, versie: huidig.version },
    gebeurtenisDoor(actor, keys.school.item(huidig.id), "school-gewijzigd", {
      gewijzigd,
      voor: velden(huidig, gewijzigd),
      na: velden(school, gewijzigd),
    }),
  );
  vergeetVoScholen(); // issue #11: the registration path reads the schools again
  return alsSchoolDetail(db, actor, { ...school, version: huidig.version + 1 });
}
