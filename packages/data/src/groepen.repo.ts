import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Groep } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

export type { Groep } from "@elk/domain";

/** The stored form of a group; its index keys put it in its school's list, by name. */
export function groepItem(g: Groep) {
  return {
    ...keys.groep.item(g.id),
    ...keys.groep.index(g.schoolId, g.naam, g.id),
    type: "Groep",
    id: g.id,
    schoolId: g.schoolId,
    schooljaar: g.schooljaar,
    naam: g.naam,
    aanmeldingIds: g.aanmeldingIds,
    contactpersoonIds: g.contactpersoonIds,
  };
}

function naarGroep(item: Record<string, unknown>): Opgeslagen<Groep> {
  return item as unknown as Opgeslagen<Groep>;
}

/** A group by id; a removed group is no longer found. */
export async function getGroep(db: Db, id: string): Promise<Opgeslagen<Groep> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.groep.item(id), ConsistentRead: true }),
  );
  if (!res.Item || res.Item.verwijderdOp) return undefined;
  return naarGroep(res.Item);
}

/** The groups of a school (of one school year when given), by name. */
export async function listGroepen(
  db: Db,
  schoolId: string,
  schooljaar?: string,
): Promise<Array<Opgeslagen<Groep>>> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": keys.groep.index(schoolId, "", "").GSI1PK },
  });
  return items
    .map(
      (i) =>
        ({ ...(zonderSleutels(i) as unknown as Groep), version: Number(i.version) }) as Opgeslagen<Groep>,
    )
    .filter((g) => !schooljaar || g.schooljaar === schooljaar);
}

/** GRP-01: a new group, or a changed one on the version that was read (optimistic locking). */
export async function slaGroepOp(
  db: Db,
  groep: Groep,
  vorige: Pick<Opgeslagen<Groep>, "version"> | undefined,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const item = groepItem(groep);
  await schrijf(db, {
    ...(vorige ? { vervang: [{ ...item, version: vorige.version }] } : { nieuw: [item] }),
    gebeurtenissen: [gebeurtenis],
  });
}

/**
 * GRP-01: a removed group leaves the school's list (its index keys go) and stops counting for
 * notifications; the item stays as the anchor of its history, with the moment it was removed.
 */
export async function verwijderGroep(
  db: Db,
  groep: Opgeslagen<Groep>,
  verwijderdOp: string,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    vervang: [
      {
        ...keys.groep.item(groep.id),
        type: "Groep",
        id: groep.id,
        schoolId: groep.schoolId,
        schooljaar: groep.schooljaar,
        naam: groep.naam,
        aanmeldingIds: [],
        contactpersoonIds: [],
        verwijderdOp,
        version: groep.version,
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

/**
 * GRP-02: the users who receive the notifications about this pupil: the contact persons of the
 * groups at this school that hold its registration — nobody else.
 */
export async function contactpersonenVanAanmelding(
  db: Db,
  schoolId: string,
  aanmeldingId: string,
): Promise<string[]> {
  const groepen = await listGroepen(db, schoolId);
  return [
    ...new Set(
      groepen.filter((g) => g.aanmeldingIds.includes(aanmeldingId)).flatMap((g) => g.contactpersoonIds),
    ),
  ];
}
