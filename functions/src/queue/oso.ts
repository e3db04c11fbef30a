import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import { logger } from "../middleware/logger";
import { verwerkOsoDossier } from "../oso/dossier";
import { getTrafficCenter } from "../oso/traffic-center-client";
import { OsoBericht } from "../oso/wachtrij";

/** The queue's maxReceiveCount (infra QueueWithDlq, the local stack): the last try marks the dossier failed. */
export const OSO_MAX_POGINGEN = 5;

/**
 * The OSO worker (OSO-03): builds each queued dossier and offers it to the Traffic Center. A
 * dossier that fails for a passing reason is reported as a partial batch failure, tried again,
 * and after the last try shows as an error in OSO > Overdrachten (the message in the DLQ).
 * Logs carry the registration's id and the version, never a pupil's data.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    let aanmeldingId: string | undefined;
    try {
      aanmeldingId = OsoBericht.parse(JSON.parse(record.body)).aanmeldingId;
      const poging = Number(record.attributes?.ApproximateReceiveCount ?? "1") || 1;
      await verwerkOsoDossier(aanmeldingId, getTrafficCenter(), poging, OSO_MAX_POGINGEN);
    } catch (error) {
      logger.warn("oso dossier failed", {
        messageId: record.messageId,
        aanmeldingId,
        error: error instanceof Error ? error.name : "unknown",
      });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
