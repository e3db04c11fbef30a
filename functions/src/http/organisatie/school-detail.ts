import type { SchoolDetail } from "@elk/contracts";
import { type Db, getBestuur, getSchool, type MetVersie } from "@elk/data";
import {
  type Actor,
  bereikVan,
  GeenToegangFout,
  mag,
  NietGevondenFout,
  type School,
  wijzigbareSchoolvelden,
} from "@elk/domain";
import { getRegionConfig } from "../../config/env";

/**
 * The school a request is about, if the actor may read or change it. Without the permission at
 * all the answer is 403; a school outside the actor's reach is "not found", exactly as a school
 * that does not exist, so the answer reveals nothing about other besturen's schools.
 */
export async function schoolBinnenBereik(
  db: Db,
  actor: Actor,
  actie: "scholen.lezen" | "scholen.wijzigen",
  schoolId: string | undefined,
): Promise<MetVersie<School>> {
  const config = getRegionConfig();
  if (bereikVan(actor, actie, config) === undefined) throw new GeenToegangFout();
  const school = schoolId ? await getSchool(db, schoolId) : undefined;
  if (!school || !mag(actor, actie, config, { schoolId: school.id, bestuurId: school.bestuurId })) {
    throw new NietGevondenFout("De school");
  }
  return school;
}

/** The Schoolgegevens screen's view of a school, with what this actor may change in it. */
export async function alsSchoolDetail(
  db: Db,
  actor: Actor,
  school: MetVersie<School>,
): Promise<SchoolDetail> {
  const config = getRegionConfig();
  const bestuur = await getBestuur(db, school.bestuurId);
  const magWijzigen = mag(actor, "scholen.wijzigen", config, {
    schoolId: school.id,
    bestuurId: school.bestuurId,
  });
  const wijzigbareVelden = wijzigbareSchoolvelden(
    magWijzigen ? bereikVan(actor, "scholen.wijzigen", config) : undefined,
  );
  return {
    id: school.id,
    bestuurId: school.bestuurId,
    bestuur: bestuur?.naam ?? "",
    officieleNaam: school.officieleNaam,
    naam: school.naam,
    schooltype: school.schooltype,
    particulier: school.particulier,
    brin: school.brin,
    vestigingscode: school.vestigingscode,
    adres: school.adres,
    telefoon: school.telefoon,
    afdelingen: school.afdelingen.map((a) => ({
      ...a,
      adviezen: [...a.adviezen],
      gelijkwaardigAan: [...(a.gelijkwaardigAan ?? [])],
    })),
    capaciteitsgroepen: (school.capaciteitsgroepen ?? []).map((g) => ({ ...g })),
    version: school.version,
    wijzigbareVelden,
    magAfdelingenWijzigen: magWijzigen && school.schooltype === "VO",
  };
}
