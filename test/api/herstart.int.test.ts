import { randomUUID } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { GebruikersLijst } from "@elk/contracts";
import { afterAll, describe, expect, it } from "vitest";
import { freePort, isPortOpen } from "../../scripts/local/ports";
import { type RegioProces, startRegioProces } from "../../scripts/local/regio-proces";
import { api, inloggen } from "../support/api";
import type { OntvangenMail } from "../support/mailbox";

/*
 * Issue #10, Faults: "a restart of the local stack mid-work — nothing is lost". A stack of its own
 * (not the suite's), in its own process group, is killed with SIGKILL — DynamoDB Local and
 * cognito-local with it — while mails wait in the outbox for SES, and started again on the same
 * data. What was acknowledged is there, and every waiting mail goes out exactly once.
 */

const map = await mkdtemp(join(tmpdir(), "elk-herstart-"));
const lopend: RegioProces[] = [];

afterAll(async () => {
  for (const p of lopend) await p.crash().catch(() => undefined);
  await rm(map, { recursive: true, force: true });
});

async function start(storingen: boolean): Promise<RegioProces> {
  const proces = await startRegioProces({
    regio: "amstelland",
    port: await freePort(),
    dataDir: map,
    storingen,
    eigenGroep: true,
  });
  lopend.push(proces);
  return proces;
}

async function mails(proces: RegioProces): Promise<OntvangenMail[]> {
  const res = await fetch(`${proces.mailboxUrl}/store`);
  return ((await res.json()) as { emails: OntvangenMail[] }).emails;
}

async function wachtTot(wat: string, check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`timed out waiting for ${wat}`);
}

describe("a restart of the whole local stack mid-work (issue #10, Faults)", () => {
  it("ARCH-ERR MAIL-01 ACC-02 killed while mails wait for SES: after the restart the users are there once and every mail arrives exactly once", async () => {
    const eerste = await start(true);
    const basis = eerste.appUrl;
    // SES down: the invitation mails wait in the outbox queue, tried again and again.
    const zet = await fetch(`${eerste.storingUrl}/storing/ses`, {
      method: "PUT",
      body: JSON.stringify({ modus: "weg", kans: 1 }),
    });
    expect(zet.status).toBe(200);

    const token = await inloggen("locatiebeheerder", undefined, basis);
    const merk = randomUUID().slice(0, 8);
    const nieuw = [1, 2, 3, 4].map((n) => ({
      voornaam: "Herstart",
      achternaam: `Proef ${merk} ${n}`,
      email: `herstart-${merk}-${n}@example.org`,
      rollen: ["aanmelden"],
    }));
    for (const gebruiker of nieuw) {
      const res = await api("POST", "/api/gebruikers", {
        token,
        body: gebruiker,
        baseUrl: basis,
        headers: { "idempotency-key": randomUUID() },
      });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
    }
    await wachtTot("every mail tried and refused", async () => {
      const stand = (await (await fetch(`${eerste.storingUrl}/storing/ses`)).json()) as { geweigerd: number };
      return stand.geweigerd >= nieuw.length;
    });
    expect(await mails(eerste)).toHaveLength(0);

    // The crash: the stack's whole process group at once, no shutdown.
    const appPoort = Number(new URL(basis).port);
    await eerste.crash();
    await wachtTot("the app's port closed", async () => !(await isPortOpen(appPoort)), 10_000);

    // Started again on the same data, SES healthy.
    const tweede = await start(false);
    const aan = (m: OntvangenMail, g: (typeof nieuw)[number]) =>
      m.destination.to.includes(g.email) && m.subject === "Inloggegevens instellen";
    await wachtTot("every waiting mail sent", async () => {
      const ontvangen = await mails(tweede);
      return nieuw.every((g) => ontvangen.some((m) => aan(m, g)));
    });
    // Give a second delivery the time to show, then count.
    await new Promise((r) => setTimeout(r, 3000));
    const ontvangen = await mails(tweede);
    for (const g of nieuw)
      expect(
        ontvangen.filter((m) => aan(m, g)),
        g.email,
      ).toHaveLength(1);

    const opnieuw = await inloggen("locatiebeheerder", undefined, tweede.appUrl);
    const lijst = await api<GebruikersLijst>("GET", "/api/gebruikers", {
      token: opnieuw,
      baseUrl: tweede.appUrl,
    });
    expect(lijst.status).toBe(200);
    for (const g of nieuw) {
      expect(
        lijst.body.items.filter((r) => r.email === g.email),
        g.email,
      ).toHaveLength(1);
    }
  }, 240_000);
});
