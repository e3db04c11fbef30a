import {
  BatchGetCommand,
  type BatchGetCommandOutput,
  GetCommand,
  TransactWriteCommand,
} from "@aws-sdk/lib-dynamodb";
import { type Leerling, leerlingBsnBezetBericht, leerlingNaam } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Claim, type Gebeurtenis, type Opgeslagen, schrijf, zonderSleutels } from "./transact";

/** A pupil as stored: with its BSN encrypted and its keyed hash, which never leave the data layer unasked. */
export type LeerlingRecord = Leerling & { bsnVersleuteld: string; bsnHash: string };

/** The stored form of a pupil: its index keys follow from its primary school, school year and name. */
export function leerlingItem(l: LeerlingRecord) {
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
    claims: leerlingClaims(leerling),
    gebeurtenissen: [gebeurtenis],
  });
}

export function leerlingClaims(leerling: LeerlingRecord): Claim[] {
  return [
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
      bericht: leerlingBsnBezetBericht(leerlingNaam(leerling)),
    },
  ];
}

/** A pupil with its two claims and its event: four of a transaction's hundred items. */
const LEERLINGEN_PER_TRANSACTIE = 25;

/**
 * PO-01 import: many new pupils. The caller checked every row and looked up every BSN first, so
 * the claims only settle a race; a transaction holds 25 pupils, and should a later one lose such a
 * race, the pupils of the earlier ones are taken out again — the import is all or nothing.
 */
export async function maakLeerlingenAan(
  db: Db,
  leerlingen: ReadonlyArray<{ leerling: LeerlingRecord; gebeurtenis: Gebeurtenis }>,
): Promise<void> {
  const delen: Array<typeof leerlingen> = [];
  for (let i = 0; i < leerlingen.length; i += LEERLINGEN_PER_TRANSACTIE) {
    delen.push(leerlingen.slice(i, i + LEERLINGEN_PER_TRANSACTIE));
  }
  const geschreven: Array<typeof leerlingen> = [];
  try {
    for (const deel of delen) {
      await schrijf(db, {
        nieuw: deel.map((d) => leerlingItem(d.leerling)),
        claims: deel.flatMap((d) => leerlingClaims(d.leerling)),
        gebeurtenissen: deel.map((d) => d.gebeurtenis),
      });
      geschreven.push(deel);
    }
  } catch (error) {
    for (const deel of geschreven) {
      const weg = deel.flatMap(({ leerling, gebeurtenis: g }) => [
        keys.leerling.item(leerling.id),
        ...leerlingClaims(leerling).map((c) => keys.claim(c.soort, c.waarde)),
        keys.gebeurtenis(g.van, g.tijdstip, g.id),
      ]);
      await db.doc.send(
        new TransactWriteCommand({
          TransactItems: weg.map((Key) => ({ Delete: { TableName: db.tableName, Key } })),
        }),
      );
    }
    throw error;
  }
}

/** PO-01: corrected names, address, advice or e-mail; only if nobody changed the pupil since it was read. */
export async function vervangLeerling(
  db: Db,
  leerling: Opgeslagen<LeerlingRecord>,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const { version, ...rest } = leerling;
  const record = zonderSleutels(rest) as unknown as LeerlingRecord;
  await schrijf(db, { vervang: [{ ...leerlingItem(record), version }], gebeurtenissen: [gebeurtenis] });
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

/** PO-01 import: which of these (keyed) BSNs already belong to a pupil this school year — one read per hundred. */
export async function listBekendeBsnHashes(
  db: Db,
  schooljaar: string,
  bsnHashes: readonly string[],
): Promise<Set<string>> {
  const claims = [...new Set(bsnHashes)].map((hash) => ({
    hash,
    key: keys.claim("BSN", `${schooljaar}#${hash}`),
  }));
  const hashVanClaim = new Map(claims.map((c) => [c.key.PK, c.hash]));
  const bekend = new Set<string>();
  for (let i = 0; i < claims.length; i += 100) {
    let teLezen: Array<Record<string, unknown>> | undefined = claims
      .slice(i, i + 100)
      .map((c) => ({ ...c.key }));
    while (teLezen && teLezen.length > 0) {
      const res: BatchGetCommandOutput = await db.doc.send(
        new BatchGetCommand({ RequestItems: { [db.tableName]: { Keys: teLezen, ConsistentRead: true } } }),
      );
      for (const item of res.Responses?.[db.tableName] ?? []) {
        const hash = hashVanClaim.get(String(item.PK));
        if (hash) bekend.add(hash);
      }
      teLezen = res.UnprocessedKeys?.[db.tableName]?.Keys;
    }
  }
  return bekend;
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
