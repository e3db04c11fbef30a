import { randomUUID } from "node:crypto";
import {
  bsnHash,
  getLeerlingByBsnHash,
  type LeerlingRecord,
  versleutelBsn,
  volgendElkVolgnummer,
} from "@elk/data";
import {
  elkNummerVoor,
  type GecontroleerdeLeerling,
  type Identificatie,
  type Leerling,
  maskeerBsn,
} from "@elk/domain";
import { getBsnSleutels } from "../../config/bsn";
import { getDb } from "../../config/db";
import { getRegistry } from "../../config/registry";

/** The keyed hash by which a pupil is found and kept unique; the BSN itself is never stored in clear. */
export function hashVan(identificatie: Identificatie): string {
  return bsnHash(identificatie.nummer, getBsnSleutels());
}

/** The pupil already known with this BSN (or onderwijsnummer) this school year, if any. */
export function bekendeLeerling(identificatie: Identificatie, schooljaar: string) {
  return getLeerlingByBsnHash(getDb(), schooljaar, hashVan(identificatie));
}

/**
 * A checked pupil as stored: an ELK-nummer from the counter the regions share (REGION-02), the
 * BSN encrypted and as keyed hash, and masked for the screens.
 */
export async function leerlingRecord(
  leerling: GecontroleerdeLeerling,
  schooljaar: string,
  herkomst: Pick<Leerling, "poSchoolId" | "anderKernprocedure" | "buitenleerling">,
): Promise<LeerlingRecord> {
  const { nummer, soort } = leerling.identificatie;
  // REG-08: a buitenleerling's ELK-nummer starts with B and comes from its own counter.
  const buiten = herkomst.buitenleerling !== undefined;
  const volgnummer = await volgendElkVolgnummer(getRegistry(), buiten);
  return {
    id: randomUUID(),
    schooljaar,
    elkNummer: elkNummerVoor(volgnummer, buiten),
    ...leerling.gegevens,
    ...herkomst,
    bsnGemaskeerd: maskeerBsn(nummer),
    identificatie: soort,
    bsnVersleuteld: versleutelBsn(nummer, getBsnSleutels()),
    bsnHash: hashVan(leerling.identificatie),
  };
}
