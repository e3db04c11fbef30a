import { randomUUID } from "node:crypto";
import type { GebruikerRegel } from "@elk/contracts";
import { describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen, inloggenMetTokens } from "../support/api";
import { blokkeer } from "../support/autorisatie";
import { tokenUitLink, wachtOpMail } from "../support/mailbox";
import { codeVoorStap, DEMO_TOTP_GEHEIM, verseCode } from "../support/mfa";
import { tabelItem } from "../support/tabel";

/**
 * Issue #10: TOTP for staff, required for contactpersonen ELK and regiobeheerders; sessions that
 * end on sign-out, reset and block. Each test opens its own account where it counts failures.
 */
const STERK = "Sterk-Wachtw00rd!";
const uniekAdres = () => `mfa-${randomUUID().slice(0, 8)}@example.org`;

interface Stap {
  mfa?: "vereist" | "instellen";
  sessie?: string;
  geheim?: string;
  otpauthUri?: string;
  accessToken?: string;
  vernieuwToken?: string;
  code?: string;
  message?: string;
}

const wachtwoordStap = (gebruikersnaam: string, wachtwoord = DEMO_WACHTWOORD) =>
  api<Stap>("POST", "/api/auth/inloggen", { body: { gebruikersnaam, wachtwoord } });
const codeStap = (sessie: string, code: string) =>
  api<Stap>("POST", "/api/auth/inloggen/mfa", { body: { sessie, code } });
const huidigeStap = () => Math.floor(Date.now() / 30_000);

/** A code for the secret that is surely wrong now (not within a step either way). */
const fouteCode = (geheim: string) => {
  const goed = new Set([-1, 0, 1].map((d) => codeVoorStap(geheim, huidigeStap() + d)));
  for (let i = 0; ; i++) {
    const code = String(100000 + i * 7919).slice(-6);
    if (!goed.has(code)) return code;
  }
};

/** A new contactpersoon ELK (added by the regiobeheerder), its invitation link used: the activation's answer. */
async function nieuweContactpersoon(): Promise<{ gebruikersnaam: string; id: string; activering: Stap }> {
  const rb = await inloggen("regiobeheerder");
  const email = uniekAdres();
  const toegevoegd = await api<GebruikerRegel>("POST", "/api/gebruikers", {
    token: rb,
    body: {
      voornaam: "Mira",
      achternaam: "Factor",
      email,
      rollen: ["contactpersoon-elk"],
      organisatieType: "bestuur",
      bestuurId: "ovo-amstelveen",
    },
  });
  expect(toegevoegd.status, JSON.stringify(toegevoegd.body)).toBe(200);
  const { token } = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren");
  const gebruikersnaam = `mfa-${randomUUID().slice(0, 8)}`;
  const activering = await api<Stap>("POST", "/api/activeren", {
    body: { token, gebruikersnaam, wachtwoord: STERK, wachtwoordHerhaald: STERK },
  });
  expect(activering.status, JSON.stringify(activering.body)).toBe(200);
  return { gebruikersnaam, id: toegevoegd.body.id, activering: activering.body };
}

/** Signs a new contactpersoon in through set-up: its secret and a session. */
async function ingesteldeContactpersoon() {
  const cp = await nieuweContactpersoon();
  const { sessie, geheim } = cp.activering;
  if (!sessie || !geheim) throw new Error("no set-up step");
  const tokens = await codeStap(sessie, codeVoorStap(geheim, huidigeStap()));
  expect(tokens.status).toBe(200);
  return { ...cp, geheim, tokens: tokens.body };
}

describe("TOTP for staff (issue #10)", () => {
  it("#10 PRIV the regiobeheerder's password alone gives no tokens: the code step, then tokens for the right code only", async () => {
    const stap = await wachtwoordStap("regiobeheerder");
    expect(stap.status).toBe(200);
    expect(stap.body.mfa).toBe("vereist");
    expect(stap.body.accessToken).toBeUndefined();
    expect(stap.body.geheim).toBeUndefined();
    const sessie = stap.body.sessie ?? "";

    const fout = await codeStap(sessie, fouteCode(DEMO_TOTP_GEHEIM));
    expect(fout.status).toBe(401);
    expect(fout.body).toEqual({
      code: "MFA_CODE_ONJUIST",
      message: "De code is onjuist of verlopen. Vul de code in die uw authenticator-app nu toont.",
    });
    const misvormd = await codeStap(sessie, "12ab56");
    expect(misvormd.status).toBe(400);

    const code = await verseCode(inlogBasis(), "regiobeheerder");
    const goed = await codeStap(sessie, code);
    expect(goed.status).toBe(200);
    expect((await api("GET", "/api/mij", { token: goed.body.accessToken })).status).toBe(200);
    // The step is used up: its tokens went out once.
    expect((await codeStap(sessie, code)).body.code).toBe("MFA_SESSIE_VERLOPEN");

    // RFC 6238 §5.2: the same code does not sign in a second time, even with the right password.
    const weer = await wachtwoordStap("regiobeheerder");
    const replay = await codeStap(weer.body.sessie ?? "", code);
    expect(replay.status).toBe(401);
    expect(replay.body).toEqual({
      code: "MFA_CODE_AL_GEBRUIKT",
      message:
        "Deze code is al gebruikt. Wacht tot uw authenticator-app een nieuwe code toont en vul die in.",
    });
  });

  it("#10 PRIV a sign-in step nobody was given, and one out of tries, are refused alike", async () => {
    const onbekend = await codeStap("bestaat-niet", "123456");
    expect(onbekend.status).toBe(401);
    expect(onbekend.body.code).toBe("MFA_SESSIE_VERLOPEN");
    expect(onbekend.body.message).toBe(
      "De inlogstap is verlopen. Log opnieuw in met uw gebruikersnaam en wachtwoord.",
    );
    const cp = await ingesteldeContactpersoon();
    const stap = await wachtwoordStap(cp.gebruikersnaam, STERK);
    for (let i = 0; i < 5; i++)
      expect((await codeStap(stap.body.sessie ?? "", fouteCode(cp.geheim))).status).toBe(401);
    // The sixth try, even with the right code, finds the step gone.
    const zesde = await codeStap(stap.body.sessie ?? "", codeVoorStap(cp.geheim, huidigeStap() + 1));
    expect(zesde.body.code).toBe("MFA_SESSIE_VERLOPEN");
  });

  it("#10 PRIV ACC-03 a contactpersoon ELK without a second factor sets one up before any token: at activation and at every sign-in until done", async () => {
    const cp = await nieuweContactpersoon();
    expect(cp.activering.mfa).toBe("instellen");
    expect(cp.activering.accessToken).toBeUndefined();
    expect(cp.activering.geheim).toMatch(/^[A-Z2-7]{32}$/);
    expect(cp.activering.otpauthUri).toBe(
      `otpauth://totp/ELK%20Amstelland%3A${cp.gebruikersnaam}?secret=${cp.activering.geheim}&issuer=ELK+Amstelland&algorithm=SHA1&digits=6&period=30`,
    );
    // Not set up: signing in again asks again (another secret), still without tokens.
    const weer = await wachtwoordStap(cp.gebruikersnaam, STERK);
    expect(weer.body.mfa).toBe("instellen");
    expect(weer.body.accessToken).toBeUndefined();
    expect(weer.body.geheim).not.toBe(cp.activering.geheim);
    // A code of the first secret does not set up the second.
    const geheim = weer.body.geheim ?? "";
    const verkeerd = await codeStap(
      weer.body.sessie ?? "",
      codeVoorStap(cp.activering.geheim ?? "", huidigeStap()),
    );
    expect(verkeerd.body.code).toBe("MFA_CODE_ONJUIST");
    const klaar = await codeStap(weer.body.sessie ?? "", codeVoorStap(geheim, huidigeStap()));
    expect(klaar.status).toBe(200);
    expect((await api("GET", "/api/mij", { token: klaar.body.accessToken })).status).toBe(200);
    // From now on: the code of that secret.
    const daarna = await wachtwoordStap(cp.gebruikersnaam, STERK);
    expect(daarna.body.mfa).toBe("vereist");
    expect(daarna.body.geheim).toBeUndefined();
    expect((await codeStap(daarna.body.sessie ?? "", codeVoorStap(geheim, huidigeStap() + 1))).status).toBe(
      200,
    );
    // The secret is stored encrypted, never as the base32 text.
    const opgeslagen = await tabelItem(`GEBRUIKER#${cp.id}`, "MFA");
    expect(JSON.stringify(opgeslagen)).not.toContain(geheim);
  });

  it("#10 PRIV staff without the required roles and parents get tokens at once", async () => {
    for (const naam of ["locatiebeheerder", "aanmelder", "po-gebruiker"]) {
      const res = await wachtwoordStap(naam);
      expect(res.status).toBe(200);
      expect(res.body.mfa).toBeUndefined();
      expect(res.body.accessToken).toBeTruthy();
    }
  });

  it("#10 ACC-03 failed codes count towards the username's throttling: ten and the password is not tried", async () => {
    const cp = await ingesteldeContactpersoon();
    await ruimInVenster();
    for (let ronde = 0; ronde < 2; ronde++) {
      const stap = await wachtwoordStap(cp.gebruikersnaam, STERK);
      expect(stap.body.mfa).toBe("vereist");
      for (let i = 0; i < 5; i++)
        expect((await codeStap(stap.body.sessie ?? "", fouteCode(cp.geheim))).status).toBe(401);
    }
    const geblokkeerd = await wachtwoordStap(cp.gebruikersnaam, STERK);
    expect(geblokkeerd.status).toBe(429);
    expect(geblokkeerd.body.message).toMatch(/^Te veel mislukte inlogpogingen/);
  });
});

describe("sessions that end (issue #10)", () => {
  it("#10 ACC-08 a session renews its access token until sign-out; then neither the token nor the renewal works", async () => {
    const cp = await ingesteldeContactpersoon();
    const vernieuwToken = cp.tokens.vernieuwToken ?? "";
    expect(vernieuwToken).toBeTruthy();
    const nieuw = await api<Stap>("POST", "/api/auth/vernieuwen", { body: { vernieuwToken } });
    expect(nieuw.status).toBe(200);
    expect(nieuw.body.accessToken).not.toBe(cp.tokens.accessToken);
    expect((await api("GET", "/api/mij", { token: nieuw.body.accessToken })).status).toBe(200);
    expect((await api("POST", "/api/auth/uitloggen", { token: nieuw.body.accessToken })).status).toBe(200);
    expect((await api("GET", "/api/mij", { token: nieuw.body.accessToken })).status).toBe(401);
    const daarna = await api<Stap>("POST", "/api/auth/vernieuwen", { body: { vernieuwToken } });
    expect(daarna.status).toBe(401);
    expect(daarna.body.code).toBe("NIET_INGELOGD");
  });

  it("#10 ACC-05 blocking an account ends its sessions at once: the access token in hand and the renewal are refused", async () => {
    const cp = await ingesteldeContactpersoon();
    expect((await api("GET", "/api/mij", { token: cp.tokens.accessToken })).status).toBe(200);
    await blokkeer(cp.id);
    const mij = await api<Stap>("GET", "/api/mij", { token: cp.tokens.accessToken });
    expect(mij.status).toBe(401);
    expect(mij.body.code).toBe("NIET_INGELOGD");
    const vernieuwd = await api("POST", "/api/auth/vernieuwen", {
      body: { vernieuwToken: cp.tokens.vernieuwToken },
    });
    expect(vernieuwd.status).toBe(401);
    expect((await wachtwoordStap(cp.gebruikersnaam, STERK)).status).toBe(401);
  });

  it("#10 ACC-05 a reset by an administrator ends every session for good: old tokens stay refused after the account is set up again", async () => {
    const lb = await inloggenMetTokens("locatiebeheerder");
    const cp = await inloggen("contactpersoon");
    // A user of the contactpersoon's bestuur, signed in.
    const email = uniekAdres();
    const toegevoegd = await api<GebruikerRegel>("POST", "/api/gebruikers", {
      token: lb.accessToken,
      body: { voornaam: "Rob", achternaam: "Reset", email, rollen: ["aanmelden"] },
    });
    expect(toegevoegd.status).toBe(200);
    const link = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren").token;
    const naam = `reset-${randomUUID().slice(0, 8)}`;
    const eerst = await api<Stap>("POST", "/api/activeren", {
      body: { token: link, gebruikersnaam: naam, wachtwoord: STERK, wachtwoordHerhaald: STERK },
    });
    const oud = eerst.body;
    expect((await api("GET", "/api/mij", { token: oud.accessToken })).status).toBe(200);

    await new Promise((r) => setTimeout(r, 1100)); // the reset falls in a later second than the token
    const reset = await api("POST", `/api/gebruikers/${toegevoegd.body.id}/resetten`, { token: cp });
    expect(reset.status).toBe(200);
    const nieuweLink = tokenUitLink(
      await wachtOpMail(email, "Inloggegevens instellen", 1),
      "/activeren",
    ).token;
    const opnieuw = await api<Stap>("POST", "/api/activeren", {
      body: { token: nieuweLink, gebruikersnaam: naam, wachtwoord: STERK, wachtwoordHerhaald: STERK },
    });
    expect(opnieuw.status).toBe(200);
    expect((await api("GET", "/api/mij", { token: opnieuw.body.accessToken })).status).toBe(200);
    // Active again, but the tokens from before the reset are not.
    expect((await api("GET", "/api/mij", { token: oud.accessToken })).status).toBe(401);
    expect(
      (await api("POST", "/api/auth/vernieuwen", { body: { vernieuwToken: oud.vernieuwToken } })).status,
    ).toBe(401);
  });
});

describe("a reset by an administrator (issue #10)", () => {
  it("#10 PRIV ACC-05 a reset sets the second factor up anew (a lost phone): the activation asks for a new secret, the old one no longer works", async () => {
    const cp = await ingesteldeContactpersoon();
    const rb = await inloggen("regiobeheerder");
    const reset = await api("POST", `/api/gebruikers/${cp.id}/resetten`, { token: rb });
    expect(reset.status, JSON.stringify(reset.body)).toBe(200);
    const email = (await tabelItem(`GEBRUIKER#${cp.id}`, "GEBRUIKER"))?.email as string;
    const link = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen", 1), "/activeren").token;
    const weer = await api<Stap>("POST", "/api/activeren", {
      body: { token: link, gebruikersnaam: cp.gebruikersnaam, wachtwoord: STERK, wachtwoordHerhaald: STERK },
    });
    expect(weer.status).toBe(200);
    expect(weer.body.mfa).toBe("instellen");
    expect(weer.body.geheim).not.toBe(cp.geheim);
    expect(weer.body.accessToken).toBeUndefined();
    // The old session ended with the reset.
    expect((await api("GET", "/api/mij", { token: cp.tokens.accessToken })).status).toBe(401);
  });
});

/** The stack the API helper talks to (the step bookkeeping is per stack). */
const inlogBasis = () => inject("baseUrl");

/** Counting happens per 15-minute window: start well inside one, so no count straddles two. */
async function ruimInVenster(): Promise<void> {
  const lengte = 15 * 60_000;
  const rest = lengte - (Date.now() % lengte);
  if (rest < 20_000) await new Promise((r) => setTimeout(r, rest + 100));
}
