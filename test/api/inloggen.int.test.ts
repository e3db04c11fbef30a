import { randomUUID } from "node:crypto";
import { describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { kindMetOuder, OUDER_WACHTWOORD } from "../support/leerlingen";

const ONJUIST = "De combinatie van gebruikersnaam en wachtwoord is onjuist.";

/** Counting happens per 15-minute window: start well inside one, so no count straddles two. */
async function ruimInVenster(): Promise<void> {
  const lengte = 15 * 60_000;
  const rest = lengte - (Date.now() % lengte);
  if (rest < 30_000) await new Promise((r) => setTimeout(r, rest + 100));
}

describe("sign-in through the local gateway", () => {
  it("ACC-03 a demo user signs in with its ELK username, case-insensitively", async () => {
    const res = await api<{ accessToken: string; idToken: string; verlooptOver: number }>(
      "POST",
      "/api/auth/inloggen",
      {
        body: { gebruikersnaam: "LocatieBeheerder", wachtwoord: "Demo-ELK-2026!" },
      },
    );
    expect(res.status).toBe(200);
    expect(res.body.accessToken.split(".")).toHaveLength(3);
    expect(res.body.verlooptOver).toBeGreaterThan(0);
  });

  it("ACC-03 ten failed sign-ins lock the username for the window, even with the right password; known or not alike; others unaffected", async () => {
    const ouder = await kindMetOuder();
    await ruimInVenster();
    const poging = (gebruikersnaam: string, wachtwoord: string) =>
      api<{ code: string; message: string }>("POST", "/api/auth/inloggen", {
        body: { gebruikersnaam, wachtwoord },
      });
    const onbekend = `bestaat-niet-${randomUUID().slice(0, 8)}`;
    for (let i = 0; i < 10; i++) {
      expect((await poging(ouder.ouderGebruikersnaam, `fout-${i}`)).status).toBe(401);
      expect((await poging(onbekend, `fout-${i}`)).status).toBe(401);
    }
    const goed = await poging(ouder.ouderGebruikersnaam.toUpperCase(), OUDER_WACHTWOORD);
    expect(goed.status).toBe(429);
    expect(goed.body.message).toBe(
      "Te veel mislukte inlogpogingen met deze gebruikersnaam. Probeer het over 15 minuten opnieuw, of gebruik Wachtwoord vergeten.",
    );
    expect((await poging(onbekend, "nog-een")).body).toEqual(goed.body);
    // Another account signs in as ever.
    expect((await poging("locatiebeheerder", "Demo-ELK-2026!")).status).toBe(200);
  });

  it("#10 ACC-03 fifty failed sign-ins from one address, on fifty usernames, lock that address for the window; other addresses unaffected", async () => {
    await ruimInVenster();
    // A loopback address of this test alone: the local gateway passes it as API Gateway's sourceIp.
    const adres = `127.${1 + (Date.now() % 250)}.${Math.floor(Math.random() * 256)}.${2 + Math.floor(Math.random() * 250)}`;
    const poging = (gebruikersnaam: string, wachtwoord: string, bronAdres = adres) =>
      api<{ code: string; message: string }>("POST", "/api/auth/inloggen", {
        body: { gebruikersnaam, wachtwoord },
        bronAdres,
      });
    const reeks = randomUUID().slice(0, 8);
    const statussen = await Promise.all(
      Array.from({ length: 50 }, (_, i) => poging(`adres-${reeks}-${i}`, "fout").then((r) => r.status)),
    );
    expect(statussen.every((s) => s === 401)).toBe(true);
    const daarna = await poging("locatiebeheerder", "Demo-ELK-2026!");
    expect(daarna.status).toBe(429);
    expect(daarna.body.code).toBe("TE_VEEL_INLOGPOGINGEN");
    // The same account from another address signs in as ever.
    expect(
      (await poging("locatiebeheerder", "Demo-ELK-2026!", `${adres.split(".").slice(0, 3).join(".")}.1`))
        .status,
    ).toBe(200);
  });

  it("ACC-03 a successful sign-in clears the failures counted before it", async () => {
    const ouder = await kindMetOuder();
    await ruimInVenster();
    const poging = (wachtwoord: string) =>
      api("POST", "/api/auth/inloggen", { body: { gebruikersnaam: ouder.ouderGebruikersnaam, wachtwoord } });
    for (let i = 0; i < 9; i++) expect((await poging(`fout-${i}`)).status).toBe(401);
    expect((await poging(OUDER_WACHTWOORD)).status).toBe(200);
    for (let i = 0; i < 9; i++) expect((await poging(`weer-fout-${i}`)).status).toBe(401);
    expect((await poging(OUDER_WACHTWOORD)).status).toBe(200);
  });

  it("ACC-03 a wrong password gets a Dutch 401 that does not tell whether the username exists", async () => {
    const fout = await api("POST", "/api/auth/inloggen", {
      body: { gebruikersnaam: "locatiebeheerder", wachtwoord: "fout" },
    });
    const onbekend = await api("POST", "/api/auth/inloggen", {
      body: { gebruikersnaam: "bestaat-niet", wachtwoord: "fout" },
    });
    expect(fout.status).toBe(401);
    expect(onbekend.status).toBe(401);
    expect(fout.body).toEqual({ code: "INLOGGEN_MISLUKT", message: ONJUIST });
    expect(onbekend.body).toEqual(fout.body);
  });

  it("ARCH-ERR malformed input gets a 400 with Dutch field messages", async () => {
    const leeg = await api<{ velden: Record<string, string> }>("POST", "/api/auth/inloggen", {
      body: { gebruikersnaam: "" },
    });
    expect(leeg.status).toBe(400);
    expect(leeg.body.velden.gebruikersnaam).toBe("Vul uw gebruikersnaam in.");
    expect(leeg.body.velden.wachtwoord).toBe("Vul uw wachtwoord in.");
    const geenJson = await api<{ code: string; message: string }>("POST", "/api/auth/inloggen", {
      rawBody: "{niet json",
    });
    expect(geenJson.status).toBe(400);
    expect(geenJson.body.code).toBe("ONGELDIGE_INVOER");
    expect(geenJson.body.message).toMatch(/invoer/);
  });

  it("ACC-08 sign-out revokes the token for every later request", async () => {
    const token = await inloggen("aanmelder");
    expect((await api("GET", "/api/mij", { token })).status).toBe(200);
    const uit = await api("POST", "/api/auth/uitloggen", { token });
    expect(uit.status).toBe(200);
    expect(uit.body).toEqual({ uitgelogd: true });
    const daarna = await api<{ code: string }>("GET", "/api/mij", { token });
    expect(daarna.status).toBe(401);
    expect(daarna.body.code).toBe("NIET_INGELOGD");
    // A fresh sign-in works again at once.
    const nieuw = await inloggen("aanmelder");
    expect((await api("GET", "/api/mij", { token: nieuw })).status).toBe(200);
  });

  it("ARCH-AUTH guarded routes refuse a missing, malformed or forged token as the JWT authorizer does", async () => {
    expect((await api("GET", "/api/mij")).status).toBe(401);
    expect((await api("GET", "/api/mij", { token: "niet-een-jwt" })).status).toBe(401);
    const echt = await inloggen("plaatser");
    const [header, payload] = echt.split(".");
    const vervalst = JSON.parse(Buffer.from(payload ?? "", "base64url").toString("utf8")) as Record<
      string,
      unknown
    >;
    vervalst.sub = "iemand-anders";
    const forged = `${header}.${Buffer.from(JSON.stringify(vervalst)).toString("base64url")}.${echt.split(".")[2]}`;
    expect((await api("GET", "/api/mij", { token: forged })).status).toBe(401);
  });
});
