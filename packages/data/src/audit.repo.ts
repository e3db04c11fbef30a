import { PutCommand, QueryCommand, TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import {
  type AuditCategorie,
  auditCategorie,
  auditDag,
  auditDetails,
  BULK_EXPORT_MELDING,
  bewaartermijnEindeVoorMoment,
} from "@elk/domain";
import type { Db } from "./client";
import type { Gebeurtenis } from "./gebeurtenis";
import { keys } from "./keys";
import { queryAlles } from "./query";

/**
 * Issue #10 (PRIV): the region-wide audit trail. Append-only: records are only ever put under a
 * condition that they do not exist yet; this module has no update or delete, and no route changes
 * them. DynamoDB's TTL removes a record at the end of the retention of the school year it was made
 * in (bewaartermijnEindeVoorMoment), as the retention job removes the data it is about.
 * A record never holds a BSN: only the actor, the kind, the entity's id and an allow-list of details.
 */
export interface AuditRecord {
  id: string;
  tijdstip: string;
  /** The Dutch calendar day of `tijdstip`: the partition. */
  dag: string;
  /** The history kind: "okidoc-gelezen", "export-gedownload", "gebruiker-toegevoegd"… */
  soort: string;
  categorie: AuditCategorie;
  door:
    | {
        gebruikerId: string;
        naam: string;
        rollen?: readonly string[];
        schoolId?: string;
        locatieNaam?: string;
      }
    | "systeem";
  /** ACC-07: the contactpersoon ELK who did it while looking along as `door`. */
  meekijkendDoor?: { gebruikerId: string; naam: string };
  /** The entity the event is about, from its key: AANMELDING, LEERLING, EXPORT, GEBRUIKER, SWV… */
  betreft: { entiteit: string; id: string };
  elkNummer?: string;
  details: Record<string, string | number | boolean>;
}

/** The bulk-export alert, once per user per day. */
export interface AuditMelding {
  dag: string;
  tijdstip: string;
  gebruikerId: string;
  naam: string;
  locatieNaam?: string;
  aantal: number;
  drempel: number;
}

/** The audit record of a history event, or undefined when the event is not one the trail keeps. */
export function auditRecordVan(g: Gebeurtenis): AuditRecord | undefined {
  const meekijkendDoor = g.door === "systeem" ? undefined : g.door.meekijkendDoor;
  const categorie = auditCategorie(g.soort, g.gegevens, meekijkendDoor !== undefined);
  if (!categorie) return undefined;
  const [entiteit = "", ...rest] = g.van.PK.split("#");
  return {
    id: g.id,
    tijdstip: g.tijdstip,
    dag: auditDag(g.tijdstip),
    soort: g.soort,
    categorie,
    door:
      g.door === "systeem"
        ? "systeem"
        : {
            gebruikerId: g.door.gebruikerId,
            naam: g.door.naam,
            ...(g.wie?.rollen ? { rollen: [...g.wie.rollen] } : {}),
            ...(g.wie?.schoolId ? { schoolId: g.wie.schoolId } : {}),
            ...(g.wie?.locatieNaam ? { locatieNaam: g.wie.locatieNaam } : {}),
          },
    ...(meekijkendDoor
      ? { meekijkendDoor: { gebruikerId: meekijkendDoor.gebruikerId, naam: meekijkendDoor.naam } }
      : {}),
    betreft: { entiteit, id: rest.join("#") },
    ...(g.wie?.elkNummer ? { elkNummer: g.wie.elkNummer } : {}),
    details: auditDetails(g.gegevens),
  };
}

/** The stored item of an audit record: put only if it does not exist (append-only). */
export function auditItem(r: AuditRecord, bewaartermijnMaanden?: number) {
  const ttl =
    bewaartermijnMaanden === undefined
      ? undefined
      : Math.floor(bewaartermijnEindeVoorMoment(new Date(r.tijdstip), bewaartermijnMaanden).getTime() / 1000);
  return { ...keys.audit.item(r.dag, r.tijdstip, r.id), type: "Audit", ...r, ...(ttl ? { ttl } : {}) };
}

/**
 * Audit records that did not fit in their event's transaction (a transaction holds 100 items):
 * written right after it, each under the same append-only condition.
 */
export async function schrijfAuditRecords(db: Db, records: readonly AuditRecord[]): Promise<void> {
  for (let i = 0; i < records.length; i += 10) {
    await Promise.all(
      records.slice(i, i + 10).map((r) =>
        db.doc.send(
          new PutCommand({
            TableName: db.tableName,
            Item: auditItem(r, db.bewaartermijnMaanden),
            ConditionExpression: "attribute_not_exists(PK)",
          }),
        ),
      ),
    );
  }
}

/** The most records the view reads for one request; beyond it the answer says it was cut off. */
export const AUDIT_MAX_RECORDS = 20_000;

/** The audit records and alerts of the given days (one Query each), newest first. */
export async function listAudit(
  db: Db,
  dagen: readonly string[],
): Promise<{ records: AuditRecord[]; meldingen: AuditMelding[]; afgekapt: boolean }> {
  const records: AuditRecord[] = [];
  const meldingen: AuditMelding[] = [];
  let afgekapt = false;
  for (let i = 0; i < dagen.length && !afgekapt; i += 8) {
    const delen = await Promise.all(
      dagen.slice(i, i + 8).map((dag) =>
        queryAlles<Record<string, unknown>>(db, {
          KeyConditionExpression: "PK = :pk",
          ExpressionAttributeValues: { ":pk": keys.audit.item(dag, "", "").PK },
        }),
      ),
    );
    for (const items of delen) {
      for (const item of items) {
        if (item.type === "AuditMelding") meldingen.push(zonderOpslag(item) as unknown as AuditMelding);
        else if (item.type === "Audit") records.push(zonderOpslag(item) as unknown as AuditRecord);
      }
    }
    if (records.length > AUDIT_MAX_RECORDS) afgekapt = true;
  }
  records.sort((a, b) =>
    a.tijdstip === b.tijdstip ? b.id.localeCompare(a.id) : b.tijdstip.localeCompare(a.tijdstip),
  );
  meldingen.sort((a, b) => b.tijdstip.localeCompare(a.tijdstip));
  return { records: records.slice(0, AUDIT_MAX_RECORDS), meldingen, afgekapt };
}

function zonderOpslag(item: Record<string, unknown>): Record<string, unknown> {
  const { PK: _pk, SK: _sk, type: _t, ttl: _ttl, ...rest } = item;
  return rest;
}

/** How many exports a user started on a Dutch calendar day, from the audit trail. */
export async function telExportsVanGebruiker(db: Db, dag: string, gebruikerId: string): Promise<number> {
  let aantal = 0;
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: "PK = :pk",
        FilterExpression: "#type = :audit AND soort = :soort AND door.gebruikerId = :gebruiker",
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: {
          ":pk": keys.audit.item(dag, "", "").PK,
          ":audit": "Audit",
          ":soort": "export-aangevraagd",
          ":gebruiker": gebruikerId,
        },
        Select: "COUNT",
        ExclusiveStartKey: start,
      }),
    );
    aantal += page.Count ?? 0;
    start = page.LastEvaluatedKey;
  } while (start);
  return aantal;
}

/**
 * The bulk-export alert of a user on a day, with the notifications for the region administrators,
 * in one transaction — once: false when the alert was raised already.
 */
export async function schrijfBulkExportMelding(
  db: Db,
  melding: AuditMelding,
  notificaties: ReadonlyArray<Record<string, unknown>>,
): Promise<boolean> {
  try {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Put: {
              TableName: db.tableName,
              Item: {
                ...keys.audit.melding(melding.dag, melding.gebruikerId),
                type: "AuditMelding",
                soort: BULK_EXPORT_MELDING,
                ...melding,
                ...(db.bewaartermijnMaanden === undefined
                  ? {}
                  : {
                      ttl: Math.floor(
                        bewaartermijnEindeVoorMoment(
                          new Date(melding.tijdstip),
                          db.bewaartermijnMaanden,
                        ).getTime() / 1000,
                      ),
                    }),
              },
              ConditionExpression: "attribute_not_exists(PK)",
            },
          },
          ...notificaties.slice(0, 99).map((Item) => ({ Put: { TableName: db.tableName, Item } })),
        ],
      }),
    );
    return true;
  } catch (error) {
    const redenen = (error as { CancellationReasons?: Array<{ Code?: string }> }).CancellationReasons ?? [];
    if (
      error instanceof Error &&
      error.name === "TransactionCanceledException" &&
      redenen[0]?.Code === "ConditionalCheckFailed"
    ) {
      return false;
    }
    throw error;
  }
}
