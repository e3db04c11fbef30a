import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { GebruikerRegel, GebruikersLijst } from "@elk/contracts";
import { describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { actieveGebruiker, STERK_WACHTWOORD } from "../support/autorisatie";
import { tokenUitLink, wachtOpMail } from "../support/mailbox";
import { ddb } from "../support/tabel";

/*
 * Issue #10 "disabling a user ends its sessions": an administrator blocks a staff account (the
 * ones who may reset it, ACC-05). Its tokens and renewals die at once, sign-in is refused, its
 * links die; unblocking lets it sign in again while the old tokens stay dead.
 */

interface Fout {
  code: string;
  message: string;
}
interface Tokens {
  accessToken: string;
  vernieuwToken: string;
}

const blokkeren = (id: string, token: string) =>
  api<GebruikerRegel & Fout>("POST", `/api/gebruikers/${id}/blokkeren`, { token });
const deblokkeren = (id: string, token: string) =>
  api<GebruikerRegel & Fout>("POST", `/api/gebruikers/${id}/deblokkeren`, { token });
const inloggenMet = (gebruikersnaam: string) =>
  api<Tokens & Fout>("POST", "/api/auth/inloggen", {
    body: { gebruikersnaam, wachtwoord: STERK_WACHTWOORD },
  });
const mij = (token: string) => api("GET", "/api/mij", { token });
const vernieuwen = (vernieuwToken: string) =>
  api<Fout>("POST", "/api/auth/vernieuwen", { body: { vernieuwToken } });

async function gebeurtenissen(gebruikerId: string): Promise<Record<string, unknown>[]> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: inject("stack").tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
      ExpressionAttributeValues: { ":pk": `GEBRUIKER#${gebruikerId}`, ":g": "GEBEURTENIS#" },
    }),
  );
  return res.Items ?? [];
}

describe("blocking a staff account (issue #10)", () => {
  it("#10 blocking ends the session at once, refuses sign-in; unblocking lets it in again, old tokens stay dead", async () => {
    const [lb, cp] = await Promise.all([inloggen("locatiebeheerder"), inloggen("contactpersoon")]);
    const gebruiker = await actieveGebruiker(lb, { achternaam: "Geblokkeerd" });
    const sessie = await inloggenMet(gebruiker.gebruikersnaam);
    expect(sessie.status).toBe(200);
    expect((await mij(sessie.body.accessToken)).status).toBe(200);

    const blok = await blokkeren(gebruiker.id, cp);
    expect(blok.status).toBe(200);
    expect(blok.body).toMatchObject({ id: gebruiker.id, status: "geblokkeerd", magBlokkeren: true });
    expect(blok.body.magResetten).toBe(false);

    // The running session ends at once: its access token and its renewal are refused.
    expect((await mij(sessie.body.accessToken)).status).toBe(401);
    expect((await mij(gebruiker.token)).status).toBe(401);
    expect((await vernieuwen(sessie.body.vernieuwToken)).status).toBe(401);
    // The right password no longer signs in; the answer is the usual Dutch one.
    const weg = await inloggenMet(gebruiker.gebruikersnaam);
    expect(weg.status).toBe(401);
    expect(weg.body.message).toBe("De combinatie van gebruikersnaam en wachtwoord is onjuist.");

    // Instellingen > Gebruikers shows it blocked; blocking twice or resetting is refused (409).
    const lijst = await api<GebruikersLijst>("GET", "/api/gebruikers", { token: cp });
    expect(lijst.body.items.find((g) => g.id === gebruiker.id)?.status).toBe("geblokkeerd");
    const nogmaals = await blokkeren(gebruiker.id, cp);
    expect(nogmaals.status).toBe(409);
    expect(nogmaals.body.message).toBe("Het account van Matrix Geblokkeerd is al geblokkeerd.");
    const reset = await api<Fout>("POST", `/api/gebruikers/${gebruiker.id}/resetten`, { token: cp });
    expect(reset.status).toBe(409);
    expect(reset.body.message).toMatch(/Deblokkeer het account eerst/);

    // The history names who blocked.
    const geblokkeerd = (await gebeurtenissen(gebruiker.id)).find((g) => g.soort === "gebruiker-geblokkeerd");
    expect(geblokkeerd?.door).toMatchObject({ naam: "Sanne Wilbrink" });

    const vrij = await deblokkeren(gebruiker.id, cp);
    expect(vrij.status).toBe(200);
    expect(vrij.body.status).toBe("actief");
    expect((await deblokkeren(gebruiker.id, cp)).body.message).toBe(
      "Het account van Matrix Geblokkeerd is niet geblokkeerd.",
    );
    // Signing in works again; the tokens of before the block do not come back.
    const opnieuw = await inloggenMet(gebruiker.gebruikersnaam);
    expect(opnieuw.status).toBe(200);
    expect((await mij(opnieuw.body.accessToken)).status).toBe(200);
    expect((await mij(sessie.body.accessToken)).status).toBe(401);
    expect((await vernieuwen(sessie.body.vernieuwToken)).status).toBe(401);
    expect((await gebeurtenissen(gebruiker.id)).map((g) => g.soort)).toContain("gebruiker-gedeblokkeerd");
  });

  it("#10 an invited account's link dies with the block; unblocking sends a new one", async () => {
    const [lb, cp] = await Promise.all([inloggen("locatiebeheerder"), inloggen("contactpersoon")]);
    const email = `blok-${randomUUID().slice(0, 8)}@example.org`;
    const nieuw = await api<GebruikerRegel>("POST", "/api/gebruikers", {
      token: lb,
      body: { voornaam: "Nog", achternaam: "Niet", email, rollen: ["aanmelden"] },
    });
    expect(nieuw.status).toBe(200);
    const oud = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren").token;

    expect((await blokkeren(nieuw.body.id, cp)).status).toBe(200);
    const geblokkeerd = await api<Fout>("POST", "/api/activeren/controleren", { body: { token: oud } });
    expect(geblokkeerd.status).toBe(403);
    expect(geblokkeerd.body.message).toBe(
      "Dit account is geblokkeerd. Neem contact op met je contactpersoon ELK of locatiebeheerder.",
    );

    const vrij = await deblokkeren(nieuw.body.id, cp);
    expect(vrij.body.status).toBe("uitgenodigd");
    // The old link stays dead; the new mail's link sets the account up.
    expect((await api("POST", "/api/activeren/controleren", { body: { token: oud } })).status).toBe(410);
    const token = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen", 1), "/activeren").token;
    const klaar = await api("POST", "/api/activeren", {
      body: {
        token,
        gebruikersnaam: `blok-${randomUUID().slice(0, 8)}`,
        wachtwoord: STERK_WACHTWOORD,
        wachtwoordHerhaald: STERK_WACHTWOORD,
      },
    });
    expect(klaar.status).toBe(200);
  });

  it("#10 refusals: another bestuur's account is 'not found', never the own account, only who may reset", async () => {
    const [rb, cp, lb, am] = await Promise.all([
      inloggen("regiobeheerder"),
      inloggen("contactpersoon"),
      inloggen("locatiebeheerder"),
      inloggen("aanmelder"),
    ]);
    const kkc = await api<GebruikerRegel>("POST", "/api/gebruikers", {
      token: rb,
      body: {
        voornaam: "Ander",
        achternaam: "Bestuur",
        email: `blok-${randomUUID().slice(0, 8)}@example.org`,
        rollen: ["aanmelden"],
        organisatieType: "vo",
        schoolId: "keizer-karel-college",
      },
    });
    expect(kkc.status).toBe(200);
    // The contactpersoon ELK of another bestuur gets exactly the answer for an id that does not exist.
    const anderBestuur = await blokkeren(kkc.body.id, cp);
    const bestaatNiet = await blokkeren(`bestaat-niet-${randomUUID()}`, cp);
    expect(anderBestuur.status).toBe(404);
    expect(anderBestuur.body).toEqual(bestaatNiet.body);
    expect((await deblokkeren(kkc.body.id, cp)).body).toEqual((await deblokkeren("bestaat-niet", cp)).body);

    // Nobody blocks itself.
    for (const [token, id] of [
      [rb, "demo-regiobeheerder"],
      [cp, "demo-contactpersoon"],
    ] as const) {
      const zelf = await blokkeren(id, token);
      expect(zelf.status).toBe(403);
      expect(zelf.body.message).toBe("U kunt uw eigen account niet blokkeren of deblokkeren.");
    }

    // A locatiebeheerder sees its school's users but asks the contactpersoon (403, as for a reset);
    // a user without Beheren has no users within reach at all (404, as for a reset).
    const collega = await actieveGebruiker(lb, { achternaam: "Collega" });
    expect((await blokkeren(collega.id, lb)).status).toBe(403);
    expect((await blokkeren(collega.id, am)).status).toBe(404);
    expect((await mij(collega.token)).status).toBe(200);
    // The region administrator may block anyone, also another bestuur's user.
    expect((await blokkeren(kkc.body.id, rb)).status).toBe(200);
  });
});
