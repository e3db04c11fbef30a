import { GetCommand } from "@aws-sdk/lib-dynamodb";
import {
  type Bestuur,
  bestuursnaamBezetBericht,
  bestuursnaamSleutel,
  type School,
  vestigingBezetBericht,
  vestigingsnummer,
} from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Claim, type Gebeurtenis, schrijf, zonderSleutels } from "./transact";

/** An entity as read, with the version a later change must name (optimistic locking). */
export type MetVersie<T> = T & { version: number };

/** A change of an entity: what was read, what it becomes, and the version the change is based on. */
export interface Wijziging<T> {
  voor: T;
  na: T;
  versie: number;
}

function bestuurItem(bestuur: Bestuur) {
  return {
    ...keys.bestuur.item(bestuur.id),
    ...keys.bestuur.alle(bestuur.naam),
    type: "Bestuur",
    ...bestuur,
  };
}

function bestuursnaamClaim(bestuur: Bestuur): Claim {
  return {
    soort: "BESTUURSNAAM",
    waarde: bestuursnaamSleutel(bestuur.naam),
    eigenaar: bestuur.id,
    bericht: bestuursnaamBezetBericht(bestuur.naam),
  };
}

export async function getBestuur(db: Db, id: string): Promise<MetVersie<Bestuur> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.bestuur.item(id), ConsistentRead: true }),
  );
  return res.Item ? (zonderSleutels(res.Item) as unknown as MetVersie<Bestuur>) : undefined;
}

/** All besturen of the region, by name. */
export async function listBesturen(db: Db): Promise<Array<MetVersie<Bestuur>>> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": "BESTUREN" },
  });
  return items.map((i) => zonderSleutels(i) as unknown as MetVersie<Bestuur>);
}

/** ORG-01: a new bestuur; its name is unique, held by a claim written with it. */
export async function maakBestuurAan(db: Db, bestuur: Bestuur, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, {
    nieuw: [bestuurItem(bestuur)],
    claims: [bestuursnaamClaim(bestuur)],
    gebeurtenissen: [gebeurtenis],
  });
}

/** ORG-01 / ORG-05: a changed bestuur; a new name swaps the name claim in the same transaction. */
export async function wijzigBestuur(
  db: Db,
  wijziging: Wijziging<Bestuur>,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const { voor, na, versie } = wijziging;
  const andereNaam = bestuursnaamSleutel(voor.naam) !== bestuursnaamSleutel(na.naam);
  await schrijf(db, {
    vervang: [{ ...bestuurItem(na), version: versie }],
    claims: andereNaam ? [bestuursnaamClaim(na)] : [],
    vrijgeven: andereNaam ? [bestuursnaamClaim(voor)] : [],
    gebeurtenissen: [gebeurtenis],
  });
}

function schoolItem(school: School) {
  return {
    ...keys.school.item(school.id),
    ...keys.school.index(school.bestuurId, school.naam, school.id),
    type: "School",
    ...school,
  };
}

function vestigingClaim(school: School): Claim {
  return {
    soort: "VESTIGING",
    waarde: vestigingsnummer(school),
    eigenaar: school.id,
    bericht: vestigingBezetBericht(school),
  };
}

export async function getSchool(db: Db, id: string): Promise<MetVersie<School> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.school.item(id), ConsistentRead: true }),
  );
  return res.Item ? (zonderSleutels(res.Item) as unknown as MetVersie<School>) : undefined;
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
    nieuw: [schoolItem(school)],
    claims: [vestigingClaim(school)],
    gebeurtenissen: [gebeurtenis],
  });
}

/**
 * ORG-02 / ORG-03: a changed school (its data or its afdelingen), only if it is still at `versie`.
 * A new BRIN + vestigingscode gives back the old claim and takes the new one in the same transaction;
 * a new name or bestuur moves the school in the indexes because the item is written whole.
 */
export async function wijzigSchool(
  db: Db,
  wijziging: Wijziging<School>,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const { voor, na, versie } = wijziging;
  if (voor.id !== na.id) throw new Error("wijzigSchool: voor and na are different schools");
  const andereVestiging = vestigingsnummer(voor) !== vestigingsnummer(na);
  await schrijf(db, {
    vervang: [{ ...schoolItem(na), version: versie }],
    claims: andereVestiging ? [vestigingClaim(na)] : [],
    vrijgeven: andereVestiging ? [vestigingClaim(voor)] : [],
    gebeurtenissen: [gebeurtenis],
  });
}
