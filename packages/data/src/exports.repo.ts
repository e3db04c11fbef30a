import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  GetCommand,
  UpdateCommand,
} from "@aws-sdk/lib-dynamodb";
import type { ExportSoort } from "@elk/domain";
import type { AanmeldingRecord } from "./aanmeldingen.repo";
import type { Db } from "./client";
import { type ItemKey, keys } from "./keys";
import type { LeerlingRecord } from "./leerlingen.repo";
import type { OkidocRecord } from "./okidoc.repo";
import { queryAlles } from "./query";
import { type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

/**
 * EXP-01 … EXP-03: an export of a VO school, built by the exports worker into the files bucket.
 * The record holds what was asked (the overview's filters or the ticked pupils) and how far the
 * worker got; `ttl` removes it with its file (the bucket's lifecycle rule on exports/).
 */
export interface ExportRecord {
  id: string;
  soort: ExportSoort;
  schoolId: string;
  schoolNaam: string;
  schooljaar: string;
  aangevraagdOp: string;
  door: { gebruikerId: string; naam: string; meekijkendDoor?: { gebruikerId: string; naam: string } };
  /** The overview's filters and search (EXP-01), as the overview's query holds them. */
  filter?: Record<string, string>;
  /** The ticked pupils (registration ids); when present the filters do not count. */
  selectie?: string[];
  /** The BSN column is in the file (buitenleerlingen, for the roles allowed — exports.ts). */
  metBsn: boolean;
  status: "wachtrij" | "bezig" | "klaar" | "mislukt";
  /** 0 … 100. */
  voortgang: number;
  aantal?: number;
  s3Key?: string;
  bestandsnaam?: string;
  klaarOp?: string;
  /** Epoch seconds: DynamoDB removes the record after this. */
  ttl: number;
}

/** A new export, its request in its history. */
export async function maakExport(db: Db, record: ExportRecord, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, {
    nieuw: [{ ...keys.export(record.id), type: "Export", ...record }],
    gebeurtenissen: [gebeurtenis],
  });
}

export async function getExport(db: Db, id: string): Promise<Opgeslagen<ExportRecord> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.export(id), ConsistentRead: true }),
  );
  return res.Item as Opgeslagen<ExportRecord> | undefined;
}

/** The worker's progress; only the worker writes it, so no version is needed. */
export async function werkExportBij(
  db: Db,
  id: string,
  stand: Partial<
    Pick<ExportRecord, "status" | "voortgang" | "aantal" | "s3Key" | "bestandsnaam" | "klaarOp">
  >,
): Promise<void> {
  const namen: Record<string, string> = {};
  const waarden: Record<string, unknown> = {};
  const zet = Object.entries(stand).map(([attr, waarde], i) => {
    namen[`#a${i}`] = attr;
    waarden[`:v${i}`] = waarde;
    return `#a${i} = :v${i}`;
  });
  if (zet.length === 0) return;
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.export(id),
      UpdateExpression: `SET ${zet.join(", ")}`,
      ConditionExpression: "attribute_exists(PK)",
      ExpressionAttributeNames: namen,
      ExpressionAttributeValues: waarden,
    }),
  );
}

/** Every download is recorded: who fetched which export, when (the file itself never in a log). */
export async function registreerExportDownload(db: Db, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, { gebeurtenissen: [gebeurtenis] });
}

/** The history of an export: requested, downloaded. */
export async function listExportGebeurtenissen(db: Db, id: string): Promise<Gebeurtenis[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
    ExpressionAttributeValues: { ":pk": keys.export(id).PK, ":g": "GEBEURTENIS#" },
    ConsistentRead: true,
  });
  return items as unknown as Gebeurtenis[];
}

/** REG-06 / TRT-09: the registrations of a school undone by the parents or withdrawn by the school. */
export async function listTerugtrekkersBySchool(
  db: Db,
  schoolId: string,
  schooljaar: string,
): Promise<AanmeldingRecord[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": keys.aanmelding.terugtrekkersVanSchool(schoolId, schooljaar) },
  });
  return items.map((i) => zonderSleutels(i) as unknown as AanmeldingRecord);
}

/** Items by key, a hundred per BatchGet, unprocessed keys retried; missing ones are left out. */
async function leesPerHonderd<T>(db: Db, sleutels: readonly ItemKey[]): Promise<Map<string, T>> {
  const gevonden = new Map<string, T>();
  const uniek = [...new Map(sleutels.map((k) => [k.PK, k])).values()];
  for (let i = 0; i < uniek.length; i += 100) {
    let teLezen: Array<Record<string, unknown>> | undefined = uniek.slice(i, i + 100).map((k) => ({ ...k }));
    while (teLezen && teLezen.length > 0) {
      const res: BatchGetCommandOutput = await db.doc.send(
        new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: teLezen } } }),
      );
      for (const item of res.Responses?.[db.tableName] ?? []) gevonden.set(String(item.PK), item as T);
      teLezen = res.UnprocessedKeys?.[db.tableName]?.Keys;
    }
  }
  return gevonden;
}

/** The pupils of these registrations, by leerlingId (exports need their address and birth date). */
export async function getLeerlingenVanAanmeldingen(
  db: Db,
  aanmeldingen: readonly Pick<AanmeldingRecord, "leerlingId">[],
): Promise<Map<string, LeerlingRecord>> {
  const perPk = await leesPerHonderd<LeerlingRecord>(
    db,
    aanmeldingen.map((a) => keys.leerling.item(a.leerlingId)),
  );
  return new Map([...perPk.values()].map((l) => [l.id, l]));
}

/** The oki-docs of these pupils, by leerlingId (EXP-03: the doorstroomtoets results live in them). */
export async function getOkidocsVanLeerlingen(
  db: Db,
  leerlingIds: readonly string[],
): Promise<Map<string, OkidocRecord>> {
  const perPk = await leesPerHonderd<OkidocRecord>(
    db,
    leerlingIds.map((id) => keys.okidoc(id)),
  );
  return new Map([...perPk.values()].map((o) => [o.leerlingId, o]));
}
