import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Aanmelding, behandelendeSchool, LeerlingAlAangemeldFout } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { type LeerlingRecord, leerlingClaims, leerlingItem } from "./leerlingen.repo";
import { queryAlles } from "./query";
import { claimRegistratie, geefRegistratieVrij, type Registratie, type RegistryDb } from "./registry.repo";
import { type Bijwerking, type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

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

/** What a handling decision writes besides the registration and its history (behandeling.ts's Gevolgen). */
export interface BehandelSchrijf {
  /** The registration as it must become; `version` is the version the user saw. */
  aanmelding: AanmeldingRecord;
  version: number;
  gebeurtenis: Gebeurtenis;
  /** TRT-06 / TRT-09: the registry lets go; TRT-08: it names the school that now holds the pupil. */
  registratie?: { soort: "vrijgeven" } | { soort: "verplaatsen"; registratie: Registratie };
  /** Notifications and notes, written with it. */
  nieuw?: ReadonlyArray<Record<string, unknown> & { PK: string; SK: string; type: string }>;
  /** The oki-doc's state (TRT-03). */
  bijwerken?: ReadonlyArray<Bijwerking>;
}

/**
 * TRT-15: a decision on a registration — the registration (only if nobody changed it since the
 * user saw it), its history event, the registry, messages and notes — in one transaction.
 */
export async function schrijfBehandeling(db: Db, registry: RegistryDb, s: BehandelSchrijf): Promise<void> {
  const a = s.aanmelding;
  const extern =
    s.registratie?.soort === "vrijgeven"
      ? [geefRegistratieVrij(registry, a.bsnHash, a.schooljaar, a.id)]
      : s.registratie?.soort === "verplaatsen"
        ? [registratieClaim(registry, a, s.registratie.registratie)]
        : [];
  await schrijf(db, {
    vervang: [{ ...aanmeldingItem(a), version: s.version }],
    nieuw: s.nieuw ?? [],
    bijwerken: s.bijwerken ?? [],
    gebeurtenissen: [s.gebeurtenis],
    extern,
  });
}

/** TRT-11: the history events of a registration, oldest first. */
export async function listGebeurtenissen(db: Db, aanmeldingId: string): Promise<Gebeurtenis[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
    ExpressionAttributeValues: { ":pk": keys.aanmelding.item(aanmeldingId).PK, ":g": "GEBEURTENIS#" },
  });
  return items as unknown as Gebeurtenis[];
}
