import { randomUUID } from "node:crypto";
import type { ROUTES, SwvAanvraagDetail } from "@elk/contracts";
import { keys, maakSwvAanvraag, slaSwvAanvraagOp } from "@elk/data";
import {
  controleerSwvActie,
  controleerSwvInhoud,
  controleerSwvToegang,
  GelijktijdigGewijzigdFout,
  kiesSchooljaar,
  type SwvAanvraag,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { controleerLeerlingBijSchool, door, eigenAanvraag, weergave } from "./gedeeld";

/** "Aanvraag opstellen" (Aanvragen SWV opstellen): a concept for a pupil registered or placed at the school. */
export async function swvAanvraagToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.swvAanvraagToevoegen>,
): Promise<SwvAanvraagDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const status = controleerSwvActie(actor, config, "opstellen", undefined);
  const schoolId = controleerSwvToegang(actor, config);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const schooljaar = kiesSchooljaar(config, body.schooljaar);
  const inhoud = controleerSwvInhoud(body);
  const aanmelding = await controleerLeerlingBijSchool(db, body.aanmeldingId, schoolId, schooljaar);
  const nu = new Date().toISOString();
  const aanvraag: SwvAanvraag = {
    id: randomUUID(),
    schoolId,
    schooljaar,
    aanmeldingId: aanmelding.id,
    leerlingId: aanmelding.leerlingId,
    leerlingNaam: aanmelding.leerlingNaam,
    elkNummer: aanmelding.elkNummer,
    ...inhoud,
    status,
    aangemaaktOp: nu,
    aangemaaktDoor: door(actor),
    gewijzigdOp: nu,
  };
  await maakSwvAanvraag(
    db,
    aanvraag,
    gebeurtenisDoor(
      actor,
      keys.swvAanvraag.item(aanvraag.id),
      "aangemaakt",
      { soort: aanvraag.soort, aanmeldingId: aanvraag.aanmeldingId },
      new Date(nu),
    ),
  );
  return weergave(db, actor, config, { ...aanvraag, version: 1 });
}

/** A concept is edited by any drafter of the school, on the version that was read. */
export async function swvAanvraagWijzigen(
  req: IngelogdVerzoek<typeof ROUTES.swvAanvraagWijzigen>,
): Promise<SwvAanvraagDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const vorige = await eigenAanvraag(db, actor, config, req.params.aanvraagId);
  controleerSwvActie(actor, config, "wijzigen", vorige);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  if (vorige.version !== body.version) throw new GelijktijdigGewijzigdFout();
  const inhoud = controleerSwvInhoud(body);
  const nu = new Date();
  const aanvraag: SwvAanvraag = { ...vorige, ...inhoud, gewijzigdOp: nu.toISOString() };
  await slaSwvAanvraagOp(
    db,
    aanvraag,
    vorige,
    gebeurtenisDoor(
      actor,
      keys.swvAanvraag.item(aanvraag.id),
      "gewijzigd",
      {
        ...(vorige.soort !== inhoud.soort ? { soortVoor: vorige.soort, soortNa: inhoud.soort } : {}),
        motivatieGewijzigd: vorige.motivatie !== inhoud.motivatie,
      },
      nu,
    ),
  );
  return weergave(db, actor, config, { ...aanvraag, version: vorige.version + 1 });
}
