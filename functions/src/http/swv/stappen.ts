import type { ROUTES, SwvAanvraagDetail } from "@elk/contracts";
import { getSchool, keys, listSwvBijlagen, type Opgeslagen, slaSwvAanvraagOp } from "@elk/data";
import {
  type Actor,
  controleerSwvActie,
  controleerSwvInhoud,
  controleerSwvOpmerking,
  GelijktijdigGewijzigdFout,
  type RegionConfig,
  SWV_AANVRAAG_SOORTEN,
  type SwvAanvraag,
  type SwvActie,
  swvNaStap,
  swvOntvanger,
} from "@elk/domain";
import { aanvraagSwvVerstuurd } from "@elk/mail";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { verstuur } from "../../config/outbox";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { controleerLeerlingBijSchool, door, eigenAanvraag, weergave } from "./gedeeld";

/** The request the step is about, checked for role, state and the version the user saw. */
async function voorStap(
  actor: Actor,
  config: RegionConfig,
  aanvraagId: string | undefined,
  actie: SwvActie,
  /** Read only after the checks: the input is judged once the caller may do this (issue #10). */
  version: () => number,
): Promise<Opgeslagen<SwvAanvraag>> {
  const vorige = await eigenAanvraag(getDb(), actor, config, aanvraagId);
  controleerSwvActie(actor, config, actie, vorige);
  if (vorige.version !== version()) throw new GelijktijdigGewijzigdFout();
  return vorige;
}

/** Indienen (Aanvragen SWV opstellen): a complete concept is offered for approval. */
export async function swvIndienen(
  req: IngelogdVerzoek<typeof ROUTES.swvIndienen>,
): Promise<SwvAanvraagDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const vorige = await voorStap(actor, config, req.params.aanvraagId, "indienen", () => req.body.version);
  controleerSwvInhoud(vorige, true);
  await controleerLeerlingBijSchool(db, vorige.aanmeldingId, vorige.schoolId, vorige.schooljaar);
  const nu = new Date();
  const aanvraag = swvNaStap(vorige, { actie: "indienen", op: nu.toISOString(), door: door(actor) });
  await slaSwvAanvraagOp(
    db,
    aanvraag,
    vorige,
    gebeurtenisDoor(actor, keys.swvAanvraag.item(vorige.id), "ingediend", undefined, nu),
  );
  return weergave(db, actor, config, { ...aanvraag, version: vorige.version + 1 });
}

/** Terugsturen (Aanvragen SWV accorderen en versturen): back to concept, with what must change. */
export async function swvTerugsturen(
  req: IngelogdVerzoek<typeof ROUTES.swvTerugsturen>,
): Promise<SwvAanvraagDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const vorige = await voorStap(actor, config, req.params.aanvraagId, "terugsturen", () => req.body.version);
  const opmerking = controleerSwvOpmerking(req.body.opmerking);
  const nu = new Date();
  const aanvraag = swvNaStap(vorige, {
    actie: "terugsturen",
    op: nu.toISOString(),
    door: door(actor),
    opmerking,
  });
  await slaSwvAanvraagOp(
    db,
    aanvraag,
    vorige,
    gebeurtenisDoor(actor, keys.swvAanvraag.item(vorige.id), "teruggestuurd", { opmerking }, nu),
  );
  return weergave(db, actor, config, { ...aanvraag, version: vorige.version + 1 });
}

/**
 * Accorderen en versturen: the request is marked sent, with the date and the samenwerkingsverband
 * of the region's configuration, and that address receives it by mail through the outbox. The
 * mail is queued after the write, as every mail of the app: a refused write mails nobody.
 */
export async function swvAccorderen(
  req: IngelogdVerzoek<typeof ROUTES.swvAccorderen>,
): Promise<SwvAanvraagDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const vorige = await voorStap(
    actor,
    config,
    req.params.aanvraagId,
    "accorderen-en-versturen",
    () => req.body.version,
  );
  const aan = swvOntvanger(config);
  await controleerLeerlingBijSchool(db, vorige.aanmeldingId, vorige.schoolId, vorige.schooljaar);
  const [bijlagen, school] = await Promise.all([
    listSwvBijlagen(db, vorige.id),
    getSchool(db, vorige.schoolId),
  ]);
  const nu = new Date();
  const aanvraag = swvNaStap(vorige, {
    actie: "accorderen-en-versturen",
    op: nu.toISOString(),
    door: door(actor),
    aan: { naam: aan.naam, email: aan.email },
  });
  await slaSwvAanvraagOp(
    db,
    aanvraag,
    vorige,
    gebeurtenisDoor(
      actor,
      keys.swvAanvraag.item(vorige.id),
      "verstuurd",
      { naam: aan.naam, email: aan.email, bijlagen: bijlagen.length },
      nu,
    ),
  );
  await verstuur(
    aan.email,
    aanvraagSwvVerstuurd(config, {
      swv: aan,
      school: school?.naam ?? "De school",
      elkNummer: aanvraag.elkNummer,
      soort: SWV_AANVRAAG_SOORTEN[aanvraag.soort],
      bijlagen: bijlagen.map((b) => b.bestandsnaam),
      opgesteldDoor: aanvraag.ingediend?.door.naam ?? aanvraag.aangemaaktDoor.naam,
      geaccordeerdDoor: { naam: actor.naam, email: actor.email },
    }),
    actor.email || undefined,
  );
  return weergave(db, actor, config, { ...aanvraag, version: vorige.version + 1 });
}
