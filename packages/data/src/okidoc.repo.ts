import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { OkidocStatus } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import type { Bijwerking, Opgeslagen } from "./transact";

/**
 * PO-01: the oki-doc (onderwijskundig document) of a pupil, kept by its primary school.
 * The structured content lives in `velden`; issue 5's oki-doc work defines the form.
 */
export interface OkidocRecord {
  leerlingId: string;
  schooljaar: string;
  poSchoolId: string;
  status: OkidocStatus;
  velden: Record<string, unknown>;
  vrijgegevenOp?: string;
  /** TRT-03: the last addition a VO school asked for. */
  aanvulling?: { vraag: string; school: string; door: string; op: string };
}

export async function getOkidoc(db: Db, leerlingId: string): Promise<Opgeslagen<OkidocRecord> | undefined> {
  const res = await db.doc.send(
    new GetCommand({ TableName: db.tableName, Key: keys.okidoc(leerlingId), ConsistentRead: true }),
  );
  return res.Item as Opgeslagen<OkidocRecord> | undefined;
}

/**
 * TRT-03 / advies-setting-aanpassen: the VO school's decision changes the oki-doc's state in the
 * same transaction. Only an oki-doc that exists changes (a buitenleerling has none).
 */
export function okidocStatusBijwerking(
  leerlingId: string,
  status: OkidocStatus,
  aanvulling?: OkidocRecord["aanvulling"],
): Bijwerking {
  return {
    key: keys.okidoc(leerlingId),
    zet: { status, ...(aanvulling ? { aanvulling } : {}) },
    voorwaarde: { expressie: "attribute_exists(PK)" },
  };
}
