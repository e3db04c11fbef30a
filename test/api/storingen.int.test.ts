import { randomUUID } from "node:crypto";
import { GetQueueAttributesCommand, SendMessageCommand, SQSClient } from "@aws-sdk/client-sqs";
import type { AanmeldingenOverzicht, Kinderen } from "@elk/contracts";
import { afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { HAVO_KEUZES, type KindMetOuder, kindMetOuder } from "../support/leerlingen";
import { alleMailsAan, mailbox } from "../support/mailbox";
import { storingsStand, zetStoring } from "../support/storing";

/*
 * Issue #10, Faults: the local stack puts a fault proxy between the functions and DynamoDB Local
 * and the SES stand-in (scripts/local/storing.ts). Each test makes one service fail for a while —
 * down, or throttling — and shows what the users get and that nothing is lost or done twice.
 * Every test puts the service back, also when it fails.
 */

const stack = inject("stack");
const sqs = new SQSClient({
  endpoint: stack.endpoints.sqs,
  region: "eu-west-1",
  credentials: { accessKeyId: "local", secretAccessKey: "local" },
});

async function wachtTot(wat: string, check: () => Promise<boolean>, ms = 30_000): Promise<void> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 200));
  }
  throw new Error(`timed out waiting for ${wat}`);
}

const zet = (mail: { id: string; onderwerp: string }) =>
  sqs.send(
    new SendMessageCommand({
      QueueUrl: stack.queues.mail,
      MessageBody: JSON.stringify({ ...mail, aan: ["storing@example.org"], tekst: "Hallo" }),
    }),
  );
const aantalMet = async (onderwerp: string) =>
  (await mailbox()).filter((m) => m.subject === onderwerp).length;

afterEach(async () => {
  await zetStoring("ses", "door");
  await zetStoring("dynamodb", "door");
  await zetStoring("sqs", "door");
});

describe("SQS failing (issue #10, Faults)", () => {
  it("ARCH-ERR MAIL-01 REG-01 with the mail queue out of reach a registration still succeeds; its mail waits in the table and goes out exactly once when SQS is back", async () => {
    const kind = await kindMetOuder();
    const lijst = await api("PUT", `/api/ouder/kinderen/${kind.leerlingId}/voorkeurslijst`, {
      token: kind.ouderToken,
      body: { keuzes: HAVO_KEUZES, eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false } },
    });
    expect(lijst.status, JSON.stringify(lijst.body)).toBe(200);
    // The registration's own mail: "Aanmelding <naam>: de voorkeurslijst".
    const lijstMails = async () =>
      (await alleMailsAan(kind.emailOuders)).filter((m) => m.subject.includes("de voorkeurslijst"));

    await zetStoring("sqs", "weg");
    const res = await api<{ id: string }>("POST", `/api/ouder/kinderen/${kind.leerlingId}/aanmelden`, {
      token: kind.ouderToken,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect((await storingsStand("sqs")).geweigerd).toBeGreaterThan(0);
    // The outbox job runs every second in the test stack: while SQS is away the mail stays kept.
    await new Promise((r) => setTimeout(r, 2500));
    expect(await lijstMails()).toHaveLength(0);

    await zetStoring("sqs", "door");
    await wachtTot("the registration's mail", async () => (await lijstMails()).length > 0);
    await new Promise((r) => setTimeout(r, 3000));
    const nieuw = await lijstMails();
    expect(nieuw).toHaveLength(1);
    expect(nieuw[0]?.subject).toBe(`Aanmelding ${kind.naam}: de voorkeurslijst`);
  });
});

describe("SES failing (issue #10, Faults)", () => {
  it("ARCH-ERR MAIL-01 while SES is down, mails wait in the outbox and are tried again later; once it is back each arrives exactly once and none reaches the DLQ", async () => {
    const dlqVoor = await dlqAantal();
    await zetStoring("ses", "weg");
    const mails = [1, 2, 3].map((n) => ({ id: randomUUID(), onderwerp: `Storing SES ${n} ${randomUUID()}` }));
    for (const m of mails) await zet(m);
    // Every mail tried and refused, and tried again after waiting (the mailer backs off).
    await wachtTot("two tries of every mail", async () => (await storingsStand("ses")).geweigerd >= 6);
    for (const m of mails) expect(await aantalMet(m.onderwerp)).toBe(0);

    await zetStoring("ses", "door");
    await wachtTot("every mail sent", async () => {
      const aantallen = await Promise.all(mails.map((m) => aantalMet(m.onderwerp)));
      return aantallen.every((n) => n >= 1);
    });
    // Give a double a chance to show up: none does.
    await new Promise((r) => setTimeout(r, 3000));
    for (const m of mails) expect(await aantalMet(m.onderwerp)).toBe(1);
    expect(await dlqAantal()).toBe(dlqVoor);
  });

  it("ARCH-ERR MAIL-01 a mail delivered twice by the queue (SQS delivers at least once) is sent once", async () => {
    const mail = { id: randomUUID(), onderwerp: `Storing dubbel ${randomUUID()}` };
    await zet(mail);
    await wachtTot("the mail", async () => (await aantalMet(mail.onderwerp)) === 1);
    await zet(mail);
    await zet(mail);
    // The two copies are received and dropped: the queue empties, the mailbox keeps one.
    await wachtTot("the copies handled", async () => (await wachtrijAantal(stack.queues.mail)) === 0);
    await new Promise((r) => setTimeout(r, 2000));
    expect(await aantalMet(mail.onderwerp)).toBe(1);
  });
});

async function dlqAantal(): Promise<number> {
  return wachtrijAantal(stack.queues.mailDlq);
}

async function wachtrijAantal(queueUrl: string): Promise<number> {
  const res = await sqs.send(
    new GetQueueAttributesCommand({
      QueueUrl: queueUrl,
      AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
    }),
  );
  return (
    Number(res.Attributes?.ApproximateNumberOfMessages ?? 0) +
    Number(res.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
  );
}

describe("DynamoDB throttling (issue #10, Faults)", () => {
  const kinderen: KindMetOuder[] = [];

  beforeAll(async () => {
    for (let i = 0; i < 8; i++) {
      const kind = await kindMetOuder();
      const lijst = await api("PUT", `/api/ouder/kinderen/${kind.leerlingId}/voorkeurslijst`, {
        token: kind.ouderToken,
        body: { keuzes: HAVO_KEUZES, eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false } },
      });
      expect(lijst.status, JSON.stringify(lijst.body)).toBe(200);
      kinderen.push(kind);
    }
  });

  it("ARCH-ERR REG-01 under heavy throttling every registration gets either its answer or a Dutch 503 to try again; tried again with the same key, each pupil is registered exactly once", async () => {
    const sleutels = new Map(kinderen.map((k) => [k.leerlingId, randomUUID()]));
    const aanmelden = (k: KindMetOuder) =>
      api<{ id: string; code?: string; message?: string }>(
        "POST",
        `/api/ouder/kinderen/${k.leerlingId}/aanmelden`,
        { token: k.ouderToken, headers: { "idempotency-key": sleutels.get(k.leerlingId) ?? "" } },
      );

    await zetStoring("dynamodb", "beperkt", 0.35);
    const eerste = await Promise.all(kinderen.map(aanmelden));
    const geweigerd = (await storingsStand("dynamodb")).geweigerd;
    await zetStoring("dynamodb", "door");

    expect(geweigerd).toBeGreaterThan(0);
    console.info(
      `throttled ${geweigerd} DynamoDB calls; first answers: ${eerste.map((r) => r.status).join(" ")}`,
    );
    for (const r of eerste) {
      // Never a 500: a busy service is a passing fault with a message the user can act on.
      expect([200, 503], JSON.stringify(r.body)).toContain(r.status);
      if (r.status === 503) {
        expect(r.body.code).toBe("TIJDELIJK_NIET_BESCHIKBAAR");
        expect(r.body.message).toMatch(/Probeer het over een minuut opnieuw/);
        expect(r.headers.get("retry-after")).toBe("30");
      }
    }

    // The parents try again with the same key (the web app does this itself once).
    const ids = new Map<string, string>();
    for (const [i, k] of kinderen.entries()) {
      const r = eerste[i]?.status === 200 ? eerste[i] : await aanmelden(k);
      expect(r?.status, JSON.stringify(r?.body)).toBe(200);
      ids.set(k.leerlingId, r?.body.id ?? "");
    }

    // Exactly once: the 1st-choice school sees each pupil once, and each parent sees it registered.
    const plaatser = await inloggen("plaatser");
    for (const k of kinderen) {
      const overzicht = await api<AanmeldingenOverzicht>(
        "GET",
        `/api/aanmeldingen?schooljaar=2026-2027&zoek=${k.elkNummer}`,
        { token: plaatser },
      );
      expect(overzicht.status, JSON.stringify(overzicht.body)).toBe(200);
      const regels = overzicht.body.items.filter((r) => r.elkNummer === k.elkNummer);
      expect(regels.map((r) => r.id)).toEqual([ids.get(k.leerlingId)]);
      const eigen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: k.ouderToken });
      expect(JSON.stringify(eigen.body)).toContain(ids.get(k.leerlingId));
    }
  });

  it("ARCH-ERR with DynamoDB out of reach, reads answer a Dutch 503 and the app works again as soon as it is back", async () => {
    const plaatser = await inloggen("plaatser");
    await zetStoring("dynamodb", "weg");
    const weg = await api<{ code: string; message: string }>("GET", "/api/mij", { token: plaatser });
    await zetStoring("dynamodb", "door");
    expect([weg.status, weg.body.code]).toEqual([503, "TIJDELIJK_NIET_BESCHIKBAAR"]);
    expect((await api("GET", "/api/mij", { token: plaatser })).status).toBe(200);
  });
});
