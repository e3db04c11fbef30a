import type { ROUTES, SessieTokens } from "@elk/contracts";
import { vernieuw } from "../../accounts/sessies";
import type { Verzoek } from "../../middleware/router";

/** Issue #10: a new access token while the session runs (not after sign-out or blocking). */
export async function vernieuwen(req: Verzoek<typeof ROUTES.vernieuwen>): Promise<SessieTokens> {
  return vernieuw(req.body.vernieuwToken);
}
