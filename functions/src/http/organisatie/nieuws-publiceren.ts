import type { NieuwsBeheerItem, ROUTES } from "@elk/contracts";
import { nieuwsPubliceren as publiceren } from "@elk/domain";
import { getDb } from "../../config/db";
import type { IngelogdVerzoek } from "../../middleware/router";
import { zetNieuwsStatus } from "./nieuws-status";

/** HOME-01: the item appears on everyone's home page (GET /api/nieuws). */
export async function nieuwsPubliceren(
  req: IngelogdVerzoek<typeof ROUTES.nieuwsPubliceren>,
): Promise<NieuwsBeheerItem> {
  return zetNieuwsStatus(getDb(), req.actor, req.params.nieuwsId, publiceren, "nieuws-gepubliceerd");
}
