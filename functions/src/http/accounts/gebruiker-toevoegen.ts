import { randomUUID } from "node:crypto";
import type { GebruikerRegel, ROUTES } from "@elk/contracts";
import { type GebruikerRecord, getBestuur, getSchool, keys, maakGebruikerMetUitnodiging } from "@elk/data";
import { bepaalOrganisatie, controleerRollen, nieuweUitnodiging, vereis } from "@elk/domain";
import { nieuwLinkToken } from "../../accounts/links";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { cognitoUsernameVoor } from "../../middleware/actor";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { naamEnContact, stuurInloggegevens } from "./account-gegevens";
import { alsRegel } from "./gebruiker-regel";

/**
 * "Gebruiker toevoegen" (ACC-01, ACC-02): the account is created without a username and the user
 * receives "Inloggegevens instellen" with a single-use, expiring link.
 */
export async function gebruikerToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.gebruikerToevoegen>,
): Promise<GebruikerRegel> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  // Who may add no user at all is refused before its input is judged (issue #10); the reach over
  // the chosen organisation is checked below (bepaalOrganisatie).
  vereis(actor, "gebruikers.beheren", config);
  const { body } = req;
  const schoolId = body.schoolId ?? (body.organisatieType === undefined ? actor.schoolId : undefined);
  const [school, bestuur] = await Promise.all([
    schoolId ? getSchool(db, schoolId) : undefined,
    body.bestuurId ? getBestuur(db, body.bestuurId) : undefined,
  ]);
  const organisatie = bepaalOrganisatie(
    actor,
    { organisatieType: body.organisatieType, school, bestuur },
    config,
  );
  const rollen = controleerRollen(body.rollen, organisatie, config);

  const id = randomUUID();
  const nu = new Date();
  const gebruiker: GebruikerRecord = {
    id,
    ...naamEnContact(body),
    rollen,
    organisatieType: organisatie.organisatieType,
    schoolId: organisatie.schoolId,
    bestuurId: organisatie.bestuurId,
    locatieNaam: organisatie.locatieNaam,
    status: "uitgenodigd",
    aangemaaktOp: nu.toISOString(),
    cognitoUsername: cognitoUsernameVoor(id),
  };
  const link = nieuwLinkToken();
  const uitnodiging = nieuweUitnodiging("inloggegevens", id, link.hash, nu);
  await maakGebruikerMetUitnodiging(
    db,
    gebruiker,
    uitnodiging,
    gebeurtenisDoor(
      actor,
      keys.gebruiker.item(id),
      "gebruiker-toegevoegd",
      { rollen, locatie: organisatie.locatieNaam },
      nu,
    ),
  );
  await stuurInloggegevens(config, gebruiker, uitnodiging, link.token);
  return alsRegel(gebruiker, actor, config);
}
