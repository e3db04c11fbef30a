import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Door, ScanStatus, SwvAanvraag } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Bijwerking, type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

/**
 * Amsterdam: a VO school's requests to the samenwerkingsverband. The request, its bijlagen and its
 * history share the request's partition; the school's list is a Query on GSI1 per school year.
 */

export interface SwvBijlage {
  id: string;
  aanvraagId: string;
  bestandsnaam: string;
  contentType: string;
  grootte: number;
  s3Key: string;
  toegevoegdOp: string;
  toegevoegdDoor: Door;
  /** Removed while the request was a concept: no longer listed; its file is deleted. */
  verwijderdOp?: string;
  /** The malware scan's verdict (issue #10; functions/src/scan): absent until it came. */
  scan?: ScanStatus;
}

export function swvAanvraagItem(a: SwvAanvraag) {
  return {
    ...keys.swvAanvraag.item(a.id),
    ...keys.swvAanvraag.index(a.schoolId, a.schooljaar, a.aangemaaktOp, a.id),
    type: "SwvAanvraag",
    ...a,
  };
}

function naarAanvraag(item: Record<string, unknown>): Opgeslagen<SwvAanvraag> {
  return {
    ...(zonderSleutels(item) as unknown as SwvAanvraag),
    ...keys.swvAanvraag.item(String(item.id)),
    type: "SwvAanvraag",
    version: Number(item.version),
  };
}

export async function getSwvAanvraag(db: Db, id: string): Promise<Opgeslagen<SwvAanvraag> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.swvAanvraag.item(id), ConsistentRead: true }),
  );
  return res.Item ? naarAanvraag(res.Item) : undefined;
}

/** The requests of a school in a school year, oldest first. */
export async function listSwvAanvragenBySchool(
  db: Db,
  schoolId: string,
  schooljaar: string,
): Promise<Array<Opgeslagen<SwvAanvraag>>> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: {
      ":pk": keys.swvAanvraag.index(schoolId, schooljaar, "", "").GSI1PK,
    },
  });
  return items.map(naarAanvraag);
}

/** A new concept, with its first history event. */
export async function maakSwvAanvraag(
  db: Db,
  aanvraag: SwvAanvraag,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, { nieuw: [swvAanvraagItem(aanvraag)], gebeurtenissen: [gebeurtenis] });
}

/**
 * An edit or a step (indienen, terugsturen, accorderen en versturen): only on the version that
 * was read, so a decision on a stale view is refused ("intussen gewijzigd").
 */
export async function slaSwvAanvraagOp(
  db: Db,
  aanvraag: SwvAanvraag,
  vorige: Pick<Opgeslagen<SwvAanvraag>, "version">,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    vervang: [{ ...swvAanvraagItem(aanvraag), version: vorige.version }],
    gebeurtenissen: [gebeurtenis],
  });
}

/**
 * A change of the bijlagen counts as a change of the request (its version goes up, so an approval
 * on what was read before is refused) and is made only while it is still a concept.
 */
function zolangConcept(vorige: Opgeslagen<SwvAanvraag>, op: string): Bijwerking {
  return {
    key: keys.swvAanvraag.item(vorige.id),
    zet: { version: vorige.version + 1, gewijzigdOp: op },
    voorwaarde: {
      expressie: "#a0 = :c0 AND #a1 = :c1",
      namen: { "#a0": "version", "#a1": "status" },
      waarden: { ":c0": vorige.version, ":c1": "concept" },
    },
  };
}

/** The request's bijlagen, oldest first; removed ones left out. */
export async function listSwvBijlagen(db: Db, aanvraagId: string): Promise<SwvBijlage[]> {
  const items = await queryAlles<SwvBijlage>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :b)",
    ExpressionAttributeValues: { ":pk": keys.swvAanvraag.item(aanvraagId).PK, ":b": "SWV#BIJLAGE#" },
    ConsistentRead: true,
  });
  return items
    .filter((b) => !b.verwijderdOp)
    .map(alsBijlage)
    .sort((a, b) => a.toegevoegdOp.localeCompare(b.toegevoegdOp) || a.id.localeCompare(b.id));
}

function alsBijlage(b: SwvBijlage): SwvBijlage {
  const { id, aanvraagId, bestandsnaam, contentType, grootte, s3Key, toegevoegdOp, toegevoegdDoor, scan } = b;
  return {
    id,
    aanvraagId,
    bestandsnaam,
    contentType,
    grootte,
    s3Key,
    toegevoegdOp,
    toegevoegdDoor,
    ...(scan ? { scan } : {}),
  };
}

export async function getSwvBijlage(db: Db, aanvraagId: string, id: string): Promise<SwvBijlage | undefined> {
  const res = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.swvAanvraag.bijlage(aanvraagId, id),
      ConsistentRead: true,
    }),
  );
  const item = res.Item as SwvBijlage | undefined;
  return item && !item.verwijderdOp ? alsBijlage(item) : undefined;
}

/** A bijlage, its file already in the bucket, on the version of the concept that was read. */
export async function voegSwvBijlageToe(
  db: Db,
  bijlage: SwvBijlage,
  vorige: Opgeslagen<SwvAanvraag>,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [{ ...keys.swvAanvraag.bijlage(bijlage.aanvraagId, bijlage.id), type: "SwvBijlage", ...bijlage }],
    bijwerken: [zolangConcept(vorige, bijlage.toegevoegdOp)],
    gebeurtenissen: [gebeurtenis],
  });
}

/** Remove a bijlage while the request is a concept; the caller deletes its file. */
export async function verwijderSwvBijlage(
  db: Db,
  bijlage: SwvBijlage,
  vorige: Opgeslagen<SwvAanvraag>,
  verwijderdOp: string,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    bijwerken: [
      zolangConcept(vorige, verwijderdOp),
      {
        key: keys.swvAanvraag.bijlage(bijlage.aanvraagId, bijlage.id),
        zet: { verwijderdOp },
        voorwaarde: { expressie: "attribute_exists(PK) AND attribute_not_exists(verwijderdOp)" },
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

/** The request's history, oldest first. */
export async function listSwvGebeurtenissen(db: Db, aanvraagId: string): Promise<Gebeurtenis[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
    ExpressionAttributeValues: { ":pk": keys.swvAanvraag.item(aanvraagId).PK, ":g": "GEBEURTENIS#" },
    ConsistentRead: true,
  });
  return items as unknown as Gebeurtenis[];
}

/** A download of a bijlage, recorded in the request's history for audit. */
export async function registreerSwvInzage(db: Db, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, { gebeurtenissen: [gebeurtenis] });
}
