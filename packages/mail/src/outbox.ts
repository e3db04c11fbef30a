import { SendMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { UitgaandeMail } from "./mail";

/**
 * Put a mail in the outbox queue. The mailer worker sends it; when SES fails the message returns
 * to the queue and, after repeated failures, lands in the DLQ — nothing is lost.
 */
export async function zetInOutbox(sqs: SQSClient, queueUrl: string, mail: UitgaandeMail): Promise<void> {
  await sqs.send(new SendMessageCommand({ QueueUrl: queueUrl, MessageBody: JSON.stringify(mail) }));
}

/** The most tries a mail gets before it waits in the DLQ for a person (infra QueueWithDlq, the local stack). */
export const MAIL_MAX_POGINGEN = 10;

/**
 * How long a mail that could not be sent waits before the next try (issue #10, Faults: SES
 * failing for minutes): doubling from `basisSeconden`, at most a quarter of an hour. With 30 s
 * and ten tries a mail rides out more than an hour of SES trouble before it reaches the DLQ.
 */
export function wachttijdVoorPoging(poging: number, basisSeconden: number): number {
  return Math.min(900, basisSeconden * 2 ** Math.max(0, poging - 1));
}
