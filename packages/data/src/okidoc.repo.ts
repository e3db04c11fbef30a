import { GetCommand } from "@aws-sdk/lib-dynamodb";
import type { Advies, OkidocStatus, ScanStatus } from "@elk/domain";
import type { Db } from "./client";
import { keys } from "./keys";
import { queryAlles } from "./query";
import { type Bijwerking, type Gebeurtenis, type Opgeslagen, schrijf } from "./transact";

/**
 * PO-01: the oki-doc (onderwijskundig document) of a pupil, kept by its primary school, in the
 * pupil's partition. The structured content lives in `velden` (the form is in the domain's
 * okidoc.ts); the bijlagen are items of their own next to it, their files in the files bucket.
 */
export interface OkidocRecord {
  leerlingId: string;
  schooljaar: string;
  poSchoolId: string;
  status: OkidocStatus;
  velden: Record<string, string>;
  gewijzigdOp?: string;
  vrijgegevenOp?: string;
  /** TRT-03: the last addition a VO school asked for. */
  aanvulling?: { vraag: string; school: string; door: string; op: string };
}

export interface OkidocBijlage {
  id: string;
  leerlingId: string;
  bestandsnaam: string;
  contentType: string;
  grootte: number;
  s3Key: string;
  toegevoegdOp: string;
  /** Removed by the primary school: no longer listed; the file itself is deleted. */
  verwijderdOp?: string;
  /** Issue #10: the malware scan's state (bestandToegang says who may have the file). */
  scan?: ScanStatus;
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

function okidocItem(o: OkidocRecord) {
  return { ...keys.okidoc(o.leerlingId), type: "Okidoc", ...o };
}

/**
 * The oki-doc's state may change without its version (okidocStatusBijwerking above), so every
 * write of the primary school holds on to both the version and the state it read.
 */
function zolangOngewijzigd(vorige: Opgeslagen<OkidocRecord>, zet: Record<string, unknown>): Bijwerking {
  return {
    key: keys.okidoc(vorige.leerlingId),
    zet: { ...zet, version: vorige.version + 1 },
    voorwaarde: {
      expressie: "#a0 = :c0 AND #a1 = :c1",
      namen: { "#a0": "version", "#a1": "status" },
      waarden: { ":c0": vorige.version, ":c1": vorige.status },
    },
  };
}

/** A registration's copy of the oki-doc's state (Aanmelding.okidoc), on the version that was read. */
export interface AanmeldingOkidocBijwerking {
  aanmeldingId: string;
  version: number;
  okidoc: OkidocStatus;
}

function aanmeldingBijwerking(a: AanmeldingOkidocBijwerking): Bijwerking {
  return {
    key: keys.aanmelding.item(a.aanmeldingId),
    zet: { okidoc: a.okidoc, version: a.version + 1 },
    voorwaarde: { expressie: "#a0 = :c0", namen: { "#a0": "version" }, waarden: { ":c0": a.version } },
  };
}

/** The pupil's advice, changed from the oki-doc, on the pupil's version that was read. */
export interface LeerlingAdviesBijwerking {
  leerlingId: string;
  version: number;
  advies: Advies | undefined;
}

function adviesBijwerking(l: LeerlingAdviesBijwerking): Bijwerking {
  return {
    key: keys.leerling.item(l.leerlingId),
    zet: { version: l.version + 1, ...(l.advies ? { advies: l.advies } : {}) },
    ...(l.advies ? {} : { verwijder: ["advies"] }),
    voorwaarde: { expressie: "#a0 = :c0", namen: { "#a0": "version" }, waarden: { ":c0": l.version } },
  };
}

/**
 * PO-01: save the form — a first save creates the oki-doc, a later one only if nobody changed it
 * since it was read. A changed advice is written to the pupil in the same transaction.
 */
export async function slaOkidocOp(
  db: Db,
  okidoc: OkidocRecord,
  vorige: Opgeslagen<OkidocRecord> | undefined,
  gebeurtenis: Gebeurtenis,
  advies?: LeerlingAdviesBijwerking,
): Promise<void> {
  await schrijf(db, {
    nieuw: vorige ? [] : [okidocItem(okidoc)],
    bijwerken: [
      ...(vorige
        ? [zolangOngewijzigd(vorige, { velden: okidoc.velden, gewijzigdOp: okidoc.gewijzigdOp })]
        : []),
      ...(advies ? [adviesBijwerking(advies)] : []),
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

/**
 * PO-01 / TRT-03: release the oki-doc, and in the same transaction the running registration's
 * copy of its state, the history of both, and the notifications of an addition.
 */
export async function geefOkidocVrij(
  db: Db,
  p: {
    vorige: Opgeslagen<OkidocRecord>;
    status: "vrijgegeven" | "aangevuld";
    vrijgegevenOp: string;
    aanmelding?: AanmeldingOkidocBijwerking;
    gebeurtenissen: readonly Gebeurtenis[];
    notificaties?: ReadonlyArray<Record<string, unknown> & { PK: string; SK: string; type: string }>;
  },
): Promise<void> {
  await schrijf(db, {
    bijwerken: [
      zolangOngewijzigd(p.vorige, { status: p.status, vrijgegevenOp: p.vrijgegevenOp }),
      ...(p.aanmelding ? [aanmeldingBijwerking(p.aanmelding)] : []),
    ],
    nieuw: p.notificaties ?? [],
    gebeurtenissen: p.gebeurtenissen,
  });
}

// ---------------------------------------------------------------------------------------------
// Bijlagen

/**
 * The oki-doc's bijlagen as the primary school that uploaded them sees them, oldest first, each
 * with its scan state (issue #10); removed ones left out.
 */
export async function listOkidocBijlagenVanUploader(db: Db, leerlingId: string): Promise<OkidocBijlage[]> {
  const items = await queryAlles<OkidocBijlage>(db, {
    KeyConditionExpression: "PK = :pk AND begins_with(SK, :b)",
    ExpressionAttributeValues: { ":pk": keys.okidoc(leerlingId).PK, ":b": "OKIDOC#BIJLAGE#" },
    ConsistentRead: true,
  });
  return items
    .filter((b) => !b.verwijderdOp)
    .map(({ id, leerlingId: l, bestandsnaam, contentType, grootte, s3Key, toegevoegdOp, scan }) => ({
      id,
      leerlingId: l,
      bestandsnaam,
      contentType,
      grootte,
      s3Key,
      toegevoegdOp,
      ...(scan ? { scan } : {}),
    }))
    .sort((a, b) => a.toegevoegdOp.localeCompare(b.toegevoegdOp) || a.id.localeCompare(b.id));
}

/**
 * The oki-doc's bijlagen another party may receive (the VO school's PDF, the OSO dossier): only
 * those the malware scan found clean (issue #10) — fail closed for every reader but the uploader.
 */
export async function listOkidocBijlagen(db: Db, leerlingId: string): Promise<OkidocBijlage[]> {
  return (await listOkidocBijlagenVanUploader(db, leerlingId)).filter((b) => b.scan === "schoon");
}

export async function getOkidocBijlage(
  db: Db,
  leerlingId: string,
  id: string,
): Promise<OkidocBijlage | undefined> {
  const res = await db.doc.send(
    new GetCommand({
      TableName: db.tableName,
      Key: keys.okidocBijlage(leerlingId, id),
      ConsistentRead: true,
    }),
  );
  const item = res.Item as OkidocBijlage | undefined;
  return item && !item.verwijderdOp ? item : undefined;
}

/** Only while the oki-doc can be edited: its state is checked in the same transaction. */
function bewerkbaar(leerlingId: string, op: string): Bijwerking {
  return {
    key: keys.okidoc(leerlingId),
    zet: { bijlagenGewijzigdOp: op },
    voorwaarde: {
      expressie: "#a0 IN (:c0, :c1)",
      namen: { "#a0": "status" },
      waarden: { ":c0": "concept", ":c1": "aanvulling-gevraagd" },
    },
  };
}

/**
 * PO-01: a bijlage, its file already in the bucket. Without an oki-doc yet, an empty concept is
 * created with it; otherwise the oki-doc must still be editable.
 */
export async function voegOkidocBijlageToe(
  db: Db,
  bijlage: OkidocBijlage,
  nieuwOkidoc: OkidocRecord | undefined,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    nieuw: [
      ...(nieuwOkidoc ? [okidocItem(nieuwOkidoc)] : []),
      { ...keys.okidocBijlage(bijlage.leerlingId, bijlage.id), type: "OkidocBijlage", ...bijlage },
    ],
    bijwerken: nieuwOkidoc ? [] : [bewerkbaar(bijlage.leerlingId, bijlage.toegevoegdOp)],
    gebeurtenissen: [gebeurtenis],
  });
}

/** PO-01: remove a bijlage while the oki-doc can be edited; the caller deletes its file. */
export async function verwijderOkidocBijlage(
  db: Db,
  bijlage: OkidocBijlage,
  verwijderdOp: string,
  gebeurtenis: Gebeurtenis,
): Promise<void> {
  await schrijf(db, {
    bijwerken: [
      bewerkbaar(bijlage.leerlingId, verwijderdOp),
      {
        key: keys.okidocBijlage(bijlage.leerlingId, bijlage.id),
        zet: { verwijderdOp },
        voorwaarde: { expressie: "attribute_exists(PK) AND attribute_not_exists(verwijderdOp)" },
      },
    ],
    gebeurtenissen: [gebeurtenis],
  });
}

/** TRT-02: a VO read of the oki-doc or its bijlagen, recorded in the registration's history. */
export async function registreerOkidocInzage(db: Db, gebeurtenis: Gebeurtenis): Promise<void> {
  await schrijf(db, { gebeurtenissen: [gebeurtenis] });
}
