import type { Contactpersonen, ROUTES } from "@elk/contracts";
import { listBesturen } from "@elk/data";
import { vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/** ORG-05 / REGION-03: the contactpersoon ELK of every bestuur, and the region's helpdesk. */
export async function contactpersonen(
  req: IngelogdVerzoek<typeof ROUTES.contactpersonen>,
): Promise<Contactpersonen> {
  const config = getRegionConfig();
  vereis(req.actor, "contactpersonen.lezen", config);
  const besturen = await listBesturen(getDb());
  return {
    perBestuur: besturen.flatMap((b) =>
      b.contactpersonen.map((c) => ({ bestuur: b.naam, naam: c.naam, email: c.email })),
    ),
    helpdesk: config.helpdesk,
  };
}
