import { GetCommand } from "@aws-sdk/lib-dynamodb";
import { type Kalender, type RegionConfig, standaardKalender } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { type Gebeurtenis, schrijf, zonderSleutels } from "./transact";

/** A school year's calendar with the version a change must be based on; 0: not set, the region's defaults. */
export type KalenderRecord = Kalender & { version: number };

/**
 * REG-10 / LOT-04: the calendar of a school year — as the region administrator set it, or else the
 * defaults derived from the region's configuration. Registration checks its period against this.
 */
export async function getKalender(
  db: Db,
  schooljaar: string,
  config: Pick<RegionConfig, "kalender">,
): Promise<KalenderRecord> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.kalender(schooljaar), ConsistentRead: true }),
  );
  if (!res.Item) return { ...standaardKalender(schooljaar, config.kalender), version: 0 };
  const { version, ...kalender } = zonderSleutels(res.Item);
  return { ...(kalender as unknown as Kalender), version: Number(version) };
}

/** Store a school year's calendar, only if nobody changed it since `version` was read (0: never set). */
export async function slaKalenderOp(
  db: Db,
  kalender: Kalender,
  version: number,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  const item = { ...keys.kalender(kalender.schooljaar), type: "Kalender", ...kalender };
  await schrijf(db, {
    ...(version === 0 ? { nieuw: [item] } : { vervang: [{ ...item, version }] }),
    gebeurtenissen: [gebeurtenis],
  });
}
