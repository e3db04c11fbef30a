import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type { AanmeldingDetail, CplDownload, CplStand, CplUitkomst } from "@elk/contracts";
import { controleerLotingRun } from "@elk/domain";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { type AangemeldKind, aangemeldKind, HAVO_KEUZES } from "../support/leerlingen";
import { ddb } from "../support/tabel";

type Fout = { code: string; message: string };

const JAAR = "2026-2027";
const PAD = `/api/loting/${JAAR}/cpl`;

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

const detail = (token: string, id: string) =>
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
        version: (await detail(plaatser, kind.aanmeldingId)).body.version,
      },
    },
  );
  expect(res.status).toBe(200);
  return kind;
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

const regioDetail = (elkNummer: string) =>
  api<AanmeldingDetail & Fout>("GET", `/api/regio/aanmeldingen?elkNummer=${elkNummer}`, {
    token: regiobeheerder,
  });

describe("Centrale Plaatsing en Loting (LOT-03)", () => {
  it("LOT-03 only the region administrator may run it; everyone else gets 403", async () => {
    for (const token of [plaatser, po]) {
      expect((await api<Fout>("GET", PAD, { token })).status).toBe(403);
      expect((await api<Fout>("POST", `${PAD}/seed`, { token })).status).toBe(403);
      expect((await api<Fout>("POST", `${PAD}/voorbeeld`, { token, body: {} })).status).toBe(403);
      expect((await api<Fout>("POST", `${PAD}/definitief`, { token, body: {} })).status).toBe(403);
      expect((await api<Fout>("POST", `${PAD}/run`, { token })).status).toBe(403);
    }
    expect((await api<Fout>("GET", "/api/loting/1999-2000/cpl", { token: regiobeheerder })).status).toBe(404);
  });

  it("LOT-03 TRT-07 TRT-08 commit, preview, make final: uitgelote pupils are assigned by the system to a later choice, and the stored run verifies", async () => {
    const kinderen = await Promise.all([uitgelootKind(), uitgelootKind(), uitgelootKind()]);
    const ids = new Set(kinderen.map((k) => k.aanmeldingId));

    // Nothing to draw with before the commitment.
    const teVroeg = await api<Fout>("POST", `${PAD}/voorbeeld`, { token: regiobeheerder, body: {} });
    expect(teVroeg.status).toBe(409);

    // Commit: only the hash is visible, the seed is stored encrypted.
    const vastgelegd = await api<CplStand & Fout>("POST", `${PAD}/seed`, { token: regiobeheerder });
    expect(vastgelegd.status).toBe(200);
    expect(vastgelegd.body.status).toBe("vastgelegd");
    expect(vastgelegd.body.commitment).toMatch(/^[0-9a-f]{64}$/);
    expect(vastgelegd.body.seed).toBeUndefined();
    expect(vastgelegd.body.deelnemers).toBeGreaterThanOrEqual(3);
    const gepubliceerd = vastgelegd.body.commitment as string;
    const opnieuw = await api<Fout>("POST", `${PAD}/seed`, { token: regiobeheerder });
    expect(opnieuw.status).toBe(409);
    expect(opnieuw.body.message).toMatch(/al vastgelegd/);
    const gezien = await api<CplStand>("GET", PAD, { token: regiobeheerder });
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
    const voorbeeld = await api<CplUitkomst & Fout>("POST", `${PAD}/voorbeeld`, {
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
      expect((await detail(plaatser, k.aanmeldingId)).body.status).toBe("uitgeloot");
      const historie = await gebeurtenissen(`AANMELDING#${k.aanmeldingId}`);
      expect(historie.map((g) => g.soort)).not.toContain("toewijzen-andere-school");
    }

    // Definitief maken: the seed is revealed, our pupils toegewezen by "systeem".
    const definitief = await api<CplStand & Fout>("POST", `${PAD}/definitief`, {
      token: regiobeheerder,
      body: { extraCapaciteit },
    });
    expect(definitief.status).toBe(200);
    expect(definitief.body.status).toBe("definitief");
    expect(definitief.body.mislukt).toBe(0);
    const seed = definitief.body.seed as string;
    expect(createHash("sha256").update(seed).digest("hex")).toBe(gepubliceerd);
    expect(definitief.body.controleCommando).toBe(`npx tsx scripts/loting-controle.ts cpl-${JAAR}.json`);

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
      expect((await detail(plaatser, k.aanmeldingId)).status).toBe(404);
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
    const link = await api<CplDownload>("POST", `${PAD}/run`, { token: regiobeheerder });
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
    const tweede = await api<Fout>("POST", `${PAD}/definitief`, { token: regiobeheerder, body: {} });
    expect(tweede.status).toBe(409);
    expect(tweede.body.message).toMatch(/is al definitief gemaakt/);
    expect((await api<Fout>("POST", `${PAD}/voorbeeld`, { token: regiobeheerder, body: {} })).status).toBe(
      409,
    );
    const audit2 = await gebeurtenissen(`LOTING#CPL#${JAAR}`);
    expect(audit2).toContainEqual(
      expect.objectContaining({ soort: "cpl-definitief", gegevens: expect.objectContaining({ seed }) }),
    );
  });
});
