import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { ScanStatus } from "@elk/domain";
import type { Db } from "./client";
import { type ItemKey, keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, schrijf } from "./transact";

/** Issue #10: the record of a stored upload, found from its place in the files bucket. */
export type GescandBestand =
  | { soort: "okidoc-bijlage"; leerlingId: string; id: string }
  | { soort: "document"; leerlingId: string; id: string }
  | { soort: "swv-bijlage"; aanvraagId: string; id: string };

/** The entity whose history records the scan: the pupil, or the SWV request. */
export function historieVan(bestand: GescandBestand): ItemKey {
  return bestand.soort === "swv-bijlage"
    ? keys.swvAanvraag.item(bestand.aanvraagId)
    : keys.leerling.item(bestand.leerlingId);
}

async function sleutelVan(db: Db, bestand: GescandBestand): Promise<ItemKey | undefined> {
  if (bestand.soort === "okidoc-bijlage") return keys.okidocBijlage(bestand.leerlingId, bestand.id);
  if (bestand.soort === "swv-bijlage") return keys.swvAanvraag.bijlage(bestand.aanvraagId, bestand.id);
  // A document's key holds its upload moment: found in the pupil's partition by its id.
  const items = await queryAlles<ItemKey & { id: string }>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :d)",
    FilterExpression: "id = :id",
    ExpressionAttributeValues: {
      ":pk": keys.leerling.item(bestand.leerlingId).PK,
      ":d": "DOCUMENT#",
      ":id": bestand.id,
    },
    ProjectionExpression: "PK, SK, id",
    ConsistentRead: true,
  });
  const item = items[0];
  return item ? { PK: item.PK, SK: item.SK } : undefined;
}

export type ScanVastgelegd =
  | { uitkomst: "niet-gevonden" }
  /** Already `besmet`: a file found unsafe never becomes downloadable again. */
  | { uitkomst: "al-besmet" }
  | { uitkomst: "vastgelegd"; vorige: ScanStatus | undefined };

/**
 * Records a scan result on the file's record, with (for an unsafe file) its history event in the
 * same transaction. The record may not be written yet when the result comes (the file is stored
 * first): then "niet-gevonden", and the caller tries again.
 */
export async function legScanVast(
  db: Db,
  bestand: GescandBestand,
  scan: ScanStatus,
  nu: string,
  gebeurtenis?: Gebeurtenis,
): Promise<ScanVastgelegd> {
  const key = await sleutelVan(db, bestand);
  if (!key) return { uitkomst: "niet-gevonden" };
  const res = await db.doc.send(new GetCommand({ TableName: db.tableName, Key: key, ConsistentRead: true }));
  const item = res.Item as { scan?: ScanStatus } | undefined;
  if (!item) return { uitkomst: "niet-gevonden" };
  if (item.scan === "besmet") return { uitkomst: "al-besmet" };
  await schrijf(db, {
    bijwerken: [
      {
        key,
        zet: { scan, gescandOp: nu },
        voorwaarde: {
          expressie: "attribute_exists(PK) AND (attribute_not_exists(#a0) OR #a0 <> :c0)",
          namen: { "#a0": "scan" },
          waarden: { ":c0": "besmet" },
        },
      },
    ],
    gebeurtenissen: gebeurtenis ? [gebeurtenis] : [],
  });
  return { uitkomst: "vastgelegd", vorige: item.scan };
}
