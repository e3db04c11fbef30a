import { GetCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import type { ItemKey } from "./keys";
import type { ExterneSchrijf } from "./transact";

/**
 * The registry shared by the regions (REGION-02): its own table in its own stack. It issues
 * ELK-nummers from one counter and holds, per pupil (by the keyed hash of the BSN) and school
 * year, the one active registration — so REG-04 holds across Amstelland and Amsterdam.
 */
export type RegistryDb = Db;

export const registryKeys = {
  teller: (soort: "ELKNUMMER" | "BUITENLEERLING"): ItemKey => ({ PK: `TELLER#${soort}`, SK: "TELLER" }),
  registratie: (bsnHash: string, schooljaar: string): ItemKey => ({
    PK: `REGISTRATIE#${bsnHash}#${schooljaar}`,
    SK: "REGISTRATIE",
  }),
};

/** The next number of the shared counter: atomic, so two regions never issue the same ELK-nummer. */
export async function volgendElkVolgnummer(registry: RegistryDb, buitenleerling: boolean): Promise<number> {
  const res = await registry.doc.send(
    new UpdateCommand({
      TableName: registry.tableName,
      Key: registryKeys.teller(buitenleerling ? "BUITENLEERLING" : "ELKNUMMER"),
      UpdateExpression: "ADD waarde :een",
      ExpressionAttributeValues: { ":een": 1 },
      ReturnValues: "UPDATED_NEW",
    }),
  );
  return Number(res.Attributes?.waarde);
}

/** Who holds the registration of this pupil this school year, if anyone (REG-04's message names them). */
export interface Registratie {
  regio: string;
  aanmeldingId: string;
  leerlingNaam: string;
  school: string;
  telefoon: string;
  geregistreerdOp: string;
}

export async function getRegistratie(
  registry: RegistryDb,
  bsnHash: string,
  schooljaar: string,
): Promise<Registratie | undefined> {
  const res = await registry.doc.send(
    new GetCommand({
      TableName: registry.tableName,
      Key: registryKeys.registratie(bsnHash, schooljaar),
      ConsistentRead: true,
    }),
  );
  return res.Item as Registratie | undefined;
}

/**
 * The registry write that goes into a registration's transaction: the claim exists only if no
 * other registration holds it — the same registration (a retry) may write it again.
 */
export function claimRegistratie(
  registry: RegistryDb,
  bsnHash: string,
  schooljaar: string,
  registratie: Registratie,
  bijFout: (bestaand: Registratie | undefined) => Error,
): ExterneSchrijf {
  return {
    tableName: registry.tableName,
    put: {
      item: { ...registryKeys.registratie(bsnHash, schooljaar), type: "Registratie", ...registratie },
      voorwaarde: "attribute_not_exists(PK) OR aanmeldingId = :id",
      waarden: { ":id": registratie.aanmeldingId },
    },
    bijFout: (bestaand) => bijFout(bestaand as Registratie | undefined),
  };
}

/** REG-06 / TRT-06 / TRT-09: the registration is given up; the pupil may register elsewhere. */
export function geefRegistratieVrij(
  registry: RegistryDb,
  bsnHash: string,
  schooljaar: string,
  aanmeldingId: string,
): ExterneSchrijf {
  return {
    tableName: registry.tableName,
    verwijder: {
      key: registryKeys.registratie(bsnHash, schooljaar),
      voorwaarde: "aanmeldingId = :id",
      waarden: { ":id": aanmeldingId },
    },
  };
}
