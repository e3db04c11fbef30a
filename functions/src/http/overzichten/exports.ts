import { randomUUID } from "node:crypto";
import { GetObjectCommand } from "@aws-sdk/client-s3";
import { SendMessageCommand } from "@aws-sdk/client-sqs";
import { getSignedUrl } from "@aws-sdk/s3-request-presigner";
import type { ExportStand, ROUTES } from "@elk/contracts";
import {
  type ExportRecord,
  getExport,
  getSchool,
  keys,
  maakExport,
  type Opgeslagen,
  registreerExportDownload,
} from "@elk/data";
import {
  type Actor,
  EXPORT_BEWAARDAGEN,
  exportBevatBsn,
  NietGevondenFout,
  StatusConflictFout,
  standaardSchooljaar,
  vereisEnigeExport,
  vereisExport,
  volgtOverzichtFilters,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig, requireEnv } from "../../config/env";
import { getS3 } from "../../config/s3";
import { getSqs } from "../../config/sqs";
import { XLSX } from "../../exports/xlsx";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";

/** A download link works this long; the file itself is kept EXPORT_BEWAARDAGEN days. */
export const EXPORT_LINK_SECONDEN = 5 * 60;

function stand(e: ExportRecord): ExportStand {
  return {
    id: e.id,
    soort: e.soort,
    status: e.status,
    voortgang: e.voortgang,
    ...(e.aantal !== undefined ? { aantal: e.aantal } : {}),
    ...(e.bestandsnaam ? { bestandsnaam: e.bestandsnaam } : {}),
  };
}

/** Only its own school's exports, made by a user still allowed to make it; any other is "not found". */
async function eigenExport(actor: Actor, id: string | undefined): Promise<Opgeslagen<ExportRecord>> {
  const e = await getExport(getDb(), id ?? "");
  if (!e || e.schoolId !== actor.schoolId) throw new NietGevondenFout("De export");
  vereisExport(actor, e.soort, getRegionConfig());
  if (e.metBsn && !exportBevatBsn(e.soort, actor, getRegionConfig())) throw new NietGevondenFout("De export");
  return e;
}

/**
 * EXP-01 … EXP-03: ask for an export. It is recorded (with the history event "export aangevraagd")
 * and queued; the exports worker builds it and the screen follows its progress.
 */
export async function exportStarten(req: IngelogdVerzoek<typeof ROUTES.exportStarten>): Promise<ExportStand> {
  const config = getRegionConfig();
  // Who may make no export at all is refused before the request is judged (issue #10).
  vereisEnigeExport(req.actor, config);
  const { soort, filter, selectie } = req.body;
  const schoolId = vereisExport(req.actor, soort, config);
  const school = await getSchool(getDb(), schoolId);
  if (!school) throw new NietGevondenFout("De school");
  const nu = new Date();
  const id = randomUUID();
  const metFilters = volgtOverzichtFilters(soort);
  const record: ExportRecord = {
    id,
    soort,
    schoolId,
    schoolNaam: school.naam,
    schooljaar: req.body.schooljaar ?? standaardSchooljaar(config, nu),
    aangevraagdOp: nu.toISOString(),
    door: {
      gebruikerId: req.actor.gebruikerId,
      naam: req.actor.naam,
      ...(req.actor.meekijkendDoor ? { meekijkendDoor: req.actor.meekijkendDoor } : {}),
    },
    ...(metFilters && selectie && selectie.length > 0 ? { selectie: [...new Set(selectie)] } : {}),
    ...(metFilters && filter && !(selectie && selectie.length > 0)
      ? {
          filter: Object.fromEntries(Object.entries(filter).filter(([, v]) => v !== undefined)) as Record<
            string,
            string
          >,
        }
      : {}),
    metBsn: exportBevatBsn(soort, req.actor, config),
    status: "wachtrij",
    voortgang: 0,
    ttl: Math.floor(nu.getTime() / 1000) + EXPORT_BEWAARDAGEN * 24 * 3600,
  };
  await maakExport(
    getDb(),
    record,
    gebeurtenisDoor(req.actor, keys.export(id), "export-aangevraagd", {
      soort,
      metBsn: record.metBsn,
      selectie: record.selectie?.length ?? 0,
    }),
  );
  await getSqs().send(
    new SendMessageCommand({
      QueueUrl: requireEnv("EXPORTS_QUEUE_URL"),
      MessageBody: JSON.stringify({ exportId: id }),
    }),
  );
  logger.info("export requested", { exportId: id, soort, metBsn: record.metBsn });
  return stand(record);
}

export async function exportStand(req: IngelogdVerzoek<typeof ROUTES.exportStand>): Promise<ExportStand> {
  return stand(await eigenExport(req.actor, req.params.exportId));
}

/**
 * A five-minute link to the file, saved under its own name. Every download is recorded in the
 * export's history (who, when, whether it held BSNs) and logged without any pupil's data.
 */
export async function exportDownload(req: IngelogdVerzoek<typeof ROUTES.exportDownload>) {
  const e = await eigenExport(req.actor, req.params.exportId);
  if (e.status !== "klaar" || !e.s3Key || !e.bestandsnaam) {
    throw new StatusConflictFout("De export is nog niet klaar. Wacht tot de voortgang 100% is.");
  }
  await registreerExportDownload(
    getDb(),
    gebeurtenisDoor(req.actor, keys.export(e.id), "export-gedownload", { soort: e.soort, metBsn: e.metBsn }),
  );
  logger.info("export downloaded", {
    exportId: e.id,
    soort: e.soort,
    metBsn: e.metBsn,
    gebruikerId: req.actor.gebruikerId,
    meekijkendDoor: req.actor.meekijkendDoor?.gebruikerId,
  });
  const ascii = e.bestandsnaam
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .replace(/[^\x20-\x7e]|["\\]/g, "_");
  const url = await getSignedUrl(
    getS3(),
    new GetObjectCommand({
      Bucket: requireEnv("FILES_BUCKET"),
      Key: e.s3Key,
      ResponseContentDisposition: `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(e.bestandsnaam)}`,
      ResponseContentType: XLSX,
    }),
    { expiresIn: EXPORT_LINK_SECONDEN },
  );
  return { url, bestandsnaam: e.bestandsnaam, geldigSeconden: EXPORT_LINK_SECONDEN };
}
