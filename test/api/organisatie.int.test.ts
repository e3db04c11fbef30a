import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type {
  BesturenLijst,
  BestuurDetail,
  Contactpersonen,
  NieuwsBeheerItem,
  NieuwsBeheerLijst,
  NieuwsLijst,
  SchoolDetail,
  SchoolLijst,
} from "@elk/contracts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { type Antwoord, api, inloggen } from "../support/api";

/**
 * Organisatie through the local gateway (ORG-01 … ORG-04, HOME-01). What these tests create lives in
 * besturen of their own, with no contactpersonen left at the end, and every news item they publish is
 * withdrawn again: the other files' expectations on the seed (two news items, 19 contact rows, the
 * contactpersoon's schools all in its bestuur) stay true whatever the order.
 */

type Fout = { code: string; message: string; velden?: Record<string, string> };
type Met<T> = Antwoord<T & Partial<Fout>>;

const run = randomUUID().slice(0, 6);
const tokens: Record<"rb" | "cp" | "lb" | "aanmelder" | "po", string> = {
  rb: "",
  cp: "",
  lb: "",
  aanmelder: "",
  po: "",
};

beforeAll(async () => {
  tokens.rb = await inloggen("regiobeheerder");
  tokens.cp = await inloggen("contactpersoon");
  tokens.lb = await inloggen("locatiebeheerder");
  tokens.aanmelder = await inloggen("aanmelder");
  tokens.po = await inloggen("po-gebruiker");
});

function tabel() {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject("stack").endpoints.dynamodb,
      region: "eu-west-1",
      credentials: { accessKeyId: "local", secretAccessKey: "local" },
    }),
  );
}

/** The history events of an entity, read from the table: a refusal must have written none. */
async function geschiedenis(
  pk: string,
): Promise<Array<{ soort: string; door: unknown; gegevens?: unknown }>> {
  const res = await tabel().send(
    new QueryCommand({
      TableName: inject("stack").tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
      ExpressionAttributeValues: { ":pk": pk, ":g": "GEBEURTENIS#" },
    }),
  );
  return (res.Items ?? []) as Array<{ soort: string; door: unknown; gegevens?: unknown }>;
}

async function claimHouder(brin: string, vestigingscode: string): Promise<string | undefined> {
  const res = await tabel().send(
    new GetCommand({
      TableName: inject("stack").tableName,
      Key: { PK: `CLAIM#VESTIGING#${brin}${vestigingscode}`, SK: "CLAIM" },
    }),
  );
  return res.Item?.eigenaar as string | undefined;
}

let brinTeller = 0;
/** A BRIN no seed school uses: 90AZ, 91AZ, … */
function vrijeBrin(): string {
  const n = brinTeller++;
  return `9${n % 10}${String.fromCharCode(65 + Math.floor(n / 10))}Z`;
}

const bestuurToevoegen = (token: string, body: unknown) =>
  api<BestuurDetail & Partial<Fout>>("POST", "/api/besturen", { token, body });

async function nieuwBestuur(
  naam = `Stichting Test ${run} ${randomUUID().slice(0, 4)}`,
): Promise<BestuurDetail> {
  const res = await bestuurToevoegen(tokens.rb, { naam });
  expect(res.status).toBe(200);
  return res.body;
}

function schoolInvoer(bestuurId: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    officieleNaam: "Stichting Testcollege",
    naam: `Testcollege ${run} ${randomUUID().slice(0, 4)}`,
    schooltype: "VO",
    bestuurId,
    adres: { straat: "Schoolstraat", huisnummer: "1", postcode: "1234 AB", plaats: "Amstelveen" },
    brin: vrijeBrin(),
    vestigingscode: "00",
    ...overrides,
  };
}

const schoolToevoegen = (token: string, body: unknown) =>
  api<SchoolDetail & Partial<Fout>>("POST", "/api/scholen", { token, body });

async function nieuweSchool(
  bestuurId: string,
  overrides: Record<string, unknown> = {},
): Promise<SchoolDetail> {
  const res = await schoolToevoegen(tokens.rb, schoolInvoer(bestuurId, overrides));
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const leesSchool = (token: string, id: string) =>
  api<SchoolDetail & Partial<Fout>>("GET", `/api/scholen/${encodeURIComponent(id)}`, { token });
const wijzigSchool = (token: string, id: string, body: unknown, headers?: Record<string, string>) =>
  api<SchoolDetail & Partial<Fout>>("PUT", `/api/scholen/${encodeURIComponent(id)}`, {
    token,
    body,
    headers,
  });
const wijzigAfdelingen = (token: string, id: string, body: unknown) =>
  api<SchoolDetail & Partial<Fout>>("PUT", `/api/scholen/${encodeURIComponent(id)}/afdelingen`, {
    token,
    body,
  });

async function scholenVanBestuur(naam: string): Promise<string[]> {
  const res = await api<SchoolLijst>("GET", "/api/scholen", { token: tokens.rb });
  return res.body.items.filter((s) => s.bestuur === naam).map((s) => s.naam);
}

function verwachtFout(res: Met<unknown>, status: number, code: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.body.code).toBe(code);
  expect(res.body.message).toBeTruthy();
}

describe("besturen (ORG-01, ORG-05)", () => {
  it("ORG-01 the region administrator adds a bestuur; it is listed with its version", async () => {
    const bestuur = await nieuwBestuur(`  Stichting   Lijst ${run} `);
    expect(bestuur).toMatchObject({ naam: `Stichting Lijst ${run}`, contactpersonen: [], version: 1 });
    const lijst = await api<BesturenLijst>("GET", "/api/besturen", { token: tokens.rb });
    expect(lijst.status).toBe(200);
    expect(lijst.body.items.find((b) => b.id === bestuur.id)).toEqual(bestuur);
    expect(lijst.body.items.length).toBeGreaterThanOrEqual(19);
    const events = await geschiedenis(`BESTUUR#${bestuur.id}`);
    expect(events.map((e) => e.soort)).toEqual(["bestuur-aangemaakt"]);
    expect(events[0]?.door).toMatchObject({ gebruikerId: "demo-regiobeheerder" });
  });

  it("ORG-01 only the region administrator keeps besturen: anyone else gets 403 and nothing is written", async () => {
    const naam = `Stichting Verboden ${run}`;
    verwachtFout(await bestuurToevoegen(tokens.cp, { naam }), 403, "GEEN_TOEGANG");
    verwachtFout(await bestuurToevoegen(tokens.lb, { naam }), 403, "GEEN_TOEGANG");
    verwachtFout(await api("GET", "/api/besturen", { token: tokens.cp }), 403, "GEEN_TOEGANG");
    verwachtFout(await api("GET", "/api/besturen", { token: tokens.aanmelder }), 403, "GEEN_TOEGANG");
    verwachtFout(
      await api("PUT", "/api/besturen/ovo-amstelveen", { token: tokens.cp, body: { version: 1, naam } }),
      403,
      "GEEN_TOEGANG",
    );
    const lijst = await api<BesturenLijst>("GET", "/api/besturen", { token: tokens.rb });
    expect(lijst.body.items.map((b) => b.naam)).not.toContain(naam);
  });

  it("ORG-01 a bestuur needs a name, unique whatever its case (409); contactpersonen need a valid e-mail", async () => {
    const bezet = await bestuurToevoegen(tokens.rb, { naam: "educatis" });
    verwachtFout(bezet, 409, "AL_IN_GEBRUIK");
    expect(bezet.body.message).toBe('Er bestaat al een bestuur met de naam "educatis".');

    const leeg = await bestuurToevoegen(tokens.rb, {});
    verwachtFout(leeg, 400, "ONGELDIGE_INVOER");
    expect(leeg.body.velden).toEqual({ naam: "Vul de naam van het bestuur in." });

    const naam = `Stichting Mail ${run}`;
    const fouteMail = await bestuurToevoegen(tokens.rb, {
      naam,
      contactpersonen: [{ naam: "Jet", email: "geen-mail" }],
    });
    verwachtFout(fouteMail, 400, "ONGELDIGE_INVOER");
    expect(fouteMail.body.velden).toEqual({ "contactpersonen.0.email": "Vul een geldig e-mailadres in." });
    const lijst = await api<BesturenLijst>("GET", "/api/besturen", { token: tokens.rb });
    expect(lijst.body.items.map((b) => b.naam)).not.toContain(naam);
  });

  it("ORG-05 the region administrator keeps a bestuur's contactpersonen, shown in the app; a stale version is 409", async () => {
    const bestuur = await nieuwBestuur();
    const pad = `/api/besturen/${bestuur.id}`;
    const contactpersoon = { naam: "Jet Testpersoon", email: `jet.${run}@example.org` };
    const gewijzigd = await api<BestuurDetail>("PUT", pad, {
      token: tokens.rb,
      body: { version: 1, contactpersonen: [contactpersoon] },
    });
    try {
      expect(gewijzigd.status).toBe(200);
      expect(gewijzigd.body).toMatchObject({
        naam: bestuur.naam,
        contactpersonen: [contactpersoon],
        version: 2,
      });
      const getoond = await api<Contactpersonen>("GET", "/api/contactpersonen", { token: tokens.aanmelder });
      expect(getoond.body.perBestuur).toContainEqual({ bestuur: bestuur.naam, ...contactpersoon });

      const verouderd = await api<Fout>("PUT", pad, {
        token: tokens.rb,
        body: { version: 1, naam: "Verouderd" },
      });
      verwachtFout(verouderd, 409, "GELIJKTIJDIG_GEWIJZIGD");
      verwachtFout(
        await api("PUT", "/api/besturen/bestaat-niet", { token: tokens.rb, body: { version: 1 } }),
        404,
        "NIET_GEVONDEN",
      );
    } finally {
      // The demo shows 19 contact rows (ORG-05): leave no extra one behind.
      const terug = await api<BestuurDetail>("PUT", pad, {
        token: tokens.rb,
        body: { version: 2, contactpersonen: [] },
      });
      expect(terug.body.contactpersonen).toEqual([]);
    }
    const getoond = await api<Contactpersonen>("GET", "/api/contactpersonen", { token: tokens.aanmelder });
    expect(getoond.body.perBestuur.map((c) => c.bestuur)).not.toContain(bestuur.naam);
    expect((await geschiedenis(`BESTUUR#${bestuur.id}`)).map((e) => e.soort)).toEqual([
      "bestuur-aangemaakt",
      "bestuur-gewijzigd",
      "bestuur-gewijzigd",
    ]);
  });
});

describe("adding schools (ORG-01, ORG-04)", () => {
  let bestuur: BestuurDetail;
  beforeAll(async () => {
    bestuur = await nieuwBestuur();
  });

  it("ORG-01 the region administrator adds a school with every mandatory field; BRIN and postcode are normalised", async () => {
    const res = await schoolToevoegen(
      tokens.rb,
      schoolInvoer(bestuur.id, {
        naam: `Testcollege Normaal ${run}`,
        brin: "90ac",
        vestigingscode: "03",
        adres: { straat: "Lindenlaan", huisnummer: "12a", postcode: "1185la", plaats: "Amstelveen" },
        telefoon: "020 - 555 99 99",
      }),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({
      bestuurId: bestuur.id,
      bestuur: bestuur.naam,
      brin: "90AC",
      vestigingscode: "03",
      adres: { straat: "Lindenlaan", huisnummer: "12a", postcode: "1185 LA", plaats: "Amstelveen" },
      telefoon: "020 - 555 99 99",
      particulier: false,
      afdelingen: [],
      capaciteitsgroepen: [],
      version: 1,
    });
    expect(res.body.wijzigbareVelden).toContain("brin");
    expect((await leesSchool(tokens.rb, res.body.id)).body).toEqual(res.body);
    expect(await scholenVanBestuur(bestuur.naam)).toContain(`Testcollege Normaal ${run}`);
    expect(await claimHouder("90AC", "03")).toBe(res.body.id);
    const events = await geschiedenis(`SCHOOL#${res.body.id}`);
    expect(events.map((e) => e.soort)).toEqual(["school-aangemaakt"]);
    expect(events[0]?.door).toMatchObject({ gebruikerId: "demo-regiobeheerder", naam: "Rianne Beheer" });
  });

  it("ORG-01 a BRIN + vestigingscode in use is refused with 409 and nothing of the second school is written", async () => {
    const eerste = await nieuweSchool(bestuur.id);
    const naam = `Testcollege Dubbel ${run}`;
    const tweede = await schoolToevoegen(
      tokens.rb,
      schoolInvoer(bestuur.id, {
        naam,
        brin: eerste.brin.toLowerCase(),
        vestigingscode: eerste.vestigingscode,
      }),
    );
    verwachtFout(tweede, 409, "AL_IN_GEBRUIK");
    expect(tweede.body.message).toBe(
      `Er bestaat al een school met BRIN ${eerste.brin} en vestigingscode ${eerste.vestigingscode}.`,
    );
    expect(await scholenVanBestuur(bestuur.naam)).not.toContain(naam);
    expect(await claimHouder(eerste.brin, eerste.vestigingscode)).toBe(eerste.id);
    // Another vestigingscode of the same BRIN is another location.
    const andereVestiging = await nieuweSchool(bestuur.id, { brin: eerste.brin, vestigingscode: "01" });
    expect(andereVestiging.vestigingscode).toBe("01");
  });

  it("ORG-01 a malformed BRIN, vestigingscode, postcode or huisnummer is a 400 with Dutch field messages", async () => {
    const naam = `Testcollege Fout ${run}`;
    const res = await schoolToevoegen(
      tokens.rb,
      schoolInvoer(bestuur.id, {
        naam,
        brin: "2AC",
        vestigingscode: "1",
        adres: { straat: "Schoolstraat", huisnummer: "twaalf", postcode: "1234", plaats: "Amstelveen" },
      }),
    );
    verwachtFout(res, 400, "ONGELDIGE_INVOER");
    expect(res.body.velden).toEqual({
      brin: "Een BRIN-nummer bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 20AC.",
      vestigingscode: "Een vestigingscode bestaat uit 2 cijfers, bijvoorbeeld 00.",
      "adres.postcode": "Vul een postcode in als 1234 AB.",
      "adres.huisnummer":
        "Een huisnummer bestaat uit cijfers met eventueel een toevoeging, bijvoorbeeld 12 of 12a.",
    });
    expect(await scholenVanBestuur(bestuur.naam)).not.toContain(naam);
  });

  it("ORG-01 every missing mandatory field is named, in Dutch", async () => {
    const niets = await schoolToevoegen(tokens.rb, {});
    verwachtFout(niets, 400, "ONGELDIGE_INVOER");
    expect(niets.body.velden).toEqual({
      officieleNaam: "Vul de officiële naam in.",
      naam: "Vul de naam in.",
      schooltype: "Kies het schooltype: PO of VO.",
      bestuurId: "Kies het bestuur.",
      adres: "Vul het bezoekadres in.",
      brin: "Vul het BRIN-nummer in.",
      vestigingscode: "Vul de vestigingscode in.",
    });
    const leeg = await schoolToevoegen(
      tokens.rb,
      schoolInvoer(bestuur.id, {
        officieleNaam: " ",
        adres: { straat: "", huisnummer: "", postcode: "", plaats: "" },
      }),
    );
    verwachtFout(leeg, 400, "ONGELDIGE_INVOER");
    expect(leeg.body.velden).toEqual({
      officieleNaam: "Vul de officiële naam in.",
      "adres.straat": "Vul de straat in.",
      "adres.huisnummer": "Vul het huisnummer in.",
      "adres.postcode": "Vul de postcode in.",
      "adres.plaats": "Vul de plaats in.",
    });
  });

  it("ORG-01 the bestuur must exist", async () => {
    const res = await schoolToevoegen(tokens.rb, schoolInvoer("bestaat-niet"));
    verwachtFout(res, 400, "ONGELDIGE_INVOER");
    expect(res.body.velden).toEqual({ bestuurId: "Dit bestuur bestaat niet." });
  });

  it("ORG-04 a primary school can be particulier, a VO school cannot", async () => {
    const vo = await schoolToevoegen(tokens.rb, schoolInvoer(bestuur.id, { particulier: true }));
    verwachtFout(vo, 400, "ONGELDIGE_INVOER");
    expect(vo.body.velden).toEqual({ particulier: "Alleen een basisschool (PO) kan particulier zijn." });
    const po = await nieuweSchool(bestuur.id, {
      schooltype: "PO",
      particulier: true,
      naam: `Test Particulier ${run}`,
    });
    expect(po).toMatchObject({ schooltype: "PO", particulier: true, magAfdelingenWijzigen: false });
  });

  it("ORG-01 only the region administrator adds schools", async () => {
    const naam = `Testcollege Niet ${run}`;
    for (const token of [tokens.cp, tokens.lb, tokens.aanmelder, tokens.po]) {
      verwachtFout(
        await schoolToevoegen(token, schoolInvoer("ovo-amstelveen", { naam })),
        403,
        "GEEN_TOEGANG",
      );
    }
    const res = await api<SchoolLijst>("GET", "/api/scholen", { token: tokens.rb });
    expect(res.body.items.map((s) => s.naam)).not.toContain(naam);
  });
});

describe("school data within reach (ORG-02)", () => {
  let bestuur: BestuurDetail;
  let vreemdeSchool: SchoolDetail;
  beforeAll(async () => {
    bestuur = await nieuwBestuur();
    vreemdeSchool = await nieuweSchool(bestuur.id);
  });

  it("ORG-02 each reads the schools within its reach and learns what it may change", async () => {
    const rb = await leesSchool(tokens.rb, "keizer-karel-college");
    expect(rb.status).toBe(200);
    expect(rb.body.wijzigbareVelden).toEqual([
      "officieleNaam",
      "naam",
      "adres",
      "telefoon",
      "brin",
      "vestigingscode",
      "schooltype",
      "bestuurId",
      "particulier",
    ]);
    const cp = await leesSchool(tokens.cp, "amstelveen-college");
    expect(cp.status).toBe(200);
    expect(cp.body).toMatchObject({
      naam: "Amstelveen College",
      bestuur: "St Openbaar VO Amstelveen",
      brin: "20AC",
    });
    expect(cp.body.wijzigbareVelden).toEqual(["officieleNaam", "naam", "adres", "telefoon"]);
    expect(cp.body.afdelingen.map((a) => a.naam)).toContain("vwo tweetalig");
    const lb = await leesSchool(tokens.lb, "amstelveen-college");
    expect(lb.status).toBe(200);
    expect(lb.body.magAfdelingenWijzigen).toBe(true);
  });

  it("ORG-02 a school outside one's reach is 404, exactly as a school that does not exist", async () => {
    const nietBestaand = await leesSchool(tokens.cp, "bestaat-niet");
    verwachtFout(nietBestaand, 404, "NIET_GEVONDEN");
    const cpVreemd = await leesSchool(tokens.cp, vreemdeSchool.id);
    expect(cpVreemd.status).toBe(404);
    expect(cpVreemd.body).toEqual(nietBestaand.body);
    const lbVreemd = await leesSchool(tokens.lb, "keizer-karel-college");
    expect(lbVreemd.status).toBe(404);
    expect(lbVreemd.body).toEqual(nietBestaand.body);
  });

  it("ORG-02 a contactpersoon editing a school of another bestuur gets 404 and nothing is written", async () => {
    const res = await wijzigSchool(tokens.cp, vreemdeSchool.id, { version: 1, telefoon: "020 - 000 00 01" });
    verwachtFout(res, 404, "NIET_GEVONDEN");
    expect((await leesSchool(tokens.rb, vreemdeSchool.id)).body).toMatchObject({ telefoon: "", version: 1 });
    expect(await geschiedenis(`SCHOOL#${vreemdeSchool.id}`)).toHaveLength(1);
  });

  it("ORG-02 a locatiebeheerder editing another school gets 404 and nothing is written", async () => {
    const voor = await leesSchool(tokens.rb, "amstelveen-college-westwijk");
    const res = await wijzigSchool(tokens.lb, "keizer-karel-college", {
      version: 1,
      telefoon: "020 - 000 00 02",
    });
    verwachtFout(res, 404, "NIET_GEVONDEN");
    const kkc = await leesSchool(tokens.rb, "keizer-karel-college");
    expect(kkc.body).toMatchObject({ telefoon: "020 - 555 02 20", version: 1 });
    if (voor.status === 200) {
      // A school of its own bestuur that is not its own location is just as far out of reach.
      const westwijk = await wijzigSchool(tokens.lb, "amstelveen-college-westwijk", {
        version: voor.body.version,
        telefoon: "1",
      });
      expect(westwijk.status).toBe(404);
    }
  });

  it("ORG-02 users without school management rights (aanmelder, PO user) are refused with 403", async () => {
    verwachtFout(await leesSchool(tokens.aanmelder, "amstelveen-college"), 403, "GEEN_TOEGANG");
    verwachtFout(
      await wijzigSchool(tokens.aanmelder, "amstelveen-college", { version: 1, telefoon: "020 - 000 00 03" }),
      403,
      "GEEN_TOEGANG",
    );
    verwachtFout(
      await wijzigSchool(tokens.po, "obs-de-populier", { version: 1, telefoon: "020" }),
      403,
      "GEEN_TOEGANG",
    );
    expect((await leesSchool(tokens.rb, "amstelveen-college")).body.telefoon).not.toBe("020 - 000 00 03");
  });

  it("ORG-02 the contactpersoon edits a school of its bestuur and the locatiebeheerder its own; each change is recorded", async () => {
    const voor = await leesSchool(tokens.cp, "amstelveen-college");
    const oudeTelefoon = voor.body.telefoon;
    const doorCp = await wijzigSchool(tokens.cp, "amstelveen-college", {
      version: voor.body.version,
      telefoon: "020 - 555 77 77",
      adres: { ...voor.body.adres, postcode: voor.body.adres.postcode.replace(" ", "").toLowerCase() },
    });
    expect(doorCp.status, JSON.stringify(doorCp.body)).toBe(200);
    expect(doorCp.body).toMatchObject({
      telefoon: "020 - 555 77 77",
      adres: voor.body.adres,
      version: voor.body.version + 1,
    });

    const doorLb = await wijzigSchool(tokens.lb, "amstelveen-college", {
      version: doorCp.body.version,
      telefoon: oudeTelefoon,
    });
    expect(doorLb.status).toBe(200);
    expect(doorLb.body).toMatchObject({ telefoon: oudeTelefoon, version: voor.body.version + 2 });

    const events = (await geschiedenis("SCHOOL#amstelveen-college")).filter(
      (e) => e.soort === "school-gewijzigd",
    );
    expect(events.slice(-2).map((e) => e.door)).toEqual([
      { gebruikerId: "demo-contactpersoon", naam: "Sanne Wilbrink" },
      { gebruikerId: "demo-locatiebeheerder", naam: "Lotte Beheerder" },
    ]);
    expect(events.at(-2)?.gegevens).toEqual({
      gewijzigd: ["telefoon"],
      voor: { telefoon: oudeTelefoon },
      na: { telefoon: "020 - 555 77 77" },
    });
  });

  it("ORG-02 ACC-07 a change made while looking along records both identities", async () => {
    const sessie = await api<{ sessieId: string }>("POST", "/api/meekijken", {
      token: tokens.cp,
      body: { gebruikerId: "demo-locatiebeheerder" },
    });
    expect(sessie.status, JSON.stringify(sessie.body)).toBe(200);
    const meekijken = { "x-elk-meekijken": sessie.body.sessieId };
    const voor = await leesSchool(tokens.rb, "amstelveen-college");
    const gezet = await wijzigSchool(
      tokens.cp,
      "amstelveen-college",
      { version: voor.body.version, telefoon: "020 - 555 88 88" },
      meekijken,
    );
    expect(gezet.status, JSON.stringify(gezet.body)).toBe(200);
    const terug = await wijzigSchool(
      tokens.cp,
      "amstelveen-college",
      { version: gezet.body.version, telefoon: voor.body.telefoon },
      meekijken,
    );
    expect(terug.status).toBe(200);
    const events = (await geschiedenis("SCHOOL#amstelveen-college")).filter(
      (e) => e.soort === "school-gewijzigd",
    );
    expect(events.at(-1)?.door).toEqual({
      gebruikerId: "demo-locatiebeheerder",
      naam: "Lotte Beheerder",
      meekijkendDoor: { gebruikerId: "demo-contactpersoon", naam: "Sanne Wilbrink" },
    });
  });

  it("ORG-02 only the region administrator changes BRIN and the like: others get a 400 naming the field, nothing written", async () => {
    const voor = await leesSchool(tokens.lb, "amstelveen-college");
    const res = await wijzigSchool(tokens.lb, "amstelveen-college", {
      version: voor.body.version,
      brin: "98ZZ",
      telefoon: "020 - 000 00 04",
    });
    verwachtFout(res, 400, "ONGELDIGE_INVOER");
    expect(res.body.velden).toEqual({ brin: "Alleen de beheerorganisatie kan het BRIN-nummer wijzigen." });
    const cp = await wijzigSchool(tokens.cp, "amstelveen-college", {
      version: voor.body.version,
      particulier: true,
      schooltype: "PO",
    });
    expect(cp.body.velden).toMatchObject({
      schooltype: "Alleen de beheerorganisatie kan het schooltype wijzigen.",
      particulier: "Alleen de beheerorganisatie kan wijzigen of een school particulier is.",
    });
    // The current values may be sent along: a form sends everything.
    const echo = await wijzigSchool(tokens.lb, "amstelveen-college", { ...voor.body });
    expect(echo.status).toBe(200);
    expect((await leesSchool(tokens.rb, "amstelveen-college")).body).toMatchObject({
      brin: "20AC",
      telefoon: voor.body.telefoon,
      version: voor.body.version,
    });
  });

  it("ORG-02 saving on a stale version is a 409 and writes nothing", async () => {
    const school = await nieuweSchool(bestuur.id);
    const eerste = await wijzigSchool(tokens.rb, school.id, { version: 1, naam: `Testcollege Eerst ${run}` });
    expect(eerste.status).toBe(200);
    const tweede = await wijzigSchool(tokens.rb, school.id, { version: 1, naam: `Testcollege Later ${run}` });
    verwachtFout(tweede, 409, "GELIJKTIJDIG_GEWIJZIGD");
    expect(tweede.body.message).toBe(
      "Deze gegevens zijn intussen door iemand anders gewijzigd. Laad de pagina opnieuw en probeer het nog eens.",
    );
    expect((await leesSchool(tokens.rb, school.id)).body).toMatchObject({
      naam: `Testcollege Eerst ${run}`,
      version: 2,
    });
    expect(await geschiedenis(`SCHOOL#${school.id}`)).toHaveLength(2);
    const zonderVersie = await wijzigSchool(tokens.rb, school.id, { naam: "x" });
    verwachtFout(zonderVersie, 400, "ONGELDIGE_INVOER");
    expect(zonderVersie.body.velden?.version).toBeTruthy();
  });

  it("ORG-02 saving without a change writes nothing", async () => {
    const school = await nieuweSchool(bestuur.id);
    const res = await wijzigSchool(tokens.rb, school.id, {
      version: 1,
      naam: school.naam,
      brin: school.brin.toLowerCase(),
    });
    expect(res.status).toBe(200);
    expect(res.body.version).toBe(1);
    expect(await geschiedenis(`SCHOOL#${school.id}`)).toHaveLength(1);
  });

  it("ORG-01 ORG-02 the region administrator changes BRIN + vestigingscode: the claim moves in the same transaction", async () => {
    const school = await nieuweSchool(bestuur.id);
    const nieuweBrin = vrijeBrin();
    const res = await wijzigSchool(tokens.rb, school.id, {
      version: 1,
      brin: nieuweBrin.toLowerCase(),
      vestigingscode: "07",
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ brin: nieuweBrin, vestigingscode: "07", version: 2 });
    expect(await claimHouder(nieuweBrin, "07")).toBe(school.id);
    expect(await claimHouder(school.brin, school.vestigingscode)).toBeUndefined();
    // The old code is free for a new school; the new one is taken.
    await nieuweSchool(bestuur.id, { brin: school.brin, vestigingscode: school.vestigingscode });
    verwachtFout(
      await schoolToevoegen(tokens.rb, schoolInvoer(bestuur.id, { brin: nieuweBrin, vestigingscode: "07" })),
      409,
      "AL_IN_GEBRUIK",
    );
  });

  it("ORG-01 moving a school onto a BRIN + vestigingscode in use is a 409 and writes nothing", async () => {
    const school = await nieuweSchool(bestuur.id);
    const res = await wijzigSchool(tokens.rb, school.id, { version: 1, brin: "20AC", vestigingscode: "00" });
    verwachtFout(res, 409, "AL_IN_GEBRUIK");
    expect(res.body.message).toBe("Er bestaat al een school met BRIN 20AC en vestigingscode 00.");
    expect((await leesSchool(tokens.rb, school.id)).body).toMatchObject({ brin: school.brin, version: 1 });
    expect(await claimHouder(school.brin, school.vestigingscode)).toBe(school.id);
    expect(await claimHouder("20AC", "00")).toBe("amstelveen-college");
    expect(await geschiedenis(`SCHOOL#${school.id}`)).toHaveLength(1);
  });

  it("ORG-02 the region administrator moves a school to another bestuur, which must exist", async () => {
    const school = await nieuweSchool(bestuur.id);
    const ander = await nieuwBestuur();
    const onbekend = await wijzigSchool(tokens.rb, school.id, { version: 1, bestuurId: "bestaat-niet" });
    verwachtFout(onbekend, 400, "ONGELDIGE_INVOER");
    expect(onbekend.body.velden).toEqual({ bestuurId: "Dit bestuur bestaat niet." });
    const verhuisd = await wijzigSchool(tokens.rb, school.id, { version: 1, bestuurId: ander.id });
    expect(verhuisd.body).toMatchObject({ bestuurId: ander.id, bestuur: ander.naam, version: 2 });
    expect(await scholenVanBestuur(ander.naam)).toEqual([school.naam]);
    expect(await scholenVanBestuur(bestuur.naam)).not.toContain(school.naam);
  });

  it("ORG-02 a change is checked as a new school is: malformed postcode, blank name", async () => {
    const res = await wijzigSchool(tokens.rb, vreemdeSchool.id, {
      version: 1,
      naam: " ",
      adres: { straat: "Straat", huisnummer: "1", postcode: "12345", plaats: "Plaats" },
    });
    verwachtFout(res, 400, "ONGELDIGE_INVOER");
    expect(res.body.velden).toEqual({
      naam: "Vul de naam in.",
      "adres.postcode": "Vul een postcode in als 1234 AB.",
    });
    expect((await leesSchool(tokens.rb, vreemdeSchool.id)).body.version).toBe(1);
  });
});

describe("afdelingen of a VO school (ORG-03)", () => {
  let bestuur: BestuurDetail;
  beforeAll(async () => {
    bestuur = await nieuwBestuur();
  });

  it("ORG-03 afdelingen with advice levels, capacity per afdeling or per capaciteitsgroep, and symmetric gelijkwaardig", async () => {
    const school = await nieuweSchool(bestuur.id);
    const res = await wijzigAfdelingen(tokens.rb, school.id, {
      version: 1,
      afdelingen: [
        {
          id: "havo-vwo",
          naam: "havo/vwo",
          adviezen: ["havo/vwo", "havo"],
          capaciteitsgroepId: "bovenbouw",
          gelijkwaardigAan: ["vwo"],
        },
        { id: "vwo", naam: "vwo", adviezen: ["vwo", "havo/vwo"], capaciteitsgroepId: "bovenbouw" },
        { naam: "vwo tweetalig", adviezen: ["vwo"], capaciteit: 28, gelijkwaardigAan: ["vwo"] },
      ],
      capaciteitsgroepen: [{ id: "bovenbouw", naam: "havo/vwo en vwo samen", capaciteit: 150 }],
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.version).toBe(2);
    expect(res.body.afdelingen).toEqual([
      {
        id: "havo-vwo",
        naam: "havo/vwo",
        adviezen: ["havo", "havo/vwo"],
        capaciteitsgroepId: "bovenbouw",
        gelijkwaardigAan: ["vwo"],
      },
      {
        id: "vwo",
        naam: "vwo",
        adviezen: ["havo/vwo", "vwo"],
        capaciteitsgroepId: "bovenbouw",
        gelijkwaardigAan: ["havo-vwo", "vwo-tweetalig"],
      },
      {
        id: "vwo-tweetalig",
        naam: "vwo tweetalig",
        adviezen: ["vwo"],
        capaciteit: 28,
        gelijkwaardigAan: ["vwo"],
      },
    ]);
    expect(res.body.capaciteitsgroepen).toEqual([
      { id: "bovenbouw", naam: "havo/vwo en vwo samen", capaciteit: 150 },
    ]);
    expect((await leesSchool(tokens.rb, school.id)).body.afdelingen).toEqual(res.body.afdelingen);
    const events = await geschiedenis(`SCHOOL#${school.id}`);
    expect(events.map((e) => e.soort)).toEqual(["school-aangemaakt", "afdelingen-gewijzigd"]);

    // The whole list is saved: what is left out is removed.
    const minder = await wijzigAfdelingen(tokens.rb, school.id, {
      version: 2,
      afdelingen: [{ id: "vwo", naam: "vwo", adviezen: ["vwo"], capaciteit: 90 }],
    });
    expect(minder.body.afdelingen).toEqual([
      { id: "vwo", naam: "vwo", adviezen: ["vwo"], capaciteit: 90, gelijkwaardigAan: [] },
    ]);
    expect(minder.body.capaciteitsgroepen).toEqual([]);
  });

  it("ORG-03 every broken rule is a 400 with a Dutch message per field, and nothing is written", async () => {
    const school = await nieuweSchool(bestuur.id);
    const res = await wijzigAfdelingen(tokens.rb, school.id, {
      version: 1,
      afdelingen: [
        {
          id: "havo",
          naam: "havo",
          adviezen: ["havo"],
          capaciteit: 60,
          gelijkwaardigAan: ["vwo-tto-van-elders"],
        },
        { naam: "HAVO", adviezen: ["havo"], capaciteit: 10 },
        { naam: "vwo", adviezen: [], capaciteit: 10 },
        { naam: "mavo", adviezen: ["mavo"], capaciteit: -1 },
        { naam: "gemengd", adviezen: ["vwo"], capaciteit: 5, capaciteitsgroepId: "groep" },
      ],
      capaciteitsgroepen: [
        { id: "groep", naam: "groep", capaciteit: 10 },
        { naam: "over", capaciteit: 5 },
      ],
    });
    verwachtFout(res, 400, "ONGELDIGE_INVOER");
    expect(res.body.velden).toEqual({
      "afdelingen.0.gelijkwaardigAan":
        'Gelijkwaardig aan een afdeling die niet bij deze school hoort: "vwo-tto-van-elders".',
      "afdelingen.1.naam": 'Deze school heeft al een afdeling met de naam "HAVO".',
      "afdelingen.2.adviezen": "Kies minstens één advies.",
      "afdelingen.3.adviezen":
        "Onbekend advies: mavo. Kies uit PrO, vmbo-b, vmbo-b/k, vmbo-k, vmbo-k/gl-tl, vmbo-gl/tl, vmbo-gl/tl/havo, havo, havo/vwo, vwo.",
      "afdelingen.3.capaciteit": "De capaciteit is een heel getal van 0 of meer.",
      "afdelingen.4.capaciteit": "Geef een eigen capaciteit óf een capaciteitsgroep, niet allebei.",
      "capaciteitsgroepen.1": 'Capaciteitsgroep "over" hoort bij geen enkele afdeling.',
    });
    const zonderCapaciteit = await wijzigAfdelingen(tokens.rb, school.id, {
      version: 1,
      afdelingen: [{ naam: "havo", adviezen: ["havo"] }],
    });
    expect(zonderCapaciteit.body.velden).toEqual({
      "afdelingen.0.capaciteit": "Vul de capaciteit in of kies een capaciteitsgroep.",
    });
    const nogSteeds = await leesSchool(tokens.rb, school.id);
    expect(nogSteeds.body).toMatchObject({ afdelingen: [], version: 1 });
    expect(await geschiedenis(`SCHOOL#${school.id}`)).toHaveLength(1);
  });

  it("ORG-03 gelijkwaardig cannot point at an afdeling of another school, even by its code", async () => {
    const school = await nieuweSchool(bestuur.id);
    const res = await wijzigAfdelingen(tokens.rb, school.id, {
      version: 1,
      afdelingen: [{ naam: "havo", adviezen: ["havo"], capaciteit: 10, gelijkwaardigAan: ["vwo-tto"] }],
    });
    verwachtFout(res, 400, "ONGELDIGE_INVOER");
    expect(res.body.velden?.["afdelingen.0.gelijkwaardigAan"]).toMatch(/niet bij deze school hoort/);
  });

  it("ORG-03 a primary school has no afdelingen", async () => {
    const po = await nieuweSchool(bestuur.id, { schooltype: "PO" });
    const res = await wijzigAfdelingen(tokens.rb, po.id, {
      version: 1,
      afdelingen: [{ naam: "havo", adviezen: ["havo"], capaciteit: 10 }],
    });
    verwachtFout(res, 400, "ONGELDIGE_INVOER");
    expect(res.body.velden).toEqual({ afdelingen: "Een basisschool (PO) heeft geen afdelingen." });
  });

  it("ORG-03 the same rights as the school's data: own school yes, another bestuur 404, aanmelder 403, stale 409", async () => {
    const eigen = await leesSchool(tokens.lb, "amstelveen-college");
    const terug = eigen.body.afdelingen.map(
      ({ id, naam, adviezen, capaciteit, capaciteitsgroepId, gelijkwaardigAan }) => ({
        id,
        naam,
        adviezen,
        capaciteit,
        capaciteitsgroepId,
        gelijkwaardigAan,
      }),
    );
    const opgeslagen = await wijzigAfdelingen(tokens.lb, "amstelveen-college", {
      version: eigen.body.version,
      afdelingen: terug,
      capaciteitsgroepen: eigen.body.capaciteitsgroepen,
    });
    expect(opgeslagen.status, JSON.stringify(opgeslagen.body)).toBe(200);
    expect(opgeslagen.body.afdelingen).toEqual(eigen.body.afdelingen);

    const vreemd = await nieuweSchool(bestuur.id);
    const lijst = { version: 1, afdelingen: [{ naam: "havo", adviezen: ["havo"], capaciteit: 10 }] };
    verwachtFout(await wijzigAfdelingen(tokens.cp, vreemd.id, lijst), 404, "NIET_GEVONDEN");
    verwachtFout(await wijzigAfdelingen(tokens.lb, "keizer-karel-college", lijst), 404, "NIET_GEVONDEN");
    verwachtFout(await wijzigAfdelingen(tokens.aanmelder, "amstelveen-college", lijst), 403, "GEEN_TOEGANG");
    verwachtFout(
      await wijzigAfdelingen(tokens.lb, "amstelveen-college", { ...lijst, version: eigen.body.version }),
      409,
      "GELIJKTIJDIG_GEWIJZIGD",
    );
    expect((await leesSchool(tokens.rb, vreemd.id)).body).toMatchObject({ afdelingen: [], version: 1 });
    expect((await leesSchool(tokens.rb, "amstelveen-college")).body.afdelingen).toEqual(
      eigen.body.afdelingen,
    );
  });
});

describe("news of the beheerorganisatie (HOME-01)", () => {
  const gemaakt: string[] = [];

  const schrijven = async (titel: string, bron = "beheerorganisatie") => {
    const res = await api<NieuwsBeheerItem & Partial<Fout>>("POST", "/api/nieuws/beheer", {
      token: tokens.rb,
      body: { titel, tekst: `Tekst van ${titel}.`, bron },
    });
    if (res.status === 200) gemaakt.push(res.body.id);
    return res;
  };
  const actie = (id: string, wat: "publiceren" | "intrekken", token = tokens.rb) =>
    api<NieuwsBeheerItem & Partial<Fout>>("POST", `/api/nieuws/beheer/${id}/${wat}`, { token });
  const homepagina = async () =>
    (await api<NieuwsLijst>("GET", "/api/nieuws", { token: tokens.po })).body.items.map((n) => n.titel);
  const beheer = async () =>
    (await api<NieuwsBeheerLijst>("GET", "/api/nieuws/beheer", { token: tokens.rb })).body.items;

  afterAll(async () => {
    // Leave the home page as the seed made it: nothing published here stays published.
    for (const item of await beheer()) {
      if (gemaakt.includes(item.id) && item.status === "gepubliceerd") await actie(item.id, "intrekken");
    }
  });

  it("HOME-01 the region administrator writes a concept: in the beheer list, not on the home page", async () => {
    const titel = `Concept ${run}`;
    const res = await schrijven(titel, "ELK");
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ titel, bron: "ELK", status: "concept", version: 1 });
    expect(res.body.gepubliceerdOp).toBeUndefined();
    expect(await homepagina()).not.toContain(titel);
    expect((await beheer()).find((n) => n.id === res.body.id)).toEqual(res.body);
  });

  it("HOME-01 published it is on everyone's home page, newest first; withdrawn it is gone again", async () => {
    const eerste = await schrijven(`Eerste bericht ${run}`);
    const tweede = await schrijven(`Tweede bericht ${run}`);
    const gepubliceerd = await actie(eerste.body.id, "publiceren");
    expect(gepubliceerd.status).toBe(200);
    expect(gepubliceerd.body).toMatchObject({ status: "gepubliceerd", version: 2 });
    expect(gepubliceerd.body.gepubliceerdOp).toBeTruthy();
    await actie(tweede.body.id, "publiceren");

    const zichtbaar = await homepagina();
    expect(zichtbaar.slice(0, 2)).toEqual([`Tweede bericht ${run}`, `Eerste bericht ${run}`]);
    expect(zichtbaar).toContain("Aanmeldperiode Kernprocedure 2027");
    const alsAanmelder = await api<NieuwsLijst>("GET", "/api/nieuws", { token: tokens.aanmelder });
    expect(alsAanmelder.body.items.map((n) => n.titel)).toContain(`Eerste bericht ${run}`);

    // Publishing twice acts once.
    const nogmaals = await actie(eerste.body.id, "publiceren");
    expect(nogmaals.body).toEqual(gepubliceerd.body);

    const ingetrokken = await actie(eerste.body.id, "intrekken");
    expect(ingetrokken.body).toMatchObject({ status: "ingetrokken", version: 3 });
    expect(await homepagina()).not.toContain(`Eerste bericht ${run}`);
    await actie(tweede.body.id, "intrekken");
    expect(await homepagina()).toEqual([
      "Nieuw in ELK: een eigen inlognaam per schoollocatie",
      "Aanmeldperiode Kernprocedure 2027",
    ]);

    const lijst = await beheer();
    const statussen = Object.fromEntries(lijst.map((n) => [n.id, n.status]));
    expect(statussen[eerste.body.id]).toBe("ingetrokken");
    expect(lijst.map((n) => n.titel)).toEqual(
      expect.arrayContaining(["Aanmeldperiode Kernprocedure 2027", `Concept ${run}`]),
    );
    const tijden = lijst.map((n) => n.aangemaaktOp);
    expect(tijden).toEqual([...tijden].sort().reverse());
    const events = await geschiedenis(`NIEUWS#${eerste.body.id}`);
    expect(events.map((e) => e.soort).sort()).toEqual([
      "nieuws-aangemaakt",
      "nieuws-gepubliceerd",
      "nieuws-ingetrokken",
    ]);
  });

  it("HOME-01 refusals: only the region administrator writes news; a title is required; unknown items; a concept is not withdrawn", async () => {
    const titel = `Verboden ${run}`;
    verwachtFout(
      await api("POST", "/api/nieuws/beheer", { token: tokens.cp, body: { titel, tekst: "x", bron: "ELK" } }),
      403,
      "GEEN_TOEGANG",
    );
    verwachtFout(await api("GET", "/api/nieuws/beheer", { token: tokens.lb }), 403, "GEEN_TOEGANG");
    const concept = await schrijven(`Nog concept ${run}`);
    verwachtFout(await actie(concept.body.id, "publiceren", tokens.aanmelder), 403, "GEEN_TOEGANG");
    expect(await homepagina()).not.toContain(`Nog concept ${run}`);

    const zonderTitel = await api<Fout>("POST", "/api/nieuws/beheer", {
      token: tokens.rb,
      body: { tekst: "x", bron: "ELK" },
    });
    verwachtFout(zonderTitel, 400, "ONGELDIGE_INVOER");
    expect(zonderTitel.body.velden).toEqual({ titel: "Vul de titel in." });
    const fouteBron = await api<Fout>("POST", "/api/nieuws/beheer", {
      token: tokens.rb,
      body: { titel, tekst: "x", bron: "pers" },
    });
    expect(fouteBron.body.velden).toEqual({ bron: "Kies de afzender: beheerorganisatie of ELK." });

    verwachtFout(await actie("bestaat-niet", "publiceren"), 404, "NIET_GEVONDEN");
    const intrekken = await actie(concept.body.id, "intrekken");
    verwachtFout(intrekken, 400, "ONGELDIGE_INVOER");
    expect(intrekken.body.message).toBe(
      "Dit bericht is nog niet gepubliceerd en kan dus niet worden ingetrokken.",
    );
    expect((await beheer()).map((n) => n.titel)).not.toContain(titel);
  });
});
