import { appendFileSync, existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { dirname } from "node:path";
import { createRequestHandler, type ISqsServerOptions } from "local-aws-sqs";

/**
 * The local SQS stand-in with a journal on disk (issue #10, Faults: "a restart of the local stack
 * mid-work — nothing is lost"). local-aws-sqs keeps its queues in memory; in AWS a queue is
 * durable. So every message the stand-in accepts is written to the journal before the sender
 * hears "sent", every delete after it happened, and a restart puts back what was sent and not
 * deleted — with its own MessageId, so the workers' dedupe (the mailer's sent marker) still works.
 *
 * What a restart does not keep, as documented in docs/security.md: the receive count starts
 * again (a message that had used up its tries goes to its DLQ instead), and a message that was
 * waiting out a visibility timeout or a delay is visible at once.
 */

type JournaalRegel =
  | { op: "send"; q: string; id: string; body: string; attrs?: unknown }
  | { op: "recv"; id: string }
  | { op: "delete"; id: string };

interface Wachtend {
  q: string;
  id: string;
  body: string;
  attrs?: unknown;
  ontvangen: number;
}

export interface DuurzameSqsOpties extends ISqsServerOptions {
  /** The journal file; created when absent. */
  journaal: string;
}

/** What the journal says is still in the queues: sent, not deleted. Pure, for the restart. */
export function nogInDeRij(regels: readonly JournaalRegel[]): Wachtend[] {
  const wachtend = new Map<string, Wachtend>();
  for (const r of regels) {
    if (r.op === "send") {
      wachtend.set(r.id, {
        q: r.q,
        id: r.id,
        body: r.body,
        ...(r.attrs === undefined ? {} : { attrs: r.attrs }),
        ontvangen: 0,
      });
    } else if (r.op === "recv") {
      const w = wachtend.get(r.id);
      if (w) w.ontvangen += 1;
    } else {
      wachtend.delete(r.id);
    }
  }
  return [...wachtend.values()];
}

function leesJournaal(pad: string): JournaalRegel[] {
  if (!existsSync(pad)) return [];
  const regels: JournaalRegel[] = [];
  for (const regel of readFileSync(pad, "utf8").split("\n")) {
    if (!regel.trim()) continue;
    // A line cut off by a crash mid-write is the last one; it was never acknowledged.
    try {
      regels.push(JSON.parse(regel) as JournaalRegel);
    } catch {
      /* ignored: see above */
    }
  }
  return regels;
}

const queueNaam = (url: unknown): string => (typeof url === "string" ? (url.split("/").pop() ?? "") : "");

export function startDuurzameSqs(opties: DuurzameSqsOpties): Promise<Server> {
  const { journaal, ...sqsOpties } = opties;
  const { service, requestHandler } = createRequestHandler(sqsOpties);
  mkdirSync(dirname(journaal), { recursive: true });

  // Put back what was in the queues, then start a compacted journal with just that.
  const terug = nogInDeRij(leesJournaal(journaal));
  const compact: JournaalRegel[] = [];
  for (const w of terug) {
    let queue = service.Queues.find((q) => q.QueueName === w.q);
    const redrive = queue?.RedrivePolicy;
    if (queue && redrive && w.ontvangen >= redrive.maxReceiveCount) {
      const dlq = redrive.deadLetterTargetArn.split(":").pop();
      queue = service.Queues.find((q) => q.QueueName === dlq) ?? queue;
    }
    if (!queue) continue;
    queue.setRecord({ MessageBody: w.body, MessageAttributes: w.attrs }, w.id);
    compact.push({ op: "send", q: queue.QueueName, id: w.id, body: w.body, attrs: w.attrs });
  }
  writeFileSync(`${journaal}.nieuw`, compact.map((r) => `${JSON.stringify(r)}\n`).join(""));
  renameSync(`${journaal}.nieuw`, journaal);

  const schrijf = (regels: JournaalRegel[]) => {
    if (regels.length > 0) appendFileSync(journaal, regels.map((r) => `${JSON.stringify(r)}\n`).join(""));
  };
  // A receipt handle names one delivery of one message; a delete names the handle.
  const perHandle = new Map<string, string>();

  const handler = (req: IncomingMessage, res: ServerResponse) => {
    const actie = String(req.headers["x-amz-target"] ?? "").replace("AmazonSQS.", "");
    const delen: Buffer[] = [];
    req.on("data", (d: Buffer) => delen.push(d));
    const end = res.end.bind(res) as (...args: unknown[]) => ServerResponse;
    // Journal before the answer leaves: once a sender hears "sent", the message is on disk.
    res.end = ((...args: unknown[]) => {
      try {
        if (res.statusCode < 300) schrijf(journaalVoor(actie, Buffer.concat(delen), args[0]));
      } catch (fout) {
        console.error(`[sqs] journal: ${fout instanceof Error ? fout.message : String(fout)}`);
      }
      return end(...args);
    }) as ServerResponse["end"];
    void requestHandler(req, res);
  };

  const journaalVoor = (actie: string, verzoek: Buffer, antwoordRuw: unknown): JournaalRegel[] => {
    if (
      !["SendMessage", "SendMessageBatch", "ReceiveMessage", "DeleteMessage", "DeleteMessageBatch"].includes(
        actie,
      )
    ) {
      return [];
    }
    const invoer = JSON.parse(verzoek.toString("utf8") || "{}") as Record<string, unknown>;
    const antwoord = JSON.parse(
      typeof antwoordRuw === "string"
        ? antwoordRuw
        : Buffer.isBuffer(antwoordRuw)
          ? antwoordRuw.toString("utf8")
          : "{}",
    ) as Record<string, unknown>;
    const q = queueNaam(invoer.QueueUrl);
    switch (actie) {
      case "SendMessage":
        return [
          {
            op: "send",
            q,
            id: String(antwoord.MessageId),
            body: String(invoer.MessageBody),
            ...(invoer.MessageAttributes ? { attrs: invoer.MessageAttributes } : {}),
          },
        ];
      case "SendMessageBatch": {
        const entries = (invoer.Entries ?? []) as Array<Record<string, unknown>>;
        const gelukt = (antwoord.Successful ?? []) as Array<{ Id: string; MessageId: string }>;
        return gelukt.flatMap((s) => {
          const e = entries.find((x) => x.Id === s.Id);
          return e
            ? [
                {
                  op: "send" as const,
                  q,
                  id: s.MessageId,
                  body: String(e.MessageBody),
                  ...(e.MessageAttributes ? { attrs: e.MessageAttributes } : {}),
                },
              ]
            : [];
        });
      }
      case "ReceiveMessage":
        return ((antwoord.Messages ?? []) as Array<{ MessageId: string; ReceiptHandle: string }>).map((m) => {
          perHandle.set(m.ReceiptHandle, m.MessageId);
          return { op: "recv" as const, id: m.MessageId };
        });
      case "DeleteMessage": {
        const id = perHandle.get(String(invoer.ReceiptHandle));
        return id ? [{ op: "delete", id }] : [];
      }
      default: {
        const entries = (invoer.Entries ?? []) as Array<{ Id: string; ReceiptHandle: string }>;
        const gelukt = new Set(((antwoord.Successful ?? []) as Array<{ Id: string }>).map((s) => s.Id));
        return entries.flatMap((e) => {
          const id = gelukt.has(e.Id) ? perHandle.get(e.ReceiptHandle) : undefined;
          if (id) perHandle.delete(e.ReceiptHandle);
          return id ? [{ op: "delete" as const, id }] : [];
        });
      }
    }
  };

  return new Promise((klaar) => {
    const server = createServer(handler);
    server.listen(sqsOpties.port, sqsOpties.hostname ?? "127.0.0.1", () => {
      const adres = server.address();
      if (adres && typeof adres === "object") service.PORT = adres.port;
      klaar(server);
    });
  });
}
