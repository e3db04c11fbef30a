import { GetObjectCommand, type S3Client } from "@aws-sdk/client-s3";
import type S3rver from "s3rver";
import { bestandBijSleutel } from "../../functions/src/scan/bestand-sleutel";
import type { ScanResultaatEvent } from "../../functions/src/scan/scan-resultaat";

/**
 * The EICAR anti-virus test file's signature, every scanner's agreed "this is a virus" (it is
 * harmless). Built from parts so that this source file is not itself flagged by a scanner.
 */
const EICAR = ["X5O!P%@AP[4\\PZX54(P^)7CC)7}$", "EICAR-STANDARD-", "ANTIVIRUS-TEST-FILE!$H+H*"].join("");

/** Does the content hold the EICAR test signature (anywhere, as many real scanners check)? */
export function bevatEicar(inhoud: Uint8Array): boolean {
  return Buffer.from(inhoud).includes(EICAR, 0, "latin1");
}

interface S3EventRecord {
  eventName: string;
  s3: { bucket: { name: string }; object: { key: string } };
}

/**
 * Issue #10: the local stand-in for GuardDuty Malware Protection for S3. After every object put in
 * the files bucket it reads the object, calls it `THREATS_FOUND` when it holds the EICAR test
 * signature and `NO_THREATS_FOUND` otherwise, and hands the same "Object Scan Result" event to the
 * same handler the EventBridge rule invokes in AWS (functions/src/scan/scan-resultaat.ts). The
 * upload's record is written just after its file: a result that comes first is tried again.
 */
export function startScanner(p: {
  s3rver: S3rver;
  s3: S3Client;
  bucket: string;
  /** Wait between tries while the record is not written yet. */
  wachtMs?: number;
}): { stop: () => Promise<void> } {
  const bezig = new Set<Promise<void>>();
  let gestopt = false;
  const wacht = p.wachtMs ?? 100;

  async function scan(key: string): Promise<void> {
    const res = await p.s3.send(new GetObjectCommand({ Bucket: p.bucket, Key: key }));
    const inhoud = (await res.Body?.transformToByteArray()) ?? new Uint8Array();
    const event: ScanResultaatEvent = {
      version: "0",
      id: crypto.randomUUID(),
      "detail-type": "GuardDuty Malware Protection Object Scan Result",
      source: "aws.guardduty",
      account: "000000000000",
      time: new Date().toISOString(),
      region: process.env.AWS_REGION ?? "eu-west-1",
      resources: [],
      detail: {
        schemaVersion: "1.0",
        scanStatus: "COMPLETED",
        resourceType: "S3_OBJECT",
        s3ObjectDetails: { bucketName: p.bucket, objectKey: key },
        scanResultDetails: { scanResultStatus: bevatEicar(inhoud) ? "THREATS_FOUND" : "NO_THREATS_FOUND" },
      },
    };
    const { handler } = await import("../../functions/src/scan/scan-resultaat");
    for (let poging = 1; ; poging++) {
      try {
        await handler(event);
        return;
      } catch (error) {
        const nogNiet = error instanceof Error && error.name === "BestandNogNietGeregistreerdError";
        // As EventBridge retries a failed invocation; an upload whose record never came (its
        // write failed and the file was removed again) is given up after a while.
        if (!nogNiet || poging >= 50 || gestopt) {
          if (!nogNiet) console.error("[scanner] failed", error instanceof Error ? error.message : error);
          return;
        }
        await new Promise((r) => setTimeout(r, wacht));
      }
    }
  }

  const luister = (event: { Records: S3EventRecord[] }) => {
    for (const record of event.Records ?? []) {
      if (!record.eventName.startsWith("ObjectCreated") || record.s3.bucket.name !== p.bucket) continue;
      const key = record.s3.object.key;
      // As GuardDuty's plan, which watches the upload prefixes only.
      if (!bestandBijSleutel(key)) continue;
      const taak = scan(key).catch((error: unknown) => {
        // A file deleted before it was scanned (a removed bijlage) has nothing left to scan.
        if (error instanceof Error && error.name === "NoSuchKey") return;
        console.error("[scanner] failed", error instanceof Error ? error.message : error);
      });
      bezig.add(taak);
      void taak.finally(() => bezig.delete(taak));
    }
  };
  p.s3rver.on("event", luister);
  return {
    stop: async () => {
      gestopt = true;
      p.s3rver.off("event", luister);
      await Promise.allSettled([...bezig]);
    },
  };
}
