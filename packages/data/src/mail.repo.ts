import { DeleteCommand, GetCommand, PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
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

/**
 * A mail that could not be put in the outbox queue (SQS out of reach after the SDK's retries):
 * kept in the table instead, so the action that wrote its change does not lose its mail; the
 * outbox job (functions/src/scheduled/uitgestelde-mails.ts, every minute) queues it as soon as
 * SQS answers. It holds addresses and names, so it expires like a sent mail's mark.
 */
export interface UitgesteldeMail {
  /** Its sort key: when it was kept, then the mail's id — the oldest is queued first. */
  sk: string;
  /** The outbox message as it was meant for the queue. */
  mail: { id: string };
}

export async function bewaarUitgesteldeMail(db: Db, mail: { id: string }, nu = new Date()): Promise<void> {
  await db.doc.send(
    new PutCommand({
      TableName: db.tableName,
      Item: {
        ...keys.uitgesteldeMail(nu.toISOString(), mail.id),
        type: "UitgesteldeMail",
        mail,
        ttl: Math.floor(nu.getTime() / 1000) + BEWAAR_SECONDEN,
      },
    }),
  );
}

/** The oldest kept mails first, at most `max`. */
export async function listUitgesteldeMails(db: Db, max: number): Promise<UitgesteldeMail[]> {
  const { PK } = keys.uitgesteldeMail("", "");
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: "PK = :pk",
      ExpressionAttributeValues: { ":pk": PK },
      ConsistentRead: true,
      Limit: max,
    }),
  );
  return (res.Items ?? []).map((i) => ({ sk: String(i.SK), mail: i.mail as { id: string } }));
}

export async function verwijderUitgesteldeMail(db: Db, sk: string): Promise<void> {
  const { PK } = keys.uitgesteldeMail("", "");
  await db.doc.send(new DeleteCommand({ TableName: db.tableName, Key: { PK, SK: sk } }));
}
