import { getExport, werkExportBij } from "@elk/data";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import { z } from "zod";
import { controleerBulkExport } from "../audit/bulk-export";
import { getDb } from "../config/db";
import { bouwExport } from "../exports/bouw-export";
import { logger } from "../middleware/logger";

const ExportBericht = z.object({ exportId: z.string().min(1) });

/**
 * The exports worker (EXP-01 … EXP-03): builds each queued export into the files bucket. One that
 * fails is reported as a partial batch failure, so only it is tried again (and reaches the DLQ
 * after repeated failures); its record says "mislukt" so the screen stops waiting. Logs carry
 * the export's id and kind, never a pupil's data.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    let exportId: string | undefined;
    try {
      exportId = ExportBericht.parse(JSON.parse(record.body)).exportId;
      const e = await getExport(getDb(), exportId);
      if (!e) {
        logger.warn("export not found", { exportId });
        continue;
      }
      if (e.status === "klaar") continue;
      // Issue #10: the alert on unusual bulk exports; it never stops the export itself.
      await controleerBulkExport(getDb(), e).catch((error) =>
        logger.warn("bulk export check failed", {
          exportId,
          error: error instanceof Error ? error.name : "unknown",
        }),
      );
      const start = Date.now();
      await bouwExport(e);
      logger.info("export built", { exportId, soort: e.soort, ms: Date.now() - start });
    } catch (error) {
      logger.warn("export failed", {
        messageId: record.messageId,
        exportId,
        error: error instanceof Error ? error.name : "unknown",
      });
      if (exportId) await werkExportBij(getDb(), exportId, { status: "mislukt" }).catch(() => undefined);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
