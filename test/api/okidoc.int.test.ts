import { randomUUID } from "node:crypto";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { AanmeldingWeergave, OkidocBijlagen, OkidocPdf, PoOkidoc } from "@elk/contracts";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { nieuwBsn } from "../support/bsn";
import { aangemeldKind, HAVO_KEUZES, kindMetOuder } from "../support/leerlingen";
import { tokenUitLink, wachtOpMail } from "../support/mailbox";
import { OKIDOC_COMPLEET, okidocPad, okidocVrijgegeven } from "../support/okidoc";
import { ddb, tabelItem } from "../support/tabel";

type Fout = { code: string; message: string; velden?: Record<string, string> };

const STERK = "Sterk-Wachtw00rd!";
const GEEN = { gelijkwaardigeAfdelingWens: false, meerling: false };
const NIET_VRIJGEGEVEN =
  "De basisschool heeft het oki-doc nog niet vrijgegeven. Neem contact op met de basisschool.";

let po: string;
let plaatser: string;

beforeAll(async () => {
  [po, plaatser] = await Promise.all([inloggen("po-gebruiker"), inloggen("plaatser")]);
});

const lees = (leerlingId: string, token = po) =>
  api<PoOkidoc & Fout>("GET", okidocPad(leerlingId), { token });
const opslaan = (leerlingId: string, body: unknown, token = po) =>
  api<PoOkidoc & Fout>("PUT", okidocPad(leerlingId), { token, body });
const vrijgeven = (leerlingId: string, version: number, token = po) =>
  api<PoOkidoc & Fout>("POST", `${okidocPad(leerlingId)}/vrijgeven`, { token, body: { version } });
const bijlageToevoegen = (leerlingId: string, bestandsnaam: string, contentType: string, inhoud: Buffer) =>
  api<{ id: string; bestandsnaam: string; grootte: number } & Fout>(
    "POST",
    `${okidocPad(leerlingId)}/bijlagen`,
    {
      token: po,
      body: { bestandsnaam, contentType, inhoud: inhoud.toString("base64") },
    },
  );
const pdf = (aanmeldingId: string, token = plaatser) =>
  api<OkidocPdf & Fout>("GET", `/api/aanmeldingen/${aanmeldingId}/okidoc`, { token });
const bijlagen = (aanmeldingId: string, token = plaatser) =>
  api<OkidocBijlagen & Fout>("GET", `/api/aanmeldingen/${aanmeldingId}/okidoc/bijlagen`, { token });

/** A pupil of OBS De Populier without advice yet (so without an ouderinlog). */
async function poLeerling(): Promise<{ leerlingId: string }> {
  const res = await api<{ id: string }>("POST", "/api/po/leerlingen", {
    token: po,
    body: {
      schooljaar: "2026-2027",
      roepnaam: "Daan",
      achternaam: `Okidoc-${randomUUID().slice(0, 4)}`,
      bsn: nieuwBsn(),
      geboortedatum: "2014-06-01",
      geslacht: "m",
      adres: { straat: "Populierenlaan", huisnummer: "11", postcode: "1185 SB", plaats: "Amstelveen" },
      emailOuders: `ouders-${randomUUID().slice(0, 8)}@example.org`,
    },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return { leerlingId: res.body.id };
}

/** An account invited by the region administrator and activated through its link: its access token. */
async function nieuweGebruiker(body: Record<string, unknown>): Promise<string> {
  const email = `okidoc-${randomUUID().slice(0, 8)}@example.org`;
  const rb = await inloggen("regiobeheerder");
  const res = await api("POST", "/api/gebruikers", {
    token: rb,
    body: { voornaam: "Olga", achternaam: "Okidoc", email, ...body },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  const { token } = tokenUitLink(await wachtOpMail(email, "Inloggegevens instellen"), "/activeren");
  const klaar = await api<{ accessToken: string }>("POST", "/api/activeren", {
    body: { token, gebruikersnaam: email, wachtwoord: STERK, wachtwoordHerhaald: STERK },
  });
  expect(klaar.status).toBe(200);
  return klaar.body.accessToken;
}

/** The history events of a registration, as stored with it. */
async function gebeurtenissen(aanmeldingId: string): Promise<Array<Record<string, unknown>>> {
  const res = await ddb().send(
    new QueryCommand({
      TableName: inject("stack").tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
      ExpressionAttributeValues: { ":pk": `AANMELDING#${aanmeldingId}`, ":g": "GEBEURTENIS#" },
    }),
  );
  return res.Items ?? [];
}

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

describe("the primary school fills in and releases the oki-doc (PO-01)", () => {
  it("PO-01 a new pupil's oki-doc is an empty concept with its form; saved, then refused for release with Dutch messages", async () => {
    const kind = await kindMetOuder();
    const leeg = await lees(kind.leerlingId);
    expect(leeg.status).toBe(200);
    expect(leeg.body).toMatchObject({
      status: "concept",
      version: 0,
      velden: {},
      magBewerken: true,
      magVrijgeven: true,
      adviesWijzigbaar: true,
      bijlagen: [],
      leerling: { id: kind.leerlingId, elkNummer: kind.elkNummer, naam: kind.naam, advies: "havo" },
    });
    expect(leeg.body.formulier.map((s) => s.titel)).toContain("Onderwijsondersteuning");
    expect(leeg.body.ontbreekt["velden.werkhouding"]).toBe("Vul dit veld in.");

    const ongeldig = await opslaan(kind.leerlingId, {
      velden: { contactGewenst: "misschien", onbekend: "x" },
    });
    expect(ongeldig.status).toBe(400);
    expect(ongeldig.body.velden).toEqual({
      "velden.contactGewenst": "Kies ja of nee.",
      "velden.onbekend": "Dit veld hoort niet bij het oki-doc.",
    });

    const deel = await opslaan(kind.leerlingId, {
      velden: { onderbouwing: "Past bij havo.", werkhouding: "" },
    });
    expect(deel.status).toBe(200);
    expect(deel.body).toMatchObject({
      status: "concept",
      version: 1,
      velden: { onderbouwing: "Past bij havo." },
    });

    const teVroeg = await vrijgeven(kind.leerlingId, 1);
    expect(teVroeg.status).toBe(400);
    expect(teVroeg.body.message).toBe(
      "Het oki-doc is nog niet compleet: 6 verplichte velden zijn niet ingevuld. Vul ze in en geef het oki-doc daarna vrij.",
    );
    expect(teVroeg.body.velden).toMatchObject({
      "velden.werkhouding": "Vul dit veld in.",
      "velden.oudersIngezien": "Maak een keuze.",
    });
    expect((await lees(kind.leerlingId)).body.status).toBe("concept");

    // An answer that makes a field required counts too.
    const metContact = await opslaan(kind.leerlingId, {
      velden: { ...OKIDOC_COMPLEET, contactGewenst: "ja" },
      version: 1,
    });
    expect(metContact.status).toBe(200);
    const zonderNaam = await vrijgeven(kind.leerlingId, 2);
    expect(zonderNaam.status).toBe(400);
    expect(zonderNaam.body.velden).toEqual({ "velden.contactpersoon": "Vul dit veld in." });

    // A stale version is refused: someone else saved in between.
    const oud = await opslaan(kind.leerlingId, { velden: OKIDOC_COMPLEET, version: 1 });
    expect(oud.status).toBe(409);
    expect(oud.body.code).toBe("GELIJKTIJDIG_GEWIJZIGD");
  });

  it("PO-02 the form leaves the doorstroomtoets levels to their section; saving the form neither wipes nor overwrites them", async () => {
    const kind = await kindMetOuder();
    const leeg = await lees(kind.leerlingId);
    const leerresultaten = leeg.body.formulier.find((s) => s.titel === "Leerresultaten en toetsen");
    expect(leerresultaten?.velden.map((v) => v.id)).toEqual(["leerresultaten"]);
    const formulierVelden = leeg.body.formulier.flatMap((s) => s.velden.map((v) => v.id));
    for (const id of ["niveauLezen", "niveauTaalverzorging", "niveauRekenen", "doorstroomtoets"]) {
      expect(formulierVelden).not.toContain(id);
    }

    const toets = await api<{ version: number }>(
      "PUT",
      `/api/po/leerlingen/${kind.leerlingId}/doorstroomtoets`,
      {
        token: po,
        body: {
          niveauLezen: "2f",
          niveauTaalverzorging: "1f",
          niveauRekenen: "1s",
          toets: "Route 8, februari 2027",
        },
      },
    );
    expect(toets.status, JSON.stringify(toets.body)).toBe(200);
    const uitslag = {
      niveauLezen: "2f",
      niveauTaalverzorging: "1f",
      niveauRekenen: "1s",
      doorstroomtoets: "Route 8, februari 2027",
    };
    const metToets = await lees(kind.leerlingId);
    expect(metToets.body).toMatchObject({ version: 1, velden: uitslag });

    // The page read before the section saved holds an older version: refused, so it reloads first.
    expect((await opslaan(kind.leerlingId, { velden: OKIDOC_COMPLEET, version: 0 })).status).toBe(409);
    // The form sends its own fields only: the results stay.
    const formulier = await opslaan(kind.leerlingId, { velden: OKIDOC_COMPLEET, version: 1 });
    expect(formulier.status, JSON.stringify(formulier.body)).toBe(200);
    expect(formulier.body.velden).toEqual({ ...OKIDOC_COMPLEET, ...uitslag });
    // A client that sends back an older copy of them (or empties them) does not overwrite them.
    const oud = await opslaan(kind.leerlingId, {
      velden: { ...OKIDOC_COMPLEET, niveauLezen: "1f", niveauRekenen: "", doorstroomtoets: "Iep" },
      version: formulier.body.version,
    });
    expect(oud.status, JSON.stringify(oud.body)).toBe(200);
    expect(oud.body.velden).toEqual({ ...OKIDOC_COMPLEET, ...uitslag });
    const okidoc = await tabelItem(`LEERLING#${kind.leerlingId}`, "OKIDOC");
    expect(okidoc?.velden).toMatchObject(uitslag);

    // Released, they stay writable through their section only; the oki-doc keeps them.
    const vrij = await vrijgeven(kind.leerlingId, oud.body.version);
    expect(vrij.status, JSON.stringify(vrij.body)).toBe(200);
    expect(vrij.body.velden).toMatchObject(uitslag);
  });

  it("PO-01 the advice is set in the oki-doc on the pupil; release needs it", async () => {
    const kind = await poLeerling();
    const zonder = await opslaan(kind.leerlingId, { velden: OKIDOC_COMPLEET });
    expect(zonder.body.leerling.advies).toBeUndefined();
    const nee = await vrijgeven(kind.leerlingId, 1);
    expect(nee.status).toBe(400);
    expect(nee.body.velden).toEqual({ advies: "Kies het basisschooladvies." });
    const met = await opslaan(kind.leerlingId, { velden: OKIDOC_COMPLEET, advies: "havo/vwo", version: 1 });
    expect(met.status).toBe(200);
    expect(met.body.leerling.advies).toBe("havo/vwo");
    const leerling = await tabelItem(`LEERLING#${kind.leerlingId}`, "LEERLING");
    expect(leerling?.advies).toBe("havo/vwo");
    expect((await vrijgeven(kind.leerlingId, 2)).status).toBe(200);
  });

  it("PO-01 bijlagen: common types up to 4 MB; a wrong type or too big a file gets a clear Dutch message; names are cleaned", async () => {
    const kind = await kindMetOuder();
    const rapport = Buffer.from("%PDF-1.4\n% rapport\n");
    const eerste = await bijlageToevoegen(
      kind.leerlingId,
      "../../rapport groep 8.pdf",
      "application/pdf",
      rapport,
    );
    expect(eerste.status, JSON.stringify(eerste.body)).toBe(200);
    expect(eerste.body).toMatchObject({ bestandsnaam: "rapport groep 8.pdf", grootte: rapport.length });
    const tekst = await bijlageToevoegen(
      kind.leerlingId,
      "notitie.txt",
      "text/plain",
      Buffer.from("notitie"),
    );
    expect(tekst.status).toBe(200);

    const exe = await bijlageToevoegen(
      kind.leerlingId,
      "spel.exe",
      "application/x-msdownload",
      Buffer.from("MZ"),
    );
    expect(exe.status).toBe(400);
    expect(exe.body.message).toMatch(
      /^Dit soort bestand kan niet als bijlage worden toegevoegd\. Kies een PDF/,
    );
    // Issue #10: the content decides — a program renamed to .pdf is refused, nothing stored.
    const vermomd = await bijlageToevoegen(
      kind.leerlingId,
      "rapport.pdf",
      "application/pdf",
      Buffer.from("MZ\u0090\u0000 not a pdf"),
    );
    expect(vermomd.status).toBe(400);
    expect(vermomd.body.message).toBe(
      "De inhoud van het bestand is geen PDF. Kies het bestand opnieuw, of sla het eerst op als PDF.",
    );
    const groot = await bijlageToevoegen(
      kind.leerlingId,
      "scan.png",
      "image/png",
      Buffer.alloc(4 * 1024 * 1024 + 1, 1),
    );
    expect(groot.status).toBe(400);
    expect(groot.body.message).toBe("Het bestand is te groot: een bijlage is hoogstens 4 MB.");
    const veelTeGroot = await bijlageToevoegen(
      kind.leerlingId,
      "scan.png",
      "image/png",
      Buffer.alloc(4_300_000, 1),
    );
    expect(veelTeGroot.status).toBe(400);
    expect(veelTeGroot.body.velden?.inhoud).toBe("Het bestand is te groot: een bijlage is hoogstens 4 MB.");

    const okidoc = await lees(kind.leerlingId);
    expect(okidoc.body.bijlagen.map((b) => b.bestandsnaam)).toEqual(["rapport groep 8.pdf", "notitie.txt"]);
    const weg = await api(`DELETE`, `${okidocPad(kind.leerlingId)}/bijlagen/${tekst.body.id}`, { token: po });
    expect(weg.status).toBe(200);
    expect((await lees(kind.leerlingId)).body.bijlagen.map((b) => b.id)).toEqual([eerste.body.id]);
    expect(
      (await api(`DELETE`, `${okidocPad(kind.leerlingId)}/bijlagen/${tekst.body.id}`, { token: po })).status,
    ).toBe(404);
  });

  it("PO-01 another primary school's pupil does not exist (404); a VO user has no access to it (403)", async () => {
    const kind = await kindMetOuder();
    const ander = await nieuweGebruiker({
      rollen: ["po-gebruiker"],
      organisatieType: "po",
      schoolId: "obs-het-startpunt",
    });
    expect((await lees(kind.leerlingId, ander)).status).toBe(404);
    expect((await opslaan(kind.leerlingId, { velden: OKIDOC_COMPLEET }, ander)).status).toBe(404);
    expect((await vrijgeven(kind.leerlingId, 1, ander)).status).toBe(404);
    expect((await lees(kind.leerlingId, plaatser)).status).toBe(403);
    expect((await lees(randomUUID())).status).toBe(404);
  });
});

describe("the VO school reads the released oki-doc (TRT-02, TRT-03)", () => {
  it("PO-01 TRT-02 released: read-only for the primary school; the plaatser gets a real PDF and the bijlagen, every read in the history", async () => {
    const kind = await kindMetOuder();
    const inhoud = Buffer.from("Verslag van de intern begeleider: Zoë leest graag.");
    expect((await bijlageToevoegen(kind.leerlingId, "verslag ib.txt", "text/plain", inhoud)).status).toBe(
      200,
    );
    const opgeslagen = await opslaan(kind.leerlingId, {
      velden: { ...OKIDOC_COMPLEET, opmerkingen: "Łukasz en Zoë zijn vrienden — “altijd” samen. 🙂" },
      // The first bijlage made the oki-doc.
      version: 1,
    });
    expect(opgeslagen.status).toBe(200);

    // The parents register the pupil with its oki-doc begun.
    const { aanmeldingId } = await aangemeldKind({ kind });
    const aanmelding = await tabelItem(`AANMELDING#${aanmeldingId}`, "AANMELDING");
    expect(aanmelding).toMatchObject({ okidoc: "concept", poSchoolId: "obs-de-populier" });

    // TRT-02: not released yet — the manual's reason.
    const nogNiet = await pdf(aanmeldingId);
    expect(nogNiet.status).toBe(409);
    expect(nogNiet.body.message).toBe(NIET_VRIJGEGEVEN);
    expect((await bijlagen(aanmeldingId)).body.message).toBe(NIET_VRIJGEGEVEN);

    const vrij = await vrijgeven(kind.leerlingId, opgeslagen.body.version);
    expect(vrij.status, JSON.stringify(vrij.body)).toBe(200);
    expect(vrij.body).toMatchObject({
      status: "vrijgegeven",
      magBewerken: false,
      magVrijgeven: false,
      adviesWijzigbaar: false,
      ontbreekt: {},
    });
    expect(vrij.body.vrijgegevenOp).toBeDefined();
    const na = await tabelItem(`AANMELDING#${aanmeldingId}`, "AANMELDING");
    expect(na).toMatchObject({ okidoc: "vrijgegeven", version: Number(aanmelding?.version) + 1 });

    // PO-01: read-only now.
    const wijzigen = await opslaan(kind.leerlingId, { velden: OKIDOC_COMPLEET, version: vrij.body.version });
    expect(wijzigen.status).toBe(409);
    expect(wijzigen.body.message).toMatch(/^Het oki-doc is vrijgegeven en kan niet meer gewijzigd worden/);
    expect((await vrijgeven(kind.leerlingId, vrij.body.version)).status).toBe(409);
    expect((await bijlageToevoegen(kind.leerlingId, "nog.txt", "text/plain", Buffer.from("x"))).status).toBe(
      409,
    );
    const bijlageId = vrij.body.bijlagen[0]?.id ?? "";
    expect(
      (await api("DELETE", `${okidocPad(kind.leerlingId)}/bijlagen/${bijlageId}`, { token: po })).status,
    ).toBe(409);

    // TRT-02: the PDF, as a short-lived link that really downloads a PDF.
    const link = await pdf(aanmeldingId);
    expect(link.status, JSON.stringify(link.body)).toBe(200);
    expect(link.body.bestandsnaam).toBe(`Oki-doc ${kind.naam} (${kind.elkNummer}).pdf`);
    expect(link.body.url).toMatch(/X-Amz-Expires=300/);
    const bestand = await fetch(link.body.url);
    expect(bestand.status).toBe(200);
    const bytes = Buffer.from(await bestand.arrayBuffer());
    expect(bytes.subarray(0, 5).toString("latin1")).toBe("%PDF-");
    expect(bytes.length).toBeGreaterThan(1000);
    // The same version is made once: the second link points at the same file.
    const weer = await pdf(aanmeldingId);
    expect(new URL(weer.body.url).pathname).toBe(new URL(link.body.url).pathname);

    const lijst = await bijlagen(aanmeldingId);
    expect(lijst.status).toBe(200);
    expect(lijst.body.items).toHaveLength(1);
    expect(lijst.body.items[0]).toMatchObject({ bestandsnaam: "verslag ib.txt", grootte: inhoud.length });
    const gedownload = await fetch(lijst.body.items[0]?.url ?? "");
    expect(gedownload.status).toBe(200);
    expect(Buffer.from(await gedownload.arrayBuffer()).equals(inhoud)).toBe(true);

    const historie = await gebeurtenissen(aanmeldingId);
    const soorten = historie.map((g) => g.soort);
    expect(soorten).toContain("okidoc-vrijgegeven");
    expect(soorten.filter((s) => s === "okidoc-gelezen")).toHaveLength(2);
    expect(soorten).toContain("bijlage-gelezen");
    const gelezen = historie.find((g) => g.soort === "okidoc-gelezen");
    expect(gelezen?.door).toMatchObject({ gebruikerId: "demo-plaatser" });
  });

  it("TRT-02 a user of another VO school or another primary school gets 404; a VO user without the role 403", async () => {
    const { leerlingId, aanmeldingId } = await aangemeldKind();
    await okidocVrijgegeven(leerlingId);
    const [andereVo, anderePo] = await Promise.all([
      nieuweGebruiker({
        rollen: ["beoordelen-en-plaatsen"],
        organisatieType: "vo",
        schoolId: "keizer-karel-college",
      }),
      nieuweGebruiker({ rollen: ["po-gebruiker"], organisatieType: "po", schoolId: "obs-het-startpunt" }),
    ]);
    for (const token of [andereVo, anderePo]) {
      expect((await pdf(aanmeldingId, token)).status).toBe(404);
      expect((await bijlagen(aanmeldingId, token)).status).toBe(404);
    }
    expect((await pdf(randomUUID())).status).toBe(404);
    expect((await pdf(aanmeldingId, await inloggen("aanmelder"))).status).toBe(403);
    expect((await gebeurtenissen(aanmeldingId)).map((g) => g.soort)).not.toContain("okidoc-gelezen");
  });

  it("TRT-02 a buitenleerling's oki-doc is never available through ELK: the manual's reason", async () => {
    const bsn = nieuwBsn();
    const res = await api<AanmeldingWeergave & Fout>("POST", "/api/buitenleerlingen", {
      token: await inloggen("aanmelder"),
      body: {
        schooljaar: "2026-2027",
        bsn,
        roepnaam: "Mila",
        achternaam: `Buiten-${bsn.slice(-4)}`,
        geboortedatum: "2014-02-11",
        geslacht: "v",
        adres: { straat: "Dorpsstraat", huisnummer: "3", postcode: "3511 AA", plaats: "Utrecht" },
        emailOuders: `buiten-${bsn}@example.org`,
        advies: "havo",
        basisschool: { naam: "De Zonnewijzer", plaats: "Utrecht", brin: "99ZW", telefoon: "030 - 000 00 00" },
        keuzes: HAVO_KEUZES,
        eersteKeuze: GEEN,
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    for (const antwoord of [await pdf(res.body.id), await bijlagen(res.body.id)]) {
      expect(antwoord.status).toBe(409);
      expect(antwoord.body.message).toBe(
        "Van buitenleerlingen is het oki-doc of onderwijskundig dossier nooit in te zien via ELK. Neem contact op met de basisschool.",
      );
    }
  });

  it("TRT-03 after 'aanvulling vragen' the primary school sees the question and edits; re-released it is 'aangevuld' and the group's contact persons are notified", async () => {
    const kind = await aangemeldKind();
    const { aanmeldingId } = kind;
    await okidocVrijgegeven(kind.leerlingId);

    const groep = await api("POST", "/api/groepen", {
      token: plaatser,
      body: {
        schooljaar: "2026-2027",
        naam: `Okidoc ${randomUUID().slice(0, 6)}`,
        aanmeldingIds: [aanmeldingId],
        contactpersoonIds: ["demo-plaatser"],
      },
    });
    expect(groep.status, JSON.stringify(groep.body)).toBe(200);

    const detail = await tabelItem(`AANMELDING#${aanmeldingId}`, "AANMELDING");
    const vraag = "Graag de uitslag van de doorstroomtoets toevoegen.";
    const gevraagd = await api<Fout>("POST", `/api/aanmeldingen/${aanmeldingId}/behandelen`, {
      token: plaatser,
      body: { actie: "aanvulling-vragen", toelichting: vraag, version: Number(detail?.version) },
    });
    expect(gevraagd.status, JSON.stringify(gevraagd.body)).toBe(200);
    expect((await pdf(aanmeldingId)).status).toBe(409);

    const open = await lees(kind.leerlingId);
    expect(open.body).toMatchObject({
      status: "aanvulling-gevraagd",
      magBewerken: true,
      adviesWijzigbaar: false,
      aanvulling: { vraag, school: "Amstelveen College" },
    });
    // While registered, the advice follows the registration.
    const advies = await opslaan(kind.leerlingId, {
      velden: OKIDOC_COMPLEET,
      advies: "vwo",
      version: open.body.version,
    });
    expect(advies.status).toBe(400);
    expect(advies.body.velden?.advies).toBeDefined();
    const aangevuld = await opslaan(kind.leerlingId, {
      velden: { ...OKIDOC_COMPLEET, leerresultaten: "Route 8, februari 2027: lezen 2F, rekenen 1S." },
      version: open.body.version,
    });
    expect(aangevuld.status).toBe(200);
    const weer = await vrijgeven(kind.leerlingId, aangevuld.body.version);
    expect(weer.status, JSON.stringify(weer.body)).toBe(200);
    expect(weer.body.status).toBe("aangevuld");
    expect(await tabelItem(`AANMELDING#${aanmeldingId}`, "AANMELDING")).toMatchObject({
      okidoc: "aangevuld",
    });

    const meldingen = await notificatiesVan("demo-plaatser", aanmeldingId);
    expect(meldingen.map((n) => [n.soort, n.tekst])).toContainEqual([
      "okidoc-aangevuld",
      `De basisschool heeft het oki-doc van ${kind.naam} aangevuld en opnieuw vrijgegeven.`,
    ]);
    expect((await gebeurtenissen(aanmeldingId)).map((g) => g.soort)).toContain("okidoc-aangevuld");
    const link = await pdf(aanmeldingId);
    expect(link.status).toBe(200);
    expect((await fetch(link.body.url)).status).toBe(200);
  });
});
