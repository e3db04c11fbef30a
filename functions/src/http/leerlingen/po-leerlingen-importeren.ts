import type { ImportResultaat, ROUTES } from "@elk/contracts";
import { keys, listBekendeBsnHashes, maakLeerlingenAan } from "@elk/data";
import {
  controleerLeerlingenImport,
  controleerPoLeerlingenBeheer,
  kiesSchooljaar,
  weigerBekendeLeerlingen,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { alsLeerlingRegel } from "./leerling-regel";
import { hashVan, leerlingRecord } from "./nieuwe-leerling";

/**
 * PO-01: import a primary school's pupils from a ";"-separated file. Every row is checked, and
 * every BSN looked up, before anything is stored; one wrong row and nothing is stored. ELK-nummers
 * are issued in the order of the rows.
 */
export async function poLeerlingenImporteren(
  req: IngelogdVerzoek<typeof ROUTES.poLeerlingenImporteren>,
): Promise<ImportResultaat> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const schoolId = controleerPoLeerlingenBeheer(actor, config);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const schooljaar = kiesSchooljaar(config, body.schooljaar);
  const rijen = controleerLeerlingenImport(body.csv, schooljaar).map((r) => ({
    ...r,
    hash: hashVan(r.identificatie),
  }));
  const bekend = await listBekendeBsnHashes(
    db,
    schooljaar,
    rijen.map((r) => r.hash),
  );
  weigerBekendeLeerlingen(rijen.filter((r) => bekend.has(r.hash)).map((r) => r.rij));

  const leerlingen = [];
  for (const rij of rijen) leerlingen.push(await leerlingRecord(rij, schooljaar, { poSchoolId: schoolId }));
  await maakLeerlingenAan(
    db,
    leerlingen.map((leerling) => ({
      leerling,
      gebeurtenis: gebeurtenisDoor(actor, keys.leerling.item(leerling.id), "leerling-geimporteerd", {
        elkNummer: leerling.elkNummer,
      }),
    })),
  );
  const aantal = leerlingen.length;
  return {
    aantal,
    bericht: `${aantal} ${aantal === 1 ? "leerling is" : "leerlingen zijn"} geïmporteerd.`,
    items: leerlingen.map(alsLeerlingRegel),
  };
}
