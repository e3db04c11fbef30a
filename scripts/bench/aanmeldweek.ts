/**
 * `npx tsx scripts/bench/aanmeldweek.ts [--quick] [--aantal N] [--clienten 50]` — issue 11's
 * registration week, 16:00 peak and API overhead, against one local stack in its own process
 * (scripts/bench/stapel.ts: startStack on free ports, a temporary data dir):
 *
 * 1. Registration week: N pupils with a parent's account each (seeded, scripts/bench/zaaien.ts);
 *    50 concurrent clients register them through the HTTP API the way the ouderportaal does —
 *    PUT …/voorkeurslijst (concept), POST …/aanmelden (final). Throughput, latencies, errors;
 *    afterwards every registration is checked to be stored exactly once (school overviews,
 *    the registry's claim, each pupil's own registrations). CPU per process, and a CPU profile
 *    of the stack process over an extra batch, show where the time goes.
 * 2. API overhead: GET /api/aanmeldingen of the school with a tenth of them (2,000 of 20,000) as
 *    the overview page asks it, against the DynamoDB calls the request makes for the same data
 *    (same DocumentClient, same keys), alternated in one run.
 * 3. The 16:00 peak: every registration placed, the announcement moment passed; N parents read
 *    their child's result (GET /api/ouder/kinderen) with 50 concurrent clients.
 *
 * The full mode rewrites the sections aanmeldweek, overzicht and bekendmaking of
 * docs/benchmarks.md; --quick (40 pupils) only prints.
 */
import { copyFile, mkdtemp, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import {
  AdminCreateUserCommand,
  AdminSetUserPasswordCommand,
  CognitoIdentityProviderClient,
  InitiateAuthCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { GetQueueAttributesCommand, SQSClient } from "@aws-sdk/client-sqs";
import { BatchGetCommand, type BatchGetCommandOutput, GetCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
import {
  type AanmeldingRecord,
  aanmeldingItem,
  getKalender,
  keys,
  registryKeys,
  slaKalenderOp,
  zonderSleutels,
} from "@elk/data";
import { type Kalender, schooljaarVan } from "@elk/domain";
import { regionConfig } from "@elk/infra/regions";
import { machine, meldUitkomsten, schrijfSectie } from "./doc-sectie";
import { HttpKlant, mediaan, metClienten, ms, verdeling } from "./last";
import { bijAfbreken } from "./opruimen";
import { profielMarkdown, vatProfielSamen } from "./profiel";
import { type BenchStack, cpuVanBoom, cpuVerschil, eigenCpu, startBenchStack } from "./stapel";
import {
  type Kind,
  keuzesVoor,
  OVERZICHT_SCHOOL,
  parallel,
  schrijfInBulk,
  vernieuwTokens,
  zaaiKinderen,
} from "./zaaien";

const DOEL_PER_S = 200;
const DOEL_OVERHEAD = 1.5;
const DEMO_WACHTWOORD = "Demo-ELK-2026!";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    aantal: { type: "string" },
    clienten: { type: "string", default: "50" },
    rondes: { type: "string" },
    /** Keep the CPU profile of the registration batch here (.cpuprofile: Chrome DevTools, speedscope). */
    profiel: { type: "string" },
  },
});
const snel = values.quick;
const N = Number(values.aantal ?? (snel ? 40 : 20_000));
const CLIENTEN = Number(values.clienten);
const OPWARMEN = snel ? 5 : 100;
/** The extra batch registered under the profiler (not in the measured figures). */
const PROFIEL = snel ? 10 : Math.min(2_000, Math.max(100, Math.round(N / 10)));
const RONDES = Number(values.rondes ?? (snel ? 3 : 41));
const SCHOOLJAAR = schooljaarVan(new Date());
const DOC = resolve(import.meta.dirname, "../../docs/benchmarks.md");
const COMMANDO = `npx tsx scripts/bench/aanmeldweek.ts${values.aantal ? ` --aantal ${N}` : ""}`;

const log = (tekst: string) => console.error(`[aanmeldweek] ${tekst}`);

interface Fase {
  wandMs: number;
  per: Map<string, number[]>;
  fouten: number;
  voorbeeldFouten: string[];
  cpu: Map<string, number>;
  clientCpu: number;
  belasting: number;
}

const belastingen: number[] = [];
const belastingMeter = setInterval(() => belastingen.push(loadavg()[0] ?? 0), 5000);
const belastingStart = loadavg()[0] ?? 0;
const profielMap = await mkdtemp(join(tmpdir(), "elk-bench-profiel-"));
bijAfbreken(() => rm(profielMap, { recursive: true, force: true }));
log(`stack starten (${N.toLocaleString("en")} leerlingen, ${CLIENTEN} clients)…`);
const stack = await startBenchStack();
try {
  const t0 = performance.now();
  const alle = await zaaiKinderen(stack, N + OPWARMEN + PROFIEL);
  const zaaiMs = performance.now() - t0;
  const gemeten = alle.slice(0, N);
  const opwarmen = alle.slice(N, N + OPWARMEN);
  const geprofileerd = alle.slice(N + OPWARMEN);
  log(`${alle.length} leerlingen + ouders gezaaid in ${(zaaiMs / 1000).toFixed(1)} s`);

  // 1. Registration week.
  await registreer(opwarmen, "opwarmen");
  const week = await registreer(gemeten, "meting");
  log(
    `${N} aanmeldingen in ${(week.wandMs / 1000).toFixed(1)} s: ${((N / week.wandMs) * 1000).toFixed(0)}/s, fouten ${week.fouten}`,
  );
  // The mails of the registrations sent before anything else is measured (the poller works on).
  const mailAchterstand = await wachtrijLengte(stack);
  const t2 = performance.now();
  await wachtOpLegeMailwachtrij(stack);
  const mailLeegMs = performance.now() - t2;
  const profielPad = join(profielMap, "aanmelden.cpuprofile");
  await stack.startProfiel();
  const onderProfiel = await registreer(geprofileerd, "profiel");
  await stack.stopProfiel(profielPad);
  const profiel = await vatProfielSamen(profielPad);
  if (values.profiel) await copyFile(profielPad, values.profiel);
  await wachtOpLegeMailwachtrij(stack);
  const t1 = performance.now();
  const controle = await controleerOpgeslagen(stack, alle);
  const controleMs = performance.now() - t1;
  log(
    `controle: ${controle.ok ? "ok" : `${controle.problemen.length} problemen`}, ${controle.aanmeldingen.length} aanmeldingen, ${controle.registry} registry-claims, in ${(controleMs / 1000).toFixed(1)} s`,
  );
  const ceiling = await dynamoPlafond(stack, gemeten.slice(0, Math.min(gemeten.length, 2000)));

  // 2. API overhead of the overview.
  const overzicht = await overzichtOverhead(stack, controle.perSchool.get(OVERZICHT_SCHOOL) ?? 0);

  // 3. The 16:00 peak.
  await plaatsEnMaakBekend(stack, controle.aanmeldingen);
  vernieuwTokens(stack, alle);
  await lees(opwarmen, "opwarmen");
  const piek = await lees(gemeten, "meting");
  log(
    `${N} ouders lezen in ${(piek.wandMs / 1000).toFixed(1)} s: ${((N / piek.wandMs) * 1000).toFixed(0)}/s, fouten ${piek.fouten}`,
  );

  const cognito = snel ? [] : await cognitoLocalMeting(stack, 600);
  const secties = {
    aanmeldweek: aanmeldweekMarkdown(
      week,
      onderProfiel,
      profiel,
      controle,
      controleMs,
      zaaiMs,
      ceiling,
      cognito,
      { achterstand: mailAchterstand, leegMs: mailLeegMs },
    ),
    overzicht: overzichtMarkdown(overzicht),
    bekendmaking: piekMarkdown(piek),
  };
  if (snel) {
    for (const tekst of Object.values(secties)) console.log(`${tekst}\n`);
  } else {
    for (const [naam, tekst] of Object.entries(secties)) await schrijfSectie(DOC, naam, tekst);
    log("docs/benchmarks.md bijgewerkt (secties aanmeldweek, overzicht, bekendmaking).");
  }
  const regs = verdeling(week.per.get("registration (both calls)") ?? []);
  const perS = (N / week.wandMs) * 1000;
  const leesPerS = (N / piek.wandMs) * 1000;
  const ratio = mediaan(overzicht.pagina) / mediaan(overzicht.ruw);
  await meldUitkomsten([
    {
      benchmark: "aanmeldweek",
      doel: "Registration week: ≥ 200 registrations/s through the HTTP API, 50 clients, 0 errors, each stored once",
      gemeten: `${N.toLocaleString("en")} registrations: ${perS.toFixed(0)}/s; p50/p95/p99 ${ms(regs.p50)}/${ms(regs.p95)}/${ms(regs.p99)} ms; ${week.fouten} errors; stored exactly once: ${controle.ok ? "yes" : "NO"}`,
      gehaald: perS >= DOEL_PER_S && week.fouten === 0 && controle.ok,
    },
    {
      benchmark: "aanmeldweek",
      doel: "16:00 peak: 20,000 parents read their result within a minute",
      gemeten: `${N.toLocaleString("en")} reads in ${(piek.wandMs / 1000).toFixed(1)} s (${leesPerS.toFixed(0)}/s; 20,000 would take ${(20_000 / leesPerS).toFixed(0)} s); ${piek.fouten} errors`,
      gehaald: 20_000 / leesPerS <= 60 && piek.fouten === 0,
    },
    {
      benchmark: "aanmeldweek",
      doel: "API overhead of the overview (2,000 registrations): page call p50 ≤ 1.5× the raw DynamoDB calls",
      gemeten: `${overzicht.aantal.toLocaleString("en")} registrations: ${ms(mediaan(overzicht.pagina))} ms vs ${ms(mediaan(overzicht.ruw))} ms = ${ratio.toFixed(2)}×`,
      gehaald: overzicht.aantal >= 2000 ? ratio <= DOEL_OVERHEAD : null,
    },
  ]);
  const mislukt = week.fouten + piek.fouten + onderProfiel.fouten > 0 || !controle.ok || overzicht.fouten > 0;
  if (mislukt) {
    console.error(week.voorbeeldFouten, piek.voorbeeldFouten, controle.problemen.slice(0, 5));
    process.exitCode = 1;
  }
} finally {
  clearInterval(belastingMeter);
  await stack.stop();
  await rm(profielMap, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------

async function meetFase(werk: (klant: HttpKlant) => Promise<void>): Promise<Fase> {
  const klant = new HttpKlant(stack.appUrl, CLIENTEN);
  const cpuVoor = await cpuVanBoom(stack.pid);
  const eigenVoor = eigenCpu();
  const start = performance.now();
  await werk(klant);
  const wandMs = performance.now() - start;
  const cpu = cpuVerschil(cpuVoor, await cpuVanBoom(stack.pid));
  klant.sluit();
  return {
    wandMs,
    per: klant.latenties,
    fouten: klant.aantalFouten(),
    voorbeeldFouten: klant.voorbeeldFouten,
    cpu,
    clientCpu: eigenCpu() - eigenVoor,
    belasting: loadavg()[0] ?? 0,
  };
}

/** The parents of `kinderen` register them, 50 at a time: concept list, then final. */
function registreer(kinderen: readonly Kind[], wat: string): Promise<Fase> {
  log(`registreren (${wat}, ${kinderen.length})…`);
  return meetFase(async (klant) => {
    const totaal: number[] = [];
    await metClienten(kinderen, CLIENTEN, async (k) => {
      const pad = `/api/ouder/kinderen/${k.leerling.id}`;
      const lijst = await klant.stuur("PUT voorkeurslijst", "PUT", `${pad}/voorkeurslijst`, {
        token: k.token,
        body: {
          keuzes: keuzesVoor(k.i, k.i < N),
          eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
        },
      });
      const klaar = await klant.stuur("POST aanmelden", "POST", `${pad}/aanmelden`, { token: k.token });
      totaal.push(lijst.ms + klaar.ms);
    });
    klant.latenties.set("registration (both calls)", totaal);
  });
}

/** The 16:00 peak: each parent opens the ouderportaal and reads the child's result. */
function lees(kinderen: readonly Kind[], wat: string): Promise<Fase> {
  log(`uitslag lezen (${wat}, ${kinderen.length})…`);
  return meetFase(async (klant) => {
    await metClienten(kinderen, CLIENTEN, async (k) => {
      const a = await klant.stuur("GET ouder/kinderen", "GET", "/api/ouder/kinderen", { token: k.token });
      if (a.status === 200) {
        const body = JSON.parse(a.tekst) as { items: Array<{ aanmelding?: { status: string } }> };
        if (body.items[0]?.aanmelding?.status !== "geplaatst") {
          klant.fouten.set("wrong result", (klant.fouten.get("wrong result") ?? 0) + 1);
        }
      }
    });
  });
}

interface Controle {
  ok: boolean;
  problemen: string[];
  aanmeldingen: AanmeldingRecord[];
  perSchool: Map<string, number>;
  registry: number;
  perLeerling: number;
}

/**
 * Every registration stored exactly once: once in the overview of its 1st-choice school (GSI1),
 * its claim in the registry pointing at it, and exactly one registration among the pupil's own
 * (GSI2) — the views a school, the other region and the parents read.
 */
async function controleerOpgeslagen(s: BenchStack, kinderen: readonly Kind[]): Promise<Controle> {
  log("controle: elke aanmelding precies één keer opgeslagen…");
  const problemen: string[] = [];
  const aanmeldingen: AanmeldingRecord[] = [];
  const perSchool = new Map<string, number>();
  for (const schoolId of new Set(kinderen.map((k) => keuzesVoor(k.i, k.i < N)[0]?.schoolId ?? ""))) {
    let start: Record<string, unknown> | undefined;
    do {
      const page = await s.db.doc.send(
        new QueryCommand({
          TableName: s.db.tableName,
          IndexName: "GSI1",
          KeyConditionExpression: "GSI1PK = :pk",
          ExpressionAttributeValues: { ":pk": keys.aanmelding.vanSchool(schoolId, SCHOOLJAAR) },
          ExclusiveStartKey: start,
        }),
      );
      for (const item of page.Items ?? []) aanmeldingen.push(item as AanmeldingRecord);
      perSchool.set(schoolId, (perSchool.get(schoolId) ?? 0) + (page.Items?.length ?? 0));
      start = page.LastEvaluatedKey;
    } while (start);
  }
  const perLeerlingId = new Map<string, AanmeldingRecord[]>();
  for (const a of aanmeldingen)
    perLeerlingId.set(a.leerlingId, [...(perLeerlingId.get(a.leerlingId) ?? []), a]);
  for (const k of kinderen) {
    const lijst = perLeerlingId.get(k.leerling.id) ?? [];
    if (lijst.length !== 1) problemen.push(`${k.leerling.id}: ${lijst.length}× in the schools' overviews`);
    else if (lijst[0]?.status !== "aangemeld") problemen.push(`${k.leerling.id}: status ${lijst[0]?.status}`);
  }
  if (aanmeldingen.length !== kinderen.length)
    problemen.push(`${aanmeldingen.length} registrations in the overviews for ${kinderen.length} pupils`);

  // The registry: one claim per pupil, naming this registration.
  const perHash = new Map(aanmeldingen.map((a) => [a.bsnHash, a.id]));
  let registry = 0;
  const hashes = kinderen.map((k) => k.leerling.bsnHash);
  for (let i = 0; i < hashes.length; i += 100) {
    let teLezen: Record<string, unknown>[] | undefined = hashes
      .slice(i, i + 100)
      .map((h) => ({ ...registryKeys.registratie(h, SCHOOLJAAR) }));
    while (teLezen && teLezen.length > 0) {
      const res: BatchGetCommandOutput = await s.registry.doc.send(
        new BatchGetCommand({
          RequestItems: { [s.registry.tableName]: { Keys: teLezen, ConsistentRead: true } },
        }),
      );
      for (const item of res.Responses?.[s.registry.tableName] ?? []) {
        const hash = String(item.PK).split("#")[1] ?? "";
        if (perHash.get(hash) === item.aanmeldingId) registry++;
        else problemen.push(`registry claim of ${hash} names ${item.aanmeldingId}`);
      }
      teLezen = res.UnprocessedKeys?.[s.registry.tableName]?.Keys;
    }
  }
  if (registry !== kinderen.length)
    problemen.push(`${registry} registry claims for ${kinderen.length} pupils`);

  // Each pupil's own registrations (what the ouderportaal reads): exactly one.
  let perLeerling = 0;
  await parallel(kinderen, 32, async (k) => {
    const res = await s.db.doc.send(
      new QueryCommand({
        TableName: s.db.tableName,
        IndexName: "GSI2",
        KeyConditionExpression: "GSI2PK = :pk",
        ExpressionAttributeValues: { ":pk": `LEERLING#${k.leerling.id}#AANMELDINGEN` },
      }),
    );
    if (res.Items?.length === 1) perLeerling++;
    else problemen.push(`${k.leerling.id}: ${res.Items?.length ?? 0} registrations of its own`);
  });
  return {
    ok: problemen.length === 0,
    problemen,
    aanmeldingen,
    perSchool,
    registry,
    perLeerling,
  };
}

/**
 * What DynamoDB Local alone allows: the registration's final transaction (registration item +
 * event + registry claim, the shape of `meldDefinitiefAan`) as a conditional update that changes
 * nothing, 50 at a time from this process — no gateway, no handler.
 */
async function dynamoPlafond(s: BenchStack, kinderen: readonly Kind[]) {
  log("DynamoDB Local alleen: GetItem en Query met 50 tegelijk…");
  const get = async () => {
    const start = performance.now();
    await parallel(kinderen, CLIENTEN, async (k) => {
      await s.db.doc.send(
        new GetCommand({
          TableName: s.db.tableName,
          Key: keys.leerling.item(k.leerling.id),
          ConsistentRead: true,
        }),
      );
    });
    return (kinderen.length / (performance.now() - start)) * 1000;
  };
  const query = async () => {
    const start = performance.now();
    await parallel(kinderen, CLIENTEN, async (k) => {
      await s.db.doc.send(
        new QueryCommand({
          TableName: s.db.tableName,
          IndexName: "GSI2",
          KeyConditionExpression: "GSI2PK = :pk",
          ExpressionAttributeValues: { ":pk": `LEERLING#${k.leerling.id}#AANMELDINGEN` },
        }),
      );
    });
    return (kinderen.length / (performance.now() - start)) * 1000;
  };
  const cpuVoor = await cpuVanBoom(s.pid);
  const gets = [await get(), await get(), await get()];
  const queries = [await query(), await query(), await query()];
  const cpu = cpuVerschil(cpuVoor, await cpuVanBoom(s.pid));
  return { gets, queries, cpu, aantal: kinderen.length };
}

interface Overhead {
  aantal: number;
  pagina: number[];
  ruw: number[];
  ruwData: number[];
  totaal: number;
  items: number;
  queryPaginas: number;
  fouten: number;
}

/** Messages in the mail queue, waiting or being handled. */
async function wachtrijLengte(s: BenchStack): Promise<number> {
  const sqs = new SQSClient({
    endpoint: s.endpoints.sqs,
    region: "eu-west-1",
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  try {
    const res = await sqs.send(
      new GetQueueAttributesCommand({
        QueueUrl: s.queues.mail,
        AttributeNames: ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"],
      }),
    );
    return (
      Number(res.Attributes?.ApproximateNumberOfMessages ?? 0) +
      Number(res.Attributes?.ApproximateNumberOfMessagesNotVisible ?? 0)
    );
  } catch (error) {
    log(`mailwachtrij niet te lezen: ${String(error)}`);
    return 0;
  } finally {
    sqs.destroy();
  }
}

async function wachtOpLegeMailwachtrij(s: BenchStack): Promise<void> {
  const tot = Date.now() + 15 * 60_000;
  while ((await wachtrijLengte(s)) > 0 && Date.now() < tot) await new Promise((r) => setTimeout(r, 500));
}

/**
 * Why the parents' tokens are signed here (scripts/bench/zaaien.ts): what making a parent's
 * identity through cognito-local costs — AdminCreateUser, AdminSetUserPassword and a sign-in,
 * as activating an ouderinlog does — per block of 100 users, as its pool file grows.
 */
async function cognitoLocalMeting(s: BenchStack, aantal: number): Promise<number[]> {
  log(`cognito-local: ${aantal} gebruikers aanmaken…`);
  const c = new CognitoIdentityProviderClient({
    endpoint: s.endpoints.cognito,
    region: "eu-west-1",
    credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
  });
  const perBlok: number[] = [];
  let t = performance.now();
  for (let i = 0; i < aantal; i++) {
    const Username = `bench-cognito-${i}@gebruikers.elk.local`;
    const Password = "Ouder-Wachtw00rd!";
    await c.send(
      new AdminCreateUserCommand({
        UserPoolId: s.userPoolId,
        Username,
        MessageAction: "SUPPRESS",
        TemporaryPassword: "Tijdelijk-12345!",
      }),
    );
    await c.send(
      new AdminSetUserPasswordCommand({ UserPoolId: s.userPoolId, Username, Password, Permanent: true }),
    );
    await c.send(
      new InitiateAuthCommand({
        AuthFlow: "USER_PASSWORD_AUTH",
        ClientId: s.userPoolClientId,
        AuthParameters: { USERNAME: Username, PASSWORD: Password },
      }),
    );
    if ((i + 1) % 100 === 0) {
      perBlok.push((performance.now() - t) / 100);
      t = performance.now();
    }
  }
  return perBlok;
}

/**
 * The overview page call against the DynamoDB calls it makes for the same data, alternated
 * round by round (which goes first alternates too), one client, so both see the same machine.
 */
async function overzichtOverhead(s: BenchStack, aantal: number): Promise<Overhead> {
  log(`overzicht: ${aantal} aanmeldingen bij ${OVERZICHT_SCHOOL}, ${RONDES} rondes…`);
  const klant = new HttpKlant(s.appUrl, 1);
  const inlog = await klant.stuur("inloggen", "POST", "/api/auth/inloggen", {
    body: { gebruikersnaam: "plaatser", wachtwoord: DEMO_WACHTWOORD },
  });
  const token = (JSON.parse(inlog.tekst) as { accessToken: string }).accessToken;
  const claims = JSON.parse(Buffer.from(token.split(".")[1] ?? "", "base64url").toString()) as {
    sub: string;
    jti: string;
  };
  const pad = `/api/aanmeldingen?schooljaar=${SCHOOLJAAR}&sorteer=aangemeldOp&richting=af&pagina=1&perPagina=50`;
  const db = s.db;
  let queryPaginas = 0;
  let paginasPerRonde = 0;
  const alles = async (pk: string, index: string): Promise<number> => {
    let start: Record<string, unknown> | undefined;
    let n = 0;
    do {
      const page = await db.doc.send(
        new QueryCommand({
          TableName: db.tableName,
          IndexName: index,
          KeyConditionExpression: `${index}PK = :pk`,
          ExpressionAttributeValues: { ":pk": pk },
          ExclusiveStartKey: start,
        }),
      );
      n += page.Items?.length ?? 0;
      queryPaginas++;
      start = page.LastEvaluatedKey;
    } while (start);
    return n;
  };
  /** The same reads as the request: the actor (claim → account, revoked token), then the four lists. */
  const ruw = async (metActor: boolean) => {
    const start = performance.now();
    if (metActor) {
      await Promise.all([
        db.doc
          .send(
            new GetCommand({
              TableName: db.tableName,
              Key: keys.claim("COGNITO_SUB", claims.sub),
              ConsistentRead: true,
            }),
          )
          .then((c) =>
            db.doc.send(
              new GetCommand({ TableName: db.tableName, Key: keys.gebruiker.item(String(c.Item?.eigenaar)) }),
            ),
          ),
        db.doc.send(
          new GetCommand({
            TableName: db.tableName,
            Key: keys.ingetrokkenToken(claims.jti),
            ConsistentRead: true,
          }),
        ),
      ]);
    }
    const [items] = await Promise.all([
      alles(keys.aanmelding.vanSchool(OVERZICHT_SCHOOL, SCHOOLJAAR), "GSI1"),
      alles(`SCHOOL#${OVERZICHT_SCHOOL}#GROEPEN`, "GSI1"),
      alles("SCHOLEN", "GSI2"),
      alles(`OSO#${OVERZICHT_SCHOOL}#${SCHOOLJAAR}`, "GSI1"),
    ]);
    return { ms: performance.now() - start, items };
  };
  const pagina: number[] = [];
  const ruwAlles: number[] = [];
  const ruwData: number[] = [];
  let totaal = 0;
  let items = 0;
  // Warm up both paths (handler module loaded, connections open).
  for (let i = 0; i < 3; i++) {
    await klant.stuur("overzicht", "GET", pad, { token });
    await ruw(true);
  }
  for (let r = 0; r < RONDES; r++) {
    const doePagina = async () => {
      const a = await klant.stuur("overzicht", "GET", pad, { token });
      pagina.push(a.ms);
      totaal = (JSON.parse(a.tekst) as { totaal: number }).totaal;
    };
    const doeRuw = async () => {
      queryPaginas = 0;
      const x = await ruw(true);
      paginasPerRonde = queryPaginas;
      ruwAlles.push(x.ms);
      items = x.items;
      ruwData.push((await ruw(false)).ms);
    };
    if (r % 2 === 0) {
      await doePagina();
      await doeRuw();
    } else {
      await doeRuw();
      await doePagina();
    }
  }
  klant.sluit();
  return {
    aantal,
    pagina,
    ruw: ruwAlles,
    ruwData,
    totaal,
    items,
    queryPaginas: paginasPerRonde,
    fouten: klant.aantalFouten(),
  };
}

/**
 * After the CP&L: every registration placed on its 1st-choice afdeling (written straight into the
 * table — placing is not what is measured here), and the calendar's announcement moment passed.
 */
async function plaatsEnMaakBekend(s: BenchStack, aanmeldingen: readonly AanmeldingRecord[]) {
  log(`${aanmeldingen.length} aanmeldingen plaatsen en de bekendmaking in het verleden zetten…`);
  const op = new Date().toISOString();
  const config = regionConfig("amstelland");
  await schrijfInBulk(
    s.db,
    aanmeldingen.map((item) => {
      const { version, ...rest } = item as AanmeldingRecord & { version: number };
      const a = zonderSleutels(rest as unknown as Record<string, unknown>) as unknown as AanmeldingRecord;
      const afdelingId = a.keuzes[0]?.afdelingId ?? "";
      const door = { gebruikerId: "bench", naam: "Benchmark" };
      return {
        ...aanmeldingItem({
          ...a,
          status: "geplaatst",
          plaatsing: { afdelingId, afdelingNaam: afdelingId, op, door },
        }),
        version: version + 1,
      };
    }),
  );
  const huidig = await getKalender(s.db, SCHOOLJAAR, config);
  const dag = (n: number) => new Date(Date.now() + n * 86_400_000).toISOString().slice(0, 10);
  const { version, ...kalender } = huidig;
  const bekend: Kalender = {
    ...kalender,
    aanmeldperiode: { van: dag(-40), tot: dag(-20) },
    behandelperiode: { van: dag(-40), tot: dag(-10) },
    decentraleLoting: dag(-8),
    centralePlaatsing: dag(-2),
    bekendmaking: new Date(Date.now() - 60_000).toISOString(),
  };
  await slaKalenderOp(s.db, bekend, version, {
    van: keys.kalender(SCHOOLJAAR),
    id: `bench-${Date.now()}`,
    tijdstip: op,
    soort: "kalender-gewijzigd",
    door: "systeem",
  });
}

// ---------------------------------------------------------------------------------------------
// Markdown

function belastingTekst(): string {
  const xs = belastingen.length ? belastingen : [belastingStart];
  return `1-minute load average ${belastingStart.toFixed(2)} at the start, ${Math.min(...xs).toFixed(2)}–${Math.max(...xs).toFixed(2)} during the run`;
}

function latentieTabel(fase: Fase): string {
  return `| request | n | p50 (ms) | p95 (ms) | p99 (ms) | max (ms) | errors |
|---|---:|---:|---:|---:|---:|---:|
${[...fase.per]
  .map(([route, xs]) => {
    const v = verdeling(xs);
    return `| ${route} | ${v.n.toLocaleString("en")} | ${ms(v.p50)} | ${ms(v.p95)} | ${ms(v.p99)} | ${ms(v.max)} | ${fase.fouten > 0 && route !== "registration (both calls)" ? (fase.voorbeeldFouten.filter((f) => f.startsWith(route)).length ? "see below" : 0) : 0} |`;
  })
  .join("\n")}`;
}

function cpuTabel(fase: Fase): string {
  const s = fase.wandMs / 1000;
  const rijen = [...fase.cpu].sort((a, b) => b[1] - a[1]);
  rijen.push(["load generator (this benchmark's clients)", fase.clientCpu]);
  const som = rijen.reduce((a, [, v]) => a + v, 0);
  return `| process | CPU (s) | cores busy (of 2) |
|---|---:|---:|
${rijen.map(([naam, v]) => `| ${naam} | ${v.toFixed(1)} | ${(v / s).toFixed(2)} |`).join("\n")}
| **all** | ${som.toFixed(1)} | ${(som / s).toFixed(2)} |`;
}

function aanmeldweekMarkdown(
  week: Fase,
  onderProfiel: Fase,
  profiel: Awaited<ReturnType<typeof vatProfielSamen>>,
  controle: Controle,
  controleMs: number,
  zaaiMs: number,
  plafond: Awaited<ReturnType<typeof dynamoPlafond>>,
  cognito: number[],
  mail: { achterstand: number; leegMs: number },
): string {
  const perS = (N / week.wandMs) * 1000;
  const perSProfiel = (onderProfiel.wandMs > 0 ? PROFIEL / onderProfiel.wandMs : 0) * 1000;
  const stackCpu = [...week.cpu].find(([k]) => k.startsWith("stack"))?.[1] ?? 0;
  const javaCpu = [...week.cpu].find(([k]) => k.startsWith("DynamoDB"))?.[1] ?? 0;
  const s = week.wandMs / 1000;
  const alleCpu = [...week.cpu].reduce((a, [, v]) => a + v, 0) + week.clientCpu;
  const cpuPerReg = (alleCpu / N) * 1000;
  const stackMs = (stackCpu / N) * 1000;
  const javaMs = (javaCpu / N) * 1000;
  const plafondRegs = 2000 / cpuPerReg;
  const javaAandeel = javaCpu / alleCpu;
  const sdk = profiel.eigenaars.find((e) => e.naam.startsWith("AWS SDK"))?.ms ?? 0;
  const perGet = mediaan(plafond.gets);
  const eigenCode =
    (100 *
      profiel.eigenaars
        .filter((e) => /^(functions\/src|packages\/|zod$)/.test(e.naam))
        .reduce((a, e) => a + e.ms, 0)) /
    profiel.bezigMs;
  return `## Registration week — \`scripts/bench/aanmeldweek.ts\`

Command: \`${COMMANDO}\` (part of \`npm run bench\`). Machine: ${machine()}, \`nproc\` = 2; ${belastingTekst()} (other work shares the machine).

${N.toLocaleString("en")} pupils of group 8, each with a parent's account (see *How* below); ${CLIENTEN} concurrent clients register them through the HTTP API of a local stack (the same \`startStack\` as \`npm start\`, free ports, a temporary data dir, in its own process) as the ouderportaal does: \`PUT /api/ouder/kinderen/{id}/voorkeurslijst\` (5 havo choices, a concept), then \`POST /api/ouder/kinderen/{id}/aanmelden\` (final: the registration and its registry claim in one transaction, the voorkeurslijst mail queued; the local poller sends the mails meanwhile — ${mail.achterstand.toLocaleString("en")} were still queued when the last registration was answered, sent ${(mail.leegMs / 1000).toFixed(0)} s later, before the next benchmarks began). ${OPWARMEN} registrations first to warm up, not counted.

| registrations | wall time | throughput | errors | target |
|---:|---:|---:|---:|---|
| ${N.toLocaleString("en")} | ${s.toFixed(1)} s | **${perS.toFixed(0)} registrations/s** (${((2 * N) / s).toFixed(0)} requests/s) | ${week.fouten} | ≥ ${DOEL_PER_S}/s — ${perS >= DOEL_PER_S ? "met" : "**not met**"} |

Latency per request and per registration (both calls), ms:

${latentieTabel(week)}

Stored exactly once (checked afterwards in ${(controleMs / 1000).toFixed(0)} s, over all ${controle.aanmeldingen.length.toLocaleString("en")} registrations of the run, warm-up and profiled batch included): ${controle.ok ? "**yes**" : `**NO** — ${controle.problemen.length} problems, e.g. ${controle.problemen.slice(0, 3).join("; ")}`} — each pupil exactly once in its 1st-choice school's overview (GSI1), ${controle.registry.toLocaleString("en")} registry claims each naming that registration, ${controle.perLeerling.toLocaleString("en")} pupils with exactly one registration of their own (GSI2).${week.fouten > 0 ? `\n\nErrors, first few: ${week.voorbeeldFouten.map((f) => `\`${f}\``).join("; ")}` : ""}

### Where the time goes

CPU of each process during the measured run (${s.toFixed(1)} s wall, read from /proc):

${cpuTabel(week)}

A registration costs ${cpuPerReg.toFixed(0)} ms of CPU in all: ${stackMs.toFixed(0)} ms in the stack's Node process (gateway, handlers, AWS SDK, the SQS/S3/SES stand-ins, the poller and mailer) and ${javaMs.toFixed(0)} ms in DynamoDB Local (${(100 * javaAandeel).toFixed(0)}% of all). This run got ${(alleCpu / s).toFixed(2)} of the 2 cores (other work had the rest). With both cores to itself the stack would still stop near **${Math.min(plafondRegs, 1000 / stackMs).toFixed(0)} registrations/s on this machine**: two cores give 2,000 ms of CPU a second (${plafondRegs.toFixed(0)}/s at ${cpuPerReg.toFixed(0)} ms), and the Node process is one event loop, so its ${stackMs.toFixed(0)} ms allow at most ${(1000 / stackMs).toFixed(0)}/s on one core. 200/s would need ${(2000 / DOEL_PER_S).toFixed(0)} ms of CPU per registration for everything — less than DynamoDB Local alone spends on one.

By reading the handlers, a registration makes 16 DynamoDB calls and one SQS call: each request resolves the actor (3 GetItems: the COGNITO_SUB claim, the account, the revoked-token check) and reads the pupil and the calendar; the PUT then Queries the pupil's registrations and writes a transaction; the POST Queries the pupil's registrations and GetItems the one in play, reads the oki-doc, writes the transaction with the registry claim and queues the mail; the region's schools come from the registration path's copy, read at most once a minute per container (issue #11: before, both requests Queried every school). DynamoDB Local alone, asked from this process with ${CLIENTEN} at a time (no gateway, no handler; ${plafond.aantal.toLocaleString("en")} keys, 3 runs each), answers ${plafond.gets.map((x) => x.toFixed(0)).join(", ")} GetItems/s and ${plafond.queries.map((x) => x.toFixed(0)).join(", ")} Queries/s: at 16 calls, about ${(perGet / 16).toFixed(0)} registrations/s from DynamoDB Local by itself, before any HTTP.

CPU profile of the stack process (V8's sampling profiler, 500 µs, over an extra batch of ${PROFIEL.toLocaleString("en")} registrations at ${perSProfiel.toFixed(0)}/s with the profiler on):

${profielMarkdown(profiel)}

**Bottleneck.** On this machine, the stack's single Node process first (${(1000 / stackMs).toFixed(0)}/s at most on its one thread), DynamoDB Local's CPU next (${(100 * javaAandeel).toFixed(0)}% of the CPU a registration costs). Within the Node process, ${((100 * sdk) / profiel.bezigMs).toFixed(0)}% of the busy time is the AWS SDK's work per call (middleware, SigV4 signing, endpoint resolution, (de)serialisation, its sockets) and the handlers' own code (functions/src, packages/domain, packages/data, packages/mail, zod) is ${eigenCode.toFixed(0)}% — so both costs grow with the number of DynamoDB calls per registration, not with ELK's logic. In AWS neither runs on these two cores: DynamoDB is a service and each request gets a Lambda of its own, so 200/s there is a matter of concurrency (by Little's law, 200 registrations/s of two requests of, say, 100 ms each keep about 40 requests in flight, far under Lambda's default limit of 1,000), not of this CPU.

**What would fix it** (for the local figure, and fewer calls per registration in AWS too): read the calendar (2 GetItems per registration) once per container, as the registration path now does with the region's schools (\`voScholenVoorAanmelden()\` in functions/src/http/aanmelden/gedeeld.ts, issue #11); keep the COGNITO_SUB → account mapping for the token's life (the revoked-token check stays per request); let the POST use the registration the PUT just wrote instead of Query + GetItem. That is 16 → about 11 calls. Locally, DynamoDB Local's \`-inMemory\` mode (scripts/local/stack.ts starts it on a file, \`sharedDb\`) would lower its cost per call further.

### How

*Seed.* Pupils (with their ELK-nummer and BSN claims and an event) and one parent's account per pupil (with its COGNITO_SUB and e-mail claims, as activation leaves it) are written straight into DynamoDB Local with packages/data's own item functions, by BatchWriteItem (${(zaaiMs / 1000).toFixed(0)} s for ${(N + OPWARMEN + PROFIEL).toLocaleString("en")}): the API has no bulk path for parents, and making them through it (the PO school's form, the ouderinlog mail, activation) is not what is measured.

*Tokens.* A parent's identity lives in cognito-local, which keeps a pool's users in one JSON file and rewrites it on every change${cognito.length ? ` — measured here: creating a user, setting its password and signing it in took ${cognito.map((x) => x.toFixed(0)).join(", ")} ms per user in successive blocks of 100, growing with the file` : ""}; 20,000 real parents would take hours before the first registration. The benchmark therefore signs each parent's access token itself, with cognito-local's own signing key (shipped in its package — the key of every token it issues), its key id, issuer, client id, claims and the pool's one-hour validity. The gateway checks these tokens exactly as it checks a sign-in's (JWKS, signature, issuer, expiry, client), and the handlers resolve the parent from the COGNITO_SUB claim as always. Signing in is not part of a registration and is not measured.

*Measure.* The load generator (scripts/bench/last.ts) runs in the benchmark's own process with ${CLIENTEN} keep-alive connections; latency is taken per request on the client. CPU per process is read from /proc before and after. The check reads the schools' overviews (GSI1), the registry (BatchGetItem) and every pupil's registrations (GSI2). Extrapolation: at ${perS.toFixed(0)}/s, 20,000 registrations take ${(20_000 / perS / 60).toFixed(1)} minutes on this machine${N < 20_000 ? ` (this run: ${N.toLocaleString("en")})` : ""}.`;
}

function overzichtMarkdown(o: Overhead): string {
  const p = mediaan(o.pagina);
  const r = mediaan(o.ruw);
  const rd = mediaan(o.ruwData);
  const bereik = (xs: number[]) => `${ms(Math.min(...xs))}–${ms(Math.max(...xs))}`;
  const ratio = p / r;
  return `## API overhead of Leerlingen > Overzicht — \`scripts/bench/aanmeldweek.ts\`

Command: \`${COMMANDO}\` (after the registration week, same stack). Machine: ${machine()}; ${belastingTekst()}.

The school (${OVERZICHT_SCHOOL}, signed in as \`plaatser\`) has ${o.aantal.toLocaleString("en")} registrations. *Page call*: \`GET /api/aanmeldingen?schooljaar=…&sorteer=aangemeldOp&richting=af&pagina=1&perPagina=50\`, what the overview page asks, through the local gateway (JWT check, handler, zod, JSON), ${o.totaal.toLocaleString("en")} rows in total, 50 on the page. *Raw calls*: the DynamoDB calls that request makes, with the same DocumentClient from this process — the actor (COGNITO_SUB claim → account, revoked-token check), then in parallel every page of the school's registrations on GSI1 (${o.items.toLocaleString("en")} items; ${o.queryPaginas} Query pages in all), its groups, the region's schools and its OSO dossiers. ${o.pagina.length} rounds, one client, alternating which goes first.

| | p50 (ms) | min–max (ms) | rounds |
|---|---:|---:|---:|
| page call | ${ms(p)} | ${bereik(o.pagina)} | ${o.pagina.length} |
| raw DynamoDB calls (actor + data) | ${ms(r)} | ${bereik(o.ruw)} | ${o.ruw.length} |
| raw DynamoDB calls (data only) | ${ms(rd)} | ${bereik(o.ruwData)} | ${o.ruwData.length} |

Ratio of the p50s: **${ratio.toFixed(2)}×** (page call / raw calls with the actor; ${(p / rd).toFixed(2)}× against the data reads alone). Target ≤ ${DOEL_OVERHEAD}× — ${ratio <= DOEL_OVERHEAD ? "met" : "**not met**"}.

Most of either is reading all ${o.items.toLocaleString("en")} registrations of the school, whichever page of 50 is shown: the handler (functions/src/http/behandelen/overzicht.ts) Queries them all, then filters, sorts and pages in memory — so the page call grows with the school, where the README speaks of "one Query per page whatever the size". The overhead on top of the reads (JWT check, routing, zod, building the rows, JSON) is what the ratio shows.`;
}

function piekMarkdown(piek: Fase): string {
  const perS = (N / piek.wandMs) * 1000;
  const stackCpu = [...piek.cpu].find(([k]) => k.startsWith("stack"))?.[1] ?? 0;
  const javaCpu = [...piek.cpu].find(([k]) => k.startsWith("DynamoDB"))?.[1] ?? 0;
  const cpuPerLees = (([...piek.cpu].reduce((a, [, v]) => a + v, 0) + piek.clientCpu) / N) * 1000;
  const s = piek.wandMs / 1000;
  const binnenMinuut = s <= 60;
  return `## The 16:00 peak: parents reading the result — \`scripts/bench/aanmeldweek.ts\`

Command: \`${COMMANDO}\` (after the registration week, same stack). Machine: ${machine()}; ${belastingTekst()}.

Every registration of the registration week placed (written straight into the table: placing is not what is measured) and the calendar's announcement moment set a minute in the past. ${N.toLocaleString("en")} parents open the ouderportaal — \`GET /api/ouder/kinderen\`, the page that shows the child's placement after the announcement — with ${CLIENTEN} concurrent clients; each answer is checked to show \`geplaatst\`. The announcement job (mails to parents and primary schools) is not running during this run.

| parents | wall time | throughput | errors | 20,000 within a minute |
|---:|---:|---:|---:|---|
| ${N.toLocaleString("en")} | ${s.toFixed(1)} s | **${perS.toFixed(0)} reads/s** | ${piek.fouten} | ${N >= 20_000 ? (binnenMinuut ? "met" : "**not met**") : `${(20_000 / perS / 60).toFixed(1)} min at this rate`} |

${latentieTabel(piek)}

CPU of each process during the run:

${cpuTabel(piek)}

A read costs ${cpuPerLees.toFixed(0)} ms of CPU in all (${((stackCpu / N) * 1000).toFixed(0)} ms in the stack process, ${((javaCpu / N) * 1000).toFixed(0)} ms in DynamoDB Local), so two cores allow at most about **${(2000 / cpuPerLees).toFixed(0)} reads/s** with this stack and the Node process's one thread ${(1000 / ((stackCpu / N) * 1000)).toFixed(0)}/s, against the ${(20_000 / 60).toFixed(0)}/s that 20,000 parents in a minute need. By reading the handler, \`GET /api/ouder/kinderen\` makes 6 DynamoDB calls: the actor (3 GetItems), the pupil, the calendar and the pupil's registrations (a Query); the schools' names come from the registration path's per-container copy (issue #11). The bottleneck is the same as in the registration week (the CPU DynamoDB Local and the AWS SDK spend per call); the calendar read once per container too would make it 5 calls. In AWS the reads spread over as many Lambdas as are needed; 333/s at ~100 ms is about 35 in flight.`;
}
