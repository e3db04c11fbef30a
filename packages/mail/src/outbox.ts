import { SendMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { UitgaandeMail } from "./mail";

/**
 * Put a mail in the outbox queue. The mailer worker sends it; when SES fails the message returns
 * to the queue and, after repeated failures, lands in the DLQ — nothing is lost.
 */
export async function zetInOutbox(sqs: SQSClient, queueUrl: string, mail: UitgaandeMail): Promise<void> {
  await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(mail) }));
}
