import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type {
  AanleverpuntenLijst,
  AanleverpuntRegel,
  AanleverpuntUitkomst,
  AanmeldingDetail,
  AanmeldingenOverzicht,
  OsoKlaarzettenUitkomst,
  OsoOverdrachten,
  SchoolDetail,
} from "@elk/contracts";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { type AangemeldKind, aangemeldKind } from "../support/leerlingen";
import { okidocPad, okidocVrijgegeven } from "../support/okidoc";
import { storingsStand, zetStoring } from "../support/storing";

type Fout = { code: string; message: string; velden?: Record<string, string> };

const SCHOOL = "amstelveen-college";
const XSD = decodeURIComponent(
  new URL("../../../shared/oso/OSO_gegevensset_2019.1.xsd", import.meta.url).pathname,
);
const MAP = mkdtempSync(join(tmpdir(), "elk-oso-int-"));
afterAll(() => rmSync(MAP, { recursive: true, force: true }));

let contactpersoon: string;
let plaatser: string;
let beheerder: string;
let po: string;
let school: SchoolDetail;

beforeAll(async () => {
  [contactpersoon, plaatser, beheerder, po] = await Promise.all([
    inloggen("contactpersoon"),
    inloggen("plaatser"),
    inloggen("locatiebeheerder"),
    inloggen("po-gebruiker"),
  ]);
  school = (await api<SchoolDetail>("GET", `/api/scholen/${SCHOOL}`, { token: contactpersoon })).body;
});

/** "Mijn OSO" of the stand-in Traffic Center: Amstelveen College's aanleverpunt and its key. */
function mijnOso() {
  const punt = inject("stack").oso.aanleverpunten.find(
    (a) => a.brin === school.brin && a.vestigingscode === school.vestigingscode,
  );
  if (!punt) throw new Error("no aanleverpunt for Amstelveen College in Mijn OSO");
  return punt;
}

const tc = (pad: string, init?: RequestInit) => fetch(`${inject("stack").oso.trafficCenterUrl}${pad}`, init);

async function aanleverpunt(): Promise<AanleverpuntRegel> {
  const lijst = await api<AanleverpuntenLijst>("GET", "/api/oso/aanleverpunten", { token: contactpersoon });
  const regel = lijst.body.items.find((a) => a.schoolId === SCHOOL);
  if (!regel) throw new Error("Amstelveen College not listed");
  return regel;
}

const opslaan = async (nummer: number, sleutel?: string) =>
  api<AanleverpuntRegel & Fout>("PUT", `/api/oso/aanleverpunten/${SCHOOL}`, {
    token: contactpersoon,
    body: { nummer, ...(sleutel !== undefined ? { sleutel } : {}), version: (await aanleverpunt()).version },
  });

/** Registered with the right number and key from Mijn OSO (once per run; later tests rely on it). */
async function geregistreerd(): Promise<void> {
  if ((await aanleverpunt()).geregistreerd && (await aanleverpunt()).magOverdrachtAanvragen) return;
  const punt = mijnOso();
  expect((await opslaan(punt.nummer, punt.sleutel)).status).toBe(200);
  const res = await api<AanleverpuntUitkomst & Fout>("POST", `/api/oso/aanleverpunten/${SCHOOL}/registreer`, {
    token: contactpersoon,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
}

async function geplaatstKind(bijlage?: { bestandsnaam: string; inhoud: string }): Promise<AangemeldKind> {
  const kind = await aangemeldKind();
  if (bijlage) {
    const res = await api("POST", `${okidocPad(kind.leerlingId)}/bijlagen`, {
      token: po,
      body: { ...bijlage, contentType: "application/pdf" },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  }
  await okidocVrijgegeven(kind.leerlingId);
  const huidig = await api<AanmeldingDetail>("GET", `/api/aanmeldingen/${kind.aanmeldingId}`, {
    token: plaatser,
  });
  const res = await api("POST", `/api/aanmeldingen/${kind.aanmeldingId}/behandelen`, {
    token: plaatser,
    body: { actie: "plaatsen", afdelingId: "havo", version: huidig.body.version },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return kind;
}

/** The OSO column of the pupil in Leerlingen > Overzicht, until it reads `stand`. */
async function wachtOpOso(kind: AangemeldKind, stand: "klaargezet" | "opgehaald", ms = 20_000) {
  const tot = Date.now() + ms;
  for (;;) {
    const res = await api<AanmeldingenOverzicht>("GET", `/api/aanmeldingen?zoek=${kind.elkNummer}`, {
      token: plaatser,
    });
    const regel = res.body.items.find((r) => r.id === kind.aanmeldingId);
    if (regel?.oso === stand) return;
    if (Date.now() > tot) throw new Error(`OSO column of ${kind.elkNummer} is ${regel?.oso}, not ${stand}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

async function dossier(kind: AangemeldKind) {
  const res = await api<OsoOverdrachten>("GET", "/api/oso/overdrachten", { token: beheerder });
  expect(res.status).toBe(200);
  return res.body.items.find((d) => d.aanmeldingId === kind.aanmeldingId);
}

/** The dossier as the LAS receives it from the Traffic Center, checked with xmllint against the XSD. */
async function valideerBijLas(kind: AangemeldKind): Promise<string> {
  const res = await tc(`/scholen/${school.brin}/${school.vestigingscode}/dossiers/${kind.aanmeldingId}`);
  expect(res.status).toBe(200);
  const xml = await res.text();
  const bestand = join(MAP, `${kind.aanmeldingId}.xml`);
  writeFileSync(bestand, xml);
  execFileSync("xmllint", ["--noout", "--schema", XSD, bestand], { stdio: "pipe" });
  return xml;
}

describe("OSO > Configureren (OSO-01, OSO-02)", () => {
  it("OSO-01 only the contactpersoon ELK of the bestuur; another bestuur's location is not found", async () => {
    for (const token of [plaatser, beheerder, po]) {
      expect((await api<Fout>("GET", "/api/oso/aanleverpunten", { token })).status).toBe(403);
    }
    const vreemd = await api<Fout>("PUT", "/api/oso/aanleverpunten/keizer-karel-college", {
      token: contactpersoon,
      body: { nummer: 1, sleutel: "x", version: 0 },
    });
    expect(vreemd.status).toBe(404);
    const onbekend = await api<Fout>("POST", "/api/oso/aanleverpunten/bestaat-niet/registreer", {
      token: contactpersoon,
    });
    expect(onbekend.status).toBe(404);
    expect(onbekend.body.message).toBe(vreemd.body.message);
  });

  it("OSO-01 a wrong key is refused with what to check; the right one registers, sets OSO and Mag overdr. aanvragen, and the key never comes back", async () => {
    const punt = mijnOso();
    const lijst = await api<AanleverpuntenLijst>("GET", "/api/oso/aanleverpunten", { token: contactpersoon });
    expect(lijst.body.items.map((a) => a.schoolNaam)).toContain("Amstelveen College");
    expect(await aanleverpunt()).toMatchObject({ brin: school.brin, vestigingscode: school.vestigingscode });

    // Registering before anything is filled in: what to do first.
    if ((await aanleverpunt()).nummer === 0) {
      const leeg = await api<Fout>("POST", `/api/oso/aanleverpunten/${SCHOOL}/registreer`, {
        token: contactpersoon,
      });
      expect(leeg.status).toBe(400);
      expect(leeg.body.message).toMatch(/eerst het aanleverpuntnummer en de aanleverpuntsleutel/);
    }

    expect((await opslaan(punt.nummer, "verkeerde-sleutel-123")).status).toBe(200);
    const fout = await api<Fout>("POST", `/api/oso/aanleverpunten/${SCHOOL}/registreer`, {
      token: contactpersoon,
    });
    expect(fout.status).toBe(400);
    expect(fout.body.message).toMatch(/De registratie is niet gelukt: de aanleverpuntsleutel hoort niet bij/);
    expect(fout.body.velden?.sleutel).toBeDefined();
    expect(await aanleverpunt()).toMatchObject({ geregistreerd: false, magOverdrachtAanvragen: false });

    const verkeerdNummer = await opslaan(punt.nummer + 900, punt.sleutel);
    expect(verkeerdNummer.status).toBe(200);
    const nummerFout = await api<Fout>("POST", `/api/oso/aanleverpunten/${SCHOOL}/registreer`, {
      token: contactpersoon,
    });
    expect(nummerFout.body.message).toMatch(/aanleverpuntnummer is bij OSO niet bekend/);

    const goed = await opslaan(punt.nummer, punt.sleutel);
    expect(goed.status).toBe(200);
    expect(goed.body.sleutel).toBe(`••••${punt.sleutel.slice(-4)}`);
    expect(JSON.stringify(goed.body)).not.toContain(punt.sleutel);
    const registratie = await api<AanleverpuntUitkomst & Fout>(
      "POST",
      `/api/oso/aanleverpunten/${SCHOOL}/registreer`,
      { token: contactpersoon },
    );
    expect(registratie.status).toBe(200);
    expect(registratie.body.melding).toMatch(/registratie .* is geslaagd/);
    expect(registratie.body.aanleverpunt).toMatchObject({
      nummer: punt.nummer,
      geregistreerd: true,
      magOverdrachtAanvragen: true,
    });
    const ping = await api<AanleverpuntUitkomst>("POST", `/api/oso/aanleverpunten/${SCHOOL}/ping`, {
      token: contactpersoon,
    });
    expect(ping.status).toBe(200);
    expect(ping.body.melding).toMatch(/Ping geslaagd/);
    const alles = await api<AanleverpuntenLijst>("GET", "/api/oso/aanleverpunten", { token: contactpersoon });
    expect(JSON.stringify(alles.body)).not.toContain(punt.sleutel);

    // Saving the key again without typing it keeps it (and asks for a new registration).
    const zonderSleutel = await opslaan(punt.nummer);
    expect(zonderSleutel.body).toMatchObject({
      sleutel: `••••${punt.sleutel.slice(-4)}`,
      geregistreerd: false,
    });
    await geregistreerd();
  });
});

describe("OSO dossiers (OSO-03 … OSO-06)", () => {
  it("OSO-03 OSO-04 nothing selected makes no dossier; a pupil not placed gets none, with the reason", async () => {
    await geregistreerd();
    const leeg = await api<Fout>("POST", "/api/oso/dossiers", {
      token: plaatser,
      body: { aanmeldingIds: [] },
    });
    expect(leeg.status).toBe(400);
    expect(leeg.body.velden?.aanmeldingIds).toMatch(/Selecteer eerst de leerlingen/);
    const aangemeld = await aangemeldKind();
    const res = await api<OsoKlaarzettenUitkomst>("POST", "/api/oso/dossiers", {
      token: plaatser,
      body: { aanmeldingIds: [aangemeld.aanmeldingId] },
    });
    expect(res.status).toBe(200);
    expect(res.body.klaargezet).toBe(0);
    expect(res.body.nietMogelijk).toEqual([
      expect.objectContaining({
        aanmeldingId: aangemeld.aanmeldingId,
        reden: "Alleen voor geplaatste leerlingen kan een OSO-dossier worden klaargezet.",
      }),
    ]);
    // Another school's users cannot set it ready: for them it is not in their overview.
    const kkc = await inloggen("plaatser-kkc");
    const ander = await api<OsoKlaarzettenUitkomst & Fout>("POST", "/api/oso/dossiers", {
      token: kkc,
      body: { aanmeldingIds: [aangemeld.aanmeldingId] },
    });
    if (ander.status === 200) {
      expect(ander.body.nietMogelijk[0]?.reden).toBe("Deze leerling staat niet in uw overzicht.");
    } else {
      expect(ander.status).toBe(409);
    }
  });

  it("OSO-03 OSO-05 OSO-06 blue when ready, green when the LAS fetched it, blue again when the doorstroomtoets changes — a new version only then", async () => {
    await geregistreerd();
    // A bijlage with a name that needs escaping travels with the dossier.
    const kind = await geplaatstKind({
      bestandsnaam: "Verslag <logopedie> & co.pdf",
      inhoud: Buffer.from("%PDF-1.4 stand-in verslag").toString("base64"),
    });

    const klaar = await api<OsoKlaarzettenUitkomst>("POST", "/api/oso/dossiers", {
      token: plaatser,
      body: { aanmeldingIds: [kind.aanmeldingId] },
    });
    expect(klaar.body).toMatchObject({ klaargezet: 1, nietMogelijk: [] });
    expect(klaar.body.melding).toMatch(/blauw bolletje/);

    // The LAS stand-in fetches every half second, the status job runs every second: green.
    await wachtOpOso(kind, "opgehaald");
    expect(await dossier(kind)).toMatchObject({ status: "opgehaald", versie: 1, opgehaaldVersie: 1 });
    const xml = await valideerBijLas(kind);
    // Escaped in the XML, and the characters a file name may not hold replaced.
    expect(xml).toMatch(/Verslag .?logopedie.? &amp; co\.pdf/);

    // Setting it ready again with nothing changed: no new version, still green.
    await api("POST", "/api/oso/dossiers", { token: plaatser, body: { aanmeldingIds: [kind.aanmeldingId] } });
    await new Promise((r) => setTimeout(r, 1500));
    expect(await dossier(kind)).toMatchObject({ status: "opgehaald", versie: 1 });

    // The primary school enters the doorstroomtoets (writable after release, PO-02): blue
    // (version 2), then green again once fetched.
    const gewijzigd = await api("PUT", `/api/po/leerlingen/${kind.leerlingId}/doorstroomtoets`, {
      token: po,
      body: {
        niveauLezen: "2f",
        niveauTaalverzorging: "2f",
        niveauRekenen: "1s",
        toets: "IEP, 4 februari 2026",
      },
    });
    expect(gewijzigd.status, JSON.stringify(gewijzigd.body)).toBe(200);
    const tot = Date.now() + 20_000;
    while ((await dossier(kind))?.versie !== 2) {
      if (Date.now() > tot) throw new Error("no version 2");
      await new Promise((r) => setTimeout(r, 250));
    }
    await wachtOpOso(kind, "opgehaald");
    expect(await dossier(kind)).toMatchObject({ status: "opgehaald", versie: 2, opgehaaldVersie: 2 });
    // The levels as OSO codes: 2F for reading (04), 1S for arithmetic (03).
    const xml2 = await valideerBijLas(kind);
    expect(xml2).toMatch(/<eindtoetsresultaat>/);
  });

  it("OSO-03 OSO-05 a passing Traffic Center failure: the dossiers are tried again and each ends ready once, as version 1", async () => {
    await geregistreerd();
    const kinderen = await Promise.all([geplaatstKind(), geplaatstKind(), geplaatstKind()]);
    const storing = await tc("/beheer/storing", {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ aantal: 2 }),
    });
    expect(storing.status).toBe(200);
    const res = await api<OsoKlaarzettenUitkomst>("POST", "/api/oso/dossiers", {
      token: plaatser,
      body: { aanmeldingIds: kinderen.map((k) => k.aanmeldingId) },
    });
    expect(res.body.klaargezet).toBe(3);
    for (const k of kinderen) await wachtOpOso(k, "opgehaald", 45_000);
    for (const k of kinderen) {
      expect(await dossier(k)).toMatchObject({ status: "opgehaald", versie: 1, opgehaaldVersie: 1 });
      expect((await dossier(k))?.fout).toBeUndefined();
    }
  });

  it("OSO-03 ARCH-ERR the OSO worker losing DynamoDB mid-batch (issue #10, Faults): nothing is lost, each dossier ends ready once, as version 1", async () => {
    await geregistreerd();
    const kinderen = await Promise.all([geplaatstKind(), geplaatstKind(), geplaatstKind(), geplaatstKind()]);
    try {
      const res = await api<OsoKlaarzettenUitkomst>("POST", "/api/oso/dossiers", {
        token: plaatser,
        body: { aanmeldingIds: kinderen.map((k) => k.aanmeldingId) },
      });
      expect(res.body.klaargezet).toBe(4);
      // The worker is at its batch now: DynamoDB goes away under it for two seconds.
      await zetStoring("dynamodb", "weg");
      await new Promise((r) => setTimeout(r, 2000));
      expect((await storingsStand("dynamodb")).geweigerd).toBeGreaterThan(0);
    } finally {
      await zetStoring("dynamodb", "door");
    }
    for (const k of kinderen) await wachtOpOso(k, "opgehaald", 45_000);
    for (const k of kinderen) {
      expect(await dossier(k)).toMatchObject({ status: "opgehaald", versie: 1, opgehaaldVersie: 1 });
      expect((await dossier(k))?.fout).toBeUndefined();
    }
  });

  it("OSO-03 OSO-05 ARCH-ERR the OSO queue out of reach (issue #10, Faults): a Dutch 503, every dossier marked failed — none left waiting without a message — and Opnieuw proberen sets it ready once SQS is back", async () => {
    await geregistreerd();
    const kinderen = await Promise.all([geplaatstKind(), geplaatstKind(), geplaatstKind()]);
    let res: Awaited<ReturnType<typeof api<Fout>>>;
    try {
      await zetStoring("sqs", "weg");
      res = await api<Fout>("POST", "/api/oso/dossiers", {
        token: plaatser,
        body: { aanmeldingIds: kinderen.map((k) => k.aanmeldingId) },
      });
      expect((await storingsStand("sqs")).geweigerd).toBeGreaterThan(0);
    } finally {
      await zetStoring("sqs", "door");
    }
    expect(res.status, JSON.stringify(res.body)).toBe(503);
    expect(res.body).toMatchObject({ code: "TIJDELIJK_NIET_BESCHIKBAAR" });
    expect(res.body.message).toContain("3 dossiers konden door een storing niet in de wachtrij worden gezet");
    expect(res.body.message).toContain("Opnieuw proberen");
    for (const k of kinderen) {
      expect(await dossier(k)).toMatchObject({ status: "fout", fout: expect.stringContaining("wachtrij") });
    }
    // Nothing was queued: a while later they are still failed, not fetched behind the user's back.
    await new Promise((r) => setTimeout(r, 1500));
    for (const k of kinderen) expect((await dossier(k))?.status).toBe("fout");

    for (const k of kinderen) {
      const opnieuw = await api<Fout>("POST", `/api/oso/dossiers/${k.aanmeldingId}/opnieuw`, {
        token: beheerder,
      });
      expect(opnieuw.status, JSON.stringify(opnieuw.body)).toBe(200);
    }
    for (const k of kinderen) await wachtOpOso(k, "opgehaald", 45_000);
    for (const k of kinderen) {
      expect(await dossier(k)).toMatchObject({ status: "opgehaald", versie: 1, opgehaaldVersie: 1 });
      expect((await dossier(k))?.fout).toBeUndefined();
    }
  });

  it("OSO-02 OSO-05 the Traffic Center clears Mag overdr. aanvragen: ELK shows it and sets no dossier ready until registered again", async () => {
    await geregistreerd();
    const punt = mijnOso();
    const uit = await tc(`/beheer/aanleverpunten/${punt.nummer}/mag-overdracht-aanvragen`, {
      method: "DELETE",
    });
    expect(uit.status).toBe(200);
    const tot = Date.now() + 15_000;
    while ((await aanleverpunt()).magOverdrachtAanvragen) {
      if (Date.now() > tot) throw new Error("Mag overdr. aanvragen still on");
      await new Promise((r) => setTimeout(r, 250));
    }
    const monitor = await api<OsoOverdrachten>("GET", "/api/oso/overdrachten", { token: beheerder });
    expect(monitor.body.aanleverpunt).toEqual({ geregistreerd: true, magOverdrachtAanvragen: false });
    const kind = await geplaatstKind();
    const geweigerd = await api<Fout>("POST", "/api/oso/dossiers", {
      token: plaatser,
      body: { aanmeldingIds: [kind.aanmeldingId] },
    });
    expect(geweigerd.status).toBe(409);
    expect(geweigerd.body.message).toMatch(/contactpersoon ELK/);
    // Registering again puts it back on.
    const opnieuw = await api<AanleverpuntUitkomst>("POST", `/api/oso/aanleverpunten/${SCHOOL}/registreer`, {
      token: contactpersoon,
    });
    expect(opnieuw.body.aanleverpunt.magOverdrachtAanvragen).toBe(true);
  });
});
