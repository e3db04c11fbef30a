import type { ROUTES } from "@elk/contracts";
import { trekTokenIn } from "@elk/data";
import { getDb } from "../../config/clients";
import type { IngelogdVerzoek } from "../../middleware/router";

/** Sign-out: this session's access token is refused from now on, by every route. */
export async function uitloggen(req: IngelogdVerzoek<typeof ROUTES.uitloggen>): Promise<{ uitgelogd: true }> {
  await trekTokenIn(getDb(), req.sessie.jti, req.sessie.verlooptOp);
  return { uitgelogd: true };
}
