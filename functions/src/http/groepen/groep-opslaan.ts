import { randomUUID } from "node:crypto";
import type { GroepRegel, ROUTES } from "@elk/contracts";
import { keys, slaGroepOp, verwijderGroep } from "@elk/data";
import {
  controleerGroep,
  controleerGroepenBeheer,
  GelijktijdigGewijzigdFout,
  type Groep,
  kiesSchooljaar,
  voegLeerlingenToe,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsGroepRegel, eigenGroep, leesSchoolGegevens } from "./groep-gegevens";

/** What changed in a group's membership, for its history. */
function verschil(voor: readonly string[], na: readonly string[]) {
  return { erbij: na.filter((id) => !voor.includes(id)), eraf: voor.filter((id) => !na.includes(id)) };
}

/** GRP-01 "Groep toevoegen": any user of the VO school, for the chosen school year. */
export async function groepToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.groepToevoegen>,
): Promise<GroepRegel> {
  const config = getRegionConfig();
  const schoolId = controleerGroepenBeheer(req.actor, config);
  const schooljaar = kiesSchooljaar(config, req.body.schooljaar);
  const gegevens = await leesSchoolGegevens(schoolId, schooljaar);
  const groep: Groep = { id: randomUUID(), schoolId, schooljaar, ...controleerGroep(req.body, gegevens) };
  await slaGroepOp(
    getDb(),
    groep,
    undefined,
    gebeurtenisDoor(req.actor, keys.groep.item(groep.id), "groep-aangemaakt", {
      naam: groep.naam,
      aanmeldingIds: groep.aanmeldingIds,
      contactpersoonIds: groep.contactpersoonIds,
    }),
  );
  return alsGroepRegel({ ...groep, version: 1 }, gegevens);
}

/** GRP-01: "De groep kan later ook nog aangepast worden" — by any user of the school. */
export async function groepWijzigen(req: IngelogdVerzoek<typeof ROUTES.groepWijzigen>): Promise<GroepRegel> {
  const config = getRegionConfig();
  const schoolId = controleerGroepenBeheer(req.actor, config);
  const vorige = await eigenGroep(req.actor, schoolId, req.params.groepId ?? "");
  if (vorige.version !== req.body.version) throw new GelijktijdigGewijzigdFout();
  const gegevens = await leesSchoolGegevens(schoolId, vorige.schooljaar);
  const groep: Groep = {
    id: vorige.id,
    schoolId,
    schooljaar: vorige.schooljaar,
    ...controleerGroep(req.body, gegevens, vorige),
  };
  await slaGroepOp(
    getDb(),
    groep,
    vorige,
    gebeurtenisDoor(req.actor, keys.groep.item(groep.id), "groep-gewijzigd", {
      ...(vorige.naam !== groep.naam ? { naamVoor: vorige.naam, naamNa: groep.naam } : {}),
      leerlingen: verschil(vorige.aanmeldingIds, groep.aanmeldingIds),
      contactpersonen: verschil(vorige.contactpersoonIds, groep.contactpersoonIds),
    }),
  );
  return alsGroepRegel({ ...groep, version: vorige.version + 1 }, gegevens);
}

/** GRP-01: removing a group removes the grouping, not the pupils or the users. */
export async function groepVerwijderen(
  req: IngelogdVerzoek<typeof ROUTES.groepVerwijderen>,
): Promise<{ verwijderd: true }> {
  const schoolId = controleerGroepenBeheer(req.actor, getRegionConfig());
  const groep = await eigenGroep(req.actor, schoolId, req.params.groepId ?? "");
  const nu = new Date();
  await verwijderGroep(
    getDb(),
    groep,
    nu.toISOString(),
    gebeurtenisDoor(req.actor, keys.groep.item(groep.id), "groep-verwijderd", { naam: groep.naam }, nu),
  );
  return { verwijderd: true };
}

const POGINGEN = 3;

/**
 * "Toevoegen aan groep" from the overview: adds the chosen pupils to a group. Idempotent, and a
 * colleague editing the same group at that moment does not make it fail: it reads again and adds.
 */
export async function groepLeerlingenToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.groepLeerlingenToevoegen>,
): Promise<GroepRegel> {
  const schoolId = controleerGroepenBeheer(req.actor, getRegionConfig());
  for (let poging = 1; ; poging++) {
    const vorige = await eigenGroep(req.actor, schoolId, req.params.groepId ?? "");
    const gegevens = await leesSchoolGegevens(schoolId, vorige.schooljaar);
    const groep = voegLeerlingenToe(vorige, req.body.aanmeldingIds, gegevens);
    if (!groep) return alsGroepRegel(vorige, gegevens);
    try {
      await slaGroepOp(
        getDb(),
        groep,
        vorige,
        gebeurtenisDoor(req.actor, keys.groep.item(groep.id), "groep-leerlingen-toegevoegd", {
          leerlingen: verschil(vorige.aanmeldingIds, groep.aanmeldingIds),
        }),
      );
      return alsGroepRegel({ ...groep, version: vorige.version + 1 }, gegevens);
    } catch (error) {
      if (error instanceof GelijktijdigGewijzigdFout && poging < POGINGEN) continue;
      throw error;
    }
  }
}
