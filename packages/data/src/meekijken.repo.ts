import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import { keys } from "./keys";
import { type Gebeurtenis, schrijf } from "./transact";

/** ACC-07: who looks along as whom, bound to the contactpersoon's own sign-in (its token's jti). */
export interface MeekijkSessie {
  id: string;
  contactpersoonId: string;
  contactpersoonNaam: string;
  doelGebruikerId: string;
  tokenJti: string;
  gestartOp: string;
  verlooptOp: string;
}

/** The session and the history event on the looked-at account, together. */
export async function startMeekijkSessie(
  db: Db,
  sessie: MeekijkSessie,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [
      {
        ...keys.meekijkSessie(sessie.id),
        type: "MeekijkSessie",
        ...sessie,
        ttl: Math.floor(new Date(sessie.verlooptOp).getTime() / 1000) + 24 * 3600,
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

export async function getMeekijkSessie(db: Db, id: string): Promise<MeekijkSessie | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.meekijkSessie(id), ConsistentRead: true }),
  );
  return res.Item as MeekijkSessie | undefined;
}
