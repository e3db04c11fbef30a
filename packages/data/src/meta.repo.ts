import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import { keys } from "./keys";

/** Small bookkeeping items of the local stack and migrations (e.g. "seeded at"). */
export async function getMeta(db: Db, naam: string): Promise<Record<string, unknown> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.meta(naam), ConsistentRead: true }),
  );
  return res.Item;
}

export async function putMeta(db: Db, naam: string, waarde: Record<string, unknown>): Promise<void> {
  await db.doc.send(
    new PutCommand({ TableName: db.tableName, Item: { ...keys.meta(naam), type: "Meta", ...waarde } }),
  );
}
