import type { Notitie } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, schrijf } from "./transact";

/** TRT-12: a note's item, in the pupil's partition; also written inside a decision (TRT-10). */
export function notitieItem(n: Notitie) {
  return { ...keys.notitie(n.leerlingId, n.op, n.id), type: "Notitie", ...n };
}

export async function plaatsNotitie(db: Db, n: Notitie, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, { nieuw: [notitieItem(n)], gebeurtenissen: [gebeurtenis] });
}

/** All notes on a pupil, oldest first; who may see which is the domain's rule (magNotitieZien). */
export async function listNotities(db: Db, leerlingId: string): Promise<Notitie[]> {
  const items = await queryAlles<Notitie & { PK: string; SK: string; type: string; version: number }>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :n)",
    ExpressionAttributeValues: { ":pk": keys.leerling.item(leerlingId).PK, ":n": "NOTITIE#" },
  });
  return items.map(({ PK: _pk, SK: _sk, type: _t, version: _v, ...n }) => n);
}
