import type { BesturenLijst, ROUTES } from "@elk/contracts";
import { listBesturen } from "@elk/data";
import { vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsBestuurDetail } from "./bestuur-detail";

/** ORG-01: every bestuur of the region, by name, for the beheerorganisatie. */
export async function besturen(req: IngelogdVerzoek<typeof ROUTES.besturen>): Promise<BesturenLijst> {
  vereis(req.actor, "besturen.beheren", getRegionConfig());
  return { items: (await listBesturen(getDb())).map(alsBestuurDetail) };
}
