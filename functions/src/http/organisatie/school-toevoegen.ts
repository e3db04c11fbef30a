import { randomUUID } from "node:crypto";
import type { ROUTES, SchoolDetail } from "@elk/contracts";
import { getBestuur, keys, maakSchoolAan } from "@elk/data";
import { controleerNieuweSchool, type School, vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { vergeetVoScholen } from "../aanmelden/gedeeld";
import { alsSchoolDetail } from "./school-detail";

/** ORG-01: the beheerorganisatie adds a school; a BRIN + vestigingscode already in use is a 409. */
export async function schoolToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.schoolToevoegen>,
): Promise<SchoolDetail> {
  const db = getDb();
  const { actor } = req;
  vereis(actor, "scholen.toevoegen", getRegionConfig());
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const bestuurBestaat = (await getBestuur(db, body.bestuurId.trim())) !== undefined;
  const school: School = { id: randomUUID(), ...controleerNieuweSchool(body, { bestuurBestaat }) };
  await maakSchoolAan(
    db,
    school,
    gebeurtenisDoor(actor, keys.school.item(school.id), "school-aangemaakt", {
      naam: school.naam,
      brin: school.brin,
      vestigingscode: school.vestigingscode,
    }),
  );
  vergeetVoScholen(); // issue #11: the registration path reads the schools again
  return alsSchoolDetail(db, actor, { ...school, version: 1 });
}
