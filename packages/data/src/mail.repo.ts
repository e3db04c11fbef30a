import { GetCommand, PutCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import { keys } from "./keys";

/**
 * The mail outbox's memory of what it sent (issue #10, Faults: "none lost, none twice"). SQS
 * delivers at least once: a mail sent whose message was not deleted (a worker stopped after SES
 * took it) comes again, and is then recognised by its id and not sent again.
 */

/** Two weeks: longer than a message can live in the queue (4 days) and its DLQ (14 days). */
const BEWAAR_SECONDEN = 14 * 24 * 3600;

export async function isMailVerstuurd(db: Db, mailId: string): Promise<boolean> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.mailVerstuurd(mailId), ConsistentRead: true }),
  );
  return res.Item !== undefined;
}

export async function markeerMailVerstuurd(db: Db, mailId: string, nu = new Date()): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.mailVerstuurd(mailId),
        type: "MailVerstuurd",
        op: nu.toISOString(),
        ttl: Math.floor(nu.getTime() / 1000) + BEWAAR_SECONDEN,
      },
    }),
  );
}
