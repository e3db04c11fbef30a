import type { PoAanmelding, ROUTES } from "@elk/contracts";
import {
  type AanmeldingRecord,
  getAanmelding,
  getLeerling,
  listAanmeldingenByLeerling,
  type Opgeslagen,
} from "@elk/data";
import {
  type Actor,
  type BehandelOpdracht,
  behandelendeSchool,
  behandelOpties,
  isLopend,
  mag,
  NietGevondenFout,
  PO_ACTIES,
  type RegionConfig,
  STATUS_LABELS,
  statusVoorOuders,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { voScholen } from "../aanmelden/gedeeld";
import { kalenderVoor } from "../aanmelden/kalender";
import { voerUit } from "./uitvoeren";

/**
 * PO-03: the registration a primary school sees of its pupil: the one in play, or else the one a
 * VO school ended (TRT-06: at the primary school the pupil then has the status Niet geplaatst).
 */
async function poAanmeldingVan(
  actor: Actor,
  leerlingId: string,
  config: RegionConfig,
): Promise<Opgeslagen<AanmeldingRecord> | undefined> {
  const leerling = await getLeerling(getDb(), leerlingId);
  if (
    !leerling?.poSchoolId ||
    !mag(actor, "leerlingen.po-beheren", config, { schoolId: leerling.poSchoolId }) ||
    actor.schoolId !== leerling.poSchoolId
  ) {
    throw new NietGevondenFout("De leerling");
  }
  const lijst = (await listAanmeldingenByLeerling(getDb(), leerling.id)).filter(
    (a) => a.schooljaar === leerling.schooljaar,
  );
  const gekozen =
    lijst.find((a) => isLopend(a.status)) ??
    lijst
      .filter((a) => a.status === "niet-geplaatst" || a.status === "teruggetrokken")
      .sort((x, y) => (y.besluit?.op ?? "").localeCompare(x.besluit?.op ?? ""))[0];
  const a = gekozen ? await getAanmelding(getDb(), gekozen.id) : undefined;
  return a ? { ...a, poSchoolId: a.poSchoolId ?? leerling.poSchoolId } : undefined;
}

async function weergave(
  actor: Actor,
  leerlingId: string,
  a: Opgeslagen<AanmeldingRecord> | undefined,
  config: RegionConfig,
): Promise<PoAanmelding> {
  if (!a) return { leerlingId };
  const [scholen, kalender] = await Promise.all([voScholen(), kalenderVoor(a.schooljaar)]);
  // TRT-05: the primary school learns of a placement after the CP&L announcement, not before.
  const status = statusVoorOuders(a.status, kalender, new Date());
  return {
    leerlingId,
    aanmelding: {
      id: a.id,
      school: scholen.get(behandelendeSchool(a) ?? "")?.naam ?? "",
      status,
      statusLabel: STATUS_LABELS[status],
      geplaatstOp: status === "geplaatst" ? a.plaatsing?.afdelingNaam : undefined,
      tafelmiddag: { vo: Boolean(a.tafelmiddag?.vo), po: Boolean(a.tafelmiddag?.po) },
      opties: behandelOpties(actor, a, config, PO_ACTIES),
      version: a.version,
    },
  };
}

export async function poAanmelding(req: IngelogdVerzoek<typeof ROUTES.poAanmelding>): Promise<PoAanmelding> {
  const config = getRegionConfig();
  const leerlingId = req.params.leerlingId ?? "";
  return weergave(req.actor, leerlingId, await poAanmeldingVan(req.actor, leerlingId, config), config);
}

/** PO-03 / TRT-10: the primary school asks for a warme overdracht, or cancels its request. */
export async function poBehandelen(req: IngelogdVerzoek<typeof ROUTES.poBehandelen>): Promise<PoAanmelding> {
  const config = getRegionConfig();
  const leerlingId = req.params.leerlingId ?? "";
  const a = await poAanmeldingVan(req.actor, leerlingId, config);
  if (!a) throw new NietGevondenFout("Een aanmelding van deze leerling");
  const { version, ...opdracht } = req.body;
  const bijgewerkt = await voerUit({
    actor: req.actor,
    aanmelding: a,
    opdracht: opdracht as BehandelOpdracht,
    version,
    scholen: await voScholen(),
    config,
  });
  return weergave(req.actor, leerlingId, bijgewerkt, config);
}
