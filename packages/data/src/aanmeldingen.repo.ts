import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Aanmelding, behandelendeSchool, LeerlingAlAangemeldFout } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { type LeerlingRecord, leerlingClaims, leerlingItem } from "./leerlingen.repo";
import { queryAlles } from "./query";
import { claimRegistratie, geefRegistratieVrij, type Registratie, type RegistryDb } from "./registry.repo";
import { type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

export type AanmeldingRecord = Aanmelding & {
  /** The 1st-choice school; the registration shows in its overview (REG-05). */
  eersteKeuzeSchoolId?: string;
  bsnHash: string;
};

export function aanmeldingItem(a: AanmeldingRecord) {
  return {
    ...keys.aanmelding.item(a.id),
    ...keys.aanmelding.index({ ...a, behandelendeSchoolId: behandelendeSchool(a) }),
    type: "Aanmelding",
    ...a,
    eersteKeuzeSchoolId: a.keuzes[0]?.schoolId,
  };
}

export async function getAanmelding(db: Db, id: string): Promise<Opgeslagen<AanmeldingRecord> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.aanmelding.item(id), ConsistentRead: true }),
  );
  return res.Item as Opgeslagen<AanmeldingRecord> | undefined;
}

/** The registry claim of a registration; refused, it names the school that holds the pupil (REG-04). */
function registratieClaim(registry: RegistryDb, aanmelding: AanmeldingRecord, registratie: Registratie) {
  return claimRegistratie(
    registry,
    aanmelding.bsnHash,
    aanmelding.schooljaar,
    registratie,
    (bestaand) =>
      new LeerlingAlAangemeldFout(
        bestaand?.leerlingNaam ?? aanmelding.leerlingNaam,
        bestaand?.school ?? "een andere school",
        bestaand?.telefoon ?? "onbekend",
      ),
  );
}

/** A concept voorkeurslijst: saved while the parents build it, not yet a registration. */
export async function slaAanmeldingOp(
  db: Db,
  aanmelding: AanmeldingRecord,
  vorige: Opgeslagen<AanmeldingRecord> | undefined,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const item = aanmeldingItem(aanmelding);
  await schrijf(db, {
    ...(vorige ? { vervang: [{ ...item, version: vorige.version }] } : { nieuw: [item] }),
    gebeurtenissen: [gebeurtenis],
  });
}

/**
 * Make the registration final (REG-02, REG-04, REG-05): the registration and the registry's
 * claim on this pupil's one registration of the school year are written in one transaction, so
 * of any number of simultaneous attempts, in either region, exactly one succeeds. The others get
 * the manual's message naming the school that holds the registration and its phone.
 */
export async function meldDefinitiefAan(
  db: Db,
  registry: RegistryDb,
  aanmelding: AanmeldingRecord,
  vorige: Opgeslagen<AanmeldingRecord> | undefined,
  registratie: Registratie,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const item = aanmeldingItem(aanmelding);
  await schrijf(db, {
    ...(vorige ? { vervang: [{ ...item, version: vorige.version }] } : { nieuw: [item] }),
    gebeurtenissen: [gebeurtenis],
    extern: [registratieClaim(registry, aanmelding, registratie)],
  });
}

/** REG-06: the parents undo the registration; the registry lets go, so the pupil may register again. */
export async function trekAanmeldingIn(
  db: Db,
  registry: RegistryDb,
  aanmelding: Opgeslagen<AanmeldingRecord>,
  ingetrokkenOp: string,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const { version, ...rest } = aanmelding;
  const item = aanmeldingItem({
    ...(zonderSleutels(rest) as unknown as AanmeldingRecord),
    status: "ingetrokken",
    ingetrokkenOp,
  });
  await schrijf(db, {
    vervang: [{ ...item, version }],
    gebeurtenissen: [gebeurtenis],
    extern: [geefRegistratieVrij(registry, aanmelding.bsnHash, aanmelding.schooljaar, aanmelding.id)],
  });
}

/** REG-05: the registrations at a 1st-choice school, in order of registration. */
export async function listAanmeldingenBySchool(
  db: Db,
  schoolId: string,
  schooljaar: string,
): Promise<AanmeldingRecord[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": keys.aanmelding.vanSchool(schoolId, schooljaar) },
  });
  return items.map((i) => zonderSleutels(i) as unknown as AanmeldingRecord);
}

/** A pupil's registrations, every school year (ouderportaal, TRT-11 history). */
export async function listAanmeldingenByLeerling(db: Db, leerlingId: string): Promise<AanmeldingRecord[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI2",
    KeyConditionExpression: "GSI2PK = :pk",
    ExpressionAttributeValues: { ":pk": `LEERLING#${leerlingId}#AANMELDINGEN` },
  });
  return items.map((i) => zonderSleutels(i) as unknown as AanmeldingRecord);
}

/**
 * REG-08 / REG-09: a buitenleerling is registered with its data: the pupil, its claims in the
 * region, the registration and the registry's claim — one transaction, so a refused registration
 * leaves no pupil behind, and of two schools registering the same BSN at once only one succeeds.
 */
export async function meldBuitenleerlingAan(
  db: Db,
  registry: RegistryDb,
  leerling: LeerlingRecord,
  aanmelding: AanmeldingRecord,
  registratie: Registratie,
  gebeurtenissen: Gebeurtenis[],
): Promise<void> {
  await schrijf(db, {
    nieuw: [leerlingItem(leerling), aanmeldingItem(aanmelding)],
    claims: leerlingClaims(leerling),
    gebeurtenissen,
    extern: [registratieClaim(registry, aanmelding, registratie)],
  });
}
