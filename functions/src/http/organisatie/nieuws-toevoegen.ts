import { randomUUID } from "node:crypto";
import type { NieuwsBeheerItem, ROUTES } from "@elk/contracts";
import { keys, maakNieuwsAan } from "@elk/data";
import { nieuwsConcept, vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsNieuwsBeheerItem } from "./nieuws-item";

/** HOME-01: the beheerorganisatie writes a news item; it stays a concept until published. */
export async function nieuwsToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.nieuwsToevoegen>,
): Promise<NieuwsBeheerItem> {
  const { actor } = req;
  vereis(actor, "nieuws.beheren", getRegionConfig());
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const nu = new Date();
  const bericht = nieuwsConcept(body, { id: randomUUID(), nu: nu.toISOString() });
  await maakNieuwsAan(
    getDb(),
    bericht,
    gebeurtenisDoor(actor, keys.nieuws.item(bericht.id), "nieuws-aangemaakt", { titel: bericht.titel }, nu),
  );
  return alsNieuwsBeheerItem({ ...bericht, version: 1 });
}
