import { createHash } from "node:crypto";
import { GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import type {
  AanmeldingDetail,
  CplDownload,
  DecentraleStand,
  DecentraleUitkomst,
  Kinderen,
  SchoolDetail,
} from "@elk/contracts";
import { controleerLotingRun } from "@elk/domain";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { type AangemeldKind, aangemeldKind, kindMetOuder } from "../support/leerlingen";
import { ddb } from "../support/tabel";

type Fout = { code: string; message: string };

const JAAR = "2026-2027";
const PAD = `/api/loting/${JAAR}/decentraal`;
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

beforeAll(async () => {
  [regiobeheerder, plaatser] = await Promise.all([inloggen("regiobeheerder"), inloggen("plaatser")]);
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

      // Definitief maken: the seed revealed; registered − capacity of ours uitgeloot, by "systeem".
      const definitief = await api<DecentraleStand & Fout>("POST", `${PAD}/definitief`, {
        token: regiobeheerder,
      });
      expect(definitief.status, JSON.stringify(definitief.body)).toBe(200);
      expect(definitief.body).toMatchObject({ status: "definitief", mislukt: 0 });
      const seed = definitief.body.seed as string;
      expect(createHash("sha256").update(seed).digest("hex")).toBe(gepubliceerd);
      expect(definitief.body.controleCommando).toBe(
        `npx tsx scripts/loting-controle.ts decentraal-${JAAR}.json`,
      );

      const statussen = await Promise.all(
        kinderen.map(async (k) => (await detail(k.aanmeldingId)).body.status),
      );
      expect(statussen.filter((s) => s === "uitgeloot")).toHaveLength(kinderen.length - CAPACITEIT);
      expect(statussen.filter((s) => s === "aangemeld")).toHaveLength(CAPACITEIT);
      expect(statussen[0]).toBe("aangemeld");
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
      }
    } finally {
      const actueel = (await api<SchoolDetail>("GET", `/api/scholen/${SCHOOL}`, { token: regiobeheerder }))
        .body;
      await zetAfdelingen(actueel, origineel.afdelingen);
    }
  });
});
