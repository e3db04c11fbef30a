import type { ROUTES } from "@elk/contracts";
import { trekTokenIn } from "@elk/data";
import { beeindigSessieVan } from "../../accounts/sessies";
import { getDb } from "../../config/db";
import type { IngelogdVerzoek } from "../../middleware/router";

/**
 * Sign-out: this access token is refused from now on, by every route, and the session it came
 * from cannot be renewed any more (issue #10).
 */
export async function uitloggen(req: IngelogdVerzoek<typeof ROUTES.uitloggen>): Promise<{ uitgelogd: true }> {
  await Promise.all([
    trekTokenIn(getDb(), req.sessie.jti, req.sessie.verlooptOp),
    beeindigSessieVan(req.sessie.jti),
  ]);
  return { uitgelogd: true };
}
