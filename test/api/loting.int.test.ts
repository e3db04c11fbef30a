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
  Kinderen,
  SchoolDetail,
} from "@elk/contracts";
import { controleerLotingRun } from "@elk/domain";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { type AangemeldKind, aangemeldKind, HAVO_KEUZES, kindMetOuder } from "../support/leerlingen";
import { wachtTotToegepast } from "../support/loting";
import { ddb } from "../support/tabel";

type Fout = { code: string; message: string };

/*
 * The two runs of school year 2026-2027 in the order the region runs them, in one file so the
 * order is the file's: the decentral lottery (LOT-02) first, then the CP&L (LOT-03), which waits
 * for it. Each run is once per school year, so no other test file makes them final.
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

beforeAll(async () => {
  [regiobeheerder, plaatser, po] = await Promise.all([
    inloggen("regiobeheerder"),
    inloggen("plaatser"),
    inloggen("po-gebruiker"),
  ]);
});

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

      // Commit: only the hash, the seed stays encrypted; its own record, not the CP&L's.
      const vastgelegd = await api<DecentraleStand & Fout>("POST", `${PAD}/seed`, { token: regiobeheerder });
      expect(vastgelegd.status).toBe(200);
      expect(vastgelegd.body.status).toBe("vastgelegd");
      expect(vastgelegd.body.commitment).toMatch(/^[0-9a-f]{64}$/);
      expect(vastgelegd.body.seed).toBeUndefined();
      const gepubliceerd = vastgelegd.body.commitment as string;
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
      expect((await api("POST", `${CPL_PAD}/seed`, { token: regiobeheerder })).status).toBe(200);
      for (const stap of ["voorbeeld", "definitief"]) {
        const cpl = await api<Fout>("POST", `${CPL_PAD}/${stap}`, { token: regiobeheerder, body: {} });
        expect(cpl.status).toBe(409);
        expect(cpl.body.message).toMatch(/Maak eerst de decentrale loting van 2026-2027 definitief/);
      }

      // Definitief maken: the seed revealed; registered − capacity of ours uitgeloot, by "systeem".
      const definitief = await api<DecentraleStand & Fout>("POST", `${PAD}/definitief`, {
        token: regiobeheerder,
      });
      expect(definitief.status, JSON.stringify(definitief.body)).toBe(200);
      // The lottery worker draws and applies it; the answer shows the progress.
      expect(definitief.body.status).toBe("toepassen");
      expect(definitief.body.voortgang).toMatchObject({ gedaan: 0, stil: false });
      const bezig = await api<Fout>("POST", `${PAD}/definitief`, { token: regiobeheerder });
      if (bezig.status === 409)
        expect(bezig.body.message).toMatch(/al definitief gemaakt|wordt al definitief/);
      const klaar = await wachtTotToegepast<DecentraleStand>(PAD, regiobeheerder);
      expect(klaar).toMatchObject({ status: "definitief", mislukt: 0 });
      expect(klaar.verwerkt).toBeGreaterThanOrEqual(kinderen.length);
      const seed = klaar.seed as string;
      expect(createHash("sha256").update(seed).digest("hex")).toBe(gepubliceerd);
      expect(klaar.controleCommando).toBe(`npx tsx scripts/loting-controle.ts decentraal-${JAAR}.json`);

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
    const definitief = await api<CplStand & Fout>("POST", `${CPL_PAD}/definitief`, {
      token: regiobeheerder,
      body: { extraCapaciteit },
    });
    expect(definitief.status, JSON.stringify(definitief.body)).toBe(200);
    expect(definitief.body.status).toBe("toepassen");
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
