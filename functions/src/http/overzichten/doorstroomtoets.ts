import type { DoorstroomtoetsOverzicht, ROUTES } from "@elk/contracts";
import {
  getLeerlingenVanAanmeldingen,
  getOkidocsVanLeerlingen,
  getSchool,
  listAanmeldingenBySchool,
  listAlleScholen,
  type OkidocMetToets,
} from "@elk/data";
import { niveauLabel, standaardSchooljaar, statusLabel, vereisExport } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/**
 * EXP-03: Overzichten > VO – Resultaten doorstroomtoets — every pupil registered at the school
 * with the results its primary school entered (PO-02). One Query for the registrations, then the
 * pupils and their oki-docs a hundred per read.
 */
export async function doorstroomtoetsOverzicht(
  req: IngelogdVerzoek<typeof ROUTES.doorstroomtoetsOverzicht>,
): Promise<DoorstroomtoetsOverzicht> {
  const config = getRegionConfig();
  const schoolId = vereisExport(req.actor, "doorstroomtoets", config);
  const schooljaar = req.query.schooljaar ?? standaardSchooljaar(config, new Date());
  const db = getDb();
  const [lijst, school, scholen] = await Promise.all([
    listAanmeldingenBySchool(db, schoolId, schooljaar),
    getSchool(db, schoolId),
    listAlleScholen(db),
  ]);
  const [leerlingen, okidocs] = await Promise.all([
    getLeerlingenVanAanmeldingen(db, lijst),
    getOkidocsVanLeerlingen(
      db,
      lijst.map((a) => a.leerlingId),
    ),
  ]);
  const namen = new Map(scholen.map((s) => [s.id, s.naam]));
  return {
    schoolNaam: school?.naam ?? "",
    schooljaar,
    items: lijst
      .map((a) => {
        const l = leerlingen.get(a.leerlingId);
        const o = okidocs.get(a.leerlingId) as OkidocMetToets | undefined;
        const v = o?.velden ?? {};
        return {
          aanmeldingId: a.id,
          elkNummer: a.elkNummer,
          leerlingNaam: a.leerlingNaam,
          basisschool: (l?.poSchoolId ? namen.get(l.poSchoolId) : l?.buitenleerling?.basisschool?.naam) ?? "",
          advies: a.advies,
          ...(o?.bijgesteldAdvies ? { bijgesteldAdvies: o.bijgesteldAdvies.advies } : {}),
          lezen: niveauLabel(v.niveauLezen),
          taalverzorging: niveauLabel(v.niveauTaalverzorging),
          rekenen: niveauLabel(v.niveauRekenen),
          ...(v.doorstroomtoets ? { toets: v.doorstroomtoets } : {}),
          statusLabel: statusLabel(a),
        };
      })
      .sort((x, y) => x.leerlingNaam.localeCompare(y.leerlingNaam, "nl-NL")),
  };
}
