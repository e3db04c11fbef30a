import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

/**
 * GRP-01: a group of a VO school: a name, pupils (their registrations at this school) and
 * contact persons (users of the school). Any user of the school may edit it.
 */
export interface Groep {
  id: string;
  schoolId: string;
  schooljaar: string;
  naam: string;
  aanmeldingIds: string[];
  contactpersoonIds: string[];
}

export function groepItem(g: Groep) {
  return { ...keys.groep.item(g.id), ...keys.groep.index(g.schoolId, g.naam, g.id), type: "Groep", ...g };
}

export async function getGroep(db: Db, id: string): Promise<Opgeslagen<Groep> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.groep.item(id), ConsistentRead: true }),
  );
  return res.Item as Opgeslagen<Groep> | undefined;
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
    ExpressionAttributeValues: { ":pk": `SCHOOL#${schoolId}#GROEPEN` },
  });
  return items
    .map(
      (i) =>
        ({ ...(zonderSleutels(i) as unknown as Groep), version: Number(i.version) }) as Opgeslagen<Groep>,
    )
    .filter((g) => !schooljaar || g.schooljaar === schooljaar);
}

export async function slaGroepOp(
  db: Db,
  groep: Groep,
  vorige: Opgeslagen<Groep> | undefined,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const item = groepItem(groep);
  await schrijf(db, {
    ...(vorige ? { vervang: [{ ...item, version: vorige.version }] } : { nieuw: [item] }),
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
