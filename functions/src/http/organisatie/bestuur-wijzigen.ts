import type { BestuurDetail, ROUTES } from "@elk/contracts";
import { getBestuur, keys, wijzigBestuur } from "@elk/data";
import { controleerBestuur, GelijktijdigGewijzigdFout, NietGevondenFout, vereis } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsBestuurDetail } from "./bestuur-detail";

/** ORG-01 / ORG-05: the beheerorganisatie renames a bestuur or keeps its contactpersonen ELK. */
export async function bestuurWijzigen(
  req: IngelogdVerzoek<typeof ROUTES.bestuurWijzigen>,
): Promise<BestuurDetail> {
  const db = getDb();
  const { actor } = req;
  vereis(actor, "besturen.beheren", getRegionConfig());
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const huidig = await getBestuur(db, req.params.bestuurId ?? "");
  if (!huidig) throw new NietGevondenFout("Het bestuur");
  if (body.version !== huidig.version) throw new GelijktijdigGewijzigdFout();
  const gegevens = controleerBestuur({
    naam: body.naam ?? huidig.naam,
    contactpersonen: body.contactpersonen ?? huidig.contactpersonen,
  });
  const bestuur = { ...huidig, ...gegevens };
  await wijzigBestuur(
    db,
    { voor: huidig, na: bestuur, versie: huidig.version },
    gebeurtenisDoor(actor, keys.bestuur.item(huidig.id), "bestuur-gewijzigd", {
      voor: { naam: huidig.naam, contactpersonen: huidig.contactpersonen },
      na: gegevens,
    }),
  );
  return alsBestuurDetail({ ...bestuur, version: huidig.version + 1 });
}
