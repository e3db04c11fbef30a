import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { CplSamenvatting, DecentraleSamenvatting, ExtraCapaciteit } from "@elk/domain";
import type { Db } from "./client";
import { sleutelUit } from "./geheim";
import { keys } from "./keys";
import { type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

/** What both runs keep (LOT-02, LOT-03): the seed's commitment, its state, and the stored run. */
export interface LotingRunRecord {
  schooljaar: string;
  commitment: string;
  seedVersleuteld: string;
  vastgelegdOp: string;
  vastgelegdDoor: string;
  /** Committed before the end of the registration period (LOT-03 asks it). */
  voorSluiting: boolean;
  /** vastgelegd: seed committed; toepassen: run stored, outcome being applied; definitief: done. */
  status: "vastgelegd" | "toepassen" | "definitief";
  /** Revealed once the run is final. */
  seed?: string;
  definitiefOp?: string;
  definitiefDoor?: string;
  /** The stored run (LotingRun JSON) in the files bucket. */
  runSleutel?: string;
  /** Registrations the run could not change (retried by making it final again). */
  mislukt?: number;
  /**
   * Applying the run is the queue worker's (functions/src/queue/loting.ts), block by block: how
   * many registrations the run touches, how many of them are behind it, and when it last moved.
   */
  teVerwerken?: number;
  voortgang?: number;
  bijgewerktOp?: string;
}

/**
 * LOT-03: the Centrale Plaatsing en Loting of a school year. The seed is stored encrypted
 * (AES-256-GCM, its own key derived from the deployment secret) until the run is made final; only
 * its commitment is ever returned before that.
 */
/** A central draw's second round, the last one asked: queued (bezig) and then done (klaar). */
export interface ReserverondeRecord {
  status: "bezig" | "klaar";
  op: string;
  door: string;
  /** Pupils moved up; `verplaatst` holds the first 500 (an item stays well under DynamoDB's 400 KB). */
  aantal: number;
  verplaatst: {
    aanmeldingId: string;
    elkNummer: string;
    leerlingNaam: string;
    van?: string;
    naar: { schoolNaam: string; afdelingNaam: string };
    voorkeur: number;
  }[];
  mislukt: number;
}

export interface CplLotingRecord extends LotingRunRecord {
  extraCapaciteit?: ExtraCapaciteit[];
  samenvatting?: CplSamenvatting;
  /** Assignments made by the run. */
  toegewezen?: number;
  /** A central draw's second round, the last time it ran (RegionConfig "centrale-loting"). */
  reserveronde?: ReserverondeRecord;
}

/** The last preview: what was asked and what came out (nothing else is written by a preview). */
export interface CplVoorbeeldRecord {
  schooljaar: string;
  op: string;
  door: string;
  extraCapaciteit: ExtraCapaciteit[];
  samenvatting: CplSamenvatting;
}

/** The key that encrypts seeds: derived from the deployment secret with its own label. */
export function seedSleutelUit(geheim: string): Buffer {
  return sleutelUit(geheim, "elk:loting:seed");
}

/** The two runs of a school year, by kind: the decentral lottery (LOT-02) and the CP&L (LOT-03). */
export type LotingSoort = "decentraal" | "cpl";
export interface LotingRecords {
  decentraal: DecentraleLotingRecord;
  cpl: CplLotingRecord;
}

export const lotingSleutel = (soort: LotingSoort, schooljaar: string) =>
  soort === "cpl" ? keys.cpl(schooljaar) : keys.decentraleLoting(schooljaar);
const lotingType: Record<LotingSoort, string> = { decentraal: "DecentraleLoting", cpl: "CplLoting" };

export async function getLoting<S extends LotingSoort>(
  db: Db,
  soort: S,
  schooljaar: string,
): Promise<Opgeslagen<LotingRecords[S]> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: lotingSleutel(soort, schooljaar), ConsistentRead: true }),
  );
  return res.Item ? (zonderSleutels(res.Item) as unknown as Opgeslagen<LotingRecords[S]>) : undefined;
}

/** The seed's commitment, once per school year and kind: a second commit fails (GelijktijdigGewijzigdFout). */
export async function legLotingSeedVast(
  db: Db,
  soort: LotingSoort,
  r: LotingRunRecord,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [{ ...lotingSleutel(soort, r.schooljaar), type: lotingType[soort], ...r }],
    gebeurtenissen: [gebeurtenis],
  });
}

/** A change of the run's state, only from the version read (two runs at once: one wins). */
export async function werkLotingBij<S extends LotingSoort>(
  db: Db,
  soort: S,
  vorige: Opgeslagen<LotingRecords[S]>,
  nieuw: Partial<LotingRecords[S]>,
  gebeurtenis?: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    bijwerken: [
      {
        key: lotingSleutel(soort, vorige.schooljaar),
        zet: { ...nieuw, version: vorige.version + 1 },
        voorwaarde: {
          expressie: "#a0 = :c0",
          namen: { "#a0": "version" },
          waarden: { ":c0": vorige.version },
        },
      },
    ],
    gebeurtenissen: gebeurtenis ? [gebeurtenis] : [],
  });
}

export async function getCplVoorbeeld(db: Db, schooljaar: string): Promise<CplVoorbeeldRecord | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.cplVoorbeeld(schooljaar), ConsistentRead: true }),
  );
  return res.Item ? (zonderSleutels(res.Item) as unknown as CplVoorbeeldRecord) : undefined;
}

export async function slaCplVoorbeeldOp(db: Db, v: CplVoorbeeldRecord): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.cplVoorbeeld(v.schooljaar), type: "CplVoorbeeld", ...v },
    }),
  );
}

/**
 * LOT-02: the decentral lottery of a school year, with its own seed (the engine: each draw has
 * its own), stored and revealed as the CP&L's.
 */
export interface DecentraleLotingRecord extends LotingRunRecord {
  samenvatting?: DecentraleSamenvatting;
  /** Registrations the run changed (uitgeloot, or a lottery number stored). */
  verwerkt?: number;
}
