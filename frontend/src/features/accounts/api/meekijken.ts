import { ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";
import { navigate } from "../../../lib/router";
import { bewaarMeekijkSessie } from "../../../lib/session";

/**
 * ACC-07: start looking along as another user. From now on the API client sends the session's id
 * with every call; the shell loads /api/mij again (its key includes the id) and shows the banner.
 * Only signing out ends it.
 */
export async function startMeekijken(gebruikerId: string) {
  const sessie = await roepAan(ROUTES.meekijken, { body: { gebruikerId } });
  bewaarMeekijkSessie(sessie.sessieId);
  navigate("/");
  return sessie;
}
