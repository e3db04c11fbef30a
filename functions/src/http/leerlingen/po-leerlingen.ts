import type { LeerlingenLijst, ROUTES } from "@elk/contracts";
import { listLeerlingenByPoSchool } from "@elk/data";
import { controleerPoLeerlingenBeheer, kiesSchooljaar, standaardSchooljaar } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsLeerlingRegel } from "./leerling-regel";

/** PO-01: the pupils of the user's own primary school in the chosen school year (HOME-04). */
export async function poLeerlingen(
  req: IngelogdVerzoek<typeof ROUTES.poLeerlingen>,
): Promise<LeerlingenLijst> {
  const config = getRegionConfig();
  const schoolId = controleerPoLeerlingenBeheer(req.actor, config);
  const schooljaar = req.query.schooljaar
    ? kiesSchooljaar(config, req.query.schooljaar)
    : standaardSchooljaar(config, new Date());
  const leerlingen = await listLeerlingenByPoSchool(getDb(), schoolId, schooljaar);
  return { schooljaar, items: leerlingen.map(alsLeerlingRegel) };
}
