import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import { keys } from "./keys";

/** Sign-out: the access token is refused from now on; the item expires (TTL) with the token. */
export async function trekTokenIn(db: Db, jti: string, verlooptOp: number): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: { ...keys.ingetrokkenToken(jti), type: "IngetrokkenToken", ttl: verlooptOp },
    }),
  );
}

export async function isTokenIngetrokken(db: Db, jti: string): Promise<boolean> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.ingetrokkenToken(jti), ConsistentRead: true }),
  );
  return res.Item !== undefined;
}
