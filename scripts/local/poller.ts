import { DeleteMessageBatchCommand, ReceiveMessageCommand, type SQSClient } from "@aws-sdk/client-sqs";
import type { SQSBatchResponse, SQSEvent, SQSRecord } from "aws-lambda";

type SqsHandler = (event: SQSEvent) => Promise<SQSBatchResponse | undefined>;

export interface EventSource {
  name: string;
  queueUrl: string;
  queueArn: string;
  batchSize: number;
  handler: () => Promise<{ handler: SqsHandler }>;
}

/**
 * The local stand-in for Lambda's SQS event source mapping: receives batches, invokes the worker,
 * deletes what succeeded and leaves the reported failures to become visible again (and reach
 * the DLQ after maxReceiveCount), as ReportBatchItemFailures does in AWS.
 */
export function startPoller(sqs: SQSClient, sources: readonly EventSource[]): { stop: () => Promise<void> } {
  let running = true;
  const loops = sources.map(async (source) => {
    while (running) {
      try {
        const res = await sqs.send(
          new ReceiveMessageCommand({
            QueueUrl: source.queueUrl,
            MaxNumberOfMessages: source.batchSize,
            WaitTimeSeconds: 1,
            MessageSystemAttributeNames: ["All"],
            MessageAttributeNames: ["All"],
          }),
        );
        const messages = res.Messages ?? [];
        if (messages.length === 0) continue;
        const records: SQSRecord[] = messages.map((m) => ({
          messageId: m.MessageId ?? "",
          receiptHandle: m.ReceiptHandle ?? "",
          body: m.Body ?? "",
          attributes: (m.Attributes ?? {}) as unknown as SQSRecord["attributes"],
          messageAttributes: {},
          md5OfBody: m.MD5OfBody ?? "",
          eventSource: "aws:sqs",
          eventSourceARN: source.queueArn,
          awsRegion: process.env.AWS_REGION ?? "eu-west-1",
        }));
        let failed = new Set<string>();
        try {
          const { handler } = await source.handler();
          const result = await handler({ Records: records });
          failed = new Set((result?.batchItemFailures ?? []).map((f) => f.itemIdentifier));
        } catch (error) {
          // A worker that throws fails the whole batch, as in Lambda.
          console.error(`[poller] ${source.name} failed`, error instanceof Error ? error.message : error);
          failed = new Set(records.map((r) => r.messageId));
        }
        const done = messages.filter((m) => !failed.has(m.MessageId ?? ""));
        if (done.length > 0) {
          await sqs.send(
            new DeleteMessageBatchCommand({
              QueueUrl: source.queueUrl,
              Entries: done.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle ?? "" })),
            }),
          );
        }
      } catch (error) {
        if (!running) break;
        console.error(`[poller] ${source.name}: ${error instanceof Error ? error.message : String(error)}`);
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.allSettled(loops);
    },
  };
}
