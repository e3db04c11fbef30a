import { QueryCommand, UpdateCommand } from "@aws-sdk/lib-dynamodb";
import { NietGevondenFout } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";

/**
 * GRP-02 / GRP-04 / PO-03: a notification for one user about a pupil. Written in the same
 * transaction as the event it reports (fan-out per recipient, so each has its own unread state).
 * `zichtbaarVanaf` holds a message back until a moment (TRT-05: a placement reaches the primary
 * school only after the CP&L announcement).
 */
export interface Notificatie {
  id: string;
  gebruikerId: string;
  /** When the event happened. */
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

/** A notification as the user's list shows it: `verwijzing` names it in a URL, `moment` orders it. */
export type ZichtbareNotificatie = Notificatie & { verwijzing: string; moment: string };

/** The moment a notification appears in the list: when it was held back, the moment it is released. */
function momentVan(n: Pick<Notificatie, "op" | "zichtbaarVanaf">): string {
  // Normalised to UTC ISO so that sort keys compare as moments ("+02:00" and "Z" alike).
  return new Date(n.zichtbaarVanaf ?? n.op).toISOString();
}

const SK_PREFIX = "NOTIFICATIE#";

/**
 * The items to put in a transaction: one per recipient (duplicates dropped). The sort key holds
 * the moment the notification appears, so the list reads newest first and a held-back one takes
 * its place when it is released, not when the event happened.
 */
export function notificatieItems(ontvangers: readonly string[], n: NieuweNotificatie) {
  const moment = momentVan(n);
  return [...new Set(ontvangers)].map((gebruikerId) => {
    const id = `${n.id}-${gebruikerId.slice(0, 8)}`;
    return {
      ...keys.notificatie(gebruikerId, moment, id),
      type: "Notificatie",
      ...n,
      ...(n.zichtbaarVanaf ? { zichtbaarVanaf: moment } : {}),
      id,
      gebruikerId,
      gelezen: false,
    };
  });
}

/** The notification's name in a URL: its sort key, base64url, so it holds no "#" or ":". */
export function notificatieVerwijzing(sk: string): string {
  return Buffer.from(sk.slice(SK_PREFIX.length), "utf8").toString("base64url");
}

/** The sort key a URL's notification name stands for, or undefined when it is no such name. */
function sortKeyVan(verwijzing: string): string | undefined {
  if (!/^[A-Za-z0-9_-]{1,400}$/.test(verwijzing)) return undefined;
  const rest = Buffer.from(verwijzing, "base64url").toString("utf8");
  return /^\d{4}-\d{2}-\d{2}T[\d:.]+Z#[^#]{1,200}$/.test(rest) ? `${SK_PREFIX}${rest}` : undefined;
}

function naarNotificatie(item: Record<string, unknown>): ZichtbareNotificatie {
  const i = item as unknown as Notificatie & { SK: string };
  return {
    id: i.id,
    gebruikerId: i.gebruikerId,
    op: i.op,
    ...(i.zichtbaarVanaf ? { zichtbaarVanaf: i.zichtbaarVanaf } : {}),
    soort: i.soort,
    tekst: i.tekst,
    ...(i.leerlingId ? { leerlingId: i.leerlingId } : {}),
    ...(i.aanmeldingId ? { aanmeldingId: i.aanmeldingId } : {}),
    ...(i.leerlingNaam ? { leerlingNaam: i.leerlingNaam } : {}),
    ...(i.elkNummer ? { elkNummer: i.elkNummer } : {}),
    gelezen: i.gelezen === true,
    verwijzing: notificatieVerwijzing(i.SK),
    moment: i.SK.slice(SK_PREFIX.length).split("#")[0] ?? i.op,
  };
}

/** Sort keys up to and including this moment: what has appeared by then. */
function totEnMet(nu: Date): string {
  return `${SK_PREFIX}${nu.toISOString()}#\uffff`;
}

/**
 * GRP-04: the user's notifications, newest first; held-back ones only once their moment has come.
 * One Query on the user's partition, read backwards from `nu`, at most `max` items.
 */
export async function listNotificaties(
  db: Db,
  gebruikerId: string,
  nu: Date,
  max = 100,
): Promise<ZichtbareNotificatie[]> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: "PK = :pk AND SK BETWEEN :van AND :tot",
      ExpressionAttributeValues: {
        ":pk": keys.notificatie(gebruikerId, "", "").PK,
        ":van": SK_PREFIX,
        ":tot": totEnMet(nu),
      },
      ScanIndexForward: false,
      Limit: max,
    }),
  );
  return (res.Items ?? []).map(naarNotificatie);
}

/**
 * GRP-04: mark one notification read — only the user's own (the key lies in the user's partition)
 * and only one that has appeared. Anything else is "not found".
 */
export async function markeerNotificatieGelezen(
  db: Db,
  gebruikerId: string,
  verwijzing: string,
  nu: Date,
): Promise<void> {
  const sk = sortKeyVan(verwijzing);
  if (!sk || sk > totEnMet(nu)) throw new NietGevondenFout("De notificatie");
  try {
    await db.doc.send(
      new UpdateCommand({
        TableName: db.tableName,
        Key: { PK: keys.notificatie(gebruikerId, "", "").PK, SK: sk },
        UpdateExpression: "SET gelezen = :ja",
        ConditionExpression: "attribute_exists(PK) AND #type = :type",
        ExpressionAttributeNames: { "#type": "type" },
        ExpressionAttributeValues: { ":ja": true, ":type": "Notificatie" },
      }),
    );
  } catch (error) {
    if (error instanceof Error && error.name === "ConditionalCheckFailedException") {
      throw new NietGevondenFout("De notificatie");
    }
    throw error;
  }
}

/** GRP-04: "Alles gelezen": every unread notification that has appeared. Returns how many. */
export async function markeerAlleNotificatiesGelezen(db: Db, gebruikerId: string, nu: Date): Promise<number> {
  const pk = keys.notificatie(gebruikerId, "", "").PK;
  const ongelezen: string[] = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        KeyConditionExpression: "PK = :pk AND SK BETWEEN :van AND :tot",
        FilterExpression: "gelezen = :nee",
        ExpressionAttributeValues: { ":pk": pk, ":van": SK_PREFIX, ":tot": totEnMet(nu), ":nee": false },
        ProjectionExpression: "SK",
        ExclusiveStartKey: start,
      }),
    );
    for (const item of page.Items ?? []) ongelezen.push(String(item.SK));
    start = page.LastEvaluatedKey;
  } while (start);
  // A handful at a time: a user has tens of unread notifications, not thousands.
  for (let i = 0; i < ongelezen.length; i += 10) {
    await Promise.all(
      ongelezen.slice(i, i + 10).map((sk) =>
        db.doc.send(
          new UpdateCommand({
            TableName: db.tableName,
            Key: { PK: pk, SK: sk },
            UpdateExpression: "SET gelezen = :ja",
            ConditionExpression: "attribute_exists(PK)",
            ExpressionAttributeValues: { ":ja": true },
          }),
        ),
      ),
    );
  }
  return ongelezen.length;
}
