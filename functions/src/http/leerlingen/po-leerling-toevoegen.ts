import type { LeerlingRegel, ROUTES } from "@elk/contracts";
import { keys, maakLeerlingAan } from "@elk/data";
import {
  AlInGebruikFout,
  controleerNieuweLeerling,
  controleerPoLeerlingenBeheer,
  kiesSchooljaar,
  leerlingBsnBezetBericht,
  leerlingNaam,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsLeerlingRegel } from "./leerling-regel";
import { bekendeLeerling, leerlingRecord } from "./nieuwe-leerling";

/**
 * PO-01: a primary school adds a pupil of a school year. A BSN already known this school year is
 * refused before an ELK-nummer is issued; the claim in the transaction settles any race.
 */
export async function poLeerlingToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.poLeerlingToevoegen>,
): Promise<LeerlingRegel> {
  const config = getRegionConfig();
  const { actor } = req;
  const schoolId = controleerPoLeerlingenBeheer(actor, config);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const schooljaar = kiesSchooljaar(config, body.schooljaar);
  const gecontroleerd = controleerNieuweLeerling(body, schooljaar);
  if (await bekendeLeerling(gecontroleerd.identificatie, schooljaar)) {
    throw new AlInGebruikFout(leerlingBsnBezetBericht(leerlingNaam(gecontroleerd.gegevens)), "BSN");
  }
  const leerling = await leerlingRecord(gecontroleerd, schooljaar, { poSchoolId: schoolId });
  await maakLeerlingAan(
    getDb(),
    leerling,
    gebeurtenisDoor(actor, keys.leerling.item(leerling.id), "leerling-toegevoegd", {
      elkNummer: leerling.elkNummer,
    }),
  );
  return alsLeerlingRegel(leerling);
}
