import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { actieveGebruiker, STERK_WACHTWOORD } from "../support/autorisatie";
import { codeVoorStap, onthoudGeheim, verseCode } from "../support/mfa";
import { ddb, tabelItem } from "../support/tabel";

/**
 * Issue #10, ACC-08: a second factor any staff member sets up, changes and (where the role allows)
 * turns off on its own account, and ten single-use recovery codes for a lost phone. Every test
 * opens its own aanmelder (added by the locatiebeheerder of Amstelveen College), so no other test
 * file signs in with these accounts or counts their failures.
 */
interface Antwoord {
  mfa?: "vereist" | "instellen";
  sessie?: string | { accessToken: string; vernieuwToken?: string };
  accessToken?: string;
  herstelcodesOver?: number;
  herstelcodes?: string[];
  geheim?: string;
  otpauthUri?: string;
  aan?: boolean;
  verplicht?: boolean;
  code?: string;
  message?: string;
  velden?: Record<string, string>;
}

const baseUrl = () => inject("baseUrl");
const wachtwoordStap = (gebruikersnaam: string) =>
  api<Antwoord>("POST", "/api/auth/inloggen", { body: { gebruikersnaam, wachtwoord: STERK_WACHTWOORD } });
const codeStap = (sessie: string, code: string) =>
  api<Antwoord>("POST", "/api/auth/inloggen/mfa", { body: { sessie, code } });
const mfa = (token: string, pad: string, body?: unknown, headers?: Record<string, string>) =>
  api<Antwoord>(body === undefined ? "GET" : "POST", `/api/auth/mfa${pad}`, { token, body, headers });
const huidigeStap = () => Math.floor(Date.now() / 30_000);

/** A code for the secret that is surely wrong now (not within a step either way). */
function fouteCode(geheim: string, i = 0): string {
  const goed = new Set([-1, 0, 1, 2].map((d) => codeVoorStap(geheim, huidigeStap() + d)));
  for (let n = i; ; n++) {
    const code = String(100000 + n * 7919).slice(-6);
    if (!goed.has(code)) return code;
  }
}

/** The kinds of the account's history events, oldest first. */
async function historie(gebruikerId: string): Promise<string[]> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: inject("stack").tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :sk)",
      ExpressionAttributeValues: { ":pk": `GEBRUIKER#${gebruikerId}`, ":sk": "GEBEURTENIS#" },
    }),
  );
  return (res.Items ?? []).map((i) => i.soort as string);
}

/** Signs in with the password only (no second factor yet): the access token. */
async function zonderCode(gebruikersnaam: string): Promise<string> {
  const res = await wachtwoordStap(gebruikersnaam);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  expect(res.body.mfa).toBeUndefined();
  return res.body.accessToken ?? "";
}

/** Signs in with the password and a fresh code of the secret. */
async function metCode(gebruikersnaam: string, geheim: string) {
  const stap = await wachtwoordStap(gebruikersnaam);
  expect(stap.body.mfa).toBe("vereist");
  const res = await codeStap(String(stap.body.sessie), await verseCode(baseUrl(), gebruikersnaam, geheim));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.accessToken ?? "";
}

/** A new aanmelder that set up its second factor on its own account page. */
async function ingesteldeAanmelder() {
  const lb = await inloggen("locatiebeheerder");
  const { id, gebruikersnaam } = await actieveGebruiker(lb, { rollen: ["aanmelden"] });
  const token = await zonderCode(gebruikersnaam);
  const start = await mfa(token, "/instellen", { wachtwoord: STERK_WACHTWOORD });
  expect(start.status, JSON.stringify(start.body)).toBe(200);
  const geheim = start.body.geheim ?? "";
  onthoudGeheim(baseUrl(), gebruikersnaam, geheim);
  const klaar = await mfa(token, "/bevestigen", { code: await verseCode(baseUrl(), gebruikersnaam, geheim) });
  expect(klaar.status, JSON.stringify(klaar.body)).toBe(200);
  const sessie = klaar.body.sessie as { accessToken: string };
  return {
    id,
    gebruikersnaam,
    geheim,
    herstelcodes: klaar.body.herstelcodes ?? [],
    token: sessie.accessToken,
  };
}

describe("the own second factor on Mijn gegevens (issue #10, ACC-08)", () => {
  it("#10 ACC-08 an aanmelder (no required role) sets up TOTP itself: password, secret, first code; ten recovery codes once; from then on sign-in asks the code", async () => {
    const lb = await inloggen("locatiebeheerder");
    const { id, gebruikersnaam } = await actieveGebruiker(lb, { rollen: ["aanmelden"] });
    const token = await zonderCode(gebruikersnaam);
    const status = await mfa(token, "");
    expect(status.status).toBe(200);
    expect(status.body).toEqual({ aan: false, verplicht: false, herstelcodesOver: 0 });

    const fout = await mfa(token, "/instellen", { wachtwoord: "Niet-Het-Wachtw00rd!" });
    expect(fout.status).toBe(400);
    expect(fout.body.velden?.wachtwoord).toBe("Het wachtwoord is niet juist.");

    const start = await mfa(token, "/instellen", { wachtwoord: STERK_WACHTWOORD });
    expect(start.status).toBe(200);
    const geheim = start.body.geheim ?? "";
    expect(geheim).toMatch(/^[A-Z2-7]{32}$/);
    expect(start.body.otpauthUri).toContain(`secret=${geheim}`);
    // Not on until a code proves the app has it.
    expect((await mfa(token, "")).body.aan).toBe(false);
    expect((await wachtwoordStap(gebruikersnaam)).body.mfa).toBeUndefined();

    const onjuist = await mfa(token, "/bevestigen", { code: fouteCode(geheim) });
    expect(onjuist.status).toBe(400);
    expect(onjuist.body.velden?.code).toMatch(/^De code is onjuist of verlopen/);

    const klaar = await mfa(token, "/bevestigen", {
      code: await verseCode(baseUrl(), gebruikersnaam, geheim),
    });
    expect(klaar.status, JSON.stringify(klaar.body)).toBe(200);
    const codes = klaar.body.herstelcodes ?? [];
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    // The other sessions end (this token too); this session goes on with new tokens.
    const nieuw = (klaar.body.sessie as { accessToken: string }).accessToken;
    expect((await api("GET", "/api/mij", { token })).status).toBe(401);
    expect((await api("GET", "/api/mij", { token: nieuw })).status).toBe(200);
    expect((await mfa(nieuw, "")).body).toMatchObject({ aan: true, verplicht: false, herstelcodesOver: 10 });

    // Stored: the secret encrypted, the recovery codes only as keyed hashes.
    const opgeslagen = JSON.stringify(await tabelItem(`GEBRUIKER#${id}`, "MFA"));
    expect(opgeslagen).not.toContain(geheim);
    for (const c of codes) {
      expect(opgeslagen).not.toContain(c);
      expect(opgeslagen).not.toContain(c.replace("-", ""));
    }
    expect(await historie(id)).toContain("mfa-ingesteld");

    // Sign-in now asks for the code, and the right one signs in.
    expect((await wachtwoordStap(gebruikersnaam)).body.mfa).toBe("vereist");
    expect(await metCode(gebruikersnaam, geheim)).toBeTruthy();
  });

  it("#10 a recovery code signs in once and not twice, telling how many are left; new recovery codes replace the old", async () => {
    const a = await ingesteldeAanmelder();
    const eerste = await wachtwoordStap(a.gebruikersnaam);
    // Typed in lower case with a space: still the code.
    const [c0 = "", c1 = "", c2 = ""] = a.herstelcodes;
    const met = await codeStap(String(eerste.body.sessie), c0.toLowerCase().replace("-", " "));
    expect(met.status, JSON.stringify(met.body)).toBe(200);
    expect(met.body.accessToken).toBeTruthy();
    expect(met.body.herstelcodesOver).toBe(9);
    expect(await historie(a.id)).toContain("mfa-herstelcode-gebruikt");

    const tweede = await wachtwoordStap(a.gebruikersnaam);
    const nogmaals = await codeStap(String(tweede.body.sessie), c0);
    expect(nogmaals.status).toBe(401);
    expect(nogmaals.body.code).toBe("MFA_CODE_ONJUIST");
    expect((await mfa(met.body.accessToken ?? "", "")).body.herstelcodesOver).toBe(9);

    // Nieuwe herstelcodes (proved with a recovery code): the old ones stop working. The answer is
    // never kept for an Idempotency-Key replay (it holds the codes): the same request again is
    // done again, and its recovery code is used up by then.
    const sleutel = { "Idempotency-Key": randomUUID() };
    const vervangen = await mfa(met.body.accessToken ?? "", "/herstelcodes", { code: c1 }, sleutel);
    expect(vervangen.status, JSON.stringify(vervangen.body)).toBe(200);
    const herhaald = await mfa(met.body.accessToken ?? "", "/herstelcodes", { code: c1 }, sleutel);
    expect(herhaald.headers.get("idempotent-replayed")).toBeNull();
    expect(herhaald.status).toBe(400);
    const nieuwe = vervangen.body.herstelcodes ?? [];
    expect(nieuwe).toHaveLength(10);
    expect(nieuwe).not.toContain(c2);
    expect(await historie(a.id)).toContain("mfa-herstelcodes-vernieuwd");
    const oud = await codeStap(String(tweede.body.sessie), c2);
    expect(oud.status).toBe(401);
    const goed = await codeStap(String(tweede.body.sessie), nieuwe[0] ?? "");
    expect(goed.status).toBe(200);
    expect(goed.body.herstelcodesOver).toBe(9);
  });

  it("#10 ACC-08 the aanmelder turns it off (password and a code); a contactpersoon ELK may not: its role requires it", async () => {
    const a = await ingesteldeAanmelder();
    const zonderWachtwoord = await mfa(a.token, "/uitzetten", {
      wachtwoord: "Niet-Het-Wachtw00rd!",
      code: a.herstelcodes[0],
    });
    expect(zonderWachtwoord.status).toBe(400);
    expect(zonderWachtwoord.body.velden?.wachtwoord).toBe("Het wachtwoord is niet juist.");
    const fouteCodeUit = await mfa(a.token, "/uitzetten", {
      wachtwoord: STERK_WACHTWOORD,
      code: fouteCode(a.geheim),
    });
    expect(fouteCodeUit.status).toBe(400);
    expect(fouteCodeUit.body.velden?.code).toMatch(/^De code is onjuist of al gebruikt/);

    const uit = await mfa(a.token, "/uitzetten", {
      wachtwoord: STERK_WACHTWOORD,
      code: await verseCode(baseUrl(), a.gebruikersnaam, a.geheim),
    });
    expect(uit.status, JSON.stringify(uit.body)).toBe(200);
    const nieuw = (uit.body.sessie as { accessToken: string }).accessToken;
    expect((await api("GET", "/api/mij", { token: a.token })).status).toBe(401);
    expect((await mfa(nieuw, "")).body).toEqual({ aan: false, verplicht: false, herstelcodesOver: 0 });
    expect(await tabelItem(`GEBRUIKER#${a.id}`, "MFA")).toBeUndefined();
    expect(await historie(a.id)).toContain("mfa-uitgezet");
    // Password only again.
    expect(await zonderCode(a.gebruikersnaam)).toBeTruthy();

    const cp = await inloggen("contactpersoon");
    expect((await mfa(cp, "")).body).toMatchObject({ aan: true, verplicht: true });
    const geweigerd = await mfa(cp, "/uitzetten", { wachtwoord: STERK_WACHTWOORD, code: "123456" });
    expect(geweigerd.status).toBe(403);
    expect(geweigerd.body.code).toBe("MFA_VERPLICHT");
    expect(geweigerd.body.message).toBe(
      "Voor uw rol is tweestapsverificatie verplicht. U kunt deze niet uitzetten, wel opnieuw instellen.",
    );
  });

  it("#10 wrong codes on the account page are refused and count as failed sign-ins of the username: after ten, 429 there and at sign-in", async () => {
    const a = await ingesteldeAanmelder();
    // The failures are counted per 15-minute window: not right before a new one starts.
    const lengte = 15 * 60_000;
    const rest = lengte - (Date.now() % lengte);
    if (rest < 20_000) await new Promise((r) => setTimeout(r, rest + 100));
    for (let i = 0; i < 10; i++) {
      const res = await mfa(a.token, "/herstelcodes", { code: fouteCode(a.geheim, i) });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
      expect(res.body.message).toBe(
        "De code is onjuist of al gebruikt. Vul de code in die uw authenticator-app nu toont, of een ongebruikte herstelcode.",
      );
    }
    // The right code is not even tried now, and the password no longer signs in.
    const teVeel = await mfa(a.token, "/herstelcodes", { code: a.herstelcodes[0] });
    expect(teVeel.status).toBe(429);
    expect(teVeel.body.message).toMatch(/^Te veel mislukte inlogpogingen/);
    expect((await wachtwoordStap(a.gebruikersnaam)).status).toBe(429);
    // The recovery code was not used up by the refused request.
    expect((await tabelItem(`GEBRUIKER#${a.id}`, "MFA"))?.herstelcodes).toBeDefined();
  });

  it("#10 ACC-03 setting up at sign-in (a role that requires it) also gives ten recovery codes, once", async () => {
    const rb = await inloggen("regiobeheerder");
    const { gebruikersnaam } = await actieveGebruiker(rb, {
      rollen: ["contactpersoon-elk"],
      organisatieType: "bestuur",
      bestuurId: "ovo-amstelveen",
    });
    // Its activation answered with the set-up step; signing in asks it again until it is done.
    const stap = await wachtwoordStap(gebruikersnaam);
    expect(stap.body.mfa).toBe("instellen");
    const geheim = stap.body.geheim ?? "";
    onthoudGeheim(baseUrl(), gebruikersnaam, geheim);
    const klaar = await codeStap(
      String(stap.body.sessie),
      await verseCode(baseUrl(), gebruikersnaam, geheim),
    );
    expect(klaar.status, JSON.stringify(klaar.body)).toBe(200);
    expect(klaar.body.herstelcodes).toHaveLength(10);
    const later = await wachtwoordStap(gebruikersnaam);
    const met = await codeStap(String(later.body.sessie), klaar.body.herstelcodes?.[3] ?? "");
    expect(met.status).toBe(200);
    expect(met.body.herstelcodesOver).toBe(9);
    expect(met.body.herstelcodes).toBeUndefined();
  });

  it("#10 ACC-07 a contactpersoon ELK looking along may not see or change the other's second factor: 403 with a Dutch message", async () => {
    const cp = await inloggen("contactpersoon");
    const start = await api<{ sessieId: string }>("POST", "/api/meekijken", {
      token: cp,
      body: { gebruikerId: "demo-aanmelder" },
    });
    expect(start.status, JSON.stringify(start.body)).toBe(200);
    const headers = { "x-elk-meekijken": start.body.sessieId };
    const bericht =
      "Tijdens het meekijken kunt u de tweestapsverificatie van deze gebruiker niet bekijken of wijzigen. Alleen de gebruiker zelf kan dat.";
    const verzoeken: [string, unknown][] = [
      ["", undefined],
      ["/instellen", { wachtwoord: STERK_WACHTWOORD }],
      ["/bevestigen", { code: "123456" }],
      ["/uitzetten", { wachtwoord: STERK_WACHTWOORD, code: "123456" }],
      ["/herstelcodes", { code: "123456" }],
    ];
    for (const [pad, body] of verzoeken) {
      const res = await mfa(cp, pad, body, headers);
      expect(res.status, pad).toBe(403);
      expect(res.body.code).toBe("MFA_MEEKIJKEN");
      expect(res.body.message).toBe(bericht);
    }
    expect(await tabelItem("GEBRUIKER#demo-aanmelder", "MFA#NIEUW")).toBeUndefined();
  });

  it("#10 re-enrolling a new phone needs the password and a current code or recovery code; the old secret and recovery codes stop working", async () => {
    const a = await ingesteldeAanmelder();
    const zonderCodeStart = await mfa(a.token, "/instellen", { wachtwoord: STERK_WACHTWOORD });
    expect(zonderCodeStart.status).toBe(400);
    expect(zonderCodeStart.body.velden?.code).toMatch(/^Vul de code in/);

    const [c0 = "", c1 = ""] = a.herstelcodes;
    const start = await mfa(a.token, "/instellen", { wachtwoord: STERK_WACHTWOORD, code: c0 });
    expect(start.status, JSON.stringify(start.body)).toBe(200);
    const nieuwGeheim = start.body.geheim ?? "";
    expect(nieuwGeheim).not.toBe(a.geheim);
    const klaar = await mfa(a.token, "/bevestigen", {
      code: await verseCode(baseUrl(), a.gebruikersnaam, nieuwGeheim),
    });
    expect(klaar.status, JSON.stringify(klaar.body)).toBe(200);
    onthoudGeheim(baseUrl(), a.gebruikersnaam, nieuwGeheim);
    expect(await historie(a.id)).toContain("mfa-opnieuw-ingesteld");
    expect((await api("GET", "/api/mij", { token: a.token })).status).toBe(401);

    // The old phone's code and an old recovery code no longer sign in; the new phone's code does.
    const stap = await wachtwoordStap(a.gebruikersnaam);
    expect(stap.body.mfa).toBe("vereist");
    const oud = await codeStap(String(stap.body.sessie), codeVoorStap(a.geheim, huidigeStap()));
    expect(oud.status).toBe(401);
    expect(oud.body.code).toBe("MFA_CODE_ONJUIST");
    expect((await codeStap(String(stap.body.sessie), c1)).status).toBe(401);
    const nieuw = await codeStap(
      String(stap.body.sessie),
      await verseCode(baseUrl(), a.gebruikersnaam, nieuwGeheim),
    );
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(200);
  });
});
