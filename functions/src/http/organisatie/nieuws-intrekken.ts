import type { NieuwsBeheerItem, ROUTES } from "@elk/contracts";
import { nieuwsIntrekken as intrekken } from "@elk/domain";
import { getDb } from "../../config/db";
import type { IngelogdVerzoek } from "../../middleware/router";
import { zetNieuwsStatus } from "./nieuws-status";

/** HOME-01: the item leaves the home page and stays, withdrawn, in the beheerorganisatie's list. */
export async function nieuwsIntrekken(
  req: IngelogdVerzoek<typeof ROUTES.nieuwsIntrekken>,
): Promise<NieuwsBeheerItem> {
  return zetNieuwsStatus(getDb(), req.actor, req.params.nieuwsId, intrekken, "nieuws-ingetrokken");
}
