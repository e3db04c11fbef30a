import { DeleteObjectCommand } from "@aws-sdk/client-s3";
import { historieVan, legScanVast } from "@elk/data";
import { type ScanStatus, scanStatusUitResultaat } from "@elk/domain";
import type { EventBridgeEvent } from "aws-lambda";
import { getDb } from "../config/db";
import { requireEnv } from "../config/env";
import { getS3 } from "../config/s3";
import { gebeurtenisDoor } from "../middleware/gebeurtenis";
import { logger } from "../middleware/logger";
import { bestandBijSleutel } from "./bestand-sleutel";

/** The detail of GuardDuty Malware Protection for S3's "Object Scan Result" event (schema 1.0). */
export interface ScanResultaatDetail {
  schemaVersion?: string;
  scanStatus: string;
  resourceType?: string;
  s3ObjectDetails: { bucketName: string; objectKey: string; versionId?: string; eTag?: string };
  scanResultDetails: { scanResultStatus: string; threats?: unknown };
}

export const SCAN_DETAIL_TYPE = "GuardDuty Malware Protection Object Scan Result";

export type ScanResultaatEvent = EventBridgeEvent<typeof SCAN_DETAIL_TYPE, ScanResultaatDetail>;

/** The record the result is for was not written yet (the file is stored first): try again. */
export class BestandNogNietGeregistreerdError extends Error {
  override name = "BestandNogNietGeregistreerdError";
}

/** A scan that decided nothing (FAILED, ACCESS_DENIED): the file stays not downloadable. */
export class ScanMisluktError extends Error {
  override name = "ScanMisluktError";
}

/**
 * Deletes every trace of an unsafe file: the scanned version (the bucket is versioned) and the
 * current object. Its record stays, marked `besmet`, so the uploader is told it was removed.
 */
async function verwijderBesmet(bucket: string, s3Key: string, versionId: string | undefined): Promise<void> {
  if (versionId) {
    await getS3().send(new DeleteObjectCommand({ Bucket: bucket, Key: s3Key, VersionId: versionId }));
  }
  await getS3().send(new DeleteObjectCommand({ Bucket: bucket, Key: s3Key }));
}

/**
 * Issue #10: records one scan result on the upload's record — the one path for GuardDuty's
 * event in AWS and the local stand-in scanner (scripts/local/scanner.ts). An unsafe file is
 * deleted and its pupil's (or request's) history says so; the log names the kind of file and its
 * id, never a file name or a pupil.
 */
export async function verwerkScanResultaat(
  detail: ScanResultaatDetail,
  nu = new Date(),
): Promise<ScanStatus | undefined> {
  const bucket = requireEnv("FILES_BUCKET");
  const { bucketName, objectKey, versionId } = detail.s3ObjectDetails;
  if (bucketName !== bucket) {
    logger.warn("scan result for another bucket ignored", { bucket: bucketName });
    return undefined;
  }
  const bestand = bestandBijSleutel(objectKey);
  if (!bestand) return undefined; // ELK's own files (PDFs, exports, dossiers) are not uploads.
  const resultaat = detail.scanResultDetails?.scanResultStatus ?? "";
  const scan = scanStatusUitResultaat(resultaat);
  if (!scan) {
    logger.error("malware scan decided nothing", {
      soort: bestand.soort,
      bestandId: bestand.id,
      scanStatus: detail.scanStatus,
      resultaat,
    });
    throw new ScanMisluktError(
      `scan of a ${bestand.soort} decided nothing (${detail.scanStatus}/${resultaat})`,
    );
  }
  const gebeurtenis =
    scan === "besmet"
      ? gebeurtenisDoor(
          "systeem",
          historieVan(bestand),
          "bestand-besmet-verwijderd",
          { bestandId: bestand.id, soort: bestand.soort, resultaat },
          nu,
        )
      : undefined;
  // The file goes first: should recording fail, an unsafe file is gone all the same.
  if (scan === "besmet") await verwijderBesmet(bucket, objectKey, versionId);
  const vastgelegd = await legScanVast(getDb(), bestand, scan, nu.toISOString(), gebeurtenis);
  if (vastgelegd.uitkomst === "niet-gevonden") {
    throw new BestandNogNietGeregistreerdError(`no record yet for a ${bestand.soort}`);
  }
  const velden = { soort: bestand.soort, bestandId: bestand.id, scan, resultaat };
  if (scan === "besmet") logger.warn("upload not safe: deleted", velden);
  else logger.info("upload scanned", velden);
  return scan;
}

/** The Lambda behind the EventBridge rule on GuardDuty's scan result (infra/lib/constructs/malware-scan.ts). */
export async function handler(event: ScanResultaatEvent): Promise<void> {
  await verwerkScanResultaat(event.detail);
}
