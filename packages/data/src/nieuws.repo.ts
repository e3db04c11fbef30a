import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { Nieuwsbericht } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { type Gebeurtenis, schrijf, zonderSleutels } from "./transact";

/** HOME-01: the published news, newest first. */
export async function listGepubliceerdNieuws(db: Db, limiet = 20): Promise<Nieuwsbericht[]> {
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
  return (res.Items ?? []).map((i) => zonderSleutels(i) as unknown as Nieuwsbericht);
}

export async function publiceerNieuws(
  db: Db,
  bericht: Nieuwsbericht,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [
      {
        ...keys.nieuws.item(bericht.id),
        ...keys.nieuws.gepubliceerd(bericht.gepubliceerdOp, bericht.id),
        type: "Nieuwsbericht",
        ...bericht,
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}
