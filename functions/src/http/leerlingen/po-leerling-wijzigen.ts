import type { LeerlingRegel, ROUTES } from "@elk/contracts";
import { getLeerling, keys, vervangLeerling } from "@elk/data";
import {
  controleerEigenLeerling,
  controleerLeerlingWijziging,
  controleerPoLeerlingenBeheer,
  GelijktijdigGewijzigdFout,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsLeerlingRegel } from "./leerling-regel";

/** PO-01: correct names, address, the parents' e-mail or the advice, based on the version read. */
export async function poLeerlingWijzigen(
  req: IngelogdVerzoek<typeof ROUTES.poLeerlingWijzigen>,
): Promise<LeerlingRegel> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const schoolId = controleerPoLeerlingenBeheer(actor, config);
  const huidig = controleerEigenLeerling(await getLeerling(db, req.params.leerlingId ?? ""), schoolId);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  if (huidig.version !== body.version) throw new GelijktijdigGewijzigdFout();
  const gewijzigd = { ...huidig, ...controleerLeerlingWijziging(huidig, body) };
  await vervangLeerling(
    db,
    gewijzigd,
    gebeurtenisDoor(actor, keys.leerling.item(huidig.id), "leerling-gewijzigd", {
      velden: Object.keys(body).filter((veld) => veld !== "version"),
    }),
  );
  return alsLeerlingRegel({ ...gewijzigd, version: huidig.version + 1 });
}
