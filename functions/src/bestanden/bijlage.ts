import { randomUUID } from "node:crypto";
import { DeleteObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import { OKIDOC_BIJLAGE_TYPEN, type ScanStatus, vereisInhoudPastBijType } from "@elk/domain";
import { requireEnv } from "../config/env";
import { getS3 } from "../config/s3";
import { logger } from "../middleware/logger";

/** A bijlage's file as stored: what its record keeps. */
export interface BewaardBestand {
  id: string;
  bestandsnaam: string;
  contentType: string;
  grootte: number;
  s3Key: string;
  /** Issue #10: stored as `bezig`; the malware scan's result is recorded later (functions/src/scan). */
  scan: ScanStatus;
}

/**
 * One bijlage (the oki-doc's PO-01, an SWV request's): the upload (base64) checked by the domain's
 * rule (`controleer`: name, type, size, count — Dutch 400s) and by its content (the type's
 * leading bytes, `inhoudPastBijType`), its file put in the private,
 * encrypted files bucket first, then its record written (`schrijf`); should the record fail, the
 * file is removed again — so a listed bijlage always has its file and nothing is left half.
 */
export async function bewaarBijlage<T>(p: {
  upload: { bestandsnaam: string; contentType: string; inhoud: string };
  controleer: (bestand: { bestandsnaam: string; contentType: string; grootte: number }) => {
    bestandsnaam: string;
    contentType: string;
  };
  s3Key: (id: string) => string;
  metadata: Record<string, string>;
  schrijf: (bestand: BewaardBestand) => Promise<T>;
}): Promise<T> {
  const inhoud = Buffer.from(p.upload.inhoud, "base64");
  const { bestandsnaam, contentType } = p.controleer({
    bestandsnaam: p.upload.bestandsnaam,
    contentType: p.upload.contentType,
    grootte: inhoud.length,
  });
  // The content, not the name or the browser, says what the file is (issue #10).
  vereisInhoudPastBijType(contentType, inhoud, OKIDOC_BIJLAGE_TYPEN[contentType]?.label ?? contentType);
  const id = randomUUID();
  const s3Key = p.s3Key(id);
  await getS3().send(
    new PutObjectCommand({
      Bucket: requireEnv("FILES_BUCKET"),
      Key: s3Key,
      Body: inhoud,
      ContentType: contentType,
      Metadata: p.metadata,
    }),
  );
  try {
    return await p.schrijf({ id, bestandsnaam, contentType, grootte: inhoud.length, s3Key, scan: "bezig" });
  } catch (error) {
    await verwijderBestand(s3Key);
    throw error;
  }
}

/** A file no record points to any more; should deleting fail, the file stays unreachable. */
export async function verwijderBestand(s3Key: string): Promise<void> {
  try {
    await getS3().send(new DeleteObjectCommand({ Bucket: requireEnv("FILES_BUCKET"), Key: s3Key }));
  } catch (error) {
    logger.warn("bijlage file not deleted", { error: error instanceof Error ? error.name : "onbekend" });
  }
}
