import type { NieuwsLijst, ROUTES } from "@elk/contracts";
import { listGepubliceerdNieuws } from "@elk/data";
import { vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/** HOME-01: the news of the beheerorganisatie and of ELK on the home page. */
export async function nieuws(req: IngelogdVerzoek<typeof ROUTES.nieuws>): Promise<NieuwsLijst> {
  vereis(req.actor, "nieuws.lezen", getRegionConfig());
  return { items: await listGepubliceerdNieuws(getDb()) };
}
