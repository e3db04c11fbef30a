import type { ROUTES, StatusOverzicht } from "@elk/contracts";
import {
  type AanmeldingRecord,
  listAanmeldingenBySchool,
  listAlleScholen,
  listTerugtrekkersBySchool,
} from "@elk/data";
import { bereikVan, GeenToegangFout, NietGevondenFout, standaardSchooljaar, telStatussen } from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/** The afdeling a registration counts for: the placement, the assignment (TRT-08), or the 1st choice. */
function afdelingVan(a: AanmeldingRecord): string {
  return a.plaatsing?.afdelingId ?? a.toewijzing?.afdelingId ?? a.keuzes[0]?.afdelingId ?? "";
}

/**
 * HOME-02: Overzichten > Status aanmeldingen. A locatiebeheerder sees its own school; the region
 * administrator every VO school of the region (or one, by schoolId): two Queries per school.
 */
export async function statusOverzicht(
  req: IngelogdVerzoek<typeof ROUTES.statusOverzicht>,
): Promise<StatusOverzicht> {
  const config = getRegionConfig();
  const bereik = bereikVan(req.actor, "overzichten.bekijken", config);
  const regio = bereik === "regio";
  if (!regio && (bereik !== "school" || req.actor.organisatieType !== "vo" || !req.actor.schoolId)) {
    throw new GeenToegangFout();
  }
  const schooljaar = req.query.schooljaar ?? standaardSchooljaar(config, new Date());
  const db = getDb();
  const vo = (await listAlleScholen(db)).filter((s) => s.schooltype === "VO");
  const scholen = regio
    ? vo.filter((s) => !req.query.schoolId || s.id === req.query.schoolId)
    : vo.filter((s) => s.id === req.actor.schoolId);
  if (scholen.length === 0) throw new NietGevondenFout("De school");
  const perSchool = await Promise.all(
    scholen.map(async (s) => {
      const [lopend, terug] = await Promise.all([
        listAanmeldingenBySchool(db, s.id, schooljaar),
        listTerugtrekkersBySchool(db, s.id, schooljaar),
      ]);
      const telling = telStatussen(
        [...lopend, ...terug].map((a) => ({ status: a.status, afdelingId: afdelingVan(a) })),
        s.afdelingen,
        s.capaciteitsgroepen,
      );
      return { schoolId: s.id, schoolNaam: s.naam, ...telling };
    }),
  );
  return {
    schooljaar,
    regio,
    scholen: perSchool.sort((x, y) => x.schoolNaam.localeCompare(y.schoolNaam, "nl-NL")),
  };
}
