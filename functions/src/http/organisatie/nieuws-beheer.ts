import type { NieuwsBeheerLijst, ROUTES } from "@elk/contracts";
import { listAlleNieuws } from "@elk/data";
import { vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsNieuwsBeheerItem } from "./nieuws-item";

/** HOME-01: every news item for the beheerorganisatie, concepts and withdrawn ones too, newest first. */
export async function nieuwsBeheer(
  req: IngelogdVerzoek<typeof ROUTES.nieuwsBeheer>,
): Promise<NieuwsBeheerLijst> {
  vereis(req.actor, "nieuws.beheren", getRegionConfig());
  return { items: (await listAlleNieuws(getDb())).map(alsNieuwsBeheerItem) };
}
