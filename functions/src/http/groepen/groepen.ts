import type { GroepenLijst, GroepKandidaten, ROUTES } from "@elk/contracts";
import { controleerGroepenBeheer, isLopend } from "@elk/domain";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsGroepRegel, leesSchoolGegevens, schooljaarVoor } from "./groep-gegevens";

/** Instellingen > Groepen (GRP-01): the groups of the user's own VO school in the chosen year. */
export async function groepen(req: IngelogdVerzoek<typeof ROUTES.groepen>): Promise<GroepenLijst> {
  const config = getRegionConfig();
  const schoolId = controleerGroepenBeheer(req.actor, config);
  const schooljaar = schooljaarVoor(config, req.query.schooljaar);
  const gegevens = await leesSchoolGegevens(schoolId, schooljaar);
  return { schooljaar, items: gegevens.groepen.map((g) => alsGroepRegel(g, gegevens)) };
}

/**
 * GRP-01 "Groep toevoegen": the pupils registered or placed at the school ("Je selecteert uit de
 * lijst met leerlingen") and the school's users to pick the contact persons from — blocked
 * accounts are not offered.
 */
export async function groepKandidaten(
  req: IngelogdVerzoek<typeof ROUTES.groepKandidaten>,
): Promise<GroepKandidaten> {
  const config = getRegionConfig();
  const schoolId = controleerGroepenBeheer(req.actor, config);
  const schooljaar = schooljaarVoor(config, req.query.schooljaar);
  const { aanmeldingen, gebruikers } = await leesSchoolGegevens(schoolId, schooljaar);
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
    gebruikers: gebruikers
      .filter((g) => g.status !== "geblokkeerd")
      .map((g) => ({ gebruikerId: g.id, naam: g.naam, email: g.email }))
      .sort((a, b) => a.naam.localeCompare(b.naam, "nl")),
  };
}
