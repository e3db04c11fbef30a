import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Leerling, leerlingNaam } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

/** A pupil as stored: with its BSN encrypted and its keyed hash, which never leave the data layer unasked. */
export type LeerlingRecord = Leerling & { bsnVersleuteld: string; bsnHash: string };

function leerlingItem(l: LeerlingRecord) {
  return {
    ...keys.leerling.item(l.id),
    ...keys.leerling.index(l.poSchoolId, l.schooljaar, `${l.achternaam} ${l.roepnaam}`, l.id),
    type: "Leerling",
    ...l,
  };
}

/** PO-01 / REG-08: a new pupil; its ELK-nummer and (keyed) BSN are unique within the region. */
export async function maakLeerlingAan(
  db: Db,
  leerling: LeerlingRecord,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [leerlingItem(leerling)],
    claims: [
      {
        soort: "ELKNUMMER",
        waarde: leerling.elkNummer,
        eigenaar: leerling.id,
        bericht: `ELK-nummer ${leerling.elkNummer} is al in gebruik.`,
      },
      {
        soort: "BSN",
        waarde: `${leerling.schooljaar}#${leerling.bsnHash}`,
        eigenaar: leerling.id,
        bericht: `Er is dit schooljaar al een leerling met dit burgerservicenummer: ${leerlingNaam(leerling)} is niet opnieuw toegevoegd.`,
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

export async function getLeerling(db: Db, id: string): Promise<Opgeslagen<LeerlingRecord> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.leerling.item(id), ConsistentRead: true }),
  );
  return res.Item as Opgeslagen<LeerlingRecord> | undefined;
}

async function viaClaim(db: Db, soort: "ELKNUMMER" | "BSN", waarde: string) {
  const claim = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.claim(soort, waarde), ConsistentRead: true }),
  );
  const eigenaar = claim.Item?.eigenaar;
  return typeof eigenaar === "string" ? getLeerling(db, eigenaar) : undefined;
}

/** REG-09: "Controleren" by ELK-nummer. */
export function getLeerlingByElkNummer(db: Db, elkNummer: string) {
  return viaClaim(db, "ELKNUMMER", elkNummer);
}

/** REG-09: "Controleren" of a buitenleerling by (the keyed hash of) its BSN. */
export function getLeerlingByBsnHash(db: Db, schooljaar: string, bsnHash: string) {
  return viaClaim(db, "BSN", `${schooljaar}#${bsnHash}`);
}

/** PO-01: the pupils of a primary school in a school year. */
export async function listLeerlingenByPoSchool(
  db: Db,
  poSchoolId: string,
  schooljaar: string,
): Promise<LeerlingRecord[]> {
  const items = await queryAlles<Record<string, unknown>>(db, {
    IndexName: "GSI1",
    KeyConditionExpression: "GSI1PK = :pk",
    ExpressionAttributeValues: { ":pk": `PO#${poSchoolId}#${schooljaar}#LEERLINGEN` },
  });
  return items.map((i) => zonderSleutels(i) as unknown as LeerlingRecord);
}
