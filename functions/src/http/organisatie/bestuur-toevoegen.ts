import { randomUUID } from "node:crypto";
import type { BestuurDetail, ROUTES } from "@elk/contracts";
import { keys, maakBestuurAan } from "@elk/data";
import { type Bestuur, controleerBestuur, vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsBestuurDetail } from "./bestuur-detail";

/** ORG-01: the beheerorganisatie adds a bestuur; a name already in use is a 409. */
export async function bestuurToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.bestuurToevoegen>,
): Promise<BestuurDetail> {
  const { actor } = req;
  vereis(actor, "besturen.beheren", getRegionConfig());
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const bestuur: Bestuur = { id: randomUUID(), ...controleerBestuur(body) };
  await maakBestuurAan(
    getDb(),
    bestuur,
    gebeurtenisDoor(actor, keys.bestuur.item(bestuur.id), "bestuur-aangemaakt", { naam: bestuur.naam }),
  );
  return alsBestuurDetail({ ...bestuur, version: 1 });
}
