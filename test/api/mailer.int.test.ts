import { randomUUID } from "node:crypto";
import { SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { SQSEvent } from "aws-lambda";
import { describe, expect, inject, it } from "vitest";
import "../global-setup";

/** A mail as aws-ses-v2-local keeps it (GET /store). */
interface StoredMail {
  subject: string;
  from: string;
  destination: { to: string[] };
  body: { text?: string };
}

async function mailbox(): Promise<StoredMail[]> {
  const res = await fetch(`${inject("stack").mailboxUrl}/store`);
  return ((await res.json()) as { emails: StoredMail[] }).emails;
}

async function wachtOp<T>(check: () => Promise<T | undefined>, ms = 15_000): Promise<T> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    const gevonden = await check();
    if (gevonden !== undefined) return gevonden;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error("timed out");
}

describe("mail outbox: SQS → poller → mailer Lambda → SES", () => {
  it("MAIL-01 a mail put in the outbox queue reaches the local SES mailbox", async () => {
    const stack = inject("stack");
    const sqs = new SQSClient({
      endpoint: stack.endpoints.sqs,
      region: "eu-west-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    });
    const onderwerp = `Testbericht ${randomUUID()}`;
    const mail = { id: randomUUID(), aan: ["ontvanger@example.org"], onderwerp, tekst: "Hallo" };
    await sqs.send(
      new SendMessageCommand({ QueueUrl: stack.queues.mail, MessageBody: JSON.stringify(mail) }),
    );
    const ontvangen = await wachtOp(async () => (await mailbox()).find((m) => m.subject === onderwerp));
    expect(ontvangen.destination.to).toEqual(["ontvanger@example.org"]);
    expect(ontvangen.body.text).toBe("Hallo");
    expect(ontvangen.from).toContain("noreply@elkamstelland.nl");
  });

  it("ARCH-QUEUE a bad message is reported as a partial batch failure; the good one is still sent", async () => {
    const stack = inject("stack");
    const { regionConfig } = await import("@elk/infra/regions");
    Object.assign(process.env, {
      AWS_REGION: "eu-west-1",
      AWS_ACCESS_KEY_ID: "local",
      AWS_SECRET_ACCESS_KEY: "local",
      AWS_ENDPOINT_URL_SESV2: stack.endpoints.ses,
      // The mailer remembers what it sent (issue #10, "none twice").
      AWS_ENDPOINT_URL_DYNAMODB: stack.endpoints.dynamodb,
      TABLE_NAME: stack.tableName,
      REGION_CONFIG: JSON.stringify(regionConfig("amstelland")),
      ELK_QUIET: "1",
    });
    const { handler } = await import("../../functions/src/queue/mailer");
    const onderwerp = `Batch ${randomUUID()}`;
    const record = (messageId: string, body: string) =>
      ({
        messageId,
        body,
        receiptHandle: messageId,
        attributes: {},
        messageAttributes: {},
      }) as unknown as SQSEvent["Records"][number];
    const result = await handler({
      Records: [
        record("goed", JSON.stringify({ id: randomUUID(), aan: ["a@example.org"], onderwerp, tekst: "x" })),
        record("kapot", JSON.stringify({ id: randomUUID(), aan: ["geen-adres"], onderwerp, tekst: "x" })),
      ],
    });
    expect(result.batchItemFailures).toEqual([{ itemIdentifier: "kapot" }]);
    await wachtOp(async () => (await mailbox()).find((m) => m.subject === onderwerp));
  });
});
