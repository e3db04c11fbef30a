import type { ROUTES, SchoolLijst } from "@elk/contracts";
import { getSchool, listAlleScholen, listBesturen, listScholenByBestuur } from "@elk/data";
import { bereikVan, GeenToegangFout, type School } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/** The schools within the actor's reach: the region, its bestuur, or its own location (ORG-02). */
export async function scholen(req: IngelogdVerzoek<typeof ROUTES.scholen>): Promise<SchoolLijst> {
  const db = getDb();
  const { actor } = req;
  const bereik = bereikVan(actor, "scholen.lezen", getRegionConfig());
  let lijst: School[];
  if (bereik === "regio") lijst = await listAlleScholen(db);
  else if (bereik === "bestuur" && actor.bestuurId) lijst = await listScholenByBestuur(db, actor.bestuurId);
  else if (bereik === "school" && actor.schoolId) {
    const school = await getSchool(db, actor.schoolId);
    lijst = school ? [school] : [];
  } else throw new GeenToegangFout();
  const besturen = new Map((await listBesturen(db)).map((b) => [b.id, b.naam]));
  return {
    items: lijst.map((s) => ({
      id: s.id,
      naam: s.naam,
      officieleNaam: s.officieleNaam,
      schooltype: s.schooltype,
      particulier: s.particulier,
      brin: s.brin,
      vestigingscode: s.vestigingscode,
      bestuur: besturen.get(s.bestuurId) ?? "",
      adres: s.adres,
      telefoon: s.telefoon,
    })),
  };
}
