import {
  BatchWriteCommand,
  DeleteCommand,
  GetCommand,
  PutCommand,
  QueryCommand,
  ScanCommand,
  type ScanCommandInput,
} from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import { type ItemKey, keys } from "./keys";
import { type RegistryDb, registryKeys } from "./registry.repo";

/**
 * Issue #10 (retention): what the retention job finds and removes of school years past their
 * retention period. The job runs once a day outside every request path, so it may read the whole
 * table (the one Scan of ELK, allowed in scripts/test/geen-scan.test.ts): no index lists every
 * pupil of a school year (a buitenleerling has no primary school), and the partitions it finds
 * hold everything else of the pupil.
 */
export interface VerlopenLeerling {
  id: string;
  schooljaar: string;
  elkNummer?: string;
  bsnHash?: string;
}

export interface VerlopenGegevens {
  leerlingen: VerlopenLeerling[];
  aanmeldingen: Array<{ id: string; schooljaar: string; status?: string }>;
  swvAanvragen: Array<{ id: string; schooljaar: string }>;
  /** Notifications to users about a pupil (they carry its name), by key. */
  notificaties: Array<ItemKey & { leerlingId?: string; aanmeldingId?: string }>;
  /** The school years found with data past retention. */
  jaren: string[];
}

/** Every pupil, registration and SWV request of school years up to and including `totEnMet`. */
export async function zoekVerlopenGegevens(db: Db, totEnMet: string): Promise<VerlopenGegevens> {
  const uit: VerlopenGegevens = {
    leerlingen: [],
    aanmeldingen: [],
    swvAanvragen: [],
    notificaties: [],
    jaren: [],
  };
  const jaren = new Set<string>();
  let start: Record<string, unknown> | undefined;
  do {
    const invoer: ScanCommandInput = {
      TableName: db.tableName,
      FilterExpression: "(#t IN (:l, :a, :s) AND #j <= :g) OR #t = :n",
      ProjectionExpression: "PK, SK, #t, #j, id, elkNummer, bsnHash, leerlingId, aanmeldingId, #s",
      ExpressionAttributeNames: { "#t": "type", "#j": "schooljaar", "#s": "status" },
      ExpressionAttributeValues: {
        ":l": "Leerling",
        ":a": "Aanmelding",
        ":s": "SwvAanvraag",
        ":n": "Notificatie",
        ":g": totEnMet,
      },
      ExclusiveStartKey: start,
    };
    const pagina = await db.doc.send(new ScanCommand(invoer));
    for (const item of (pagina.Items ?? []) as Array<Record<string, string | undefined>>) {
      const schooljaar = item.schooljaar ?? "";
      if (item.type === "Notificatie") {
        uit.notificaties.push({
          PK: item.PK ?? "",
          SK: item.SK ?? "",
          ...(item.leerlingId ? { leerlingId: item.leerlingId } : {}),
          ...(item.aanmeldingId ? { aanmeldingId: item.aanmeldingId } : {}),
        });
        continue;
      }
      jaren.add(schooljaar);
      const id = item.id ?? "";
      if (item.type === "Leerling") {
        uit.leerlingen.push({
          id,
          schooljaar,
          ...(item.elkNummer ? { elkNummer: item.elkNummer } : {}),
          ...(item.bsnHash ? { bsnHash: item.bsnHash } : {}),
        });
      } else if (item.type === "Aanmelding") {
        uit.aanmeldingen.push({ id, schooljaar, ...(item.status ? { status: item.status } : {}) });
      } else if (item.type === "SwvAanvraag") {
        uit.swvAanvragen.push({ id, schooljaar });
      }
    }
    start = pagina.LastEvaluatedKey;
  } while (start);
  uit.jaren = [...jaren].sort();
  return uit;
}

/** Deletes these keys, 25 a request, trying again what DynamoDB left unprocessed. */
async function verwijderSleutels(db: Db, sleutels: readonly ItemKey[]): Promise<number> {
  for (let i = 0; i < sleutels.length; i += 25) {
    let verzoek: Record<string, Array<{ DeleteRequest: { Key: ItemKey } }>> = {
      [db.tableName]: sleutels
        .slice(i, i + 25)
        .map((Key) => ({ DeleteRequest: { Key: { PK: Key.PK, SK: Key.SK } } })),
    };
    for (let poging = 0; Object.keys(verzoek).length > 0; poging++) {
      if (poging > 0) await new Promise((r) => setTimeout(r, Math.min(2000, 50 * 2 ** poging)));
      const res = await db.doc.send(new BatchWriteCommand({ RequestItems: verzoek }));
      verzoek = (res.UnprocessedItems ?? {}) as typeof verzoek;
      if (poging > 10) throw new Error("retention: DynamoDB kept items unprocessed");
    }
  }
  return sleutels.length;
}

/** Every item of one partition (a pupil, a registration, a request, a lottery): how many. */
export async function verwijderPartitie(db: Db, pk: string): Promise<number> {
  let totaal = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const pagina = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: "PK = :pk",
        ExpressionAttributeValues: { ":pk": pk },
        ProjectionExpression: "PK, SK",
        ExclusiveStartKey: start,
        ConsistentRead: true,
      }),
    );
    totaal += await verwijderSleutels(db, (pagina.Items ?? []) as ItemKey[]);
    start = pagina.LastEvaluatedKey;
  } while (start);
  return totaal;
}

/** A claim, only while this owner holds it (another pupil may have the value since). */
async function geefClaimVrij(db: Db, key: ItemKey, eigenaar: string): Promise<void> {
  await db.doc
    .send(
      new DeleteCommand({
        TableName: db.tableName,
        Key: key,
        ConditionExpression: "eigenaar = :e",
        ExpressionAttributeValues: { ":e": eigenaar },
      }),
    )
    .catch((error: unknown) => {
      if (!(error instanceof Error && error.name === "ConditionalCheckFailedException")) throw error;
    });
}

/**
 * A pupil gone: its partition (the pupil, its oki-doc and bijlagen, documents, notes, history),
 * its claims on the ELK-nummer and the BSN's keyed hash, and its registration in the shared
 * registry (REG-04) for that school year.
 */
export async function verwijderLeerlingGegevens(
  db: Db,
  registry: RegistryDb,
  leerling: VerlopenLeerling,
): Promise<number> {
  let totaal = await verwijderPartitie(db, keys.leerling.item(leerling.id).PK);
  if (leerling.elkNummer) await geefClaimVrij(db, keys.claim("ELKNUMMER", leerling.elkNummer), leerling.id);
  if (leerling.bsnHash) {
    await geefClaimVrij(db, keys.claim("BSN", `${leerling.schooljaar}#${leerling.bsnHash}`), leerling.id);
    await registry.doc.send(
      new DeleteCommand({
        TableName: registry.tableName,
        Key: registryKeys.registratie(leerling.bsnHash, leerling.schooljaar),
      }),
    );
    totaal += 1;
  }
  return totaal;
}

/** Notifications about these pupils or registrations (they carry the pupil's name). */
export async function verwijderNotificaties(
  db: Db,
  notificaties: VerlopenGegevens["notificaties"],
  leerlingIds: ReadonlySet<string>,
  aanmeldingIds: ReadonlySet<string>,
): Promise<number> {
  const weg = notificaties.filter(
    (n) =>
      (n.leerlingId !== undefined && leerlingIds.has(n.leerlingId)) ||
      (n.aanmeldingId !== undefined && aanmeldingIds.has(n.aanmeldingId)),
  );
  return verwijderSleutels(db, weg);
}

/** What is kept of a removed school year: counts, nothing about anyone. */
export interface BewaardeTelling {
  schooljaar: string;
  leerlingen: number;
  aanmeldingen: number;
  aanmeldingenPerStatus: Record<string, number>;
  swvAanvragen: number;
  verwijderdOp: string;
}

export const bewaardeTellingKey = (schooljaar: string): ItemKey => ({
  PK: `BEWAREN#${schooljaar}`,
  SK: "TELLING",
});

/** The anonymous counts of a removed school year, added to what an earlier run counted. */
export async function schrijfBewaardeTelling(db: Db, t: BewaardeTelling): Promise<BewaardeTelling> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: bewaardeTellingKey(t.schooljaar), ConsistentRead: true }),
  );
  const eerder = res.Item as BewaardeTelling | undefined;
  const perStatus = { ...(eerder?.aanmeldingenPerStatus ?? {}) };
  for (const [status, n] of Object.entries(t.aanmeldingenPerStatus))
    perStatus[status] = (perStatus[status] ?? 0) + n;
  const samen: BewaardeTelling = {
    schooljaar: t.schooljaar,
    leerlingen: (eerder?.leerlingen ?? 0) + t.leerlingen,
    aanmeldingen: (eerder?.aanmeldingen ?? 0) + t.aanmeldingen,
    aanmeldingenPerStatus: perStatus,
    swvAanvragen: (eerder?.swvAanvragen ?? 0) + t.swvAanvragen,
    verwijderdOp: t.verwijderdOp,
  };
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...bewaardeTellingKey(t.schooljaar), type: "BewaardeTelling", ...samen },
    }),
  );
  return samen;
}

export async function getBewaardeTelling(db: Db, schooljaar: string): Promise<BewaardeTelling | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: bewaardeTellingKey(schooljaar), ConsistentRead: true }),
  );
  return res.Item as BewaardeTelling | undefined;
}
