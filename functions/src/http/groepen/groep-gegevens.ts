import type { GroepRegel } from "@elk/contracts";
import {
  type AanmeldingRecord,
  type GebruikerRecord,
  getGroep,
  listAanmeldingenBySchool,
  listGebruikersByOrganisatie,
  listGroepen,
  type Opgeslagen,
} from "@elk/data";
import {
  type Actor,
  type Groep,
  type GroepOmgeving,
  kiesSchooljaar,
  NietGevondenFout,
  type RegionConfig,
  standaardSchooljaar,
} from "@elk/domain";
import { getDb } from "../../config/db";

/** HOME-04: the chosen school year, or the region's default one. */
export function schooljaarVoor(config: RegionConfig, gekozen: string | undefined): string {
  return gekozen ? kiesSchooljaar(config, gekozen) : standaardSchooljaar(config, new Date());
}

/** What a group is checked against and shown with: the school's registrations, users and groups. */
export interface SchoolGegevens extends GroepOmgeving {
  aanmeldingen: AanmeldingRecord[];
  gebruikers: GebruikerRecord[];
  groepen: Array<Opgeslagen<Groep>>;
}

export async function leesSchoolGegevens(schoolId: string, schooljaar: string): Promise<SchoolGegevens> {
  const db = getDb();
  const [aanmeldingen, gebruikers, groepen] = await Promise.all([
    listAanmeldingenBySchool(db, schoolId, schooljaar),
    listGebruikersByOrganisatie(db, { organisatieType: "vo", schoolId }),
    listGroepen(db, schoolId, schooljaar),
  ]);
  return { aanmeldingen, gebruikers, groepen, andereGroepen: groepen };
}

/** A group of the actor's own school; any other group is "not found", so nothing is revealed. */
export async function eigenGroep(
  actor: Actor,
  schoolId: string,
  groepId: string,
): Promise<Opgeslagen<Groep>> {
  const groep = await getGroep(getDb(), groepId);
  if (!groep || groep.schoolId !== schoolId || actor.schoolId !== schoolId) {
    throw new NietGevondenFout("De groep");
  }
  return groep;
}

/**
 * A group as the list shows it: its pupils still registered or placed at the school (a pupil
 * who left is no longer shown and drops out at the next save), its contact persons by name.
 */
export function alsGroepRegel(
  groep: Groep & { version: number },
  gegevens: Pick<SchoolGegevens, "aanmeldingen" | "gebruikers">,
): GroepRegel {
  const aanmeldingen = new Map(gegevens.aanmeldingen.map((a) => [a.id, a]));
  const gebruikers = new Map(gegevens.gebruikers.map((g) => [g.id, g]));
  return {
    id: groep.id,
    naam: groep.naam,
    schooljaar: groep.schooljaar,
    leerlingen: groep.aanmeldingIds.flatMap((id) => {
      const a = aanmeldingen.get(id);
      return a ? [{ aanmeldingId: a.id, naam: a.leerlingNaam, elkNummer: a.elkNummer }] : [];
    }),
    contactpersonen: groep.contactpersoonIds.flatMap((id) => {
      const g = gebruikers.get(id);
      return g ? [{ gebruikerId: g.id, naam: g.naam }] : [];
    }),
    version: groep.version,
  };
}
