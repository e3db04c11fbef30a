import { heeftDecentraleLoting } from "@elk/domain";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import { getRegionConfig } from "../config/env";
import { CENTRALE_RUN, werkReserverondeBij } from "../loting/centraal";
import { CPL_RUN } from "../loting/cpl";
import { DECENTRALE_RUN } from "../loting/decentraal";
import { LotingBericht, werkRunBij } from "../loting/run";
import { logger } from "../middleware/logger";

/**
 * The lottery worker (LOT-02, LOT-03): makes a run final and applies it, one block per message
 * (functions/src/loting/run.ts). A block that fails is reported as a partial batch failure and
 * tried again — the registrations it did already are left as they are — and reaches the DLQ after
 * repeated failures; the screen then offers to start the run again. Logs carry the run's kind,
 * school year and counts, never a pupil's data.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    try {
      const bericht = LotingBericht.parse(JSON.parse(record.body));
      if (bericht.soort === "reservelijsten") await werkReserverondeBij(bericht.schooljaar);
      else if (bericht.soort === "decentraal") await werkRunBij(DECENTRALE_RUN, bericht);
      else if (heeftDecentraleLoting(getRegionConfig())) await werkRunBij(CPL_RUN, bericht);
      else await werkRunBij(CENTRALE_RUN, bericht);
    } catch (error) {
      logger.warn("lottery block failed", {
        messageId: record.messageId,
        error: error instanceof Error ? error.name : "unknown",
      });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
