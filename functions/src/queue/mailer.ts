import { UitgaandeMail, verstuurMail } from "@elk/mail";
import type { SQSBatchResponse, SQSEvent } from "aws-lambda";
import { getSes } from "../config/clients";
import { getRegionConfig } from "../config/env";
import { logger } from "../middleware/logger";

/**
 * The mail outbox worker: sends each queued mail through SES. A mail that fails is reported as a
 * partial batch failure, so only it returns to the queue (and to the DLQ after repeated failures).
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const afzender = getRegionConfig().mail.afzender;
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    try {
      const mail = UitgaandeMail.parse(JSON.parse(record.body));
      await verstuurMail(getSes(), afzender, mail);
      logger.info("mail sent", { mailId: mail.id });
    } catch (error) {
      logger.warn("mail not sent", {
        messageId: record.messageId,
        error: error instanceof Error ? error.name : "unknown",
      });
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}
