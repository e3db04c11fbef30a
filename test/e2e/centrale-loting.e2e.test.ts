import { randomUUID } from "node:crypto";
import type {
  AanmeldingDetail,
  BestuurDetail,
  CplDownload,
  CplStand,
  CplUitkomst,
  KalenderDetail,
  Kinderen,
  SchoolDetail,
} from "@elk/contracts";
import { controleerLotingRun, nederlandseDatum } from "@elk/domain";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { ingelogdePagina, launchBrowser, naarScherm, newPage, signIn } from "../support/browser";
import { type AangemeldKind, aangemeldKind, OUDER_WACHTWOORD } from "../support/leerlingen";
import { wachtTotToegepast } from "../support/loting";
import { AMSTERDAM_HAVO } from "../support/swv";

type Fout = { code: string; message: string };

/*
 * REGION-01 / LOT-03 in Amsterdam (RegionConfig plaatsingsprocedure "centrale-loting"): one
 * central draw places every pupil registered (DA-STB over the whole list, one lottery number per
 * pupil), keeps the reserve lists, and a second round gives freed seats to them. The draw is once
 * per school year, so this is the only file that makes Amsterdam's 2026-2027 draw final; other
 * files' Amsterdam pupils take part too, so everything checked here is about two schools only our
 * pupils chose: A (havo, 1 seat) first and B (havo, 5 seats) second.
 */

const JAAR = "2026-2027";
const PAD = `/api/loting/${JAAR}/cpl`;
const run = randomUUID().slice(0, 6);

let amsterdam: string;
let regiobeheerder: string;
let browser: Browser;
const paginas: Page[] = [];
let pagina: Page;
let schoolA: SchoolDetail;
let schoolB: SchoolDetail;
let kinderen: AangemeldKind[] = [];

const ams = <T>(method: string, pad: string, body?: unknown) =>
  api<T & Fout>(method, pad, { token: regiobeheerder, baseUrl: amsterdam, body });
const knop = (plek: Page | Locator, naam: string) => plek.getByRole("button", { name: naam, exact: true });

async function nieuweSchool(bestuurId: string, letter: string, capaciteit: number): Promise<SchoolDetail> {
  const brin = `8${Math.floor(Math.random() * 10)}${String.fromCharCode(65 + Math.floor(Math.random() * 26))}Y`;
  const school = await ams<SchoolDetail>("POST", "/api/scholen", {
    officieleNaam: `Stichting Lotcollege ${letter}`,
    naam: `Lotcollege ${letter} ${run}`,
    schooltype: "VO",
    bestuurId,
    adres: { straat: "Lotlaan", huisnummer: "1", postcode: "1011 AB", plaats: "Amsterdam" },
    brin,
    vestigingscode: String(Math.floor(Math.random() * 90) + 10),
  });
  expect(school.status, JSON.stringify(school.body)).toBe(200);
  return zetCapaciteit(school.body, capaciteit);
}

async function zetCapaciteit(school: SchoolDetail, capaciteit: number): Promise<SchoolDetail> {
  const res = await ams<SchoolDetail>("PUT", `/api/scholen/${school.id}/afdelingen`, {
    version: school.version,
    afdelingen: [{ id: "havo", naam: "havo", adviezen: ["havo"], capaciteit }],
    capaciteitsgroepen: [],
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

/** A date `n` days ago in the Netherlands (yyyy-mm-dd), as the calendar takes it. */
const dagenGeleden = (n: number) => nederlandseDatum(new Date(Date.now() - n * 86_400_000));

const detail = (k: AangemeldKind) => ams<AanmeldingDetail>("GET", `/api/aanmeldingen/${k.aanmeldingId}`);

/** The lottery number the draw gave, as the placement's explanation states it. */
const lotingnummerUit = (toelichting: string | undefined) =>
  Number(/lotingnummer ([\d.]+)/.exec(toelichting ?? "")?.[1]);

beforeAll(async () => {
  amsterdam = inject("amsterdamUrl");
  regiobeheerder = await inloggen("regiobeheerder", undefined, amsterdam);
  const bestuur = await ams<BestuurDetail>("POST", "/api/besturen", { naam: `Stichting Loting ${run}` });
  expect(bestuur.status, JSON.stringify(bestuur.body)).toBe(200);
  schoolA = await nieuweSchool(bestuur.body.id, "A", 1);
  schoolB = await nieuweSchool(bestuur.body.id, "B", 5);
  // REG-02 in Amsterdam: a havo list holds 12 schools — A, B and ten of the demo schools.
  const keuzes = [
    { schoolId: schoolA.id, afdelingId: "havo" },
    { schoolId: schoolB.id, afdelingId: "havo" },
    ...AMSTERDAM_HAVO.slice(0, 10),
  ];
  kinderen = [];
  for (let i = 0; i < 3; i++) kinderen.push(await aangemeldKind({ keuzes, regio: "amsterdam" }));
  browser = await launchBrowser();
  pagina = await ingelogdePagina(browser, amsterdam, "regiobeheerder", paginas);
});
afterEach(async () => {
  for (const p of paginas.splice(1)) await p.context().close();
});
afterAll(async () => {
  await browser?.close();
});

describe("the central draw in Amsterdam (REGION-01, LOT-03)", () => {
  it("REGION-01 LOT-03 made final in the browser: every pupil placed where the draw put it, the losers on A's reserve list by lottery number", async () => {
    await naarScherm(pagina, "Leerlingen", "Centrale plaatsing en loting", "Centrale plaatsing en loting");
    // Amsterdam has no decentral lottery: only the central draw shows.
    await pagina.getByRole("heading", { level: 2, name: "Centrale loting", exact: true }).waitFor();
    expect(await pagina.getByRole("region", { name: "Decentrale loting" }).count()).toBe(0);
    const seed = pagina.getByRole("region", { name: "Seed en commitment" });
    await knop(seed, "Seed vastleggen").click();
    await seed.getByText("Commitment (SHA-256 van de seed)", { exact: true }).waitFor();

    // Preview: our three drew for A's one seat; nothing decided yet.
    const voorbeeld = await ams<CplUitkomst>("POST", `${PAD}/voorbeeld`, { extraCapaciteit: [] });
    expect(voorbeeld.status, JSON.stringify(voorbeeld.body)).toBe(200);
    const eigen = voorbeeld.body.leerlingen.filter((l) =>
      kinderen.some((k) => k.aanmeldingId === l.aanmeldingId),
    );
    expect(eigen).toHaveLength(3);
    expect(eigen.filter((l) => l.voorkeur === 1)).toHaveLength(1);
    expect(eigen.filter((l) => l.voorkeur === 2)).toHaveLength(2);
    for (const k of kinderen) expect((await detail(k)).body.status).toBe("aangemeld");

    const capaciteit = pagina.getByRole("region", { name: "Capaciteit per afdeling" });
    await knop(capaciteit, "Voorbeeld").click();
    const uitkomst = pagina.getByRole("region", { name: "Uitkomst van het voorbeeld" });
    for (const k of kinderen) await uitkomst.getByRole("rowheader", { name: k.naam }).waitFor();
    await knop(capaciteit, "Definitief maken").click();
    const vraag = pagina.getByRole("alertdialog", { name: "Definitief maken" });
    await knop(vraag, "Definitief maken").click();
    await vraag.waitFor({ state: "hidden" });
    await pagina
      .getByRole("heading", { level: 2, name: "Definitief gemaakt", exact: true })
      .waitFor({ timeout: 30_000 });
    const klaar = await wachtTotToegepast<CplStand>(PAD, regiobeheerder, 60_000, amsterdam);
    expect(klaar).toMatchObject({ status: "definitief", mislukt: 0 });

    // The lowest lottery number of the three got A's seat (DA-STB); the others are at B.
    const uitslag = await Promise.all(kinderen.map(async (k) => ({ k, d: (await detail(k)).body })));
    for (const { d } of uitslag) expect(d.status).toBe("geplaatst");
    const nummers = uitslag.map(({ d }) => lotingnummerUit(d.plaatsingToelichting));
    const opA = uitslag.filter(({ d }) => d.schoolNaam === schoolA.naam);
    const opB = uitslag.filter(({ d }) => d.schoolNaam === schoolB.naam);
    expect(opA).toHaveLength(1);
    expect(opB).toHaveLength(2);
    expect(lotingnummerUit(opA[0]?.d.plaatsingToelichting)).toBe(Math.min(...nummers));
    expect(opA[0]?.d.plaatsingToelichting).toMatch(/^Centrale loting: 1e voorkeur, lotingnummer /);
    for (const { d } of opB)
      expect(d.plaatsingToelichting).toMatch(/^Centrale loting: 2e voorkeur, lotingnummer /);
    for (const { k, d } of uitslag) {
      const lijst = eigen.find((l) => l.aanmeldingId === k.aanmeldingId);
      expect(lotingnummerUit(d.plaatsingToelichting)).toBe(lijst?.lotingnummer);
    }

    // The stored run re-runs to the same outcome; a second final is refused.
    const link = await ams<CplDownload>("POST", `${PAD}/run`);
    const opgeslagen = (await (await fetch(link.body.url)).json()) as Record<string, unknown>;
    expect(opgeslagen).toMatchObject({ soort: "centrale-plaatsing", invoer: { vanafEersteKeuze: true } });
    expect(controleerLotingRun(opgeslagen)).toMatchObject({ seedKlopt: true, uitkomstKlopt: true });
    const tweede = await ams<Fout>("POST", `${PAD}/definitief`, {});
    expect(tweede.status).toBe(409);
    expect(tweede.body.message).toBe(
      `De centrale loting van ${JAAR} is al definitief gemaakt. Een loting kan niet opnieuw worden uitgevoerd.`,
    );
  });

  it("REGION-01 the second round in the browser: no free seat moves nobody; a seat freed at A goes to the first on its reserve list", async () => {
    const uitslag = await Promise.all(kinderen.map(async (k) => ({ k, d: (await detail(k)).body })));
    const opB = uitslag
      .filter(({ d }) => d.schoolNaam === schoolB.naam)
      .sort((x, y) => lotingnummerUit(x.d.plaatsingToelichting) - lotingnummerUit(y.d.plaatsingToelichting));
    const [eerste, tweede] = [opB[0], opB[1]];
    if (!eerste || !tweede) throw new Error("two pupils at B expected");

    await naarScherm(pagina, "Leerlingen", "Centrale plaatsing en loting", "Centrale plaatsing en loting");
    const ronde = pagina.getByRole("region", { name: "Tweede ronde: reservelijsten" });
    await knop(ronde, "Reservelijsten verwerken").click();
    await ronde.getByText(/leerlingen opgeschoven/).waitFor({ timeout: 30_000 });
    for (const { k } of opB) expect((await detail(k)).body.schoolNaam).toBe(schoolB.naam);

    // A takes one more: the seat goes to the better lottery number of the two at B.
    schoolA = await zetCapaciteit(schoolA, 2);
    await pagina.reload();
    await knop(ronde, "Reservelijsten verwerken").click();
    await ronde.getByRole("rowheader", { name: eerste.k.naam }).waitFor({ timeout: 30_000 });
    const rij = ronde.getByRole("row", { name: new RegExp(eerste.k.naam) });
    expect(await rij.textContent()).toContain(schoolB.naam);
    expect(await rij.textContent()).toContain(`${schoolA.naam}, havo`);
    expect(await ronde.getByRole("rowheader", { name: tweede.k.naam }).count()).toBe(0);

    const verplaatst = (await detail(eerste.k)).body;
    expect(verplaatst).toMatchObject({ status: "geplaatst", schoolNaam: schoolA.naam });
    expect(verplaatst.plaatsingToelichting).toMatch(/^Reservelijst: 1e voorkeur, lotingnummer /);
    expect((await detail(tweede.k)).body.schoolNaam).toBe(schoolB.naam);

    const stand = await ams<CplStand>("GET", PAD);
    expect(stand.body.reserveronde).toMatchObject({ status: "klaar", mislukt: 0, door: "Ruud Amsterdam" });
  });

  it("PAR-01 REGION-01 from the announcement on, parents see the placement, the lottery number and the reserve place", async () => {
    const uitslag = await Promise.all(kinderen.map(async (k) => ({ k, d: (await detail(k)).body })));
    const opB = uitslag.find(({ d }) => d.schoolNaam === schoolB.naam);
    if (!opB) throw new Error("a pupil at B expected");
    const ouder = await newPage(browser, amsterdam);
    paginas.push(ouder);
    await signIn(ouder, opB.k.ouderGebruikersnaam, OUDER_WACHTWOORD);
    const kaart = ouder.getByRole("article", { name: opB.k.naam });
    await kaart.waitFor();
    expect(await kaart.textContent()).not.toContain("Reservelijst");

    const origineel = (await ams<KalenderDetail>("GET", `/api/kalender/${JAAR}`)).body;
    const { schooljaar: _j, standaard: _s, magWijzigen: _m, version: _v, ...terug } = origineel;
    const gezet = await ams<KalenderDetail>("PUT", `/api/kalender/${JAAR}`, {
      aanmeldperiode: { van: dagenGeleden(12), tot: dagenGeleden(10) },
      behandelperiode: { van: dagenGeleden(9), tot: dagenGeleden(7) },
      decentraleLoting: dagenGeleden(6),
      centralePlaatsing: dagenGeleden(5),
      bekendmaking: new Date(Date.now() - 60_000).toISOString(),
      version: origineel.version,
    });
    expect(gezet.status, JSON.stringify(gezet.body)).toBe(200);
    try {
      const kinderenAntwoord = await api<Kinderen>("GET", "/api/ouder/kinderen", {
        token: opB.k.ouderToken,
        baseUrl: amsterdam,
      });
      const aanmelding = kinderenAntwoord.body.items.find(
        (c) => c.leerlingId === opB.k.leerlingId,
      )?.aanmelding;
      expect(aanmelding).toMatchObject({
        status: "geplaatst",
        plaatsing: { school: schoolB.naam, afdeling: "havo" },
        reserveplaatsen: [{ school: schoolA.naam, afdeling: "havo", voorkeur: 1, positie: 2 }],
      });
      expect(aanmelding?.lotingnummers?.cpl).toBe(lotingnummerUit(opB.d.plaatsingToelichting));

      await ouder.reload();
      await kaart.getByText("Lotingnummer (centrale loting)").waitFor();
      await kaart.getByText(`Reservelijst ${schoolA.naam}, havo (1e keuze)`, { exact: true }).waitFor();
      await kaart.getByText("Plaats 2", { exact: true }).waitFor();
    } finally {
      const hersteld = await ams("PUT", `/api/kalender/${JAAR}`, { ...terug, version: gezet.body.version });
      expect(hersteld.status, JSON.stringify(hersteld.body)).toBe(200);
    }
  });

  it("REGION-01 TRT-13 a region with a decentral lottery has no second round: the API refuses it (403)", async () => {
    const res = await api<Fout>("POST", `${PAD}/reservelijsten`, { token: await inloggen("regiobeheerder") });
    expect(res.status).toBe(403);
  });
});
