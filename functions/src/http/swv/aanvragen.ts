import type { ROUTES, SwvAanvraagDetail, SwvAanvragenLijst, SwvKandidaten } from "@elk/contracts";
import { listAanmeldingenBySchool, listSwvAanvragenBySchool } from "@elk/data";
import { controleerSwvActie, controleerSwvToegang, isLopend, magSwvOpstellen } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { schooljaarVoor } from "../groepen/groep-gegevens";
import { alsRegel, eigenAanvraag, weergave } from "./gedeeld";

/** Leerlingen > Aanvragen SWV: the requests of the user's own school in the chosen year, newest first. */
export async function swvAanvragen(
  req: IngelogdVerzoek<typeof ROUTES.swvAanvragen>,
): Promise<SwvAanvragenLijst> {
  const config = getRegionConfig();
  const schoolId = controleerSwvToegang(req.actor, config);
  const schooljaar = schooljaarVoor(config, req.query.schooljaar);
  const aanvragen = await listSwvAanvragenBySchool(getDb(), schoolId, schooljaar);
  return {
    schooljaar,
    items: aanvragen
      .sort((a, b) => b.aangemaaktOp.localeCompare(a.aangemaaktOp) || a.id.localeCompare(b.id))
      .map(alsRegel),
    magOpstellen: magSwvOpstellen(req.actor, config),
    ...(config.samenwerkingsverband ? { samenwerkingsverband: { ...config.samenwerkingsverband } } : {}),
  };
}

/**
 * "Aanvraag opstellen": the pupils registered or placed at the school to choose from — the same
 * list "Groep toevoegen" offers, for the drafters, who do not handle registrations themselves.
 */
export async function swvKandidaten(
  req: IngelogdVerzoek<typeof ROUTES.swvKandidaten>,
): Promise<SwvKandidaten> {
  const config = getRegionConfig();
  controleerSwvActie(req.actor, config, "opstellen", undefined);
  const schoolId = controleerSwvToegang(req.actor, config);
  const schooljaar = schooljaarVoor(config, req.query.schooljaar);
  const aanmeldingen = await listAanmeldingenBySchool(getDb(), schoolId, schooljaar);
  return {
    schooljaar,
    leerlingen: aanmeldingen
      .filter((a) => isLopend(a.status))
      .map((a) => ({
        aanmeldingId: a.id,
        naam: a.leerlingNaam,
        elkNummer: a.elkNummer,
        advies: a.advies,
        status: a.status,
      }))
      .sort((a, b) => a.naam.localeCompare(b.naam, "nl")),
  };
}

/** One request of the school, with its bijlagen, history and what the user may do with it now. */
export async function swvAanvraag(
  req: IngelogdVerzoek<typeof ROUTES.swvAanvraag>,
): Promise<SwvAanvraagDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const aanvraag = await eigenAanvraag(db, req.actor, config, req.params.aanvraagId);
  controleerSwvActie(req.actor, config, "inzien", aanvraag);
  return weergave(db, req.actor, config, aanvraag);
}
