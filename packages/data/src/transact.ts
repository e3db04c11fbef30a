import { TransactWriteCommand, type TransactWriteCommandInput } from "@aws-sdk/lib-dynamodb";
import { type AuditRecord, auditItem, auditRecordVan, schrijfAuditRecords } from "./audit.repo";
import type { Db } from "./client";
import { vertaalSchrijfFout } from "./errors";
import type { Gebeurtenis } from "./gebeurtenis";
import { type ClaimSoort, type ItemKey, keys } from "./keys";

export type { Gebeurtenis } from "./gebeurtenis";

type TransactItem = NonNullable<TransactWriteCommandInput["TransactItems"]>[number];

/** An item as stored: its keys, its attributes, and the version used for optimistic locking. */
export type Opgeslagen<T> = T & ItemKey & { version: number; type: string };

export interface Claim {
  soort: ClaimSoort;
  /** The value that must be unique, already normalised (lower case, no spaces…). */
  waarde: string;
  /** The key of the item that holds the claim. */
  eigenaar: string;
  /** Dutch message when the value is taken. */
  bericht: string;
}

export interface Bijwerking {
  key: ItemKey;
  zet?: Record<string, unknown>;
  verwijder?: readonly string[];
  /** A condition expression over the attribute names #a0… and values :c0… given in `waarden`. */
  voorwaarde?: { expressie: string; namen?: Record<string, string>; waarden?: Record<string, unknown> };
}

export interface Schrijfopdracht {
  /** Items that must not exist yet; stored with version 1. */
  nieuw?: ReadonlyArray<Record<string, unknown> & ItemKey & { type: string }>;
  /** Items replaced whole, only if their stored version is still `version`. */
  vervang?: ReadonlyArray<Opgeslagen<Record<string, unknown>>>;
  claims?: readonly Claim[];
  /** Partial updates under a condition (e.g. "this link was not used yet"). */
  bijwerken?: ReadonlyArray<Bijwerking>;
  /** Claims to give back (e.g. a username that changed), only if still held by `eigenaar`. */
  vrijgeven?: ReadonlyArray<Pick<Claim, "soort" | "waarde" | "eigenaar">>;
  gebeurtenissen?: readonly Gebeurtenis[];
  /**
   * Conditional writes to another table in the same transaction — the shared registry, so a
   * registration and its cross-region claim succeed or fail together (REG-04, REGION-02).
   * `bijFout` turns a failed condition into the domain error, given the item that stood in the way.
   */
  extern?: readonly ExterneSchrijf[];
}

export interface ExterneSchrijf {
  tableName: string;
  put?: { item: Record<string, unknown> & ItemKey; voorwaarde?: string; waarden?: Record<string, unknown> };
  verwijder?: { key: ItemKey; voorwaarde?: string; waarden?: Record<string, unknown> };
  bijFout?: (bestaand: Record<string, unknown> | undefined) => Error;
}

const MAX_POGINGEN = 8;

function alleenConflict(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  if (error.name === "TransactionConflictException") return true;
  if (error.name !== "TransactionCanceledException") return false;
  const codes = ((error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? []).map(
    (r) => r.Code,
  );
  return codes.includes("TransactionConflict") && !codes.includes("ConditionalCheckFailed");
}

/**
 * One transaction for a state change: the items, their uniqueness claims and their history,
 * all or nothing (ARCHITECTURE.md, Data). A taken claim becomes AlInGebruikFout with the claim's
 * Dutch message; a lost race becomes GelijktijdigGewijzigdFout.
 */
export async function schrijf(db: Db, opdracht: Schrijfopdracht): Promise<void> {
  const items: TransactItem[] = [];
  const claimPosities: Array<{ index: number; soort: string; bericht: string }> = [];

  for (const item of opdracht.nieuw ?? []) {
    items.push({
      Put: {
        TableName: db.tableName,
        Item: { ...item, version: 1 },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    });
  }
  for (const item of opdracht.vervang ?? []) {
    items.push({
      Put: {
        TableName: db.tableName,
        Item: { ...item, version: item.version + 1 },
        ConditionExpression: "#version = :version",
        ExpressionAttributeNames: { "#version": "version" },
        ExpressionAttributeValues: { ":version": item.version },
      },
    });
  }
  for (const b of opdracht.bijwerken ?? []) {
    const namen: Record<string, string> = { ...(b.voorwaarde?.namen ?? {}) };
    const waarden: Record<string, unknown> = { ...(b.voorwaarde?.waarden ?? {}) };
    const zet = Object.entries(b.zet ?? {}).map(([attr, value], i) => {
      namen[`#z${i}`] = attr;
      waarden[`:z${i}`] = value;
      return `#z${i} = :z${i}`;
    });
    const weg = (b.verwijder ?? []).map((attr, i) => {
      namen[`#v${i}`] = attr;
      return `#v${i}`;
    });
    const expressie = [
      zet.length ? `SET ${zet.join(", ")}` : "",
      weg.length ? `REMOVE ${weg.join(", ")}` : "",
    ]
      .filter(Boolean)
      .join(" ");
    items.push({
      Update: {
        TableName: db.tableName,
        Key: b.key,
        UpdateExpression: expressie,
        ConditionExpression: b.voorwaarde?.expressie ?? "attribute_exists(PK)",
        ExpressionAttributeNames: Object.keys(namen).length ? namen : undefined,
        ExpressionAttributeValues: Object.keys(waarden).length ? waarden : undefined,
      },
    });
  }
  for (const claim of opdracht.claims ?? []) {
    claimPosities.push({ index: items.length, soort: claim.soort, bericht: claim.bericht });
    items.push({
      Put: {
        TableName: db.tableName,
        Item: { ...keys.claim(claim.soort, claim.waarde), type: "Claim", eigenaar: claim.eigenaar },
        // The same owner may claim again (a retry, a re-activation); anyone else is refused.
        ConditionExpression: "attribute_not_exists(PK) OR eigenaar = :eigenaar",
        ExpressionAttributeValues: { ":eigenaar": claim.eigenaar },
      },
    });
  }
  for (const claim of opdracht.vrijgeven ?? []) {
    items.push({
      Delete: {
        TableName: db.tableName,
        Key: keys.claim(claim.soort, claim.waarde),
        ConditionExpression: "eigenaar = :eigenaar",
        ExpressionAttributeValues: { ":eigenaar": claim.eigenaar },
      },
    });
  }
  for (const g of opdracht.gebeurtenissen ?? []) {
    items.push({
      Put: {
        TableName: db.tableName,
        Item: {
          ...keys.gebeurtenis(g.van, g.tijdstip, g.id),
          type: "Gebeurtenis",
          id: g.id,
          tijdstip: g.tijdstip,
          soort: g.soort,
          door: g.door,
          gegevens: g.gegevens,
        },
        ConditionExpression: "attribute_not_exists(PK)",
      },
    });
  }
  // Issue #10: reads of personal data and actions while looking along go to the region-wide audit
  // trail too, in the same transaction when it has room (a transaction holds 100 items).
  const audits = (opdracht.gebeurtenissen ?? []).flatMap((g) => {
    const r = auditRecordVan(g);
    return r ? [r] : [];
  });
  const externeAantal = (opdracht.extern ?? []).filter((e) => e.put || e.verwijder).length;
  const auditsLater: AuditRecord[] = items.length + externeAantal + audits.length <= 100 ? [] : audits;
  if (auditsLater.length === 0) {
    for (const r of audits) {
      items.push({
        Put: {
          TableName: db.tableName,
          Item: auditItem(r, db.bewaartermijnMaanden),
          ConditionExpression: "attribute_not_exists(PK)",
        },
      });
    }
  }
  const externePosities: Array<{ index: number; bijFout: NonNullable<ExterneSchrijf["bijFout"]> }> = [];
  for (const e of opdracht.extern ?? []) {
    if (e.bijFout) externePosities.push({ index: items.length, bijFout: e.bijFout });
    if (e.put) {
      items.push({
        Put: {
          TableName: e.tableName,
          Item: e.put.item,
          ConditionExpression: e.put.voorwaarde,
          ExpressionAttributeValues: e.put.waarden,
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      });
    } else if (e.verwijder) {
      items.push({
        Delete: {
          TableName: e.tableName,
          Key: e.verwijder.key,
          ConditionExpression: e.verwijder.voorwaarde,
          ExpressionAttributeValues: e.verwijder.waarden,
          ReturnValuesOnConditionCheckFailure: "ALL_OLD",
        },
      });
    }
  }
  if (items.length === 0) return;
  if (items.length > 100) throw new Error(`A transaction holds at most 100 items, got ${items.length}`);
  for (let poging = 1; ; poging++) {
    try {
      await db.doc.send(new TransactWriteCommand({ TransactItems: items }));
      if (auditsLater.length > 0) await schrijfAuditRecords(db, auditsLater);
      return;
    } catch (error) {
      // Two transactions on the same item at the same moment: DynamoDB cancels one with a
      // TransactionConflict and writes nothing of it. Trying again settles it by the conditions.
      if (alleenConflict(error) && poging < MAX_POGINGEN) {
        await new Promise((r) => setTimeout(r, Math.random() * 25 * poging));
        continue;
      }
      throw vertaalSchrijfFout(error, claimPosities, externePosities);
    }
  }
}

/** Strip the storage attributes from an item read from the table. */
export function zonderSleutels<T extends Record<string, unknown>>(
  item: T,
): Omit<T, "PK" | "SK" | "GSI1PK" | "GSI1SK" | "GSI2PK" | "GSI2SK" | "type"> {
  const { PK: _pk, SK: _sk, GSI1PK: _g1, GSI1SK: _g1s, GSI2PK: _g2, GSI2SK: _g2s, type: _t, ...rest } = item;
  return rest;
}
