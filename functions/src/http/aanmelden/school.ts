import type { AanmeldingWeergave, ROUTES, SchoolKeuzemogelijkheden } from "@elk/contracts";
import { getLeerling, getLeerlingByElkNummer } from "@elk/data";
import {
  aantalKeuzes,
  controleerEigenSchoolEerst,
  GeenToegangFout,
  leerlingNaam,
  NietGevondenFout,
  normaliseerElkNummer,
  vereis,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { maakDefinitief } from "./definitief";
import { keuzemogelijkhedenVoor, lopendeAanmelding, vereisAanmeldperiode, vereisAdvies } from "./gedeeld";

/** REG-09: "Controleren" — the ELK-nummer (leading zeros optional) names the pupil. */
export async function elkNummerControleren(req: IngelogdVerzoek<typeof ROUTES.elkNummerControleren>) {
  vereis(req.actor, "leerlingen.aanmelden", getRegionConfig());
  await vereisAanmeldperiode(req.body.schooljaar, new Date());
  const elkNummer = normaliseerElkNummer(req.body.elkNummer);
  const leerling = await getLeerlingByElkNummer(getDb(), elkNummer);
  if (!leerling || leerling.schooljaar !== req.body.schooljaar) {
    throw new NietGevondenFout(`Een leerling met ELK-nummer ${elkNummer}`);
  }
  return {
    leerlingId: leerling.id,
    elkNummer: leerling.elkNummer,
    naam: leerlingNaam(leerling),
    geboortedatum: leerling.geboortedatum,
    advies: leerling.advies,
    aantalKeuzes: leerling.advies ? aantalKeuzes(leerling.advies, getRegionConfig()) : 0,
  };
}

/**
 * REG-09: the voorkeurslijst a VO school fills in offers what the ouderportaal offers (REG-02,
 * REG-03), and names the own school, which is voorkeur 1.
 */
export async function schoolKeuzemogelijkheden(
  req: IngelogdVerzoek<typeof ROUTES.schoolKeuzemogelijkheden>,
): Promise<SchoolKeuzemogelijkheden> {
  vereis(req.actor, "leerlingen.aanmelden", getRegionConfig());
  const eigenSchoolId = req.actor.schoolId;
  if (!eigenSchoolId) throw new GeenToegangFout();
  const leerling = await getLeerling(getDb(), req.params.leerlingId ?? "");
  if (!leerling) throw new NietGevondenFout("De leerling");
  return { ...(await keuzemogelijkhedenVoor(vereisAdvies(leerling))), eigenSchoolId };
}

/**
 * REG-08 / REG-09: a new buitenleerling has no leerlingId yet; the school builds its voorkeurslijst
 * from the advice it just typed in, with the own school as voorkeur 1.
 */
export async function adviesKeuzemogelijkheden(
  req: IngelogdVerzoek<typeof ROUTES.adviesKeuzemogelijkheden>,
): Promise<SchoolKeuzemogelijkheden> {
  vereis(req.actor, "leerlingen.aanmelden", getRegionConfig());
  const eigenSchoolId = req.actor.schoolId;
  if (!eigenSchoolId) throw new GeenToegangFout();
  return { ...(await keuzemogelijkhedenVoor(req.query.advies)), eigenSchoolId };
}

/**
 * REG-09: a VO school registers a pupil by hand (the exception), with its own school as the 1st
 * choice: "Hiermee is de leerling aan jouw school gekoppeld". The same rules as the ouderportaal.
 */
export async function schoolAanmelding(
  req: IngelogdVerzoek<typeof ROUTES.schoolAanmelding>,
): Promise<AanmeldingWeergave> {
  const nu = new Date();
  vereis(req.actor, "leerlingen.aanmelden", getRegionConfig());
  const kalender = await vereisAanmeldperiode(req.body.schooljaar, nu);
  const leerling = await getLeerling(getDb(), req.body.leerlingId);
  if (!leerling || leerling.schooljaar !== req.body.schooljaar) throw new NietGevondenFout("De leerling");
  controleerEigenSchoolEerst(req.body.keuzes, req.actor.schoolId);
  const vorige = await lopendeAanmelding(leerling.id, leerling.schooljaar);
  return maakDefinitief({
    actor: req.actor,
    leerling,
    advies: vereisAdvies(leerling),
    keuzes: req.body.keuzes,
    eersteKeuze: req.body.eersteKeuze,
    vorige: vorige?.status === "concept" ? vorige : undefined,
    via: "school",
    kalender,
    nu,
  });
}
