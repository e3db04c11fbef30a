import { DeleteObjectsCommand, ListObjectsV2Command, ListObjectVersionsCommand } from "@aws-sdk/client-s3";
import {
  keys,
  schrijfBewaardeTelling,
  verwijderLeerlingGegevens,
  verwijderNotificaties,
  verwijderPartitie,
  zoekVerlopenGegevens,
} from "@elk/data";
import {
  laatsteVerlopenSchooljaar,
  type RegionConfig,
  schooljarenVoorbijBewaartermijn,
  vereisBewaartermijn,
} from "@elk/domain";
import { getDb } from "../config/db";
import { getRegionConfig, requireEnv } from "../config/env";
import { getRegistry } from "../config/registry";
import { getS3 } from "../config/s3";
import { logger } from "../middleware/logger";

/** Where a school year's files live in the files bucket (oki-docs, documents, SWV, OSO, lotteries). */
export function bestandPrefixen(schooljaar: string): string[] {
  return [
    `okidoc/${schooljaar}/`,
    `documenten/${schooljaar}/`,
    `swv/${schooljaar}/`,
    `oso/${schooljaar}/`,
    `loting/cpl-${schooljaar}.json`,
    `loting/decentraal-${schooljaar}.json`,
  ];
}

/** Every object under a prefix, and (the bucket is versioned) every older version of it. */
async function verwijderPrefix(prefix: string): Promise<number> {
  const Bucket = requireEnv("FILES_BUCKET");
  const s3 = getS3();
  let totaal = 0;
  let token: string | undefined;
  do {
    const lijst = await s3.send(
      new ListObjectsV2Command({ Bucket, Prefix: prefix, ContinuationToken: token }),
    );
    const objecten = (lijst.Contents ?? []).map((o) => ({ Key: o.Key ?? "" }));
    if (objecten.length > 0) {
      await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: objecten, Quiet: true } }));
      totaal += objecten.length;
    }
    token = lijst.IsTruncated ? lijst.NextContinuationToken : undefined;
  } while (token);
  try {
    let sleutel: string | undefined;
    let versie: string | undefined;
    do {
      const v = await s3.send(
        new ListObjectVersionsCommand({
          Bucket,
          Prefix: prefix,
          KeyMarker: sleutel,
          VersionIdMarker: versie,
        }),
      );
      const versies = [...(v.Versions ?? []), ...(v.DeleteMarkers ?? [])]
        .filter((o) => o.Key && o.VersionId && o.VersionId !== "null")
        .map((o) => ({ Key: o.Key ?? "", VersionId: o.VersionId ?? "" }));
      if (versies.length > 0)
        await s3.send(new DeleteObjectsCommand({ Bucket, Delete: { Objects: versies, Quiet: true } }));
      sleutel = v.IsTruncated ? v.NextKeyMarker : undefined;
      versie = v.IsTruncated ? v.NextVersionIdMarker : undefined;
    } while (sleutel);
  } catch (error) {
    // The local S3 stand-in keeps no versions and does not list them; S3 itself does.
    if (!(error instanceof Error && /NotImplemented|MethodNotAllowed/.test(error.name))) throw error;
  }
  return totaal;
}

export interface BewaarResultaat {
  /** The newest school year past retention on this date. */
  grens: string;
  jaren: string[];
  leerlingen: number;
  aanmeldingen: number;
  swvAanvragen: number;
  items: number;
  bestanden: number;
}

/**
 * Issue #10 (retention): removes the personal data of every school year past the region's
 * retention period (RegionConfig.bewaartermijnMaanden, the domain's `laatsteVerlopenSchooljaar`):
 * each pupil's partition (pupil, oki-doc, bijlagen, documents, notes, history) with its claims and
 * its registration in the shared registry, each registration's partition (with its OSO dossier and
 * history), SWV requests, the lotteries, notifications about these pupils, and the school year's
 * files. What stays is one item of counts per school year (no names, no ids). Idempotent: a run
 * that stops half-way is finished by the next one.
 */
export async function verwijderVerlopenSchooljaren(
  nu: Date = new Date(),
  config: RegionConfig = getRegionConfig(),
): Promise<BewaarResultaat> {
  vereisBewaartermijn(config.bewaartermijnMaanden);
  const db = getDb();
  const grens = laatsteVerlopenSchooljaar(nu, config.bewaartermijnMaanden);
  const gevonden = await zoekVerlopenGegevens(db, grens);
  // The domain's rule has the last word on each school year found.
  const jaren = new Set<string>(
    schooljarenVoorbijBewaartermijn(gevonden.jaren, nu, config.bewaartermijnMaanden),
  );
  const leerlingen = gevonden.leerlingen.filter((l) => jaren.has(l.schooljaar));
  const aanmeldingen = gevonden.aanmeldingen.filter((a) => jaren.has(a.schooljaar));
  const swv = gevonden.swvAanvragen.filter((a) => jaren.has(a.schooljaar));
  let items = 0;
  for (const leerling of leerlingen) items += await verwijderLeerlingGegevens(db, getRegistry(), leerling);
  for (const a of aanmeldingen) items += await verwijderPartitie(db, keys.aanmelding.item(a.id).PK);
  for (const a of swv) items += await verwijderPartitie(db, keys.swvAanvraag.item(a.id).PK);
  items += await verwijderNotificaties(
    db,
    gevonden.notificaties,
    new Set(leerlingen.map((l) => l.id)),
    new Set(aanmeldingen.map((a) => a.id)),
  );
  let bestanden = 0;
  for (const jaar of jaren) {
    items += await verwijderPartitie(db, keys.cpl(jaar).PK);
    items += await verwijderPartitie(db, keys.decentraleLoting(jaar).PK);
    for (const prefix of bestandPrefixen(jaar)) bestanden += await verwijderPrefix(prefix);
    const vanJaar = aanmeldingen.filter((a) => a.schooljaar === jaar);
    const perStatus: Record<string, number> = {};
    for (const a of vanJaar) perStatus[a.status ?? "onbekend"] = (perStatus[a.status ?? "onbekend"] ?? 0) + 1;
    await schrijfBewaardeTelling(db, {
      schooljaar: jaar,
      leerlingen: leerlingen.filter((l) => l.schooljaar === jaar).length,
      aanmeldingen: vanJaar.length,
      aanmeldingenPerStatus: perStatus,
      swvAanvragen: swv.filter((a) => a.schooljaar === jaar).length,
      verwijderdOp: nu.toISOString(),
    });
  }
  const resultaat: BewaarResultaat = {
    grens,
    jaren: [...jaren].sort(),
    leerlingen: leerlingen.length,
    aanmeldingen: aanmeldingen.length,
    swvAanvragen: swv.length,
    items,
    bestanden,
  };
  // Counts and school years only: nothing about anyone.
  logger.info("retention: school years past retention removed", {
    grens,
    jaren: resultaat.jaren.join(","),
    leerlingen: resultaat.leerlingen,
    aanmeldingen: resultaat.aanmeldingen,
    swvAanvragen: resultaat.swvAanvragen,
    items,
    bestanden,
  });
  return resultaat;
}

/** The daily job (EventBridge Scheduler; locally the stack's planner). */
export async function handler(): Promise<void> {
  await verwijderVerlopenSchooljaren();
}
