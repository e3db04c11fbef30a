import { mkdtemp, rm } from "node:fs/promises";
import type { Server } from "node:http";
import { tmpdir } from "node:os";
import { join } from "node:path";
import {
  DeleteMessageBatchCommand,
  DeleteMessageCommand,
  ReceiveMessageCommand,
  SendMessageBatchCommand,
  SendMessageCommand,
  SQSClient,
} from "@aws-sdk/client-sqs";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { startDuurzameSqs } from "../local/sqs-duurzaam";

/*
 * Issue #10, Faults: the local SQS stand-in keeps what it was sent across a restart, as SQS does
 * in AWS (scripts/local/sqs-duurzaam.ts). Each test stops the stand-in — without deleting what is
 * still queued — and starts a new one on the same journal.
 */

const ACCOUNT = "000000000000";
let map: string;
let server: Server | undefined;
let sqs: SQSClient;

async function start(): Promise<string> {
  server = await startDuurzameSqs({
    journaal: join(map, "sqs", "journaal.jsonl"),
    port: 0,
    hostname: "127.0.0.1",
    region: "eu-west-1",
    accountId: ACCOUNT,
    emulateQueueCreationLifecycle: false,
    queues: [
      { QueueName: "werk-dlq" },
      {
        QueueName: "werk",
        Attributes: {
          RedrivePolicy: JSON.stringify({
            deadLetterTargetArn: `arn:aws:sqs:eu-west-1:${ACCOUNT}:werk-dlq`,
            maxReceiveCount: 2,
          }),
        },
      },
    ],
  });
  const adres = server.address();
  const poort = adres && typeof adres === "object" ? adres.port : 0;
  sqs = new SQSClient({
    endpoint: `http://127.0.0.1:${poort}`,
    region: "eu-west-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  return `http://127.0.0.1:${poort}/${ACCOUNT}`;
}

async function herstart(): Promise<string> {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  return start();
}

async function ontvang(url: string, max = 10) {
  const res = await sqs.send(
    new ReceiveMessageCommand({ QueueUrl: url, MaxNumberOfMessages: max, VisibilityTimeout: 1 }),
  );
  return res.Messages ?? [];
}

beforeEach(async () => {
  map = await mkdtemp(join(tmpdir(), "elk-sqs-"));
});
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((r) => server?.close(r));
  await rm(map, { recursive: true, force: true });
});

describe("the local SQS stand-in across a restart (issue #10, Faults)", () => {
  it("ARCH-ERR a message sent and not deleted is there again after a restart, with its MessageId; a deleted one is not", async () => {
    let basis = await start();
    const a = await sqs.send(new SendMessageCommand({ QueueUrl: `${basis}/werk`, MessageBody: "a" }));
    await sqs.send(
      new SendMessageBatchCommand({
        QueueUrl: `${basis}/werk`,
        Entries: [
          { Id: "1", MessageBody: "b" },
          { Id: "2", MessageBody: "c" },
        ],
      }),
    );
    // "a" is done: received and deleted; "b" and "c" were received by a worker that then died.
    const eerst = await ontvang(`${basis}/werk`);
    expect(eerst.map((m) => m.Body).sort()).toEqual(["a", "b", "c"]);
    const bijA = eerst.find((m) => m.Body === "a");
    await sqs.send(
      new DeleteMessageCommand({ QueueUrl: `${basis}/werk`, ReceiptHandle: bijA?.ReceiptHandle }),
    );

    basis = await herstart();
    const daarna = await ontvang(`${basis}/werk`);
    expect(daarna.map((m) => m.Body).sort()).toEqual(["b", "c"]);
    expect(daarna.map((m) => m.MessageId)).not.toContain(a.MessageId);
    expect(daarna.map((m) => m.MessageId).sort()).toEqual(
      eerst
        .filter((m) => m.Body !== "a")
        .map((m) => m.MessageId)
        .sort(),
    );

    // Deleted after the restart (batch): gone for good at the next one.
    await sqs.send(
      new DeleteMessageBatchCommand({
        QueueUrl: `${basis}/werk`,
        Entries: daarna.map((m, i) => ({ Id: String(i), ReceiptHandle: m.ReceiptHandle })),
      }),
    );
    basis = await herstart();
    expect(await ontvang(`${basis}/werk`)).toEqual([]);
  });

  it("ARCH-ERR a message that had used up its tries comes back in the DLQ, not in the queue", async () => {
    let basis = await start();
    await sqs.send(new SendMessageCommand({ QueueUrl: `${basis}/werk`, MessageBody: "gif" }));
    expect((await ontvang(`${basis}/werk`)).map((m) => m.Body)).toEqual(["gif"]);
    await new Promise((r) => setTimeout(r, 1100));
    expect((await ontvang(`${basis}/werk`)).map((m) => m.Body)).toEqual(["gif"]);

    basis = await herstart();
    expect(await ontvang(`${basis}/werk`)).toEqual([]);
    expect((await ontvang(`${basis}/werk-dlq`)).map((m) => m.Body)).toEqual(["gif"]);
  });

  it("ARCH-ERR a journal line cut off by a crash is skipped; the rest comes back", async () => {
    let basis = await start();
    await sqs.send(new SendMessageCommand({ QueueUrl: `${basis}/werk`, MessageBody: "heel" }));
    const { appendFile } = await import("node:fs/promises");
    await appendFile(join(map, "sqs", "journaal.jsonl"), '{"op":"send","q":"werk","id":"half');
    basis = await herstart();
    expect((await ontvang(`${basis}/werk`)).map((m) => m.Body)).toEqual(["heel"]);
  });
});
