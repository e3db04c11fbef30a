import { DeleteCommand, GetCommand, PutCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import { keys } from "./keys";

/**
 * Idempotency keys (ARCHITECTURE.md; issue #10 "double submit acts once"): a state-changing
 * request that carries an `Idempotency-Key` is claimed once per user and key; its answer is kept
 * for a day, so the same request sent again — a double click, a retry after a lost connection —
 * gets the same answer without acting twice.
 */
export interface IdempotentieRecord {
  route: string;
  /** SHA-256 of the request (path and body): the same key with another request is refused. */
  verzoek: string;
  status: "bezig" | "klaar";
  /** The answer kept once done; absent when it was too large to keep. */
  antwoord?: { statusCode: number; body: string };
}

/** A day: long enough for any retry, short enough not to keep what a request said. */
const BEWAAR_SECONDEN = 24 * 3600;

export type IdempotentieClaim = { soort: "nieuw" } | { soort: "bestaand"; record: IdempotentieRecord };

/** Claims the key for this request; when it was claimed before, what is known of that request. */
export async function claimIdempotentie(
  db: Db,
  gebruikerId: string,
  sleutel: string,
  record: Pick<IdempotentieRecord, "route" | "verzoek">,
  nu = new Date(),
): Promise<IdempotentieClaim> {
  try {
    await db.doc.send(
      new PutCommand({
        TableName: db.tableName,
        Item: {
          ...keys.idempotentie(gebruikerId, sleutel),
          type: "Idempotentie",
          ...record,
          status: "bezig",
          op: nu.toISOString(),
          ttl: Math.floor(nu.getTime() / 1000) + BEWAAR_SECONDEN,
        },
        ConditionExpression: "attribute_not_exists(PK)",
      }),
    );
    return { soort: "nieuw" };
  } catch (error) {
    if (!(error instanceof Error) || error.name !== "ConditionalCheckFailedException") throw error;
  }
  const res = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.idempotentie(gebruikerId, sleutel),
      ConsistentRead: true,
    }),
  );
  const bestaand = res.Item as IdempotentieRecord | undefined;
  // Gone between the two calls (TTL): claim it afresh.
  if (!bestaand) return claimIdempotentie(db, gebruikerId, sleutel, record, nu);
  if (isVerlaten(bestaand, nu)) {
    const overgenomen = await neemVerlatenClaimOver(db, gebruikerId, sleutel, bestaand, nu);
    if (overgenomen) return { soort: "nieuw" };
  }
  return { soort: "bestaand", record: bestaand };
}

/**
 * A request still "bezig" long after any request can last (the API's 29 s) was cut off — its
 * function stopped, or letting go of the key failed in a storing (issue #10, Faults): the key may
 * be claimed again, or a user could not retry for a day.
 */
export const VERLATEN_NA_MS = 2 * 60_000;

function isVerlaten(record: IdempotentieRecord & { op?: string }, nu: Date): boolean {
  return (
    record.status === "bezig" &&
    typeof record.op === "string" &&
    nu.getTime() - Date.parse(record.op) > VERLATEN_NA_MS
  );
}

/** Takes over an abandoned claim, unless another request took it over first. */
async function neemVerlatenClaimOver(
  db: Db,
  gebruikerId: string,
  sleutel: string,
  oud: IdempotentieRecord & { op?: string },
  nu: Date,
): Promise<boolean> {
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: keys.idempotentie(gebruikerId, sleutel),
        UpdateExpression: "SET op = :nu",
        ConditionExpression: "#status = :bezig AND op = :oud",
        ExpressionAttributeNames: { "#status": "status" },
        ExpressionAttributeValues: { ":nu": nu.toISOString(), ":bezig": "bezig", ":oud": oud.op },
      }),
    );
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") return false;
    throw error;
  }
}

/** The answer of a claimed request, kept for the same request sent again. */
export async function bewaarIdempotentAntwoord(
  db: Db,
  gebruikerId: string,
  sleutel: string,
  antwoord: IdempotentieRecord["antwoord"],
): Promise<void> {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.idempotentie(gebruikerId, sleutel),
      UpdateExpression: antwoord ? "SET #status = :klaar, antwoord = :antwoord" : "SET #status = :klaar",
      ExpressionAttributeNames: { "#status": "status" },
      ExpressionAttributeValues: { ":klaar": "klaar", ...(antwoord ? { ":antwoord": antwoord } : {}) },
    }),
  );
}

/** Lets go of a claim whose request failed unexpectedly, so it may be tried again. */
export async function laatIdempotentieLos(db: Db, gebruikerId: string, sleutel: string): Promise<void> {
  await db.doc.send(
    new DeleteCommand({ TableName: db.tableName, Key: keys.idempotentie(gebruikerId, sleutel) }),
  );
}
