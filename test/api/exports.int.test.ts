import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type {
  AanmeldingenOverzicht,
  DoorstroomtoetsOverzicht,
  ExportStand,
  PoDoorstroomtoets,
  StatusOverzicht,
} from "@elk/contracts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { nieuwBsn } from "../support/bsn";
import { maakExport } from "../support/exports";
import { aangemeldKind, HAVO_KEUZES, kindMetOuder } from "../support/leerlingen";
import { ddb } from "../support/tabel";

/** A random suffix without digits. */
const letters = () =>
  randomUUID()
    .replace(/[^a-f]/g, "")
    .padEnd(6, "x")
    .slice(0, 6);

type Fout = { code: string; message: string; velden?: Record<string, string> };

let aanmelder: string;
let plaatser: string;
let locatiebeheerder: string;
let po: string;
let regiobeheerder: string;

beforeAll(async () => {
  [aanmelder, plaatser, locatiebeheerder, po, regiobeheerder] = await Promise.all([
    inloggen("aanmelder"),
    inloggen("plaatser"),
    inloggen("locatiebeheerder"),
    inloggen("po-gebruiker"),
    inloggen("regiobeheerder"),
  ]);
});

async function gebeurtenissenVanExport(id: string) {
  const res = await ddb().send(
    new QueryCommand({
      TableName: inject("stack").tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
      ExpressionAttributeValues: { ":pk": `EXPORT#${id}`, ":g": "GEBEURTENIS#" },
    }),
  );
  return res.Items ?? [];
}

describe("Bulkacties > Export aanmeldingenoverzicht (EXP-01)", () => {
  it("EXP-01 the ticked pupils only; Dutch headers, frozen, auto-filter, real dates, text ELK-nummers, choices 1–5", async () => {
    const [a, b] = await Promise.all([aangemeldKind(), aangemeldKind()]);
    const { blad, koppen, rijen, stand } = await maakExport(plaatser, {
      soort: "aanmeldingen",
      selectie: [a.aanmeldingId],
    });
    expect(stand).toMatchObject({ status: "klaar", voortgang: 100, aantal: 1 });
    expect(koppen).toEqual(
      expect.arrayContaining([
        "ELK-nummer",
        "Roepnaam",
        "Achternaam",
        "Geboortedatum",
        "Postcode",
        "Advies",
        "Aangemeld op",
        "Status",
        "Voorrang status",
        "Keuze 1 school",
        "Keuze 1 afdeling",
        "Keuze 5 school",
        "Keuze 5 afdeling",
        "Overgezet door (school 1e voorkeur)",
      ]),
    );
    expect(koppen).not.toContain("BSN");
    expect(rijen).toHaveLength(1);
    const rij = rijen[0] ?? {};
    expect(rij["ELK-nummer"]).toBe(a.elkNummer);
    expect(typeof rij["ELK-nummer"]).toBe("string");
    expect(rij.Postcode).toBe("1185 SB");
    expect(rij.Geboortedatum).toBeInstanceOf(Date);
    expect((rij.Geboortedatum as Date).toISOString().slice(0, 10)).toBe("2014-09-03");
    expect(rij["Aangemeld op"]).toBeInstanceOf(Date);
    expect(rij.Status).toBe("Aangemeld");
    expect(rij["Keuze 1 school"]).toBe("Amstelveen College");
    expect(rij["Keuze 2 school"]).toBe("Keizer Karel College");
    expect(rij["Keuze 5 afdeling"]).toBeTruthy();
    expect(rijen.some((r) => r["ELK-nummer"] === b.elkNummer)).toBe(false);
    expect(blad.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(blad.autoFilter).toBeTruthy();
    expect(blad.getColumn(1).width).toBeGreaterThan(5);
  });

  it("EXP-01 none ticked: exactly the pupils the overview shows under its filters and search", async () => {
    const kind = await aangemeldKind();
    const zoek = kind.naam.split(" ")[1] ?? "";
    const overzicht = await api<AanmeldingenOverzicht>(
      "GET",
      `/api/aanmeldingen?schooljaar=2026-2027&perPagina=500&status=aangemeld&zoek=${encodeURIComponent(zoek)}`,
      { token: plaatser },
    );
    expect(overzicht.body.totaal).toBe(1);
    const { rijen } = await maakExport(plaatser, {
      soort: "aanmeldingen",
      filter: { status: "aangemeld", zoek },
    });
    expect(rijen.map((r) => r["ELK-nummer"])).toEqual(overzicht.body.items.map((i) => i.elkNummer));

    // Without filters: every pupil the overview holds, in its order.
    const alle = await api<AanmeldingenOverzicht>(
      "GET",
      "/api/aanmeldingen?schooljaar=2026-2027&perPagina=500",
      {
        token: plaatser,
      },
    );
    const { rijen: alleRijen } = await maakExport(plaatser, { soort: "aanmeldingen", filter: {} });
    expect(alleRijen.map((r) => r["ELK-nummer"])).toEqual(alle.body.items.map((i) => i.elkNummer));
  });

  it("EXP-01 a name that looks like a formula is text in the file", async () => {
    const kind = await kindMetOuder({ roepnaam: "=HYPERLINK(1)" });
    const a = await aangemeldKind({ kind });
    const { rijen } = await maakExport(plaatser, { soort: "aanmeldingen", selectie: [a.aanmeldingId] });
    expect(rijen[0]?.Roepnaam).toBe("'=HYPERLINK(1)");
  });

  it("EXP-01 only its own school's pupils: a selection of another school's registration stays empty; PO users get 403", async () => {
    const kkc = await inloggen("plaatser-kkc");
    const a = await aangemeldKind();
    const { rijen } = await maakExport(kkc, { soort: "aanmeldingen", selectie: [a.aanmeldingId] });
    expect(rijen).toHaveLength(0);
    const res = await api<Fout>("POST", "/api/exports", { token: po, body: { soort: "aanmeldingen" } });
    expect(res.status).toBe(403);
  });
});

describe("Exports decentrale loting, terugtrekkers, buitenleerlingen (EXP-02, LOT-01, REG-06)", () => {
  it("LOT-01 decentrale loting: only pupils without a status, probable twins marked", async () => {
    // Letters only: the overview's search over ELK-nummers must not match these names (TRT-01 tests).
    const achternaam = `Tweeling-${letters()}`;
    const [k1, k2] = await Promise.all([kindMetOuder({ achternaam }), kindMetOuder({ achternaam })]);
    const [a1, a2, geplaatst] = await Promise.all([
      aangemeldKind({ kind: k1 }),
      aangemeldKind({ kind: k2 }),
      aangemeldKind(),
    ]);
    const detail = await api<{ version: number }>("GET", `/api/aanmeldingen/${geplaatst.aanmeldingId}`, {
      token: plaatser,
    });
    const plaats = await api("POST", `/api/aanmeldingen/${geplaatst.aanmeldingId}/behandelen`, {
      token: plaatser,
      body: { actie: "plaatsen", afdelingId: "havo", version: detail.body.version },
    });
    expect(plaats.status).toBe(200);
    const { rijen, koppen } = await maakExport(plaatser, { soort: "decentrale-loting" });
    expect(koppen).toContain("Mogelijke meerling met");
    const nummers = rijen.map((r) => r["ELK-nummer"]);
    expect(nummers).toContain(a1.elkNummer);
    expect(nummers).not.toContain(geplaatst.elkNummer);
    expect(rijen.find((r) => r["ELK-nummer"] === a1.elkNummer)?.["Mogelijke meerling met"]).toBe(
      a2.elkNummer,
    );
    expect(rijen.every((r) => r["ELK-nummer"] !== undefined)).toBe(true);
  });

  it("REG-06 terugtrekkers: a registration the parents undid is in the export, not in the overview", async () => {
    const kind = await aangemeldKind();
    const terug = await api("POST", `/api/ouder/kinderen/${kind.leerlingId}/intrekken`, {
      token: kind.ouderToken,
    });
    expect(terug.status).toBe(200);
    const { rijen } = await maakExport(aanmelder, { soort: "terugtrekkers" });
    const rij = rijen.find((r) => r["ELK-nummer"] === kind.elkNummer);
    expect(rij?.Door).toBe("Ouders (aanmelding ongedaan gemaakt)");
    expect(rij?.["Teruggetrokken op"]).toBeInstanceOf(Date);
  });

  it("EXP-02 buitenleerlingen: BSN and BRIN for the VO school's users; the BSN nowhere else; every download audited", async () => {
    const bsn = nieuwBsn();
    const res = await api<{ elkNummer: string }>("POST", "/api/buitenleerlingen", {
      token: aanmelder,
      body: {
        schooljaar: "2026-2027",
        bsn,
        roepnaam: "Mila",
        achternaam: `Buiten-${letters()}`,
        geboortedatum: "2014-02-11",
        geslacht: "v",
        adres: { straat: "Dorpsstraat", huisnummer: "3", postcode: "3511 AA", plaats: "Utrecht" },
        emailOuders: `buiten-${letters()}@example.org`,
        advies: "havo",
        basisschool: { naam: "De Zonnewijzer", plaats: "Utrecht", brin: "09ZW", telefoon: "030 - 000 00 00" },
        keuzes: HAVO_KEUZES,
        eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
      },
    });
    expect(res.status).toBe(200);
    const { rijen, koppen, stand } = await maakExport(aanmelder, { soort: "buitenleerlingen" });
    expect(koppen.slice(0, 2)).toEqual(["ELK-nummer", "BSN"]);
    expect(koppen).toContain("BRIN basisschool");
    expect(rijen.every((r) => String(r["ELK-nummer"]).startsWith("B"))).toBe(true);
    const rij = rijen.find((r) => r["ELK-nummer"] === res.body.elkNummer);
    expect(rij?.BSN).toBe(bsn);
    expect(rij?.["BRIN basisschool"]).toBe("09ZW");
    expect(rij?.Postcode).toBe("3511 AA");

    const historie = await gebeurtenissenVanExport(stand.id);
    expect(historie.map((g) => g.soort).sort()).toEqual(["export-aangevraagd", "export-gedownload"]);
    expect(historie.find((g) => g.soort === "export-gedownload")).toMatchObject({
      gegevens: { soort: "buitenleerlingen", metBsn: true },
    });
    expect(JSON.stringify(historie)).not.toContain(bsn);

    // The BSN is in no other export.
    const { koppen: aanmeldKoppen, rijen: aanmeldRijen } = await maakExport(aanmelder, {
      soort: "aanmeldingen",
      filter: { zoek: res.body.elkNummer },
    });
    expect(aanmeldKoppen).not.toContain("BSN");
    expect(JSON.stringify(aanmeldRijen)).not.toContain(bsn);

    // Another school cannot fetch this export; a PO user cannot ask for one.
    const kkc = await inloggen("plaatser-kkc");
    expect((await api("GET", `/api/exports/${stand.id}`, { token: kkc })).status).toBe(404);
    expect((await api("POST", `/api/exports/${stand.id}/download`, { token: kkc })).status).toBe(404);
    expect(
      (await api("POST", "/api/exports", { token: po, body: { soort: "buitenleerlingen" } })).status,
    ).toBe(403);
    expect(
      (await api("POST", "/api/exports", { token: regiobeheerder, body: { soort: "buitenleerlingen" } }))
        .status,
    ).toBe(403);
  });
});

describe("Doorstroomtoets (PO-02, EXP-03)", () => {
  it("PO-02 EXP-03 the primary school enters the results, may raise the advice but never lower it; the VO school sees them", async () => {
    const kind = await aangemeldKind();
    const pad = `/api/po/leerlingen/${kind.leerlingId}/doorstroomtoets`;
    const leeg = await api<PoDoorstroomtoets>("GET", pad, { token: po });
    expect(leeg.status).toBe(200);
    expect(leeg.body.advies).toBe("havo");
    expect(leeg.body.hogereAdviezen).toEqual(["havo", "havo/vwo", "vwo"]);

    const fout = await api<Fout>("PUT", pad, {
      token: po,
      body: { niveauLezen: "2f", niveauTaalverzorging: "2f", niveauRekenen: "2f" },
    });
    expect(fout.status).toBe(400);
    expect(fout.body.velden?.niveauRekenen).toMatch(/rekenen/);

    const lager = await api<Fout>("PUT", pad, {
      token: po,
      body: {
        niveauLezen: "2f",
        niveauTaalverzorging: "1f",
        niveauRekenen: "1s",
        bijgesteldAdvies: "vmbo-gl/tl",
      },
    });
    expect(lager.status).toBe(400);
    expect(lager.body.message).toMatch(/alleen worden verhoogd/);

    const hoger = await api<PoDoorstroomtoets>("PUT", pad, {
      token: po,
      body: {
        niveauLezen: "2f",
        niveauTaalverzorging: "1f",
        niveauRekenen: "1s",
        toets: "Route 8, februari 2027",
        bijgesteldAdvies: "havo/vwo",
      },
    });
    expect(hoger.status).toBe(200);
    expect(hoger.body).toMatchObject({ bijgesteldAdvies: "havo/vwo", niveauRekenen: "1s" });
    // Once raised, the raised advice is the floor.
    const terug = await api<Fout>("PUT", pad, {
      token: po,
      body: { niveauLezen: "2f", niveauTaalverzorging: "1f", niveauRekenen: "1s", bijgesteldAdvies: "havo" },
    });
    expect(terug.status).toBe(400);
    // Another primary school's user does not find the pupil.
    const ander = await inloggen("po-startpunt");
    expect((await api("GET", pad, { token: ander })).status).toBe(404);

    const overzicht = await api<DoorstroomtoetsOverzicht>(
      "GET",
      "/api/overzichten/doorstroomtoets?schooljaar=2026-2027",
      {
        token: locatiebeheerder,
      },
    );
    expect(overzicht.status).toBe(200);
    expect(overzicht.body.items.find((r) => r.elkNummer === kind.elkNummer)).toMatchObject({
      advies: "havo",
      bijgesteldAdvies: "havo/vwo",
      lezen: "2F",
      taalverzorging: "1F",
      rekenen: "1S",
      toets: "Route 8, februari 2027",
      basisschool: "OBS De Populier",
    });
    const { rijen } = await maakExport(locatiebeheerder, { soort: "doorstroomtoets" });
    expect(rijen.find((r) => r["ELK-nummer"] === kind.elkNummer)).toMatchObject({
      Lezen: "2F",
      Rekenen: "1S",
      "Bijgesteld advies": "havo/vwo",
    });
    expect((await api("GET", "/api/overzichten/doorstroomtoets", { token: plaatser })).status).toBe(403);
  });
});

describe("Overzichten > Status aanmeldingen (HOME-02)", () => {
  it("HOME-02 the locatiebeheerder sees its school per status and afdeling against capacity; the region all schools", async () => {
    await aangemeldKind();
    const eigen = await api<StatusOverzicht>("GET", "/api/overzichten/status?schooljaar=2026-2027", {
      token: locatiebeheerder,
    });
    expect(eigen.status).toBe(200);
    expect(eigen.body.regio).toBe(false);
    expect(eigen.body.scholen.map((s) => s.schoolNaam)).toEqual(["Amstelveen College"]);
    const school = eigen.body.scholen[0];
    const aangemeld = school?.perStatus.find((s) => s.status === "aangemeld")?.aantal ?? 0;
    expect(aangemeld).toBeGreaterThan(0);
    const havo = school?.perAfdeling.find((a) => a.afdelingId === "havo");
    expect(havo?.aangemeld).toBeGreaterThan(0);
    expect(havo?.capaciteit).toBeGreaterThan(0);

    const regio = await api<StatusOverzicht>("GET", "/api/overzichten/status?schooljaar=2026-2027", {
      token: regiobeheerder,
    });
    expect(regio.body.regio).toBe(true);
    expect(regio.body.scholen.length).toBeGreaterThan(5);
    expect(regio.body.scholen.find((s) => s.schoolId === "amstelveen-college")?.totaal).toBe(school?.totaal);

    expect((await api("GET", "/api/overzichten/status", { token: plaatser })).status).toBe(403);
    expect((await api("GET", "/api/overzichten/status", { token: po })).status).toBe(403);
  });
});

describe("export record", () => {
  it("EXP-01 a finished export reports its progress at 100 and its file name", async () => {
    const { stand } = await maakExport(plaatser, { soort: "decentrale-loting" });
    const weer = await api<ExportStand>("GET", `/api/exports/${stand.id}`, { token: plaatser });
    expect(weer.body.bestandsnaam).toMatch(/^Decentrale loting Amstelveen College .*\.xlsx$/);
  });
});
