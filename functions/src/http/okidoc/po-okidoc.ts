import type { PoOkidoc, ROUTES } from "@elk/contracts";
import { getOkidoc, keys, slaOkidocOp } from "@elk/data";
import {
  controleerAdviesInOkidoc,
  GelijktijdigGewijzigdFout,
  okidocVeldenNaOpslaan,
  vereisOkidocBewerkbaar,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { eigenLeerling, lopendeAanmelding, poWeergave } from "./gedeeld";

/** PO-01: the oki-doc of one of the school's own pupils. */
export async function poOkidoc(req: IngelogdVerzoek<typeof ROUTES.poOkidoc>): Promise<PoOkidoc> {
  const db = getDb();
  const leerling = await eigenLeerling(db, req.actor, req.params.leerlingId);
  return poWeergave(db, leerling);
}

/**
 * PO-01 / TRT-03: save the form while it is a concept, or while a VO school asked for an addition;
 * only on the version that was read. The advice goes to the pupil, until the pupil is registered.
 * The doorstroomtoets results are not the form's: they stay as the section PO-02 stored them.
 */
export async function poOkidocOpslaan(
  req: IngelogdVerzoek<typeof ROUTES.poOkidocOpslaan>,
): Promise<PoOkidoc> {
  const db = getDb();
  const { actor } = req;
  const leerling = await eigenLeerling(db, actor, req.params.leerlingId);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const vorige = await getOkidoc(db, leerling.id);
  vereisOkidocBewerkbaar(vorige?.status ?? "concept");
  if ((vorige?.version ?? 0) !== (body.version ?? 0)) throw new GelijktijdigGewijzigdFout();
  const velden = okidocVeldenNaOpslaan(vorige?.velden ?? {}, body.velden);
  const aangemeld = body.advies !== undefined && (await lopendeAanmelding(db, leerling.id)) !== undefined;
  const advies = controleerAdviesInOkidoc(leerling.advies, body.advies, aangemeld);
  const adviesGewijzigd = advies !== leerling.advies;
  const nu = new Date();
  await slaOkidocOp(
    db,
    {
      leerlingId: leerling.id,
      schooljaar: leerling.schooljaar,
      poSchoolId: leerling.poSchoolId ?? "",
      status: vorige?.status ?? "concept",
      velden: { ...velden },
      gewijzigdOp: nu.toISOString(),
    },
    vorige,
    gebeurtenisDoor(
      actor,
      keys.leerling.item(leerling.id),
      "okidoc-opgeslagen",
      adviesGewijzigd ? { advies: advies ?? null } : {},
      nu,
    ),
    adviesGewijzigd ? { leerlingId: leerling.id, version: leerling.version, advies } : undefined,
  );
  return poWeergave(db, { ...leerling, advies });
}
