import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type {
  AanmeldingDetail,
  AanmeldingenOverzicht,
  Historie,
  Kinderen,
  Notities,
  PoAanmelding,
} from "@elk/contracts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { aangemeldKind } from "../support/leerlingen";
import { wachtOpMail } from "../support/mailbox";
import { ddb } from "../support/tabel";

type Fout = { code: string; message: string; velden?: Record<string, string> };

let plaatser: string;
let aanmelder: string;
let plaatserKkc: string;
let po: string;
let poAnder: string;
let regiobeheerder: string;

beforeAll(async () => {
  [plaatser, aanmelder, plaatserKkc, po, poAnder, regiobeheerder] = await Promise.all([
    inloggen("plaatser"),
    inloggen("aanmelder"),
    inloggen("plaatser-kkc"),
    inloggen("po-gebruiker"),
    inloggen("po-startpunt"),
    inloggen("regiobeheerder"),
  ]);
});

const overzicht = (token: string, query = "") =>
  api<AanmeldingenOverzicht>("GET", `/api/aanmeldingen?schooljaar=2026-2027&perPagina=500${query}`, {
    token,
  });
const detail = (token: string, id: string) =>
  api<AanmeldingDetail & Fout>("GET", `/api/aanmeldingen/${id}`, { token });
const behandel = (token: string, id: string, body: Record<string, unknown>) =>
  api<AanmeldingDetail & Fout>("POST", `/api/aanmeldingen/${id}/behandelen`, { token, body });
const versie = async (id: string) => (await detail(plaatser, id)).body.version;

/** The notifications stored for a user about one registration (GRP-04's list has its own tests). */
async function notificatiesVan(gebruikerId: string, aanmeldingId: string) {
  const res = await ddb().send(
    new QueryCommand({
      TableName: inject("stack").tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :n)",
      ExpressionAttributeValues: { ":pk": `GEBRUIKER#${gebruikerId}`, ":n": "NOTIFICATIE#" },
    }),
  );
  return (res.Items ?? []).filter((n) => n.aanmeldingId === aanmeldingId);
}

describe("Leerlingen > Overzicht (TRT-01)", () => {
  it("TRT-01 TRT-04 the row carries status, the white V mark and the menu the manual gives a plaatser", async () => {
    const kind = await aangemeldKind({ voorrang: { soort: "kind-medewerker" } });
    const lijst = await overzicht(plaatser);
    expect(lijst.status).toBe(200);
    const regel = lijst.body.items.find((r) => r.id === kind.aanmeldingId);
    expect(regel).toMatchObject({
      elkNummer: kind.elkNummer,
      leerlingNaam: kind.naam,
      status: "aangemeld",
      statusLabel: "Aangemeld",
      voorrangMarkering: "aangevraagd",
      eersteKeuzeAfdeling: "havo",
      okidoc: { beschikbaar: false, reden: "niet-vrijgegeven" },
      tafelmiddag: { vo: false, po: false },
      oso: "geen",
    });
    expect(regel?.opties).toEqual([
      "voorrang-toekennen",
      "voorrang-afkeuren",
      "plaatsen",
      "niet-plaatsen",
      "uitloten",
      "terugtrekken",
      "tafelmiddag-aanvragen",
      "historie-tonen",
      "notities",
    ]);
    // Aanmelden may withdraw and read, not place.
    const alsAanmelder = (await overzicht(aanmelder)).body.items.find((r) => r.id === kind.aanmeldingId);
    expect(alsAanmelder?.opties).toEqual(["terugtrekken", "historie-tonen", "notities"]);
  });

  it("TRT-01 filters, search over the ELK-nummer (leading zeros optional) and paging", async () => {
    const kind = await aangemeldKind({ voorrang: { soort: "kind-medewerker" } });
    const zonderNullen = kind.elkNummer.replace(/^0+/, "");
    const gezocht = await overzicht(plaatser, `&zoek=${zonderNullen}`);
    expect(gezocht.body.items.map((r) => r.id)).toContain(kind.aanmeldingId);
    // Every hit holds the digits in a field the search reads (a name may hold digits too).
    const velden = (r: (typeof gezocht.body.items)[number]) => [
      r.elkNummer,
      r.leerlingNaam,
      r.toegewezenDoor ?? "",
      r.geplaatstOp ?? "",
      ...r.groepen.map((g) => g.naam),
    ];
    expect(gezocht.body.items.every((r) => velden(r).some((v) => v.includes(zonderNullen)))).toBe(true);
    const opNaam = await overzicht(plaatser, `&zoek=${encodeURIComponent(kind.naam.split(" ")[1] ?? "")}`);
    expect(opNaam.body.items.map((r) => r.id)).toEqual([kind.aanmeldingId]);
    const metVoorrang = await overzicht(plaatser, "&voorrang=aangevraagd");
    expect(metVoorrang.body.items.every((r) => r.voorrangMarkering === "aangevraagd")).toBe(true);
    expect(metVoorrang.body.items.map((r) => r.id)).toContain(kind.aanmeldingId);
    const geenVoorrang = await overzicht(plaatser, "&voorrang=geen");
    expect(geenVoorrang.body.items.map((r) => r.id)).not.toContain(kind.aanmeldingId);

    const pagina = await api<AanmeldingenOverzicht>(
      "GET",
      "/api/aanmeldingen?schooljaar=2026-2027&perPagina=1&pagina=2&sorteer=naam",
      {
        token: plaatser,
      },
    );
    expect(pagina.body.items).toHaveLength(1);
    expect(pagina.body.totaal).toBeGreaterThan(1);
    expect(pagina.body.pagina).toBe(2);
    const fout = await api<Fout>("GET", "/api/aanmeldingen?perPagina=100000", { token: plaatser });
    expect(fout.status).toBe(400);
  });
});

describe("decisions (TRT-04 … TRT-10, TRT-15)", () => {
  it("TRT-04 voorrang toekennen turns the V blue and mails the parents", async () => {
    const kind = await aangemeldKind({ voorrang: { soort: "kind-medewerker" } });
    const res = await behandel(plaatser, kind.aanmeldingId, {
      actie: "voorrang-toekennen",
      version: await versie(kind.aanmeldingId),
    });
    expect(res.status).toBe(200);
    expect(res.body.voorrangMarkering).toBe("toegekend");
    const mail = await wachtOpMail(kind.emailOuders, `Voorrang toegekend voor ${kind.naam}`);
    expect(mail.body.text).toContain("Amstelveen College heeft de voorrang");
  });

  it("TRT-05 PO-03 Plaatsen: Geplaatst with the afdeling; the primary school learns it only after the announcement", async () => {
    const kind = await aangemeldKind();
    const res = await behandel(plaatser, kind.aanmeldingId, {
      actie: "plaatsen",
      afdelingId: "havo",
      toelichting: "Welkom in 1H",
      version: await versie(kind.aanmeldingId),
    });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ status: "geplaatst", statusLabel: "Geplaatst", geplaatstOp: "havo" });
    expect(res.body.opties).toContain("tafelmiddag-aanvragen");

    const bijPo = await api<PoAanmelding>("GET", `/api/po/leerlingen/${kind.leerlingId}/aanmelding`, {
      token: po,
    });
    expect(bijPo.body.aanmelding).toMatchObject({ school: "Amstelveen College", status: "aangemeld" });
    expect(bijPo.body.aanmelding?.geplaatstOp).toBeUndefined();
    // The primary school's message is written at the announcement (test/e2e/bekendmaking.e2e.test.ts).
    expect(await notificatiesVan("demo-po-gebruiker", kind.aanmeldingId)).toEqual([]);
    // The parents do not see it before the announcement either.
    const kinderen = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: kind.ouderToken });
    expect(kinderen.body.items[0]?.aanmelding?.status).toBe("aangemeld");
  });

  it("TRT-14 placing on an afdeling below the advice is refused with a Dutch message", async () => {
    const kind = await aangemeldKind();
    const res = await behandel(plaatser, kind.aanmeldingId, {
      actie: "plaatsen",
      afdelingId: "mavo",
      version: await versie(kind.aanmeldingId),
    });
    expect(res.status).toBe(400);
    expect(res.body.message).toMatch(/afdeling/);
  });

  it("TRT-06 Niet plaatsen needs an explanation; the pupil leaves, PO sees Niet geplaatst, the project leader is mailed, and the pupil may register again", async () => {
    const kind = await aangemeldKind();
    const zonder = await behandel(plaatser, kind.aanmeldingId, {
      actie: "niet-plaatsen",
      version: await versie(kind.aanmeldingId),
    });
    expect(zonder.status).toBe(400);
    expect(zonder.body.velden?.toelichting).toMatch(/toelichting/);

    const res = await behandel(plaatser, kind.aanmeldingId, {
      actie: "niet-plaatsen",
      toelichting: "De ondersteuningsbehoefte past niet bij wat wij kunnen bieden.",
      version: await versie(kind.aanmeldingId),
    });
    expect(res.status).toBe(200);
    expect((await overzicht(plaatser)).body.items.map((r) => r.id)).not.toContain(kind.aanmeldingId);
    expect((await detail(plaatser, kind.aanmeldingId)).status).toBe(404);

    const bijPo = await api<PoAanmelding>("GET", `/api/po/leerlingen/${kind.leerlingId}/aanmelding`, {
      token: po,
    });
    expect(bijPo.body.aanmelding).toMatchObject({ status: "niet-geplaatst", statusLabel: "Niet geplaatst" });
    const [bericht] = await notificatiesVan("demo-po-gebruiker", kind.aanmeldingId);
    expect(bericht?.tekst).toContain("is niet geplaatst op Amstelveen College");
    const mail = await wachtOpMail(
      "projectleider@amstelland.example.org",
      `Niet geplaatst: ${kind.naam} (Amstelveen College)`,
    );
    expect(mail.body.text).toContain("De ondersteuningsbehoefte past niet");

    // REG-04 lets go: the parents register the pupil at another school.
    const opnieuw = await api("PUT", `/api/ouder/kinderen/${kind.leerlingId}/voorkeurslijst`, {
      token: kind.ouderToken,
      body: {
        keuzes: [
          { schoolId: "keizer-karel-college", afdelingId: "havo" },
          { schoolId: "alkwin-kollege", afdelingId: "havo-vwo" },
          { schoolId: "hermann-wesselink", afdelingId: "havo" },
          { schoolId: "thamen-college", afdelingId: "havo-vwo" },
          { schoolId: "amstelveen-college", afdelingId: "havo" },
        ],
        eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
      },
    });
    expect(opnieuw.body).toMatchObject({ status: "concept" });
    const definitief = await api("POST", `/api/ouder/kinderen/${kind.leerlingId}/aanmelden`, {
      token: kind.ouderToken,
    });
    expect(definitief.status).toBe(200);
  });

  it("TRT-07 TRT-08 Uitgeloot, then Toewijzen andere school: the receiving school sees who moved the pupil and places it; a wrong assignment is the region's to correct", async () => {
    const kind = await aangemeldKind();
    const uit = await behandel(plaatser, kind.aanmeldingId, {
      actie: "uitloten",
      toelichting: "Decentrale loting havo",
      version: await versie(kind.aanmeldingId),
    });
    expect(uit.body).toMatchObject({
      status: "uitgeloot",
      opties: expect.arrayContaining(["toewijzen-andere-school"]),
    });

    const buitenLijst = await behandel(plaatser, kind.aanmeldingId, {
      actie: "toewijzen-andere-school",
      schoolId: "amstelveen-college-westwijk",
      afdelingId: "havo",
      version: uit.body.version,
    });
    expect(buitenLijst.status).toBe(400);
    expect(buitenLijst.body.message).toMatch(/regiobeheerder/);

    const toegewezen = await behandel(plaatser, kind.aanmeldingId, {
      actie: "toewijzen-andere-school",
      schoolId: "keizer-karel-college",
      afdelingId: "havo",
      version: uit.body.version,
    });
    expect(toegewezen.status).toBe(200);
    expect((await overzicht(plaatser)).body.items.map((r) => r.id)).not.toContain(kind.aanmeldingId);

    const bijKkc = (await overzicht(plaatserKkc)).body.items.find((r) => r.id === kind.aanmeldingId);
    expect(bijKkc).toMatchObject({
      status: "toegewezen",
      toegewezenDoor: "Amstelveen College",
      eersteKeuzeAfdeling: "havo",
    });
    expect(bijKkc?.opties).toContain("plaatsen");
    expect(bijKkc?.opties).not.toContain("uitloten");
    expect(bijKkc?.voorrangMarkering).toBeUndefined();

    // The 1st-choice school cannot undo it; the region administrator can.
    const gevonden = await api<AanmeldingDetail>(
      "GET",
      `/api/regio/aanmeldingen?elkNummer=${kind.elkNummer}`,
      {
        token: regiobeheerder,
      },
    );
    expect(gevonden.status).toBe(200);
    expect(gevonden.body.schoolNaam).toBe("Keizer Karel College");
    expect(gevonden.body.opties).toEqual(["toewijzing-corrigeren"]);
    expect(gevonden.body.toewijsbareScholen?.map((s) => s.naam)).toContain("Hermann Wesselink College");
    const gecorrigeerd = await behandel(regiobeheerder, kind.aanmeldingId, {
      actie: "toewijzing-corrigeren",
      schoolId: "hermann-wesselink",
      afdelingId: "havo",
      version: gevonden.body.version,
    });
    expect(gecorrigeerd.status).toBe(200);
    expect(gecorrigeerd.body).toMatchObject({
      schoolNaam: "Hermann Wesselink College",
      toegewezenDoor: "Amstelveen College",
    });
    expect((await overzicht(plaatserKkc)).body.items.map((r) => r.id)).not.toContain(kind.aanmeldingId);
    expect(
      (await api<Fout>("GET", `/api/regio/aanmeldingen?elkNummer=${kind.elkNummer}`, { token: plaatser }))
        .status,
    ).toBe(403);
  });

  it("TRT-09 Terugtrekken needs the user's own password; PO is informed and the pupil leaves", async () => {
    const kind = await aangemeldKind();
    const version = await versie(kind.aanmeldingId);
    const fout = await behandel(aanmelder, kind.aanmeldingId, {
      actie: "terugtrekken",
      wachtwoord: "niet-goed",
      version,
    });
    expect(fout.status).toBe(400);
    expect(fout.body.message).toBe("Het wachtwoord is niet juist.");
    const goed = await behandel(aanmelder, kind.aanmeldingId, {
      actie: "terugtrekken",
      wachtwoord: DEMO_WACHTWOORD,
      version,
    });
    expect(goed.status).toBe(200);
    expect(goed.body.status).toBe("teruggetrokken");
    expect((await overzicht(aanmelder)).body.items.map((r) => r.id)).not.toContain(kind.aanmeldingId);
    const [bericht] = await notificatiesVan("demo-po-gebruiker", kind.aanmeldingId);
    expect(bericht).toMatchObject({
      tekst: expect.stringContaining("is teruggetrokken bij Amstelveen College"),
    });
    expect(bericht?.zichtbaarVanaf).toBeUndefined();
  });

  it("TRT-10 PO-03 tafelmiddag: a note is mandatory and stays under Notities; i.o.m. PO annuleren only for placed pupils the PO asked for", async () => {
    const kind = await aangemeldKind();
    const leeg = await behandel(plaatser, kind.aanmeldingId, {
      actie: "tafelmiddag-aanvragen",
      toelichting: "",
      version: await versie(kind.aanmeldingId),
    });
    expect(leeg.status).toBe(400);
    const aangevraagd = await behandel(plaatser, kind.aanmeldingId, {
      actie: "tafelmiddag-aanvragen",
      toelichting: "Graag warme overdracht over de leesondersteuning",
      version: await versie(kind.aanmeldingId),
    });
    expect(aangevraagd.body.tafelmiddag).toEqual({ vo: true, po: false });
    const notitiesPo = await api<Notities>("GET", `/api/leerlingen/${kind.leerlingId}/notities`, {
      token: po,
    });
    expect(notitiesPo.body.items.map((n) => n.tekst)).toContain(
      "Tafelmiddag aangevraagd: Graag warme overdracht over de leesondersteuning",
    );

    const poVraagt = await api<PoAanmelding>("POST", `/api/po/leerlingen/${kind.leerlingId}/aanmelding`, {
      token: po,
      body: {
        actie: "po-tafelmiddag-aanvragen",
        toelichting: "Wij willen graag een gesprek",
        version: aangevraagd.body.version,
      },
    });
    expect(poVraagt.status).toBe(200);
    expect(poVraagt.body.aanmelding?.tafelmiddag).toEqual({ vo: true, po: true });
    expect((await detail(plaatser, kind.aanmeldingId)).body.opties).not.toContain("tafelmiddag-po-annuleren");
    const geplaatst = await behandel(plaatser, kind.aanmeldingId, {
      actie: "plaatsen",
      afdelingId: "havo",
      version: await versie(kind.aanmeldingId),
    });
    expect(geplaatst.body.opties).toEqual(
      expect.arrayContaining(["tafelmiddag-annuleren", "tafelmiddag-po-annuleren"]),
    );
    const weg = await behandel(plaatser, kind.aanmeldingId, {
      actie: "tafelmiddag-po-annuleren",
      version: geplaatst.body.version,
    });
    expect(weg.body.tafelmiddag).toEqual({ vo: true, po: false });
  });

  it("TRT-13 region-only actions are refused in Amstelland", async () => {
    const kind = await aangemeldKind();
    const version = await versie(kind.aanmeldingId);
    const advies = await behandel(plaatser, kind.aanmeldingId, {
      actie: "advies-setting-aanpassen",
      version,
    });
    expect(advies.status).toBe(403);
    const door = await behandel(plaatser, kind.aanmeldingId, { actie: "doorbegeleiden", version });
    expect(door.status).toBe(403);
  });

  it("TRT-15 two users deciding at the same moment: one wins, the other hears it changed meanwhile; the history keeps the one", async () => {
    const kind = await aangemeldKind();
    const version = await versie(kind.aanmeldingId);
    const plaatser2 = await inloggen("plaatser");
    const [a, b] = await Promise.all([
      behandel(plaatser, kind.aanmeldingId, { actie: "plaatsen", afdelingId: "havo", version }),
      behandel(plaatser2, kind.aanmeldingId, { actie: "niet-plaatsen", toelichting: "Past niet", version }),
    ]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    const verloren = a.status === 409 ? a : b;
    expect(verloren.body.message).toMatch(/intussen/);
    const events = await ddb().send(
      new QueryCommand({
        TableName: inject("stack").tableName,
        KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
        ExpressionAttributeValues: { ":pk": `AANMELDING#${kind.aanmeldingId}`, ":g": "GEBEURTENIS#" },
      }),
    );
    const besluiten = (events.Items ?? []).filter(
      (e) => e.soort === "plaatsen" || e.soort === "niet-plaatsen",
    );
    expect(besluiten).toHaveLength(1);
    const winnaar = a.status === 200 ? "plaatsen" : "niet-plaatsen";
    expect(besluiten[0]?.soort).toBe(winnaar);
  });
});

describe("history and notes (TRT-11, TRT-12)", () => {
  it("TRT-11 Toon historie shows the registration and the decisions, with who and when", async () => {
    const kind = await aangemeldKind({ voorrang: { soort: "kind-medewerker" } });
    await behandel(plaatser, kind.aanmeldingId, {
      actie: "voorrang-afkeuren",
      version: await versie(kind.aanmeldingId),
    });
    await behandel(plaatser, kind.aanmeldingId, {
      actie: "plaatsen",
      afdelingId: "havo",
      version: await versie(kind.aanmeldingId),
    });
    const res = await api<Historie>("GET", `/api/aanmeldingen/${kind.aanmeldingId}/historie`, {
      token: aanmelder,
    });
    expect(res.status).toBe(200);
    expect(res.body.items.map((h) => h.omschrijving)).toEqual([
      "Aangemeld via het ouderportaal",
      "Voorrang afgewezen",
      "Geplaatst op havo",
    ]);
    expect(res.body.items[2]).toMatchObject({ door: "Petra Plaatsing", school: "Amstelveen College" });
  });

  it("TRT-12 PO-03 a note 'Alleen voor eigen organisatie' stays with the school; a shared one reaches the primary school and back", async () => {
    const kind = await aangemeldKind();
    const pad = `/api/leerlingen/${kind.leerlingId}/notities`;
    const prive = await api("POST", pad, {
      token: plaatser,
      body: { tekst: "Intern: let op broer in 2H", alleenEigenOrganisatie: true },
    });
    expect(prive.status).toBe(200);
    await api("POST", pad, {
      token: plaatser,
      body: { tekst: "Graag het toetsrapport", alleenEigenOrganisatie: false },
    });
    await api("POST", pad, {
      token: po,
      body: { tekst: "Rapport volgt vrijdag", alleenEigenOrganisatie: false },
    });
    await api("POST", pad, {
      token: po,
      body: { tekst: "Alleen PO: ouders gescheiden", alleenEigenOrganisatie: true },
    });

    const bijPo = await api<Notities>("GET", pad, { token: po });
    expect(bijPo.body.items.map((n) => n.tekst)).toEqual([
      "Graag het toetsrapport",
      "Rapport volgt vrijdag",
      "Alleen PO: ouders gescheiden",
    ]);
    const bijVo = await api<Notities>("GET", pad, { token: aanmelder });
    expect(bijVo.body.items.map((n) => n.tekst)).toEqual([
      "Intern: let op broer in 2H",
      "Graag het toetsrapport",
      "Rapport volgt vrijdag",
    ]);
    const leeg = await api<Fout>("POST", pad, { token: plaatser, body: { tekst: "   " } });
    expect(leeg.status).toBe(400);
  });
});

describe("one school never sees another's pupils (TRT-01)", () => {
  it("TRT-01 TRT-11 TRT-12 a user of another school or primary school gets 404 on every route of the pupil", async () => {
    const kind = await aangemeldKind();
    const id = kind.aanmeldingId;
    const version = await versie(id);
    const pogingen = await Promise.all([
      detail(plaatserKkc, id),
      behandel(plaatserKkc, id, { actie: "plaatsen", afdelingId: "havo", version }),
      api("GET", `/api/aanmeldingen/${id}/historie`, { token: plaatserKkc }),
      api("GET", `/api/leerlingen/${kind.leerlingId}/notities`, { token: plaatserKkc }),
      api("POST", `/api/leerlingen/${kind.leerlingId}/notities`, {
        token: plaatserKkc,
        body: { tekst: "x" },
      }),
      api("GET", `/api/po/leerlingen/${kind.leerlingId}/aanmelding`, { token: poAnder }),
      api("GET", `/api/leerlingen/${kind.leerlingId}/notities`, { token: poAnder }),
      // the pupil's own primary school has its own view, not the VO's
      detail(po, id),
    ]);
    expect(pogingen.map((p) => p.status)).toEqual([404, 404, 404, 404, 404, 404, 404, 404]);
    const nietBestaand = await detail(plaatserKkc, "bestaat-niet");
    expect(nietBestaand.body).toEqual(pogingen[0]?.body);
    expect((await overzicht(plaatserKkc)).body.items.map((r) => r.id)).not.toContain(id);
  });
});
