import { randomUUID } from "node:crypto";
import type { Notities, ROUTES } from "@elk/contracts";
import { getLeerling, keys, listAanmeldingenByLeerling, listNotities, plaatsNotitie } from "@elk/data";
import {
  type Actor,
  behandelendeSchool,
  isLopend,
  mag,
  magNotitieZien,
  NietGevondenFout,
  type Notitie,
  nieuweNotitie,
  type RegionConfig,
  vereisBehandeling,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";

/**
 * TRT-12 / PO-03: who may read and write notes on this pupil — the pupil's primary school, and
 * the VO school handling its registration now. The other side is where a shared note goes.
 */
async function notitieToegang(
  actor: Actor,
  leerlingId: string,
  config: RegionConfig,
): Promise<{ organisatieId: string; andereKant?: string }> {
  const leerling = await getLeerling(getDb(), leerlingId);
  const schoolId = actor.schoolId;
  if (!leerling || !schoolId) throw new NietGevondenFout("De leerling");
  const lopend = (await listAanmeldingenByLeerling(getDb(), leerling.id)).find((a) => isLopend(a.status));
  if (leerling.poSchoolId === schoolId && mag(actor, "leerlingen.po-beheren", config, { schoolId })) {
    return { organisatieId: schoolId, andereKant: lopend ? behandelendeSchool(lopend) : undefined };
  }
  if (lopend && behandelendeSchool(lopend) === schoolId) {
    try {
      vereisBehandeling(actor, { ...lopend }, "notities", config);
    } catch {
      throw new NietGevondenFout("De leerling");
    }
    return { organisatieId: schoolId, andereKant: leerling.poSchoolId };
  }
  throw new NietGevondenFout("De leerling");
}

function weergave(n: Notitie, organisatieId: string) {
  return {
    id: n.id,
    op: n.op,
    tekst: n.tekst,
    door: n.door.naam,
    organisatie: n.organisatieNaam,
    alleenEigenOrganisatie: n.alleenEigenOrganisatie,
    eigen: n.organisatieId === organisatieId,
  };
}

/** TRT-12: the notes this organisation may see, oldest first. */
export async function notities(req: IngelogdVerzoek<typeof ROUTES.notities>): Promise<Notities> {
  const { organisatieId } = await notitieToegang(req.actor, req.params.leerlingId ?? "", getRegionConfig());
  const lijst = await listNotities(getDb(), req.params.leerlingId ?? "");
  return {
    items: lijst.filter((n) => magNotitieZien(n, organisatieId)).map((n) => weergave(n, organisatieId)),
  };
}

/** TRT-12: a note, shared with the other side unless "Alleen voor eigen organisatie". */
export async function notitieToevoegen(req: IngelogdVerzoek<typeof ROUTES.notitieToevoegen>) {
  const leerlingId = req.params.leerlingId ?? "";
  const toegang = await notitieToegang(req.actor, leerlingId, getRegionConfig());
  const nu = new Date();
  const notitie = nieuweNotitie({
    id: randomUUID(),
    leerlingId,
    nu,
    tekst: req.body.tekst,
    door: { gebruikerId: req.actor.gebruikerId, naam: req.actor.naam },
    organisatie: { id: toegang.organisatieId, naam: req.actor.locatieNaam },
    alleenEigenOrganisatie: req.body.alleenEigenOrganisatie,
    andereKant: toegang.andereKant,
  });
  await plaatsNotitie(
    getDb(),
    notitie,
    gebeurtenisDoor(
      req.actor,
      keys.leerling.item(leerlingId),
      "notitie-geplaatst",
      { notitie: notitie.id },
      nu,
    ),
  );
  return weergave(notitie, toegang.organisatieId);
}
