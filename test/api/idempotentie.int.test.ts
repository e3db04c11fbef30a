import { randomUUID } from "node:crypto";
import { ALL_ROUTES } from "@elk/contracts";
import { describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { HAVO_KEUZES, kindMetOuder } from "../support/leerlingen";
import { alleMailsAan } from "../support/mailbox";

type Fout = { code: string; message: string };
const GEEN = { gelijkwaardigeAfdelingWens: false, meerling: false };

/*
 * Issue #10 "Races and retries" / ARCHITECTURE.md: a state-changing request sent twice with the
 * same Idempotency-Key — a double click, a retry after a lost connection — acts once, and the
 * second gets the first one's answer. The web app sends a fresh key with every change
 * (frontend/src/lib/api-client.ts) and retries a dropped request once with the same key.
 */
describe("Idempotency-Key (issue #10)", () => {
  it("ARCH the same change sent twice with one key acts once: the second gets the first answer, marked as replayed", async () => {
    const kind = await kindMetOuder();
    const sleutel = randomUUID();
    const lijst = await api("PUT", `/api/ouder/kinderen/${kind.leerlingId}/voorkeurslijst`, {
      token: kind.ouderToken,
      body: { keuzes: HAVO_KEUZES, eersteKeuze: GEEN },
    });
    expect(lijst.status).toBe(200);
    const aanmelden = () =>
      api<{ id: string } & Fout>("POST", `/api/ouder/kinderen/${kind.leerlingId}/aanmelden`, {
        token: kind.ouderToken,
        headers: { "idempotency-key": sleutel },
      });
    const eerste = await aanmelden();
    expect(eerste.status).toBe(200);
    const tweede = await aanmelden();
    expect(tweede.status).toBe(200);
    expect(tweede.headers.get("idempotent-replayed")).toBe("true");
    expect(tweede.body).toEqual(eerste.body);
    // Acted once: one mail with the list.
    await new Promise((r) => setTimeout(r, 1500));
    const mails = (await alleMailsAan(kind.emailOuders)).filter((m) => m.subject.includes("voorkeurslijst"));
    expect(mails).toHaveLength(1);
  });

  it("ARCH a double submit at the same moment acts once; the other is told it is being handled or gets the same answer", async () => {
    const po = await inloggen("po-gebruiker");
    const kind = await kindMetOuder();
    const sleutel = randomUUID();
    const versturen = () =>
      api<Fout>("POST", `/api/po/leerlingen/${kind.leerlingId}/ouderinlog`, {
        token: po,
        headers: { "idempotency-key": sleutel },
      });
    const ouderinlogs = async () =>
      (await alleMailsAan(kind.emailOuders)).filter((m) => m.subject === "Ouderinlog ELK Amstelland").length;
    const voor = await ouderinlogs();
    const antwoorden = await Promise.all([versturen(), versturen()]);
    const statussen = antwoorden.map((a) => a.status).sort();
    expect([
      [200, 200],
      [200, 409],
    ]).toContainEqual(statussen);
    const geweigerd = antwoorden.find((a) => a.status === 409);
    if (geweigerd)
      expect(geweigerd.body.message).toBe("Dit verzoek wordt al verwerkt. Wacht even en vernieuw de pagina.");
    await new Promise((r) => setTimeout(r, 1500));
    expect((await ouderinlogs()) - voor).toBe(1);
  });

  it("ARCH one key with another request is refused (400); a key is the user's own, another user's same key acts for that user", async () => {
    const po = await inloggen("po-gebruiker");
    const [a, b] = [await kindMetOuder(), await kindMetOuder()];
    const sleutel = randomUUID();
    const eerste = await api("POST", `/api/po/leerlingen/${a.leerlingId}/ouderinlog`, {
      token: po,
      headers: { "idempotency-key": sleutel },
    });
    expect(eerste.status).toBe(200);
    const ander = await api<Fout>("POST", `/api/po/leerlingen/${b.leerlingId}/ouderinlog`, {
      token: po,
      headers: { "idempotency-key": sleutel },
    });
    expect(ander.status).toBe(400);
    expect(ander.body.message).toBe("Deze Idempotency-Key hoort bij een ander verzoek.");
    // The parent of b, with the same key string, is someone else: its request is its own.
    const ouder = await api("PUT", `/api/ouder/kinderen/${b.leerlingId}/voorkeurslijst`, {
      token: b.ouderToken,
      headers: { "idempotency-key": sleutel },
      body: { keuzes: HAVO_KEUZES, eersteKeuze: GEEN },
    });
    expect(ouder.status).toBe(200);
    expect(ouder.headers.get("idempotent-replayed")).toBeNull();
  });

  it("ARCH every state-changing route of the route table goes through the idempotency check (an ill-formed key: 400 before anything else)", async () => {
    const token = await inloggen("regiobeheerder");
    const alle = ALL_ROUTES.filter((r) => r.auth === "jwt" && r.method !== "GET");
    // Answers with a secret (the second factor's set-up) are never kept: they ignore the key.
    const wijzigend = alle.filter((r) => !r.geheimAntwoord);
    expect(wijzigend.length).toBeGreaterThan(30);
    const fout: string[] = [];
    for (const route of alle.filter((r) => r.geheimAntwoord)) {
      const res = await api<Fout>(route.method, route.path, {
        token,
        headers: { "idempotency-key": "te kort" },
        body: {},
      });
      if (res.body.message?.startsWith("De Idempotency-Key is ongeldig"))
        fout.push(`${route.path} kept a key`);
    }
    for (const route of wijzigend) {
      const pad = route.path.replace(/\{[^}]+\}/g, "x");
      const res = await api<Fout>(route.method, pad, {
        token,
        headers: { "idempotency-key": "te kort" },
        body: {},
      });
      if (res.status !== 400 || !res.body.message?.startsWith("De Idempotency-Key is ongeldig")) {
        fout.push(`${route.method} ${route.path}: ${res.status} ${res.body.message}`);
      }
    }
    expect(fout).toEqual([]);
  });
});
