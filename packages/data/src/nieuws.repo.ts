import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import { type GepubliceerdNieuwsbericht, type Nieuwsbericht, nieuwsStatus } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import type { MetVersie, Wijziging } from "./organisatie.repo";
import { queryAlles } from "./query";
import { type Gebeurtenis, schrijf, zonderSleutels } from "./transact";

/**
 * The item of a news message. Only a published, not withdrawn message carries the GSI1 keys of the
 * home page; the whole item is written on every change, so withdrawing drops those keys.
 */
function nieuwsItem(bericht: Nieuwsbericht) {
  const opHomepagina = nieuwsStatus(bericht) === "gepubliceerd" && bericht.gepubliceerdOp !== undefined;
  return {
    ...keys.nieuws.item(bericht.id),
    ...keys.nieuws.alle(bericht.aangemaaktOp, bericht.id),
    ...(opHomepagina ? keys.nieuws.gepubliceerd(bericht.gepubliceerdOp ?? "", bericht.id) : {}),
    type: "Nieuwsbericht",
    ...bericht,
  };
}

/** HOME-01: the published news, newest first. */
export async function listGepubliceerdNieuws(db: Db, limiet = 20): Promise<GepubliceerdNieuwsbericht[]> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      IndexName: "GSI1",
      KeyConditionExpression: "GSI1PK = :pk",
      ExpressionAttributeValues: { ":pk": "NIEUWS#GEPUBLICEERD" },
      ScanIndexForward: false,
      Limit: limiet,
    }),
  );
  return (res.Items ?? []).map((i) => zonderSleutels(i) as unknown as GepubliceerdNieuwsbericht);
}

/** HOME-01 beheer: every message, concepts and withdrawn ones included, newest first. */
export async function listAlleNieuws(db: Db): Promise<Array<MetVersie<Nieuwsbericht>>> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI2",
    KeyConditionExpression: "GSI2PK = :pk",
    ExpressionAttributeValues: { ":pk": "NIEUWS" },
    ScanIndexForward: false,
  });
  return items.map((i) => zonderSleutels(i) as unknown as MetVersie<Nieuwsbericht>);
}

export async function getNieuwsbericht(db: Db, id: string): Promise<MetVersie<Nieuwsbericht> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.nieuws.item(id), ConsistentRead: true }),
  );
  return res.Item ? (zonderSleutels(res.Item) as unknown as MetVersie<Nieuwsbericht>) : undefined;
}

/** A new message: a concept, or (the demo seed) one that is published at once. */
export async function maakNieuwsAan(db: Db, bericht: Nieuwsbericht, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, { nieuw: [nieuwsItem(bericht)], gebeurtenissen: [gebeurtenis] });
}

/** Publishing or withdrawing a message, only if it is still at `versie`. */
export async function wijzigNieuwsbericht(
  db: Db,
  wijziging: Wijziging<Nieuwsbericht>,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    vervang: [{ ...nieuwsItem(wijziging.na), version: wijziging.versie }],
    gebeurtenissen: [gebeurtenis],
  });
}
