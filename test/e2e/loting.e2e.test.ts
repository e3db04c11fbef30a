import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type {
  AanmeldingDetail,
  CplDownload,
  CplStand,
  CplUitkomst,
  DecentraleStand,
  DecentraleUitkomst,
  KalenderDetail,
  Kinderen,
  SchoolDetail,
} from "@elk/contracts";
import { controleerLotingRun, nederlandseDatum } from "@elk/domain";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { api, DEMO_WACHTWOORD, inloggen } from "../support/api";
import { launchBrowser, newPage, openMenu, signIn } from "../support/browser";
import {
  type AangemeldKind,
  aangemeldKind,
  HAVO_KEUZES,
  kindMetOuder,
  OUDER_WACHTWOORD,
} from "../support/leerlingen";
import { wachtTotToegepast } from "../support/loting";
import { ddb } from "../support/tabel";

type Fout = { code: string; message: string };

/*
 * The two runs of school year 2026-2027 in the order the region runs them, in one file so the
 * order is the file's: the decentral lottery (LOT-02) first, then the CP&L (LOT-03), which waits
 * for it, then what parents see after the announcement (PAR-01). Each run is once per school
 * year, so no other test file makes them final. The region administrator works in the browser
 * (Leerlingen > Centrale plaatsing en loting); what the runs did is checked through the API, the
 * table and the stored run.
 */

const JAAR = "2026-2027";
const PAD = `/api/loting/${JAAR}/decentraal`;
const CPL_PAD = `/api/loting/${JAAR}/cpl`;
const SCHOOL = "amstelveen-college";
/** No other test registers pupils at Amstelveen College vwo, so every registration there is ours. */
const AFDELING = "vwo";
const CAPACITEIT = 2;
const VWO_KEUZES = [
  { schoolId: SCHOOL, afdelingId: AFDELING },
  { schoolId: "keizer-karel-college", afdelingId: "vwo" },
  { schoolId: "hermann-wesselink", afdelingId: "vwo" },
  { schoolId: "alkwin-kollege", afdelingId: "havo-vwo" },
  { schoolId: "thamen-college", afdelingId: "havo-vwo" },
];

let regiobeheerder: string;
let plaatser: string;
let po: string;
let browser: Browser;
let pagina: Page;
/** A pupil the decentral lottery put out: its parents look after the announcement. */
let verliezer: AangemeldKind | undefined;

beforeAll(async () => {
  [regiobeheerder, plaatser, po] = await Promise.all([
    inloggen("regiobeheerder"),
    inloggen("plaatser"),
    inloggen("po-gebruiker"),
  ]);
  browser = await launchBrowser();
  pagina = await newPage(browser, inject("baseUrl"));
  await signIn(pagina, "regiobeheerder", DEMO_WACHTWOORD);
});
afterAll(async () => {
  await browser?.close();
});

/** Leerlingen > Centrale plaatsing en loting, loaded afresh. */
async function naarLoting(): Promise<void> {
  await openMenu(pagina, "Leerlingen");
  await pagina
    .getByRole("navigation", { name: "Hoofdmenu" })
    .getByRole("link", { name: "Centrale plaatsing en loting" })
    .click();
  await pagina.getByRole("heading", { level: 1, name: "Centrale plaatsing en loting" }).waitFor();
  await pagina.reload();
  await pagina.getByRole("heading", { level: 1, name: "Centrale plaatsing en loting" }).waitFor();
}
const knop = (plek: Page | Locator, naam: string) => plek.getByRole("button", { name: naam, exact: true });
const decentraal = () => pagina.getByRole("region", { name: "Decentrale loting" });
const cplSeed = () => pagina.getByRole("region", { name: "Seed en commitment" });
const cplCapaciteit = () => pagina.getByRole("region", { name: "Capaciteit per afdeling" });

/** "Definitief maken", the question answered; the screen follows the worker until `klaar` shows. */
async function maakDefinitief(plek: Locator, klaar: Locator): Promise<void> {
  await knop(plek, "Definitief maken").click();
  const vraag = pagina.getByRole("alertdialog", { name: "Definitief maken" });
  await knop(vraag, "Definitief maken").click();
  await vraag.waitFor({ state: "hidden" });
  await klaar.waitFor({ timeout: 30_000 });
}

const detail = (id: string) =>
  api<AanmeldingDetail & Fout>("GET", `/api/aanmeldingen/${id}`, { token: plaatser });

async function vwoKind(voorrang = false): Promise<AangemeldKind> {
  const kind = await kindMetOuder({ advies: "vwo" });
  return aangemeldKind({
    kind,
    keuzes: VWO_KEUZES,
    ...(voorrang ? { voorrang: { soort: "kind-medewerker" } } : {}),
  });
}

async function gebeurtenissen(pk: string) {
  const res = await ddb().send(
    new QueryCommand({
      TableName: inject("stack").tableName,
      KeyConditionExpression: "PK = :pk AND begins_with(SK, :g)",
      ExpressionAttributeValues: { ":pk": pk, ":g": "GEBEURTENIS#" },
    }),
  );
  return res.Items ?? [];
}

async function aanmeldingItem(id: string) {
  const res = await ddb().send(
    new GetCommand({
      TableName: inject("stack").tableName,
      Key: { PK: `AANMELDING#${id}`, SK: "AANMELDING" },
    }),
  );
  return res.Item ?? {};
}

/** The school's afdelingen as the region administrator saves them (ORG-03). */
async function zetAfdelingen(school: SchoolDetail, afdelingen: SchoolDetail["afdelingen"]) {
  const res = await api<SchoolDetail & Fout>("PUT", `/api/scholen/${SCHOOL}/afdelingen`, {
    token: regiobeheerder,
    body: { version: school.version, afdelingen, capaciteitsgroepen: school.capaciteitsgroepen },
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const eigenEenheid = (eenheden: DecentraleStand["eenheden"]) =>
  eenheden.find((e) => e.schoolId === SCHOOL && e.naam === "vwo");

describe("Decentrale loting (LOT-02)", () => {
  it("LOT-02 only the region administrator may run it", async () => {
    expect((await api<Fout>("GET", PAD, { token: plaatser })).status).toBe(403);
    expect((await api<Fout>("POST", `${PAD}/seed`, { token: plaatser })).status).toBe(403);
    expect((await api<Fout>("POST", `${PAD}/definitief`, { token: plaatser })).status).toBe(403);
  });

  it("LOT-02 TRT-07 PAR-01 commit, preview, make final: the losers are uitgeloot by the system, granted voorrang is always in, the run verifies", async () => {
    const origineel = (await api<SchoolDetail>("GET", `/api/scholen/${SCHOOL}`, { token: regiobeheerder }))
      .body;
    await zetAfdelingen(
      origineel,
      origineel.afdelingen.map((a) => (a.id === AFDELING ? { ...a, capaciteit: CAPACITEIT } : a)),
    );
    try {
      const metVoorrang = await vwoKind(true);
      const anderen = await Promise.all([vwoKind(), vwoKind(), vwoKind()]);
      const kinderen = [metVoorrang, ...anderen];
      const ids = new Set(kinderen.map((k) => k.aanmeldingId));
      const toegekend = await api<AanmeldingDetail & Fout>(
        "POST",
        `/api/aanmeldingen/${metVoorrang.aanmeldingId}/behandelen`,
        {
          token: plaatser,
          body: {
            actie: "voorrang-toekennen",
            version: (await detail(metVoorrang.aanmeldingId)).body.version,
          },
        },
      );
      expect(toegekend.status).toBe(200);

      // Nothing to draw with before the commitment.
      expect((await api<Fout>("POST", `${PAD}/voorbeeld`, { token: regiobeheerder })).status).toBe(409);

      // Commit in the browser: only the hash, the seed stays encrypted; its own record, not the CP&L's.
      await naarLoting();
      await knop(decentraal(), "Seed vastleggen").click();
      await decentraal().getByText("Commitment (SHA-256 van de seed)").waitFor();
      const vastgelegd = await api<DecentraleStand & Fout>("GET", PAD, { token: regiobeheerder });
      expect(vastgelegd.status).toBe(200);
      expect(vastgelegd.body.status).toBe("vastgelegd");
      expect(vastgelegd.body.commitment).toMatch(/^[0-9a-f]{64}$/);
      expect(vastgelegd.body.seed).toBeUndefined();
      const gepubliceerd = vastgelegd.body.commitment as string;
      await decentraal().getByText(gepubliceerd, { exact: true }).waitFor();
      expect(eigenEenheid(vastgelegd.body.eenheden)).toMatchObject({
        soort: "afdeling",
        schoolNaam: "Amstelveen College",
        aanmeldingen: kinderen.length,
        capaciteit: CAPACITEIT,
      });
      const opnieuw = await api<Fout>("POST", `${PAD}/seed`, { token: regiobeheerder });
      expect(opnieuw.status).toBe(409);
      expect(opnieuw.body.message).toMatch(/al vastgelegd/);
      const item = await ddb().send(
        new GetCommand({
          TableName: inject("stack").tableName,
          Key: { PK: `LOTING#DECENTRAAL#${JAAR}`, SK: "LOTING" },
        }),
      );
      expect(item.Item?.seed).toBeUndefined();
      expect(item.Item?.seedVersleuteld).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
      expect(await gebeurtenissen(`LOTING#DECENTRAAL#${JAAR}`)).toContainEqual(
        expect.objectContaining({ soort: "seed-vastgelegd", gegevens: { commitment: gepubliceerd } }),
      );

      // Voorbeeld: per over-subscribed unit, and nothing changes.
      const voorbeeld = await api<DecentraleUitkomst & Fout>("POST", `${PAD}/voorbeeld`, {
        token: regiobeheerder,
      });
      expect(voorbeeld.status).toBe(200);
      expect(eigenEenheid(voorbeeld.body.eenheden)).toMatchObject({
        aanmeldingen: kinderen.length,
        capaciteit: CAPACITEIT,
        ingeloot: CAPACITEIT,
        uitgeloot: kinderen.length - CAPACITEIT,
        naarGelijkwaardig: 0,
      });
      await knop(decentraal(), "Voorbeeld").click();
      const eenheid = decentraal()
        .getByRole("table", { name: "Overingeschreven afdelingen en capaciteitsgroepen" })
        .last()
        .getByRole("row")
        .filter({ hasText: "Amstelveen College" })
        .filter({ has: pagina.getByRole("rowheader", { name: "vwo", exact: true }) });
      await decentraal()
        .getByRole("heading", { name: /^Uitkomst van het voorbeeld/ })
        .waitFor();
      expect(await eenheid.last().getByRole("cell").allTextContents()).toEqual([
        "Amstelveen College",
        String(kinderen.length),
        String(CAPACITEIT),
        String(CAPACITEIT),
        String(kinderen.length - CAPACITEIT),
        "0",
      ]);
      for (const k of kinderen) {
        expect((await detail(k.aanmeldingId)).body.status).toBe("aangemeld");
        expect((await aanmeldingItem(k.aanmeldingId)).lotingnummers).toBeUndefined();
      }
      const nogOpen = await api<DecentraleStand>("GET", PAD, { token: regiobeheerder });
      expect(nogOpen.body).toMatchObject({ status: "vastgelegd", commitment: gepubliceerd });
      expect(nogOpen.body.seed).toBeUndefined();

      // LOT-03 waits for it: the CP&L places the pupils this draw puts out.
      const cplTeVroeg = await api<Fout>("POST", `${CPL_PAD}/voorbeeld`, { token: regiobeheerder, body: {} });
      expect(cplTeVroeg.status).toBe(409);
      expect(cplTeVroeg.body.message).toMatch(/Leg eerst de seed/);
      await knop(cplSeed(), "Seed vastleggen").click();
      await cplSeed().getByText("Commitment (SHA-256 van de seed)").waitFor();
      await knop(cplCapaciteit(), "Voorbeeld").click();
      await cplCapaciteit()
        .getByText(`Maak eerst de decentrale loting van ${JAAR} definitief`, { exact: false })
        .waitFor();
      for (const stap of ["voorbeeld", "definitief"]) {
        const cpl = await api<Fout>("POST", `${CPL_PAD}/${stap}`, { token: regiobeheerder, body: {} });
        expect(cpl.status).toBe(409);
        expect(cpl.body.message).toMatch(/Maak eerst de decentrale loting van 2026-2027 definitief/);
      }

      // Definitief maken: the seed revealed; registered − capacity of ours uitgeloot, by "systeem".
      // In the browser; the lottery worker draws and applies it, the screen follows its progress.
      await maakDefinitief(
        decentraal(),
        decentraal().getByRole("heading", { level: 3, name: "Definitief gemaakt", exact: true }),
      );
      await decentraal().getByText("Seed (bekendgemaakt)").waitFor();
      const klaar = await wachtTotToegepast<DecentraleStand>(PAD, regiobeheerder);
      expect(klaar).toMatchObject({ status: "definitief", mislukt: 0 });
      expect(klaar.verwerkt).toBeGreaterThanOrEqual(kinderen.length);
      const seed = klaar.seed as string;
      expect(createHash("sha256").update(seed).digest("hex")).toBe(gepubliceerd);
      expect(klaar.controleCommando).toBe(`npx tsx scripts/loting-controle.ts decentraal-${JAAR}.json`);
      await decentraal()
        .getByText(klaar.controleCommando as string, { exact: true })
        .waitFor();
      await decentraal().getByText(`${klaar.verwerkt} aanmeldingen verwerkt.`).waitFor();

      const statussen = await Promise.all(
        kinderen.map(async (k) => (await detail(k.aanmeldingId)).body.status),
      );
      expect(statussen.filter((s) => s === "uitgeloot")).toHaveLength(kinderen.length - CAPACITEIT);
      expect(statussen.filter((s) => s === "aangemeld")).toHaveLength(CAPACITEIT);
      expect(statussen[0]).toBe("aangemeld");
      // PAR-01: the losers' places on the reserve list, in lottery-number order, 1 first.
      const verliezers = await Promise.all(
        kinderen.filter((_, i) => statussen[i] === "uitgeloot").map((k) => aanmeldingItem(k.aanmeldingId)),
      );
      const opVolgorde = [...verliezers].sort(
        (x, y) => (x.lotingnummers?.decentraal ?? 0) - (y.lotingnummers?.decentraal ?? 0),
      );
      const posities = opVolgorde.map((a) => a.reservepositie as number);
      verliezer = kinderen.find((_, i) => statussen[i] === "uitgeloot");
      expect(posities.every((p) => Number.isInteger(p) && p >= 1)).toBe(true);
      expect([...posities].sort((x, y) => x - y)).toEqual(posities);
      expect(new Set(posities).size).toBe(posities.length);
      for (const [i, k] of kinderen.entries()) {
        const nummer = (await aanmeldingItem(k.aanmeldingId)).lotingnummers?.decentraal;
        expect(nummer).toBeGreaterThanOrEqual(0);
        expect(nummer).toBeLessThan(1);
        const historie = await gebeurtenissen(`AANMELDING#${k.aanmeldingId}`);
        if (statussen[i] === "uitgeloot") {
          const uitloten = historie.filter((g) => g.soort === "uitloten");
          expect(uitloten).toHaveLength(1);
          expect(uitloten[0]?.door).toBe("systeem");
          expect(uitloten[0]?.gegevens.toelichting).toBe(`Decentrale loting, lotingnummer ${nummer}`);
        } else {
          expect(historie.map((g) => g.soort)).toContain("ingeloot");
        }
      }

      // The stored run re-runs to the same numbers and outcome.
      const link = await api<CplDownload>("POST", `${PAD}/run`, { token: regiobeheerder });
      expect(link.status).toBe(200);
      const run = (await (await fetch(link.body.url)).json()) as {
        soort: string;
        uitkomst: { uitslagen: { leerlingId: string; uitkomst: string; lotingnummer: number }[] };
      };
      expect(run).toMatchObject({ versie: 1, soort: "decentrale-loting", commitment: gepubliceerd, seed });
      expect(controleerLotingRun(run)).toMatchObject({ seedKlopt: true, uitkomstKlopt: true });
      const eigen = run.uitkomst.uitslagen.filter((u) => ids.has(u.leerlingId));
      expect(eigen).toHaveLength(kinderen.length);
      expect(eigen.find((u) => u.leerlingId === metVoorrang.aanmeldingId)?.uitkomst).toBe("geplaatst");

      // Once is once.
      const tweede = await api<Fout>("POST", `${PAD}/definitief`, { token: regiobeheerder });
      expect(tweede.status).toBe(409);
      expect(tweede.body.message).toMatch(/is al definitief gemaakt/);
      expect((await api<Fout>("POST", `${PAD}/voorbeeld`, { token: regiobeheerder })).status).toBe(409);
      expect(await gebeurtenissen(`LOTING#DECENTRAAL#${JAAR}`)).toContainEqual(
        expect.objectContaining({
          soort: "decentrale-loting-definitief",
          gegevens: expect.objectContaining({ seed }),
          door: "systeem",
        }),
      );
      // Who made it final: the person, recorded when asked; the worker drew it as "systeem".
      expect(await gebeurtenissen(`LOTING#DECENTRAAL#${JAAR}`)).toContainEqual(
        expect.objectContaining({
          soort: "definitief-aangevraagd",
          door: expect.objectContaining({ naam: expect.any(String) }),
        }),
      );

      // PAR-01: before the announcement the parents see neither the outcome nor the number.
      for (const k of kinderen) {
        const ouder = await api<Kinderen>("GET", "/api/ouder/kinderen", { token: k.ouderToken });
        expect(ouder.status).toBe(200);
        const aanmelding = ouder.body.items.find((i) => i.leerlingId === k.leerlingId)?.aanmelding;
        expect(aanmelding?.status).toBe("aangemeld");
        expect(aanmelding?.lotingnummers).toBeUndefined();
        expect(aanmelding?.reservepositie).toBeUndefined();
      }
    } finally {
      const actueel = (await api<SchoolDetail>("GET", `/api/scholen/${SCHOOL}`, { token: regiobeheerder }))
        .body;
      await zetAfdelingen(actueel, origineel.afdelingen);
    }
  });
});

const detailVoor = (token: string, id: string) =>
  api<AanmeldingDetail & Fout>("GET", `/api/aanmeldingen/${id}`, { token });

async function uitgelootKind(): Promise<AangemeldKind> {
  const kind = await aangemeldKind();
  const res = await api<AanmeldingDetail & Fout>(
    "POST",
    `/api/aanmeldingen/${kind.aanmeldingId}/behandelen`,
    {
      token: plaatser,
      body: {
        actie: "uitloten",
        toelichting: "Decentrale loting havo",
        version: (await detailVoor(plaatser, kind.aanmeldingId)).body.version,
      },
    },
  );
  expect(res.status).toBe(200);
  return kind;
}

const regioDetail = (elkNummer: string) =>
  api<AanmeldingDetail & Fout>("GET", `/api/regio/aanmeldingen?elkNummer=${elkNummer}`, {
    token: regiobeheerder,
  });

describe("Centrale Plaatsing en Loting (LOT-03)", () => {
  it("LOT-03 only the region administrator may run it; everyone else gets 403", async () => {
    for (const token of [plaatser, po]) {
      expect((await api<Fout>("GET", PAD, { token })).status).toBe(403);
      expect((await api<Fout>("POST", `${CPL_PAD}/seed`, { token })).status).toBe(403);
      expect((await api<Fout>("POST", `${CPL_PAD}/voorbeeld`, { token, body: {} })).status).toBe(403);
      expect((await api<Fout>("POST", `${CPL_PAD}/definitief`, { token, body: {} })).status).toBe(403);
      expect((await api<Fout>("POST", `${CPL_PAD}/run`, { token })).status).toBe(403);
    }
    expect((await api<Fout>("GET", "/api/loting/1999-2000/cpl", { token: regiobeheerder })).status).toBe(404);
  });

  it("LOT-03 TRT-07 TRT-08 commit, preview, make final: uitgelote pupils are assigned by the system to a later choice, and the stored run verifies", async () => {
    const kinderen = await Promise.all([uitgelootKind(), uitgelootKind(), uitgelootKind()]);
    const ids = new Set(kinderen.map((k) => k.aanmeldingId));

    // Committed while the decentral lottery ran (above): only the hash is visible, the seed is stored encrypted.
    const vastgelegd = await api<CplStand & Fout>("GET", CPL_PAD, { token: regiobeheerder });
    expect(vastgelegd.status).toBe(200);
    expect(vastgelegd.body.status).toBe("vastgelegd");
    expect(vastgelegd.body.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(vastgelegd.body.seed).toBeUndefined();
    expect(vastgelegd.body.deelnemers).toBeGreaterThanOrEqual(3);
    const gepubliceerd = vastgelegd.body.commitment as string;
    const opnieuw = await api<Fout>("POST", `${CPL_PAD}/seed`, { token: regiobeheerder });
    expect(opnieuw.status).toBe(409);
    expect(opnieuw.body.message).toMatch(/al vastgelegd/);
    const gezien = await api<CplStand>("GET", CPL_PAD, { token: regiobeheerder });
    expect(gezien.body).toMatchObject({ status: "vastgelegd", commitment: gepubliceerd });
    expect(gezien.body.seed).toBeUndefined();
    const item = await ddb().send(
      new GetCommand({
        TableName: inject("stack").tableName,
        Key: { PK: `LOTING#CPL#${JAAR}`, SK: "LOTING" },
      }),
    );
    expect(item.Item?.seed).toBeUndefined();
    expect(item.Item?.seedVersleuteld).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    const audit = await gebeurtenissen(`LOTING#CPL#${JAAR}`);
    expect(audit).toContainEqual(
      expect.objectContaining({ soort: "seed-vastgelegd", gegevens: { commitment: gepubliceerd } }),
    );

    // Voorbeeld: an outcome for our pupils, nothing decided.
    const extraCapaciteit = [{ schoolId: "keizer-karel-college", afdelingId: "havo", extra: 50 }];
    const voorbeeld = await api<CplUitkomst & Fout>("POST", `${CPL_PAD}/voorbeeld`, {
      token: regiobeheerder,
      body: { extraCapaciteit },
    });
    expect(voorbeeld.status).toBe(200);
    const eigen = voorbeeld.body.leerlingen.filter((l) => ids.has(l.aanmeldingId));
    expect(eigen).toHaveLength(3);
    for (const l of eigen) expect(l.voorkeur).toBeGreaterThanOrEqual(2);
    const kkc = voorbeeld.body.capaciteit.find(
      (c) => c.schoolId === "keizer-karel-college" && c.afdelingId === "havo",
    );
    expect(kkc).toMatchObject({ capaciteit: 112, extra: 50 });
    expect(kkc?.inCpl).toBeGreaterThanOrEqual(3);
    for (const k of kinderen) {
      expect((await detailVoor(plaatser, k.aanmeldingId)).body.status).toBe("uitgeloot");
      const historie = await gebeurtenissen(`AANMELDING#${k.aanmeldingId}`);
      expect(historie.map((g) => g.soort)).not.toContain("toewijzen-andere-school");
    }

    // Definitief maken: the seed is revealed, our pupils toegewezen by "systeem".
    // In the browser: the same extra seats, the preview, then final.
    await naarLoting();
    await cplCapaciteit()
      .getByRole("spinbutton", { name: "Extra capaciteit Keizer Karel College, havo" })
      .fill("50");
    await knop(cplCapaciteit(), "Voorbeeld").click();
    const uitkomst = pagina.getByRole("region", { name: "Uitkomst van het voorbeeld" });
    for (const k of kinderen) await uitkomst.getByRole("rowheader", { name: k.naam }).waitFor();
    await maakDefinitief(
      cplCapaciteit(),
      pagina.getByRole("heading", { level: 2, name: "Definitief gemaakt", exact: true }),
    );
    await pagina.getByText("Seed (bekendgemaakt)").last().waitFor();
    const klaar = await wachtTotToegepast<CplStand>(CPL_PAD, regiobeheerder);
    expect(klaar.status).toBe("definitief");
    expect(klaar.mislukt).toBe(0);
    const seed = klaar.seed as string;
    expect(createHash("sha256").update(seed).digest("hex")).toBe(gepubliceerd);
    expect(klaar.controleCommando).toBe(`npx tsx scripts/loting-controle.ts cpl-${JAAR}.json`);

    for (const k of kinderen) {
      const nu = await regioDetail(k.elkNummer);
      expect(nu.status).toBe(200);
      expect(nu.body).toMatchObject({ status: "toegewezen", toegewezenDoor: "Amstelveen College" });
      expect(nu.body.keuzes.map((c) => c.schoolId)).toEqual(HAVO_KEUZES.map((c) => c.schoolId));
      expect(nu.body.keuzes.slice(1).map((c) => c.schoolNaam)).toContain(nu.body.schoolNaam);
      const historie = await gebeurtenissen(`AANMELDING#${k.aanmeldingId}`);
      const toewijzing = historie.filter((g) => g.soort === "toewijzen-andere-school");
      expect(toewijzing).toHaveLength(1);
      expect(toewijzing[0]?.door).toBe("systeem");
      // The 1st-choice school no longer holds it.
      expect((await detailVoor(plaatser, k.aanmeldingId)).status).toBe(404);
      // PAR-01: the CP&L's lottery number is kept on the registration (the parents see it after the announcement).
      const opgeslagen = await ddb().send(
        new GetCommand({
          TableName: inject("stack").tableName,
          Key: { PK: `AANMELDING#${k.aanmeldingId}`, SK: "AANMELDING" },
        }),
      );
      expect(opgeslagen.Item?.lotingnummers?.cpl).toBe(
        eigen.find((l) => l.aanmeldingId === k.aanmeldingId)?.lotingnummer,
      );
    }

    // The stored run: the engine and the command line both re-run it.
    const link = await api<CplDownload>("POST", `${CPL_PAD}/run`, { token: regiobeheerder });
    expect(link.status).toBe(200);
    const run = (await (await fetch(link.body.url)).json()) as Record<string, unknown>;
    expect(run).toMatchObject({ versie: 1, soort: "centrale-plaatsing", commitment: gepubliceerd, seed });
    expect(controleerLotingRun(run)).toMatchObject({ seedKlopt: true, uitkomstKlopt: true });
    const map = await mkdtemp(join(tmpdir(), "elk-cpl-"));
    try {
      const bestand = join(map, link.body.bestandsnaam);
      await writeFile(bestand, JSON.stringify(run));
      const { stdout } = await promisify(execFile)("npx", ["tsx", "scripts/loting-controle.ts", bestand]);
      expect(stdout).toMatch(/klopt met de commitment/);
      expect(stdout).toMatch(/gelijk aan de opgeslagen uitkomst/);
    } finally {
      await rm(map, { recursive: true, force: true });
    }

    // Once is once: neither a second run nor a new preview.
    const tweede = await api<Fout>("POST", `${CPL_PAD}/definitief`, { token: regiobeheerder, body: {} });
    expect(tweede.status).toBe(409);
    expect(tweede.body.message).toMatch(/is al definitief gemaakt/);
    expect(
      (await api<Fout>("POST", `${CPL_PAD}/voorbeeld`, { token: regiobeheerder, body: {} })).status,
    ).toBe(409);
    const audit2 = await gebeurtenissen(`LOTING#CPL#${JAAR}`);
    expect(audit2).toContainEqual(
      expect.objectContaining({ soort: "cpl-definitief", gegevens: expect.objectContaining({ seed }) }),
    );
  });
});

describe("after the announcement (PAR-01)", () => {
  const dagenGeleden = (dagen: number) => nederlandseDatum(new Date(Date.now() - dagen * 86_400_000));

  it("PAR-01 LOT-02 LOT-03 the parents of a pupil who lost see both lottery numbers and the reserve-list place, not a minute before the announcement", async () => {
    const kind = verliezer;
    if (!kind) throw new Error("the decentral lottery put nobody out");
    const item = await aanmeldingItem(kind.aanmeldingId);
    const nummers = item.lotingnummers as { decentraal: number; cpl?: number };
    const ouder = await newPage(browser, inject("baseUrl"));
    await signIn(ouder, kind.ouderGebruikersnaam, OUDER_WACHTWOORD);
    const kaart = ouder.getByRole("article", { name: kind.naam });
    await kaart.waitFor();
    expect(await kaart.textContent()).not.toContain("Lotingnummer");
    expect(await kaart.textContent()).not.toContain("Reservelijst");

    const origineel = (await api<KalenderDetail>("GET", `/api/kalender/${JAAR}`, { token: regiobeheerder }))
      .body;
    const gezet = await api<KalenderDetail>("PUT", `/api/kalender/${JAAR}`, {
      token: regiobeheerder,
      body: {
        aanmeldperiode: { van: dagenGeleden(12), tot: dagenGeleden(10) },
        behandelperiode: { van: dagenGeleden(9), tot: dagenGeleden(7) },
        decentraleLoting: dagenGeleden(6),
        centralePlaatsing: dagenGeleden(5),
        bekendmaking: new Date(Date.now() - 60_000).toISOString(),
        version: origineel.version,
      },
    });
    expect(gezet.status, JSON.stringify(gezet.body)).toBe(200);
    try {
      await ouder.reload();
      await kaart.getByText("Lotingnummer (decentrale loting)").waitFor();
      await kaart.getByText(nummers.decentraal.toFixed(6), { exact: true }).waitFor();
      await kaart.getByText("Reservelijst Amstelveen College", { exact: true }).waitFor();
      await kaart.getByText(`Plaats ${item.reservepositie}`, { exact: true }).waitFor();
      expect(nummers.cpl).toBeDefined();
      await kaart.getByText("Lotingnummer (centrale plaatsing en loting)").waitFor();
      await kaart.getByText((nummers.cpl as number).toFixed(6), { exact: true }).waitFor();
    } finally {
      const { schooljaar: _j, standaard: _s, magWijzigen: _m, version: _v, ...terug } = origineel;
      const hersteld = await api("PUT", `/api/kalender/${JAAR}`, {
        token: regiobeheerder,
        body: { ...terug, version: gezet.body.version },
      });
      expect(hersteld.status, JSON.stringify(hersteld.body)).toBe(200);
      await ouder.context().close();
    }
  });
});
