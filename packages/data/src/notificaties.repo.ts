import { UpdateCommand } from "@aws-sdk/lib-dynamodb";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";

/**
 * GRP-02 / GRP-04 / PO-03: a notification for one user about a pupil. Written in the same
 * transaction as the event it reports (fan-out per recipient, so each has its own unread state).
 * `zichtbaarVanaf` holds a message back until a moment (TRT-05: a placement reaches the primary
 * school only after the CP&L announcement).
 */
export interface Notificatie {
  id: string;
  gebruikerId: string;
  op: string;
  zichtbaarVanaf?: string;
  /** What kind of event: "aanvulling-gevraagd", "okidoc-vrijgegeven", "plaatsen"… */
  soort: string;
  tekst: string;
  leerlingId?: string;
  aanmeldingId?: string;
  leerlingNaam?: string;
  elkNummer?: string;
  gelezen: boolean;
}

export type NieuweNotificatie = Omit<Notificatie, "gebruikerId" | "gelezen" | "id"> & { id: string };

/** The items to put in a transaction: one per recipient (duplicates dropped). */
export function notificatieItems(ontvangers: readonly string[], n: NieuweNotificatie) {
  return [...new Set(ontvangers)].map((gebruikerId) => ({
    ...keys.notificatie(gebruikerId, n.op, `${n.id}-${gebruikerId.slice(0, 8)}`),
    type: "Notificatie",
    ...n,
    id: `${n.id}-${gebruikerId.slice(0, 8)}`,
    gebruikerId,
    gelezen: false,
  }));
}

/** GRP-04: the user's notifications, newest first; held-back ones only once their moment has come. */
export async function listNotificaties(
  db: Db,
  gebruikerId: string,
  nu: Date,
  max = 200,
): Promise<Notificatie[]> {
  const items = await queryAlles<Notificatie & { SK: string }>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :n)",
    ExpressionAttributeValues: { ":pk": `GEBRUIKER#${gebruikerId}`, ":n": "NOTIFICATIE#" },
    ScanIndexForward: false,
  });
  const moment = nu.toISOString();
  return items
    .filter((n) => !n.zichtbaarVanaf || n.zichtbaarVanaf <= moment)
    .slice(0, max)
    .map(
      ({
        id,
        gebruikerId: g,
        op,
        zichtbaarVanaf,
        soort,
        tekst,
        leerlingId,
        aanmeldingId,
        leerlingNaam,
        elkNummer,
        gelezen,
      }) => ({
        id,
        gebruikerId: g,
        op,
        zichtbaarVanaf,
        soort,
        tekst,
        leerlingId,
        aanmeldingId,
        leerlingNaam,
        elkNummer,
        gelezen,
      }),
    );
}

/** GRP-04: mark one notification read (only the user's own: the key contains the user). */
export async function markeerNotificatieGelezen(
  db: Db,
  gebruikerId: string,
  n: Pick<Notificatie, "op" | "id">,
) {
  await db.doc.send(
    new UpdateCommand({
      TableName: db.tableName,
      Key: keys.notificatie(gebruikerId, n.op, n.id),
      UpdateExpression: "SET gelezen = :ja",
      ConditionExpression: "attribute_exists(PK)",
      ExpressionAttributeValues: { ":ja": true },
    }),
  );
}
