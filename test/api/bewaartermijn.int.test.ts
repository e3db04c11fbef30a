import { randomUUID } from "node:crypto";
import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { GetObjectCommand, PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import {
  createDocumentClient,
  type Db,
  getBewaardeTelling,
  keys,
  maakLeerlingAan,
  notificatieItems,
  plaatsNotitie,
  registreerDocument,
  schrijf,
  slaAanmeldingOp,
  voegOkidocBijlageToe,
} from "@elk/data";
import { beforeAll, describe, expect, inject, it } from "vitest";
import { api, inloggen } from "../support/api";
import { kindMetOuder } from "../support/leerlingen";
import { okidocPad } from "../support/okidoc";

const BUCKET = "elk-amstelland-files";
const OUD = "2019-2020";

let db: Db;
let s3: S3Client;

beforeAll(async () => {
  const stack = inject("stack");
  const { regionConfig } = await import("@elk/infra/regions");
  // The job runs here, in the test's process, against the stack's DynamoDB Local and s3rver —
  // as its handler runs in the Lambda (functions/src/bewaren/verwijder-verlopen.ts).
  Object.assign(process.env, {
    AWS_REGION: "eu-west-1",
    AWS_ACCESS_KEY_ID: "S3RVER",
    AWS_SECRET_ACCESS_KEY: "S3RVER",
    AWS_ENDPOINT_URL_DYNAMODB: stack.endpoints.dynamodb,
    AWS_ENDPOINT_URL_S3: stack.endpoints.s3,
    AWS_S3_FORCE_PATH_STYLE: "true",
    TABLE_NAME: stack.tableName,
    REGISTRY_TABLE_NAME: "elk-registry",
    FILES_BUCKET: BUCKET,
    REGION_CONFIG: JSON.stringify(regionConfig("amstelland")),
    ELK_QUIET: "1",
  });
  db = {
    doc: createDocumentClient(
      new DynamoDBClient({
        endpoint: stack.endpoints.dynamodb,
        region: "eu-west-1",
        credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
      }),
    ),
    tableName: stack.tableName,
  };
  s3 = new S3Client({
    endpoint: stack.endpoints.s3,
    region: "eu-west-1",
    forcePathStyle: true,
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
});

const systeem = (pk: string, soort: string) => ({
  van: { PK: pk, SK: pk.startsWith("LEERLING#") ? "LEERLING" : "AANMELDING" },
  id: randomUUID(),
  tijdstip: "2020-03-10T09:00:00.000Z",
  soort,
  door: "systeem" as const,
});

async function partitie(pk: string): Promise<Array<Record<string, unknown>>> {
  const res = await db.doc.send(
    new QueryCommand({
      TableName: db.tableName,
      KeyConditionExpression: "PK = :pk",
      ExpressionAttributeValues: { ":pk": pk },
    }),
  );
  return res.Items ?? [];
}

async function bestaatInS3(key: string): Promise<boolean> {
  try {
    await s3.send(new GetObjectCommand({ Bucket: BUCKET, Key: key }));
    return true;
  } catch (error) {
    if (error instanceof Error && error.name === "NoSuchKey") return false;
    throw error;
  }
}

/** A pupil of school year 2019-2020 with everything a pupil gets, written through the data layer. */
async function oudeLeerling(poSchoolId: string | undefined) {
  const id = randomUUID();
  const aanmeldingId = randomUUID();
  const bijlageId = randomUUID();
  const documentId = randomUUID();
  const elkNummer = `9${Math.floor(Math.random() * 1e8)}`;
  const bsnHash = `bewaar-${randomUUID()}`;
  await maakLeerlingAan(
    db,
    {
      id,
      schooljaar: OUD,
      elkNummer,
      roepnaam: "Oud",
      achternaam: `Bewaard-${id.slice(0, 4)}`,
      geboortedatum: "2008-05-01",
      geslacht: "vrouw",
      adres: { straat: "Oude Laan", huisnummer: "1", postcode: "1185 SB", plaats: "Amstelveen" },
      emailOuders: `oud-${id.slice(0, 6)}@example.org`,
      advies: "havo",
      ...(poSchoolId ? { poSchoolId } : { buitenleerling: {} }),
      bsnGemaskeerd: "*****1234",
      identificatie: "bsn",
      bsnVersleuteld: "versleuteld",
      bsnHash,
    },
    systeem(`LEERLING#${id}`, "leerling-aangemaakt"),
  );
  await slaAanmeldingOp(
    db,
    {
      id: aanmeldingId,
      leerlingId: id,
      schooljaar: OUD,
      elkNummer,
      leerlingNaam: "Oud Bewaard",
      advies: "havo",
      keuzes: [],
      eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
      status: "geplaatst",
      aangemeldOp: "2020-03-10T09:00:00.000Z",
      via: "ouderportaal",
      schoolId: "amstelveen-college",
      bsnHash,
    } as never,
    undefined,
    systeem(`AANMELDING#${aanmeldingId}`, "aangemeld"),
  );
  const okidocKey = `okidoc/${OUD}/${id}/bijlagen/${bijlageId}`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: okidocKey, Body: "Verslag 2020" }));
  await voegOkidocBijlageToe(
    db,
    {
      id: bijlageId,
      leerlingId: id,
      bestandsnaam: "verslag.txt",
      contentType: "text/plain",
      grootte: 12,
      s3Key: okidocKey,
      toegevoegdOp: "2020-02-01T09:00:00.000Z",
      scan: "schoon",
    },
    { leerlingId: id, schooljaar: OUD, poSchoolId: poSchoolId ?? "", status: "concept", velden: {} },
    systeem(`LEERLING#${id}`, "okidoc-bijlage-toegevoegd"),
  );
  const documentKey = `documenten/${OUD}/${id}/${documentId}`;
  await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: documentKey, Body: "%PDF-1.4" }));
  await registreerDocument(
    db,
    {
      id: documentId,
      leerlingId: id,
      bestandsnaam: "rapport.pdf",
      contentType: "application/pdf",
      grootte: 8,
      s3Key: documentKey,
      geuploadOp: "2020-02-02T09:00:00.000Z",
      scan: "schoon",
    },
    systeem(`LEERLING#${id}`, "document-ontvangen"),
  );
  await plaatsNotitie(
    db,
    {
      id: randomUUID(),
      leerlingId: id,
      op: "2020-03-11T09:00:00.000Z",
      tekst: "Privé notitie over Oud",
      door: { gebruikerId: "demo-plaatser", naam: "Plaatser" },
      organisatieId: "amstelveen-college",
      organisatieNaam: "Amstelveen College",
      alleenEigenOrganisatie: true,
      gedeeldMet: [],
    } as never,
    systeem(`LEERLING#${id}`, "notitie-geplaatst"),
  );
  const notificaties = notificatieItems(["demo-plaatser"], {
    id: randomUUID(),
    op: "2020-03-12T09:00:00.000Z",
    soort: "plaatsen",
    tekst: "Oud Bewaard is geplaatst",
    leerlingId: id,
    aanmeldingId,
    leerlingNaam: "Oud Bewaard",
    elkNummer,
  } as never);
  await schrijf(db, { nieuw: notificaties as never });
  return { id, aanmeldingId, elkNummer, bsnHash, okidocKey, documentKey, notificatie: notificaties[0] };
}

describe("a school year's personal data are removed after the configured period (issue #10)", () => {
  it("#10 PRIV the retention job removes everything personal of 2019-2020 — pupils, registrations, oki-docs, bijlagen and documents in S3, notes, history, claims, notifications — and leaves the current year untouched", async () => {
    const [po, buiten] = [await oudeLeerling("obs-de-populier"), await oudeLeerling(undefined)];
    const cplKey = keys.cpl(OUD);
    await db.doc.send(
      new (await import("@aws-sdk/lib-dynamodb")).PutCommand({
        TableName: db.tableName,
        Item: { ...cplKey, type: "Cpl", schooljaar: OUD, elkNummers: [po.elkNummer] },
      }),
    );
    const osoKey = `oso/${OUD}/amstelveen-college/${po.aanmeldingId}/v1.xml`;
    await s3.send(new PutObjectCommand({ Bucket: BUCKET, Key: osoKey, Body: "<dossier/>" }));
    expect((await partitie(`LEERLING#${po.id}`)).length).toBeGreaterThanOrEqual(6);

    // The current school year, through the API: a pupil with its oki-doc bijlage.
    const kind = await kindMetOuder();
    const poToken = await inloggen("po-gebruiker");
    const bijlage = await api<{ id: string }>("POST", `${okidocPad(kind.leerlingId)}/bijlagen`, {
      token: poToken,
      body: {
        bestandsnaam: "nu.txt",
        contentType: "text/plain",
        inhoud: Buffer.from("dit jaar").toString("base64"),
      },
    });
    expect(bijlage.status).toBe(200);
    // Once the stand-in malware scanner has recorded its verdict, the partition stands still.
    let huidigVoor = await partitie(`LEERLING#${kind.leerlingId}`);
    for (let i = 0; i < 100 && huidigVoor.some((item) => item.scan === "bezig"); i++) {
      await new Promise((r) => setTimeout(r, 100));
      huidigVoor = await partitie(`LEERLING#${kind.leerlingId}`);
    }
    expect(huidigVoor.find((item) => item.type === "OkidocBijlage")).toMatchObject({ scan: "schoon" });

    const { verwijderVerlopenSchooljaren } = await import("../../functions/src/bewaren/verwijder-verlopen");
    const { regionConfig } = await import("@elk/infra/regions");
    const config = regionConfig("amstelland");
    expect(config.bewaartermijnMaanden).toBe(24);
    const resultaat = await verwijderVerlopenSchooljaren(new Date("2026-12-01T03:00:00Z"), config);
    expect(resultaat.grens).toBe("2023-2024");
    expect(resultaat.jaren).toContain(OUD);
    expect(resultaat.jaren.every((j) => j <= "2023-2024")).toBe(true);
    expect(resultaat.leerlingen).toBeGreaterThanOrEqual(2);

    for (const oud of [po, buiten]) {
      expect(
        await partitie(`LEERLING#${oud.id}`),
        "pupil, oki-doc, bijlage, document, note, history",
      ).toEqual([]);
      expect(await partitie(`AANMELDING#${oud.aanmeldingId}`), "registration and its history").toEqual([]);
      expect(await partitie(`CLAIM#ELKNUMMER#${oud.elkNummer}`)).toEqual([]);
      expect(await partitie(`CLAIM#BSN#${OUD}#${oud.bsnHash}`)).toEqual([]);
      expect(await bestaatInS3(oud.okidocKey)).toBe(false);
      expect(await bestaatInS3(oud.documentKey)).toBe(false);
      const n = oud.notificatie as unknown as { PK: string; SK: string };
      expect((await partitie(n.PK)).filter((i) => i.SK === n.SK)).toEqual([]);
    }
    expect(await partitie(cplKey.PK)).toEqual([]);
    expect(await bestaatInS3(osoKey)).toBe(false);
    // What stays: counts, nothing about anyone.
    const telling = await getBewaardeTelling(db, OUD);
    expect(telling).toMatchObject({ schooljaar: OUD });
    expect(telling?.leerlingen).toBeGreaterThanOrEqual(2);
    expect(telling?.aanmeldingenPerStatus.geplaatst).toBeGreaterThanOrEqual(2);
    const tekst = JSON.stringify(telling);
    for (const oud of [po, buiten]) {
      for (const waarde of [oud.id, oud.aanmeldingId, oud.elkNummer, oud.bsnHash])
        expect(tekst).not.toContain(waarde);
    }
    expect(tekst).not.toMatch(/Oud|Bewaard-|@example/);

    // The current year: untouched, its file still there.
    expect(await partitie(`LEERLING#${kind.leerlingId}`)).toEqual(huidigVoor);
    expect(await bestaatInS3(`okidoc/2026-2027/${kind.leerlingId}/bijlagen/${bijlage.body.id}`)).toBe(true);
    const okidoc = await api<{ bijlagen: unknown[] }>("GET", okidocPad(kind.leerlingId), { token: poToken });
    expect(okidoc.body.bijlagen).toHaveLength(1);

    // A second run finds nothing more of that year.
    const weer = await verwijderVerlopenSchooljaren(new Date("2026-12-01T03:00:00Z"), config);
    expect(weer.leerlingen).toBe(0);
  });

  it("#10 PRIV a school year within its retention is kept: on 31 July 2022 nothing of 2019-2020 goes", async () => {
    const oud = await oudeLeerling(undefined);
    const { verwijderVerlopenSchooljaren } = await import("../../functions/src/bewaren/verwijder-verlopen");
    const { regionConfig } = await import("@elk/infra/regions");
    const resultaat = await verwijderVerlopenSchooljaren(
      new Date("2022-07-31T12:00:00Z"),
      regionConfig("amstelland"),
    );
    expect(resultaat.jaren).not.toContain(OUD);
    expect((await partitie(`LEERLING#${oud.id}`)).length).toBeGreaterThan(0);
    expect(await bestaatInS3(oud.okidocKey)).toBe(true);
    // On 1 August 2022 its two years are over.
    const dan = await verwijderVerlopenSchooljaren(
      new Date("2022-08-01T00:00:00Z"),
      regionConfig("amstelland"),
    );
    expect(dan.jaren).toContain(OUD);
    expect(await partitie(`LEERLING#${oud.id}`)).toEqual([]);
  });
});
