import type { OuderinlogVerstuurd, ROUTES } from "@elk/contracts";
import { getLeerling } from "@elk/data";
import { controleerEigenLeerling, controleerPoLeerlingenBeheer } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { stuurOuderinlog } from "./ouderinlog";

/**
 * ACC-09 / REG-01: the primary school sends the parents their ouderinlog, to the e-mail address
 * the pupil's data hold — not for a PrO pupil, whom the school registers itself. Sending it again
 * gives a fresh link; brothers and sisters with the same address share one login.
 */
export async function ouderinlogVersturen(
  req: IngelogdVerzoek<typeof ROUTES.ouderinlogVersturen>,
): Promise<OuderinlogVerstuurd> {
  const config = getRegionConfig();
  const schoolId = controleerPoLeerlingenBeheer(req.actor, config);
  const leerling = controleerEigenLeerling(await getLeerling(getDb(), req.params.leerlingId ?? ""), schoolId);
  const ouderinlogVerstuurdOp = await stuurOuderinlog(leerling, req.actor, new Date());
  return {
    verstuurd: true,
    bericht: `De ouderinlog is verstuurd naar ${leerling.emailOuders}.`,
    ouderinlogVerstuurdOp,
  };
}
