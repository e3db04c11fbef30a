import type { GebruikersLijst, ROUTES } from "@elk/contracts";
import {
  type GebruikerRecord,
  getSchool,
  listAlleScholen,
  listGebruikersByBestuur,
  listGebruikersByOrganisatie,
  listScholenByBestuur,
} from "@elk/data";
import { bereikVan, GeenToegangFout, ROL_NAMEN, rollenVoorOrganisatie, type School } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsRegel } from "./gebruiker-regel";

/**
 * Instellingen > Gebruikers (ACC-01): a locatiebeheerder sees the accounts of its school, a
 * contactpersoon ELK those of its bestuur's schools, the region administrator those of a chosen
 * bestuur or school (or the region's own staff).
 */
export async function gebruikers(req: IngelogdVerzoek<typeof ROUTES.gebruikers>): Promise<GebruikersLijst> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const bereik = bereikVan(actor, "gebruikers.beheren", config);
  let lijst: GebruikerRecord[];
  let scholen: School[];
  if (bereik === "school" && actor.schoolId) {
    lijst = await listGebruikersByOrganisatie(db, { organisatieType: "vo", schoolId: actor.schoolId });
    const school = await getSchool(db, actor.schoolId);
    scholen = school ? [school] : [];
  } else if (bereik === "bestuur" && actor.bestuurId) {
    lijst = (await listGebruikersByBestuur(db, actor.bestuurId)).filter(
      (g) => g.organisatieType === "vo" || g.organisatieType === "po",
    );
    scholen = await listScholenByBestuur(db, actor.bestuurId);
  } else if (bereik === "regio") {
    const { bestuurId, schoolId } = req.query;
    lijst = schoolId
      ? await listGebruikersByOrganisatie(db, { organisatieType: "vo", schoolId })
      : bestuurId
        ? await listGebruikersByBestuur(db, bestuurId)
        : await listGebruikersByOrganisatie(db, { organisatieType: "regio" });
    scholen = bestuurId ? await listScholenByBestuur(db, bestuurId) : await listAlleScholen(db);
  } else {
    throw new GeenToegangFout();
  }
  const typen =
    bereik === "school"
      ? ([scholen[0]?.schooltype === "PO" ? "po" : "vo"] as const)
      : bereik === "bestuur"
        ? (["vo", "po"] as const)
        : (["vo", "po", "bestuur", "regio"] as const);
  return {
    items: lijst.map((g) => alsRegel(g, actor, config)),
    rollenPerType: Object.fromEntries(
      typen.map((t) => [t, rollenVoorOrganisatie(t, config).map((rol) => ({ rol, naam: ROL_NAMEN[rol] }))]),
    ),
    kiesOrganisatie: bereik !== "school",
    scholen: scholen.map((s) => ({ id: s.id, naam: s.naam, schooltype: s.schooltype })),
  };
}
