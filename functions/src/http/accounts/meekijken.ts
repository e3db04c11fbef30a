import { randomUUID } from "node:crypto";
import type { ROUTES } from "@elk/contracts";
import { getGebruiker, keys, startMeekijkSessie } from "@elk/data";
import { controleerMeekijken, MEEKIJKEN_DUUR_MS, vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";

/**
 * ACC-07: a contactpersoon ELK signs in as a user of its own bestuur. The session is bound to the
 * contactpersoon's own sign-in; signing out ends it. Everything done meanwhile is recorded with
 * both identities (the actor carries `meekijkendDoor`).
 */
export async function meekijken(req: IngelogdVerzoek<typeof ROUTES.meekijken>) {
  const config = getRegionConfig();
  const db = getDb();
  // Who may not look along at all is refused before its input is judged (issue #10).
  vereis(req.actor, "meekijken", config);
  const doel = controleerMeekijken(req.actor, await getGebruiker(db, req.body.gebruikerId), config);
  const nu = new Date();
  const id = randomUUID();
  await startMeekijkSessie(
    db,
    {
      id,
      contactpersoonId: req.actor.gebruikerId,
      contactpersoonNaam: req.actor.naam,
      doelGebruikerId: doel.id,
      tokenJti: req.sessie.jti,
      gestartOp: nu.toISOString(),
      verlooptOp: new Date(nu.getTime() + MEEKIJKEN_DUUR_MS).toISOString(),
    },
    gebeurtenisDoor(
      req.actor,
      keys.gebruiker.item(doel.id),
      "meekijken-gestart",
      { contactpersoon: req.actor.naam },
      nu,
    ),
  );
  return { sessieId: id, naam: doel.naam, locatieNaam: doel.locatieNaam };
}
