import { randomUUID } from "node:crypto";
import { PutCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { GebruikerRegel, GebruikersLijst, MijnGegevens } from "@elk/contracts";
import { describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { alleMailsAan, tokenUitLink, wachtOpMail } from "../support/mailbox";
import { ddb } from "../support/tabel";

const STERK = "Sterk-Wachtw00rd!";
const uniekAdres = () => `test-${randomUUID().slice(0, 8)}@example.org`;

async function toevoegen(token: string, body: Record<string, unknown>, headers?: Record<string, string>) {
  return api<GebruikerRegel & { code?: string; message?: string; velden?: Record<string, string> }>(
    "POST",
    "/api/gebruikers",
    { token, body, headers },
  );
}

async function uitnodigingsToken(email: string, eerder = 0): Promise<string> {
  const mail = await wachtOpMail(email, "Inloggegevens instellen", eerder);
  return tokenUitLink(mail, "/activeren").token;
}

describe("Instellingen > Gebruikers: invitations (ACC-01, ACC-02)", () => {
  it("ACC-01 ACC-02 a locatiebeheerder adds a user of its own school; the user gets 'Inloggegevens instellen'", async () => {
    const token = await inloggen("locatiebeheerder");
    const email = uniekAdres();
    const res = await toevoegen(token, {
      voornaam: "Fatima",
      achternaam: "El Amrani",
      email,
      rollen: ["aanmelden"],
    });
    expect(res.status).toBe(200);
    expect(res.body.status).toBe("uitgenodigd");
    expect(res.body.gebruikersnaam).toBeUndefined();
    expect(res.body.locatieNaam).toBe("Amstelveen College");
    const mail = await wachtOpMail(email, "Inloggegevens instellen");
    expect(mail.body.text).toContain("ELK Amstelland");
    expect(mail.body.text).toContain("Amstelveen College");
    expect(mail.body.text).toContain("secretariaat@kernprocedureamstelland.nl");
    const lijst = await api<GebruikersLijst>("GET", "/api/gebruikers", { token });
    expect(lijst.body.kiesOrganisatie).toBe(false);
    expect(lijst.body.items.map((g) => g.email)).toContain(email);
  });

  it("ACC-02 the creator cannot fill in the username", async () => {
    const token = await inloggen("locatiebeheerder");
    const email = uniekAdres();
    const res = await toevoegen(token, {
      voornaam: "A",
      achternaam: "B",
      email,
      rollen: ["aanmelden"],
      gebruikersnaam: "zelfgekozen",
    });
    expect(res.status).toBe(400);
    expect(res.body.velden?.gebruikersnaam).toMatch(/kiest de gebruiker zelf/);
    expect(await alleMailsAan(email)).toHaveLength(0);
  });

  it("ACC-01 mandatory fields and a valid e-mail address, with Dutch messages and nothing written", async () => {
    const token = await inloggen("locatiebeheerder");
    const voor = (await api<GebruikersLijst>("GET", "/api/gebruikers", { token })).body.items.length;
    const res = await toevoegen(token, { voornaam: "", achternaam: "B", email: "geen-adres", rollen: [] });
    expect(res.status).toBe(400);
    expect(res.body.velden).toMatchObject({
      voornaam: "Vul de voornaam in.",
      email: "Vul een geldig e-mailadres in, zoals naam@school.nl.",
      rollen: "Kies minstens één rol.",
    });
    expect((await api<GebruikersLijst>("GET", "/api/gebruikers", { token })).body.items).toHaveLength(voor);
  });

  it("ACC-01 ACC-06 a locatiebeheerder cannot add a user to another school, nor a role of another kind", async () => {
    const token = await inloggen("locatiebeheerder");
    const email = uniekAdres();
    const andereSchool = await toevoegen(token, {
      voornaam: "X",
      achternaam: "Y",
      email,
      rollen: ["aanmelden"],
      schoolId: "keizer-karel-college",
    });
    expect(andereSchool.status).toBe(403);
    const poRol = await toevoegen(token, { voornaam: "X", achternaam: "Y", email, rollen: ["po-gebruiker"] });
    expect(poRol.status).toBe(400);
    expect(poRol.body.velden?.rollen).toMatch(/Niet toegestaan/);
    const amsterdam = await toevoegen(token, {
      voornaam: "X",
      achternaam: "Y",
      email,
      rollen: ["voorselecties"],
    });
    expect(amsterdam.status).toBe(400);
    expect(await alleMailsAan(email)).toHaveLength(0);
  });

  it("ACC-01 a contactpersoon ELK first picks organisation type and a school of its own bestuur", async () => {
    const token = await inloggen("contactpersoon");
    const email = uniekAdres();
    const zonderKeuze = await toevoegen(token, {
      voornaam: "L",
      achternaam: "B",
      email,
      rollen: ["beheren"],
    });
    expect(zonderKeuze.status).toBe(400);
    expect(zonderKeuze.body.velden?.organisatieType).toBeDefined();
    const anderBestuur = await toevoegen(token, {
      voornaam: "L",
      achternaam: "B",
      email,
      rollen: ["beheren"],
      organisatieType: "vo",
      schoolId: "keizer-karel-college",
    });
    expect(anderBestuur.status).toBe(404);
    const goed = await toevoegen(token, {
      voornaam: "Lieke",
      achternaam: "Beheer",
      email,
      rollen: ["beheren"],
      organisatieType: "vo",
      schoolId: "amstelveen-college-westwijk",
    });
    expect(goed.status).toBe(200);
    expect(goed.body.locatieNaam).toBe("Amstelveen College Westwijk");
    await wachtOpMail(email, "Inloggegevens instellen");
    const lijst = await api<GebruikersLijst>("GET", "/api/gebruikers", { token });
    expect(lijst.body.kiesOrganisatie).toBe(true);
    expect(lijst.body.scholen.map((s) => s.id)).toEqual(
      expect.arrayContaining(["amstelveen-college", "amstelveen-college-westwijk"]),
    );
    expect(lijst.body.items.every((g) => g.bestuurId === "ovo-amstelveen")).toBe(true);
  });
});

describe("activation: Stel gegevens in (ACC-03, ACC-04)", () => {
  it("ACC-03 the link shows the e-mail to pre-fill, the rules, then sets username and password and signs in", async () => {
    const lb = await inloggen("locatiebeheerder");
    const email = uniekAdres();
    await toevoegen(lb, {
      voornaam: "Noah",
      achternaam: "de Boer",
      email,
      rollen: ["beoordelen-en-plaatsen"],
    });
    const token = await uitnodigingsToken(email);

    const info = await api<{ email: string; wachtwoordRegels: string[]; locatieNaam: string }>(
      "POST",
      "/api/activeren/controleren",
      { body: { token } },
    );
    expect(info.status).toBe(200);
    expect(info.body.email).toBe(email);
    expect(info.body.locatieNaam).toBe("Amstelveen College");
    expect(info.body.wachtwoordRegels.join(" ")).toMatch(/minimaal 10 tekens/);

    const zwak = await api<{ velden: Record<string, string> }>("POST", "/api/activeren", {
      body: { token, gebruikersnaam: email, wachtwoord: "kort", wachtwoordHerhaald: "kort" },
    });
    expect(zwak.status).toBe(400);
    expect(zwak.body.velden.wachtwoord).toMatch(/voldoet niet/);
    const anders = await api<{ velden: Record<string, string> }>("POST", "/api/activeren", {
      body: { token, gebruikersnaam: email, wachtwoord: STERK, wachtwoordHerhaald: `${STERK}x` },
    });
    expect(anders.body.velden.wachtwoordHerhaald).toBe("De twee wachtwoorden zijn niet gelijk.");
    const bezet = await api<{ message: string }>("POST", "/api/activeren", {
      body: { token, gebruikersnaam: "LOCATIEBEHEERDER", wachtwoord: STERK, wachtwoordHerhaald: STERK },
    });
    expect(bezet.status).toBe(409);
    expect(bezet.body.message).toBe(
      'De gebruikersnaam "LOCATIEBEHEERDER" is al in gebruik. Kies een andere gebruikersnaam.',
    );

    const klaar = await api<{ accessToken: string }>("POST", "/api/activeren", {
      body: { token, gebruikersnaam: email, wachtwoord: STERK, wachtwoordHerhaald: STERK },
    });
    expect(klaar.status).toBe(200);
    const mij = await api<MijnGegevens>("GET", "/api/mij", { token: klaar.body.accessToken });
    expect(mij.body.gebruiker.gebruikersnaam).toBe(email);
    const bevestiging = await wachtOpMail(email, "Je gebruikersnaam voor ELK Amstelland");
    expect(bevestiging.body.text).toContain(`Je gebruikersnaam is: ${email}`);
    expect(await inloggen(email.toUpperCase(), STERK)).toBeTruthy();
  });

  it("ACC-02 a link works once: a used link gets a clear Dutch 410", async () => {
    const lb = await inloggen("locatiebeheerder");
    const email = uniekAdres();
    await toevoegen(lb, { voornaam: "Eenmalig", achternaam: "Test", email, rollen: ["aanmelden"] });
    const token = await uitnodigingsToken(email);
    const naam = `eenmalig-${randomUUID().slice(0, 6)}`;
    const eerste = await api("POST", "/api/activeren", {
      body: { token, gebruikersnaam: naam, wachtwoord: STERK, wachtwoordHerhaald: STERK },
    });
    expect(eerste.status).toBe(200);
    for (const pad of ["/api/activeren/controleren", "/api/activeren"]) {
      const nogmaals = await api<{ code: string; message: string }>("POST", pad, {
        body: { token, gebruikersnaam: `${naam}2`, wachtwoord: STERK, wachtwoordHerhaald: STERK },
      });
      expect(nogmaals.status).toBe(410);
      expect(nogmaals.body.message).toMatch(/al gebruikt/);
    }
    const onzin = await api<{ code: string }>("POST", "/api/activeren/controleren", {
      body: { token: "x".repeat(43) },
    });
    expect(onzin.status).toBe(410);
    expect(onzin.body.code).toBe("LINK_ONBEKEND");
  });

  it("ACC-02 an expired link gets a clear Dutch 410 and activates nothing", async () => {
    const lb = await inloggen("locatiebeheerder");
    const email = uniekAdres();
    const nieuw = await toevoegen(lb, {
      voornaam: "Verlopen",
      achternaam: "Test",
      email,
      rollen: ["aanmelden"],
    });
    // An expired link for this account, written as the data layer writes links.
    const { createHash } = await import("node:crypto");
    const token = "verlopen-token-".padEnd(43, "x");
    await ddb().send(
      new PutCommand({
        TableName: inject("stack").tableName,
        Item: {
          PK: `UITNODIGING#${createHash("sha256").update(token).digest("hex")}`,
          SK: "UITNODIGING",
          type: "Uitnodiging",
          tokenHash: createHash("sha256").update(token).digest("hex"),
          soort: "inloggegevens",
          gebruikerId: nieuw.body.id,
          aangemaaktOp: "2026-01-01T00:00:00.000Z",
          verlooptOp: "2026-01-08T00:00:00.000Z",
          version: 1,
        },
      }),
    );
    const res = await api<{ code: string; message: string }>("POST", "/api/activeren", {
      body: {
        token,
        gebruikersnaam: `verlopen-${randomUUID().slice(0, 6)}`,
        wachtwoord: STERK,
        wachtwoordHerhaald: STERK,
      },
    });
    expect(res.status).toBe(410);
    expect(res.body.code).toBe("LINK_VERLOPEN");
    expect(res.body.message).toMatch(/verlopen/);
  });

  it("ACC-04 one person, two locations: same e-mail, different usernames, each account shows its location", async () => {
    const cp = await inloggen("contactpersoon");
    const email = uniekAdres();
    for (const schoolId of ["amstelveen-college", "amstelveen-college-westwijk"]) {
      const res = await toevoegen(cp, {
        voornaam: "Sam",
        achternaam: "Twee",
        email,
        rollen: ["aanmelden"],
        organisatieType: "vo",
        schoolId,
      });
      expect(res.status).toBe(200);
    }
    await wachtOpMail(email, "Inloggegevens instellen", 1);
    const [eerste, tweede] = (await alleMailsAan(email)).map((m) => tokenUitLink(m, "/activeren").token);
    const [a, b] = [`sam-a-${randomUUID().slice(0, 6)}`, `sam-b-${randomUUID().slice(0, 6)}`];
    expect(
      (
        await api("POST", "/api/activeren", {
          body: { token: eerste, gebruikersnaam: a, wachtwoord: STERK, wachtwoordHerhaald: STERK },
        })
      ).status,
    ).toBe(200);
    // The same username for the second account is refused: names are unique system-wide.
    expect(
      (
        await api("POST", "/api/activeren", {
          body: {
            token: tweede,
            gebruikersnaam: a.toUpperCase(),
            wachtwoord: STERK,
            wachtwoordHerhaald: STERK,
          },
        })
      ).status,
    ).toBe(409);
    expect(
      (
        await api("POST", "/api/activeren", {
          body: { token: tweede, gebruikersnaam: b, wachtwoord: STERK, wachtwoordHerhaald: STERK },
        })
      ).status,
    ).toBe(200);
    const locaties = await Promise.all(
      [a, b].map(
        async (naam) =>
          (await api<MijnGegevens>("GET", "/api/mij", { token: await inloggen(naam, STERK) })).body.gebruiker
            .locatieNaam,
      ),
    );
    expect(new Set(locaties)).toEqual(new Set(["Amstelveen College", "Amstelveen College Westwijk"]));
  });
});

describe("passwords (ACC-05, ACC-08)", () => {
  async function actieveGebruiker(): Promise<{ naam: string; email: string; id: string }> {
    const lb = await inloggen("locatiebeheerder");
    const email = uniekAdres();
    const res = await toevoegen(lb, { voornaam: "Wacht", achternaam: "Woord", email, rollen: ["aanmelden"] });
    const token = await uitnodigingsToken(email);
    const naam = `ww-${randomUUID().slice(0, 8)}`;
    await api("POST", "/api/activeren", {
      body: { token, gebruikersnaam: naam, wachtwoord: STERK, wachtwoordHerhaald: STERK },
    });
    return { naam, email, id: res.body.id };
  }

  it("ACC-05 Wachtwoord vergeten: the same answer for any username; the link sets a new password once", async () => {
    const { naam, email } = await actieveGebruiker();
    const onbekend = await api<{ bericht: string }>("POST", "/api/wachtwoord-vergeten", {
      body: { gebruikersnaam: "bestaat-echt-niet" },
    });
    const bekend = await api<{ bericht: string }>("POST", "/api/wachtwoord-vergeten", {
      body: { gebruikersnaam: naam.toUpperCase() },
    });
    expect(onbekend.status).toBe(200);
    expect(bekend.body).toEqual(onbekend.body);
    const mail = await wachtOpMail(email, "Nieuw wachtwoord instellen voor ELK Amstelland");
    const { token } = tokenUitLink(mail, "/wachtwoord-herstellen");
    const info = await api<{ gebruikersnaam: string }>("POST", "/api/wachtwoord-herstellen/controleren", {
      body: { token },
    });
    expect(info.body.gebruikersnaam).toBe(naam);
    const nieuw = "Nog-Sterker-2027?";
    const res = await api("POST", "/api/wachtwoord-herstellen", {
      body: { token, wachtwoord: nieuw, wachtwoordHerhaald: nieuw },
    });
    expect(res.status).toBe(200);
    expect(
      (await api("POST", "/api/auth/inloggen", { body: { gebruikersnaam: naam, wachtwoord: STERK } })).status,
    ).toBe(401);
    expect(await inloggen(naam, nieuw)).toBeTruthy();
    const weer = await api("POST", "/api/wachtwoord-herstellen", {
      body: { token, wachtwoord: nieuw, wachtwoordHerhaald: nieuw },
    });
    expect(weer.status).toBe(410);
  });

  it("ACC-05 a contactpersoon ELK resets username and password: a new invitation, the old password is dead", async () => {
    const { naam, email, id } = await actieveGebruiker();
    const lb = await inloggen("locatiebeheerder");
    expect((await api("POST", `/api/gebruikers/${id}/resetten`, { token: lb })).status).toBe(403);
    const cp = await inloggen("contactpersoon");
    const res = await api<{ bericht: string }>("POST", `/api/gebruikers/${id}/resetten`, { token: cp });
    expect(res.status).toBe(200);
    expect(res.body.bericht).toContain(email);
    expect(
      (await api("POST", "/api/auth/inloggen", { body: { gebruikersnaam: naam, wachtwoord: STERK } })).status,
    ).toBe(401);
    const token = await uitnodigingsToken(email, 1);
    // The old username is free again and may be chosen anew.
    const weer = await api("POST", "/api/activeren", {
      body: { token, gebruikersnaam: naam, wachtwoord: STERK, wachtwoordHerhaald: STERK },
    });
    expect(weer.status).toBe(200);
    const andereBestuur = await inloggen("regiobeheerder");
    expect(andereBestuur).toBeTruthy();
  });

  it("ACC-08 the user menu changes the own name, e-mail and password (asking the current one)", async () => {
    const { naam } = await actieveGebruiker();
    const token = await inloggen(naam, STERK);
    const wijzig = await api("PUT", "/api/mij", {
      token,
      body: { voornaam: "Nieuwe", achternaam: "Naam", email: "nieuw@example.org" },
    });
    expect(wijzig.status).toBe(200);
    expect((await api<MijnGegevens>("GET", "/api/mij", { token })).body.gebruiker).toMatchObject({
      naam: "Nieuwe Naam",
      email: "nieuw@example.org",
    });
    const fout = await api<{ velden: Record<string, string> }>("POST", "/api/mij/wachtwoord", {
      token,
      body: {
        huidigWachtwoord: "verkeerd",
        wachtwoord: "Ander-Wachtw00rd!",
        wachtwoordHerhaald: "Ander-Wachtw00rd!",
      },
    });
    expect(fout.status).toBe(400);
    expect(fout.body.velden.huidigWachtwoord).toBe("Het huidige wachtwoord is niet juist.");
    const goed = await api("POST", "/api/mij/wachtwoord", {
      token,
      body: {
        huidigWachtwoord: STERK,
        wachtwoord: "Ander-Wachtw00rd!",
        wachtwoordHerhaald: "Ander-Wachtw00rd!",
      },
    });
    expect(goed.status).toBe(200);
    expect(await inloggen(naam, "Ander-Wachtw00rd!")).toBeTruthy();
  });
});

describe("meekijken (ACC-07)", () => {
  it("ACC-07 a contactpersoon ELK signs in as a user of its bestuur; actions are recorded with both identities", async () => {
    const cp = await inloggen("contactpersoon");
    const lijst = await api<GebruikersLijst>("GET", "/api/gebruikers", { token: cp });
    const lb = lijst.body.items.find((g) => g.gebruikersnaam === "locatiebeheerder");
    expect(lb?.magMeekijken).toBe(true);
    const start = await api<{ sessieId: string; locatieNaam: string }>("POST", "/api/meekijken", {
      token: cp,
      body: { gebruikerId: lb?.id },
    });
    expect(start.status).toBe(200);
    const headers = { "x-elk-meekijken": start.body.sessieId };
    const mij = await api<MijnGegevens>("GET", "/api/mij", { token: cp, headers });
    expect(mij.body.gebruiker.locatieNaam).toBe("Amstelveen College");
    expect(mij.body.gebruiker.meekijkendDoor?.naam).toBe("Sanne Wilbrink");

    // Acting as the locatiebeheerder: the history names both.
    const email = uniekAdres();
    const nieuw = await toevoegen(
      cp,
      { voornaam: "Mee", achternaam: "Gekeken", email, rollen: ["aanmelden"] },
      headers,
    );
    expect(nieuw.status).toBe(200);
    const geschiedenis = await ddb().send(
      new QueryCommand({
        TableName: inject("stack").tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
        ExpressionAttributeValues: { ":pk": `GEBRUIKER#${nieuw.body.id}`, ":g": "GEBEURTENIS#" },
      }),
    );
    expect(geschiedenis.Items?.[0]?.door).toMatchObject({
      naam: "Lotte Beheerder",
      meekijkendDoor: { naam: "Sanne Wilbrink" },
    });

    // The user menu's own-account actions are not for the one looking along.
    expect(
      (
        await api("PUT", "/api/mij", {
          token: cp,
          headers,
          body: { voornaam: "X", achternaam: "Y", email: "x@example.org" },
        })
      ).status,
    ).toBe(403);
    // Signing out ends it.
    await api("POST", "/api/auth/uitloggen", { token: cp, headers });
    expect((await api("GET", "/api/mij", { token: cp, headers })).status).toBe(401);
  });

  it("ACC-07 never a user of another bestuur, never by a locatiebeheerder, never with someone else's session", async () => {
    const rb = await inloggen("regiobeheerder");
    const kkc = await api<GebruikersLijst>("GET", "/api/gebruikers?bestuurId=kkc", { token: rb });
    const cp = await inloggen("contactpersoon");
    const anderBestuur = await toevoegen(rb, {
      voornaam: "K",
      achternaam: "K",
      email: uniekAdres(),
      rollen: ["aanmelden"],
      organisatieType: "vo",
      schoolId: "keizer-karel-college",
    });
    expect(anderBestuur.status).toBe(200);
    expect(kkc.status).toBe(200);
    const vreemd = await api("POST", "/api/meekijken", {
      token: cp,
      body: { gebruikerId: "demo-po-gebruiker" },
    });
    expect(vreemd.status).toBe(404);
    const lbToken = await inloggen("locatiebeheerder");
    expect(
      (await api("POST", "/api/meekijken", { token: lbToken, body: { gebruikerId: "demo-aanmelder" } }))
        .status,
    ).toBe(403);
    const sessie = await api<{ sessieId: string }>("POST", "/api/meekijken", {
      token: cp,
      body: { gebruikerId: "demo-aanmelder" },
    });
    expect(sessie.status).toBe(200);
    const ander = await inloggen("plaatser");
    expect(
      (await api("GET", "/api/mij", { token: ander, headers: { "x-elk-meekijken": sessie.body.sessieId } }))
        .status,
    ).toBe(401);
  });
});
