import { randomUUID } from "node:crypto";
import {
  ALL_ROUTES,
  type AuditLijst,
  type AuditRegel,
  type ExportStand,
  type GebruikersLijst,
  type MijnGegevens,
} from "@elk/contracts";
import { BULK_EXPORT_DREMPEL } from "@elk/domain";
import { beforeAll, describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { actieveGebruiker } from "../support/autorisatie";
import { nieuwBsn } from "../support/bsn";
import { maakExport } from "../support/exports";
import { aangemeldKind, HAVO_KEUZES, kindMetOuder } from "../support/leerlingen";
import { wachtOpMail } from "../support/mailbox";
import { okidocPad, okidocVrijgegeven } from "../support/okidoc";

/**
 * Issue #10 (PRIV): the region-wide audit trail. Every read of an oki-doc, a bijlage, a BSN (the
 * buitenleerlingen export) and every action while looking along (ACC-07) appears in the region
 * administrator's view; nobody else reads it; no route changes a record; more than
 * BULK_EXPORT_DREMPEL exports by one user on one day raise an alert (view, notification, mail).
 */

let rb: string;
const vandaag = () =>
  new Intl.DateTimeFormat("en-CA", { timeZone: "Europe/Amsterdam" }).format(new Date()).slice(0, 10);

async function auditlog(query: Record<string, string> = {}, token = rb) {
  const qs = new URLSearchParams({ van: vandaag(), tot: vandaag(), ...query });
  return api<AuditLijst & { message?: string; velden?: Record<string, string> }>("GET", `/api/audit?${qs}`, {
    token,
  });
}

/** Every row of today's trail (all pages), optionally of one kind. */
async function alleRegels(query: Record<string, string> = {}): Promise<AuditRegel[]> {
  const regels: AuditRegel[] = [];
  for (let pagina = 1; ; pagina++) {
    const res = await auditlog({ ...query, pagina: String(pagina) });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    regels.push(...res.body.items);
    if (pagina >= res.body.paginas) return regels;
  }
}

beforeAll(async () => {
  rb = await inloggen("regiobeheerder");
});

/** ACC-07: the demo contactpersoon ELK starts looking along as the locatiebeheerder. */
async function meekijkenAlsLocatiebeheerder(): Promise<{ cp: string; sessieId: string }> {
  const cp = await inloggen("contactpersoon");
  const lijst = await api<GebruikersLijst>("GET", "/api/gebruikers", { token: cp });
  const lb = lijst.body.items.find((g) => g.gebruikersnaam === "locatiebeheerder");
  const start = await api<{ sessieId: string }>("POST", "/api/meekijken", {
    token: cp,
    body: { gebruikerId: lb?.id },
  });
  expect(start.status).toBe(200);
  return { cp, sessieId: start.body.sessieId };
}

describe("the region-wide audit trail (#10 PRIV)", () => {
  it("PRIV #10 TRT-02 reading an oki-doc and its bijlagen appears in the region-wide view with who, what and which ELK-nummer", async () => {
    const kind = await kindMetOuder();
    const po = await inloggen("po-gebruiker");
    const bijlage = await api("POST", `${okidocPad(kind.leerlingId)}/bijlagen`, {
      token: po,
      body: {
        bestandsnaam: "verslag.txt",
        contentType: "text/plain",
        inhoud: Buffer.from("Verslag").toString("base64"),
      },
    });
    expect(bijlage.status, JSON.stringify(bijlage.body)).toBe(200);
    const { aanmeldingId } = await aangemeldKind({ kind });
    await okidocVrijgegeven(kind.leerlingId);
    const plaatser = await inloggen("plaatser");
    expect((await api("GET", `/api/aanmeldingen/${aanmeldingId}/okidoc`, { token: plaatser })).status).toBe(
      200,
    );
    expect(
      (await api("GET", `/api/aanmeldingen/${aanmeldingId}/okidoc/bijlagen`, { token: plaatser })).status,
    ).toBe(200);

    const okidoc = (await alleRegels({ soort: "okidoc" })).filter((r) => r.aanmeldingId === aanmeldingId);
    expect(okidoc).toHaveLength(1);
    expect(okidoc[0]).toMatchObject({
      soort: "okidoc-gelezen",
      categorie: "okidoc",
      elkNummer: kind.elkNummer,
      wie: {
        gebruikerId: "demo-plaatser",
        rollen: ["Beoordelen en plaatsen"],
        locatie: "Amstelveen College",
      },
      ongebruikelijk: false,
    });
    expect(okidoc[0]?.meekijkendDoor).toBeUndefined();
    const bijlagen = (await alleRegels({ soort: "bijlage" })).filter((r) => r.aanmeldingId === aanmeldingId);
    expect(bijlagen).toHaveLength(1);
    expect(bijlagen[0]).toMatchObject({
      soort: "bijlage-gelezen",
      elkNummer: kind.elkNummer,
      details: { aantal: 1 },
    });
    // The pupil's name is not in the trail: who read, what and which ELK-nummer.
    expect(JSON.stringify(await alleRegels())).not.toContain(kind.naam);
  });

  it("PRIV #10 EXP-02 a BSN export appears as 'bsn' (start and download), and no BSN is in the trail", async () => {
    const aanmelder = await inloggen("aanmelder");
    const bsn = nieuwBsn();
    const res = await api("POST", "/api/buitenleerlingen", {
      token: aanmelder,
      body: {
        schooljaar: "2026-2027",
        bsn,
        roepnaam: "Audit",
        achternaam: `Buiten-${randomUUID().slice(0, 6)}`,
        geboortedatum: "2014-02-11",
        geslacht: "v",
        adres: { straat: "Dorpsstraat", huisnummer: "3", postcode: "3511 AA", plaats: "Utrecht" },
        emailOuders: `audit-${randomUUID().slice(0, 8)}@example.org`,
        advies: "havo",
        basisschool: { naam: "De Zonnewijzer", plaats: "Utrecht", brin: "09ZW", telefoon: "030 - 000 00 00" },
        keuzes: HAVO_KEUZES,
        eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
      },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const { stand, rijen } = await maakExport(aanmelder, { soort: "buitenleerlingen" });
    expect(rijen.some((r) => r.BSN === bsn)).toBe(true);

    const regels = (await alleRegels({ soort: "bsn" })).filter((r) => r.exportId === stand.id);
    expect(regels.map((r) => r.soort).sort()).toEqual(["export-aangevraagd", "export-gedownload"]);
    expect(regels[0]).toMatchObject({
      categorie: "bsn",
      wie: { gebruikerId: "demo-aanmelder", locatie: "Amstelveen College" },
      details: { soort: "buitenleerlingen", metBsn: true },
    });
    const alles = await auditlog();
    expect(JSON.stringify(alles.body)).not.toContain(bsn);
  });

  it("PRIV #10 ACC-07 an action while looking along appears with both identities", async () => {
    const { cp, sessieId } = await meekijkenAlsLocatiebeheerder();
    const achternaam = `Meekijk-${randomUUID().slice(0, 6)}`;
    const nieuw = await api<{ id: string }>("POST", "/api/gebruikers", {
      token: cp,
      headers: { "x-elk-meekijken": sessieId },
      body: {
        voornaam: "Audit",
        achternaam,
        email: `audit-${randomUUID().slice(0, 8)}@example.org`,
        rollen: ["aanmelden"],
      },
    });
    expect(nieuw.status, JSON.stringify(nieuw.body)).toBe(200);

    const regels = await alleRegels({ soort: "meekijken" });
    const actie = regels.find(
      (r) => r.meekijkendDoor === "Sanne Wilbrink" && r.wie.naam === "Lotte Beheerder",
    );
    expect(actie, JSON.stringify(regels.slice(0, 5))).toBeDefined();
    expect(actie).toMatchObject({ categorie: "meekijken", wie: { rollen: ["Beheren"] } });
    expect(regels.some((r) => r.soort === "meekijken-gestart" && r.wie.naam === "Sanne Wilbrink")).toBe(true);
    // The kind "meekijken" holds nothing done without looking along.
    expect(regels.every((r) => r.meekijkendDoor !== undefined || r.categorie === "meekijken")).toBe(true);
  });

  it("PRIV #10 ACC-07 what a contactpersoon only looks at while looking along appears too, with the screen's route and both identities", async () => {
    const { cp, sessieId } = await meekijkenAlsLocatiebeheerder();
    const voor = (await alleRegels({ soort: "meekijken" })).filter(
      (r) => r.soort === "meekijken-bekeken",
    ).length;
    const gelezen = await api<GebruikersLijst>("GET", "/api/gebruikers", {
      token: cp,
      headers: { "x-elk-meekijken": sessieId },
    });
    expect(gelezen.status).toBe(200);
    const bekeken = (await alleRegels({ soort: "meekijken" })).filter((r) => r.soort === "meekijken-bekeken");
    expect(bekeken.length).toBe(voor + 1);
    expect(bekeken[0]).toMatchObject({
      categorie: "meekijken",
      meekijkendDoor: "Sanne Wilbrink",
      wie: { naam: "Lotte Beheerder" },
      details: { actie: "gebruikers" },
    });
    // The same read without looking along is not in the trail.
    await api("GET", "/api/gebruikers", { token: cp });
    const daarna = (await alleRegels({ soort: "meekijken" })).filter((r) => r.soort === "meekijken-bekeken");
    expect(daarna.length).toBe(voor + 1);
  });

  it("PRIV #10 only the region administrator: 403 for school users, a contactpersoon and a parent, whatever they ask", async () => {
    for (const naam of ["locatiebeheerder", "plaatser", "contactpersoon", "po-gebruiker"]) {
      const token = await inloggen(naam);
      const res = await auditlog({}, token);
      expect(res.status, naam).toBe(403);
      expect((await auditlog({ van: "gisteren" }, token)).status, naam).toBe(403);
    }
    const kind = await kindMetOuder();
    expect((await auditlog({}, kind.ouderToken)).status).toBe(403);
    expect((await api("GET", "/api/audit")).status).toBe(401);
  });

  it("PRIV #10 a bad period or kind gets a Dutch 400", async () => {
    const slecht = await auditlog({ van: "2026-02-30" });
    expect(slecht.status).toBe(400);
    expect(slecht.body.velden?.van).toBe("Vul een geldige datum in (jjjj-mm-dd).");
    const omgekeerd = await auditlog({ van: "2026-12-02", tot: "2026-12-01" });
    expect(omgekeerd.status).toBe(400);
    expect(omgekeerd.body.velden?.van).toBe("De begindatum ligt na de einddatum.");
    const lang = await auditlog({ van: "2025-01-01", tot: "2026-12-01" });
    expect(lang.status).toBe(400);
    expect(lang.body.velden?.van).toMatch(/^Kies een periode van hoogstens \d+ dagen\.$/);
    const soort = await auditlog({ soort: "alles" });
    expect(soort.status).toBe(400);
    expect(soort.body.velden?.soort).toMatch(/^Kies een van:/);
    expect((await auditlog({ pagina: "0" })).status).toBe(400);
  });

  it("PRIV #10 paged: newest first, at most 50 rows a page; a page past the end is empty", async () => {
    const eerste = await auditlog();
    expect(eerste.status).toBe(200);
    expect(eerste.body.items.length).toBe(Math.min(50, eerste.body.totaal));
    expect(eerste.body.paginas).toBe(Math.max(1, Math.ceil(eerste.body.totaal / 50)));
    const tijden = eerste.body.items.map((r) => r.tijdstip);
    expect([...tijden].sort().reverse()).toEqual(tijden);
    const voorbij = await auditlog({ pagina: String(eerste.body.paginas + 1) });
    expect(voorbij.status).toBe(200);
    expect(voorbij.body.items).toEqual([]);
  });

  it("PRIV #10 append-only: no route changes or removes a record", async () => {
    // The route table has one route on the trail, and it reads.
    const auditRoutes = ALL_ROUTES.filter((r) => r.path.startsWith("/api/audit"));
    expect(auditRoutes.map((r) => `${r.method} ${r.path}`)).toEqual(["GET /api/audit"]);
    const voor = await auditlog();
    const eerste = voor.body.items[0];
    expect(eerste).toBeDefined();
    for (const method of ["POST", "PUT", "PATCH", "DELETE"] as const) {
      for (const pad of ["/api/audit", `/api/audit/${eerste?.id}`]) {
        const res = await api(method, pad, { token: rb, body: { soort: "gewijzigd" } });
        expect(res.status, `${method} ${pad}`).toBeGreaterThanOrEqual(400);
      }
    }
    const na = await alleRegels();
    expect(na.find((r) => r.id === eerste?.id)).toEqual(eerste);
  });

  it(`PRIV #10 more than ${BULK_EXPORT_DREMPEL} exports by one user in a day: marked in the view, a notification and a mail to the region administrator`, async () => {
    const lb = await inloggen("locatiebeheerder");
    const achternaam = `Bulk-${randomUUID().slice(0, 6)}`;
    const gebruiker = await actieveGebruiker(lb, { rollen: ["aanmelden"], achternaam });
    const naam = `Matrix ${achternaam}`;
    const rbMail = (await api<MijnGegevens>("GET", "/api/mij", { token: rb })).body.gebruiker.email;
    const onderwerp = `Melding: ongebruikelijk veel exports door ${naam}`;

    const ids: string[] = [];
    for (let i = 0; i <= BULK_EXPORT_DREMPEL; i++) {
      const start = await api<ExportStand>("POST", "/api/exports", {
        token: gebruiker.token,
        body: { soort: "terugtrekkers", schooljaar: "2026-2027" },
      });
      expect(start.status, JSON.stringify(start.body)).toBe(200);
      ids.push(start.body.id);
      // Up to the threshold nothing is marked.
      if (i === BULK_EXPORT_DREMPEL - 1) {
        await wachtTotKlaar(gebruiker.token, ids);
        const nogNiet = await alleRegels({ soort: "melding" });
        expect(nogNiet.filter((r) => r.wie.gebruikerId === gebruiker.id)).toHaveLength(0);
      }
    }
    await wachtTotKlaar(gebruiker.token, ids);

    const mail = await wachtOpMail(rbMail, onderwerp);
    expect(mail.body.text).toContain(`${BULK_EXPORT_DREMPEL + 1} exports met persoonsgegevens`);
    const view = await auditlog();
    const melding = view.body.meldingen.find((m) => m.naam === naam && m.aantal === BULK_EXPORT_DREMPEL + 1);
    expect(melding).toMatchObject({ drempel: BULK_EXPORT_DREMPEL, locatie: "Amstelveen College" });
    const gemarkeerd = (await alleRegels({ soort: "melding" })).filter(
      (r) => r.wie.gebruikerId === gebruiker.id,
    );
    expect(gemarkeerd.length).toBe(BULK_EXPORT_DREMPEL + 1);
    expect(gemarkeerd.every((r) => r.ongebruikelijk && r.soort === "export-aangevraagd")).toBe(true);
    const notificaties = await api<{ items: Array<{ soort: string; tekst: string }> }>(
      "GET",
      "/api/notificaties",
      {
        token: rb,
      },
    );
    expect(
      notificaties.body.items.some((n) => n.soort === "bulk-export-melding" && n.tekst.includes(naam)),
    ).toBe(true);

    // Once per user per day: a further export raises no second alert.
    const nog = await api<ExportStand>("POST", "/api/exports", {
      token: gebruiker.token,
      body: { soort: "terugtrekkers", schooljaar: "2026-2027" },
    });
    await wachtTotKlaar(gebruiker.token, [nog.body.id]);
    const daarna = await auditlog();
    expect(daarna.body.meldingen.filter((m) => m.naam === naam)).toHaveLength(1);
  });
});

async function wachtTotKlaar(token: string, ids: readonly string[]): Promise<void> {
  for (const id of ids) {
    for (let i = 0; i < 300; i++) {
      const stand = await api<ExportStand>("GET", `/api/exports/${id}`, { token });
      if (stand.body.status === "klaar" || stand.body.status === "mislukt") break;
      await new Promise((r) => setTimeout(r, 100));
    }
  }
}
