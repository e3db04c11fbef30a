import { ChangeMessageVisibilityCommand } from "@aws-sdk/client-sqs";
import { isMailVerstuurd, markeerMailVerstuurd } from "@elk/data";
import { UitgaandeMail, verstuurMail, wachttijdVoorPoging } from "@elk/mail";
import type { SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";
import { getDb } from "../config/db";
import { getRegionConfig } from "../config/env";
import { getSes } from "../config/ses";
import { getSqs } from "../config/sqs";
import { logger } from "../middleware/logger";

/**
 * The mail outbox worker: sends each queued mail through SES, once (issue #10, Faults).
 * - A mail already sent (its message came again: SQS delivers at least once) is recognised by its
 *   id and not sent twice.
 * - A mail that fails is reported as a partial batch failure, so only it returns to the queue, and
 *   waits longer before each next try (doubling, at most 15 minutes); after the last try it waits
 *   in the DLQ, with an alarm. SES down for an hour loses nothing.
 */
export async function handler(event: SQSEvent): Promise<SQSBatchResponse> {
  const afzender = getRegionConfig().mail.afzender;
  const batchItemFailures: SQSBatchResponse["batchItemFailures"] = [];
  for (const record of event.Records) {
    let mail: UitgaandeMail | undefined;
    try {
      mail = UitgaandeMail.parse(JSON.parse(record.body));
      if (await isMailVerstuurd(getDb(), mail.id)) {
        logger.info("mail already sent", { mailId: mail.id });
        continue;
      }
      await verstuurMail(getSes(), afzender, mail);
      await markeerMailVerstuurd(getDb(), mail.id);
      logger.info("mail sent", { mailId: mail.id });
    } catch (error) {
      logger.warn("mail not sent", {
        messageId: record.messageId,
        error: error instanceof Error ? error.name : "unknown",
      });
      // A mail that cannot be read will never be sent: no point waiting longer between its tries.
      if (mail) await stelUit(record);
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
}

/** The next try of a failed mail waits longer than the last (the queue's visibility timeout). */
async function stelUit(record: SQSRecord): Promise<void> {
  const queueUrl = process.env.MAIL_QUEUE_URL;
  if (!queueUrl) return;
  const poging = Number(record.attributes?.ApproximateReceiveCount ?? "1") || 1;
  const basis = Number(process.env.MAIL_HERHAAL_BASIS_SECONDEN ?? "30") || 30;
  await getSqs()
    .send(
      new ChangeMessageVisibilityCommand({
        QueueUrl: queueUrl,
        ReceiptHandle: record.receiptHandle,
        VisibilityTimeout: wachttijdVoorPoging(poging, basis),
      }),
    )
    .catch((error: unknown) => {
      // Without the delay the mail simply comes back after the queue's own timeout.
      logger.warn("mail retry delay not set", { error: error instanceof Error ? error.name : "unknown" });
    });
}
