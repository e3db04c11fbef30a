import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Bestuur, type School, vestigingsnummer } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, schrijf, zonderSleutels } from "./transact";

export async function getBestuur(db: Db, id: string): Promise<Bestuur | undefined> {
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.bestuur.item(id) }));
  return res.Item ? (zonderSleutels(res.Item) as unknown as Bestuur) : undefined;
}

export async function listBesturen(db: Db): Promise<Bestuur[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": "BESTUREN" },
  });
  return items.map((i) => zonderSleutels(i) as unknown as Bestuur);
}

export async function maakBestuurAan(db: Db, bestuur: Bestuur, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, {
    nieuw: [
      { ...keys.bestuur.item(bestuur.id), ...keys.bestuur.alle(bestuur.naam), type: "Bestuur", ...bestuur },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

export async function getSchool(db: Db, id: string): Promise<School | undefined> {
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: keys.school.item(id) }));
  return res.Item ? (zonderSleutels(res.Item) as unknown as School) : undefined;
}

export async function listScholenByBestuur(db: Db, bestuurId: string): Promise<School[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": `BESTUUR#${bestuurId}#SCHOLEN` },
  });
  return items.map((i) => zonderSleutels(i) as unknown as School);
}

export async function listAlleScholen(db: Db): Promise<School[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI2",
    KeyConditionExpression: "GSI2PK = :pk",
    ExpressionAttributeValues: { ":pk": "SCHOLEN" },
  });
  return items.map((i) => zonderSleutels(i) as unknown as School);
}

/** ORG-01: BRIN + vestigingscode is unique, held by a claim written with the school. */
export async function maakSchoolAan(db: Db, school: School, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, {
    nieuw: [
      {
        ...keys.school.item(school.id),
        ...keys.school.index(school.bestuurId, school.naam, school.id),
        type: "School",
        ...school,
      },
    ],
    claims: [
      {
        soort: "VESTIGING",
        waarde: vestigingsnummer(school),
        eigenaar: school.id,
        bericht: `Er bestaat al een school met BRIN ${school.brin.toUpperCase()} en vestigingscode ${school.vestigingscode}.`,
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}
