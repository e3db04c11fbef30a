import type { ScanStatus } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Gebeurtenis, schrijf } from "./transact";

/** REG-11: a document the parents of a buitenleerling sent; the file itself is in the files bucket. */
export interface Document {
  id: string;
  leerlingId: string;
  bestandsnaam: string;
  contentType: string;
  grootte: number;
  s3Key: string;
  geuploadOp: string;
  /** Issue #10: the malware scan's state (bestandToegang says who may have the file). */
  scan?: ScanStatus;
}

export async function registreerDocument(
  db: Db,
  document: Document,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [
      {
        PK: keys.leerling.item(document.leerlingId).PK,
        SK: `DOCUMENT#${document.geuploadOp}#${document.id}`,
        type: "Document",
        ...document,
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

export async function listDocumenten(db: Db, leerlingId: string): Promise<Document[]> {
  const items = await queryAlles<Document & { version?: number }>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :d)",
    ExpressionAttributeValues: { ":pk": keys.leerling.item(leerlingId).PK, ":d": "DOCUMENT#" },
  });
  return items.map(({ id, leerlingId: l, bestandsnaam, contentType, grootte, s3Key, geuploadOp, scan }) => ({
    id,
    leerlingId: l,
    bestandsnaam,
    contentType,
    grootte,
    s3Key,
    geuploadOp,
    ...(scan ? { scan } : {}),
  }));
}
