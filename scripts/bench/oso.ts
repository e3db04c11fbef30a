/**
 * `npx tsx scripts/bench/oso.ts [--quick] [--aantal 1000]` — issue 11's "1,000 OSO dossiers":
 *
 * 1. The domain alone: `bouwOverstapdossier` (packages/domain/src/oso) for 1,000 placed pupils
 *    with a full oki-doc, its PDF (70 KB) and two bijlagen, each zipped and base64-encoded into
 *    the XML as OSO asks — time per dossier and memory, each run in a fresh process.
 * 2. Through the worker: a local stack (scripts/bench/stapel.ts), 1,000 placed pupils at Amstelveen
 *    College with a released oki-doc and a bijlage in S3, the aanleverpunt registered through the
 *    API against the stand-in Traffic Center (scripts/local/oso), then *Bulkacties > OSO-dossiers
 *    klaarzetten* (POST /api/oso/dossiers) for all of them; the local poller feeds the OSO queue
 *    to the worker (functions/src/queue/oso.ts: gather, oki-doc PDF, build, S3, offer to the
 *    Traffic Center) until every dossier is ready.
 *
 * The full mode rewrites the section oso of docs/benchmarks.md; --quick (20 dossiers) only prints.
 */
import { execFile } from "node:child_process";
import { randomUUID } from "node:crypto";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { PutObjectCommand, S3Client } from "@aws-sdk/client-s3";
import { QueryCommand } from "@aws-sdk/lib-dynamodb";
import { keys } from "@elk/data";
import { bouwOverstapdossier, type OsoDossierInvoer, schooljaarVan, totpStap } from "@elk/domain";
import { totpCode, uitBase32 } from "../../functions/src/accounts/totp";
import { DEMO_TOTP_GEHEIM } from "../seed/amstelland";
import { machine, meldUitkomsten, schrijfSectie } from "./doc-sectie";
import { HttpKlant, mediaan, ms, verdeling } from "./last";
import { cpuMs } from "./opruimen";
import { cpuVanBoom, cpuVerschil, startBenchStack } from "./stapel";
import { aanmeldingVan, schrijfInBulk, zaaiAanmeldingen, zaaiKinderen } from "./zaaien";

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    aantal: { type: "string" },
    runs: { type: "string" },
    domein: { type: "string" },
  },
});
const snel = values.quick;
const N = Number(values.aantal ?? (snel ? 20 : 1000));
const RUNS = Number(values.runs ?? (snel ? 2 : 5));
const SCHOOL = "amstelveen-college";
const DEMO_WACHTWOORD = "Demo-ELK-2026!";
const DOC = resolve(import.meta.dirname, "../../docs/benchmarks.md");
const log = (tekst: string) => console.error(`[oso] ${tekst}`);

const bytes = (lengte: number, zaad: number) =>
  Buffer.from(Array.from({ length: lengte }, (_, i) => (i * 31 + zaad) % 256));
const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), bytes(70_000, 7), Buffer.from("\n%%EOF\n")]);

const VELDEN: Record<string, string> = {
  onderbouwing: "Werkt zelfstandig en haalt hoge scores.\nLeest veel.",
  wensOuders: "havo",
  wensLeerling: "havo",
  contactGewenst: "ja",
  contactpersoon: "Mevr. de Vries",
  contactTelefoon: "020-5550220",
  contactEmail: "devries@populier.example.org",
  doublureOfVersnelling: "nee",
  niveauLezen: "2f",
  niveauTaalverzorging: "1f",
  niveauRekenen: "1s",
  leerresultaten: "Stijgende lijn in groep 6 tot en met 8.",
  werkhouding: "Geconcentreerd en gemotiveerd.",
  sociaalEmotioneel: "Sociaal vaardig.",
  sterkePunten: "Lezen, tekenen.",
  aandachtspunten: "Faalangst bij toetsen.",
  extraOndersteuning: "ja",
  onderwijsbehoeften: "Een rustige werkplek en duidelijke planning.",
  medicijngebruik: "nee",
  ontwikkelingsperspectief: "nee",
  verzuimGeoorloofd: "6",
  verzuimOngeoorloofd: "1",
  leerplicht: "nee",
  oudersIngezien: "ja",
  thuissituatie: "Verhuist in de zomer binnen Amstelveen.",
  opmerkingen: "Geen.",
};

/** A placed pupil as the worker passes it to the domain: full oki-doc, its PDF and two bijlagen. */
function invoer(i: number): OsoDossierInvoer {
  return {
    leerling: {
      elkNummer: String(900_000 + i).padStart(9, "0"),
      roepnaam: "Noor",
      achternaam: `Berg ${i}`,
      geboortedatum: "2014-05-14",
      geslacht: "vrouw",
      identificatie: { soort: "bsn", nummer: "111222333" },
      adres: { straat: "Lindenlaan", huisnummer: "12a", postcode: "1185 LA", plaats: "Amstelveen" },
      emailOuders: `ouders${i}@example.org`,
    },
    ouders: [],
    huidigeSchool: {
      naam: "OBS De Populier",
      brin: "30PA",
      vestigingscode: "00",
      adres: { straat: "Populierenlaan", huisnummer: "2", postcode: "1185 SB", plaats: "Amstelveen" },
      telefoon: "020 - 555 10 01",
      aanleverpunt: "1001",
    },
    ontvangendeSchool: { naam: "Amstelveen College", brin: "20AC", vestigingscode: "00" },
    schooljaar: "2026-2027",
    advies: "havo",
    okidoc: {
      status: "vrijgegeven",
      velden: VELDEN,
      pdf: {
        bestandsnaam: `Oki-doc Noor Berg ${i}.pdf`,
        mimeType: "application/pdf",
        inhoud: PDF.toString("base64"),
        omschrijving: "Onderwijskundig document (oki-doc) uit ELK",
      },
      bijlagen: [
        {
          bestandsnaam: "Verslag logopedie.docx",
          mimeType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          inhoud: bytes(5_000, i).toString("base64"),
        },
        {
          bestandsnaam: "Groeigrafiek.png",
          mimeType: "image/png",
          inhoud: bytes(1_234, i + 1).toString("base64"),
        },
      ],
    },
    metadata: { pakketversie: "1" },
  };
}

interface DomeinMeting {
  dossiers: number;
  totaalMs: number;
  /** CPU time of the builds (the process, all threads). */
  cpuMs: number;
  perDossierMs: number[];
  xmlBytes: number;
  piekRss: number;
  heapNa: number;
}

if (values.domein !== undefined) {
  // One run in this (fresh) process: the inputs as the worker would hold them, then the builds.
  const n = Number(values.domein);
  const invoeren = Array.from({ length: n }, (_, i) => invoer(i));
  let piek = process.memoryUsage().rss;
  const meter = setInterval(() => {
    piek = Math.max(piek, process.memoryUsage().rss);
  }, 5);
  const perDossierMs: number[] = [];
  let xmlBytes = 0;
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  for (const x of invoeren) {
    const t = performance.now();
    xmlBytes += bouwOverstapdossier(x, { datum: "2027-03-20" }).length;
    perDossierMs.push(performance.now() - t);
  }
  const totaalMs = performance.now() - start;
  const cpu = cpuMs(cpuStart);
  clearInterval(meter);
  piek = Math.max(piek, process.memoryUsage().rss);
  const meting: DomeinMeting = {
    dossiers: n,
    totaalMs,
    cpuMs: cpu,
    perDossierMs,
    xmlBytes,
    piekRss: piek,
    heapNa: process.memoryUsage().heapUsed,
  };
  process.stdout.write(`${JSON.stringify(meting)}\n`);
  process.exit(0);
}

const belastingStart = loadavg()[0] ?? 0;
log(`domein: ${RUNS} runs van ${N} dossiers, elk in een eigen proces…`);
const domein: DomeinMeting[] = [];
for (let r = 0; r < RUNS; r++) domein.push(await inEigenProces(N));
log(`domein: ${domein.map((d) => (d.totaalMs / N).toFixed(2)).join(", ")} ms per dossier`);
const worker = await doorDeWorker();
const belastingEind = loadavg()[0] ?? 0;
const rapport = markdown();
if (snel) console.log(rapport);
else {
  await schrijfSectie(DOC, "oso", rapport);
  log("docs/benchmarks.md bijgewerkt (sectie oso).");
}
await meldUitkomsten([
  {
    benchmark: "oso",
    doel: "1,000 OSO dossiers through the worker (no target set)",
    gemeten: `${N.toLocaleString("en")} dossiers: domain build ${mediaan(domein.map((d) => d.totaalMs / d.dossiers)).toFixed(1)} ms each (peak RSS ${(mediaan(domein.map((d) => d.piekRss)) / 2 ** 20).toFixed(0)} MiB); through the worker all ready in ${(worker.totaalMs / 1000).toFixed(0)} s (${((worker.totaalMs - worker.klaarzettenMs) / N).toFixed(0)} ms each, one poller), the klaarzetten POST ${(worker.klaarzettenMs / 1000).toFixed(1)} s; ${worker.fouten} failed`,
    gehaald: null,
  },
]);
if (worker.fouten > 0 || worker.klaar !== N) process.exitCode = 1;

function inEigenProces(n: number): Promise<DomeinMeting> {
  return new Promise((klaar, fout) =>
    execFile(
      process.execPath,
      [...process.execArgv, import.meta.filename, "--domein", String(n)],
      { maxBuffer: 1 << 26 },
      (e, stdout) => (e ? fout(e) : klaar(JSON.parse(stdout) as DomeinMeting)),
    ),
  );
}

interface WorkerMeting {
  klaar: number;
  fouten: number;
  foutVoorbeelden: string[];
  klaarzettenMs: number;
  totaalMs: number;
  tijdlijn: number[];
  cpu: Map<string, number>;
  xmlGemiddeld: number;
}

async function doorDeWorker(): Promise<WorkerMeting> {
  log("stack starten…");
  const stack = await startBenchStack();
  try {
    const schooljaar = schooljaarVan(new Date());
    const nu = new Date();
    const kinderen = await zaaiKinderen(stack, N);
    const s3 = new S3Client({
      endpoint: stack.endpoints.s3,
      region: "eu-west-1",
      forcePathStyle: true,
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    });
    // A released oki-doc with one bijlage (its file in S3), and the registration placed.
    log(`${N} oki-docs, bijlagen en plaatsingen zaaien…`);
    const bijlagen = kinderen.map((k) => ({
      id: randomUUID(),
      leerlingId: k.leerling.id,
      bestandsnaam: "Verslag logopedie.pdf",
      contentType: "application/pdf",
      grootte: 20_000,
      s3Key: `okidoc/${schooljaar}/${k.leerling.id}/bijlagen/${randomUUID()}.pdf`,
      toegevoegdOp: nu.toISOString(),
      // Issue #10: a dossier holds only bijlagen the malware scan found clean; seeded as scanned.
      scan: "schoon",
    }));
    const inhoud = Buffer.concat([Buffer.from("%PDF-1.4\n"), bytes(20_000, 3)]);
    let volgende = 0;
    await Promise.all(
      Array.from({ length: 8 }, async () => {
        while (volgende < bijlagen.length) {
          const b = bijlagen[volgende++];
          if (!b) break;
          await s3.send(
            new PutObjectCommand({
              Bucket: stack.bucketName,
              Key: b.s3Key,
              Body: inhoud,
              ContentType: b.contentType,
            }),
          );
        }
      }),
    );
    await schrijfInBulk(stack.db, [
      ...kinderen.map((k) => ({
        ...keys.okidoc(k.leerling.id),
        type: "Okidoc",
        leerlingId: k.leerling.id,
        schooljaar,
        poSchoolId: k.leerling.poSchoolId,
        status: "vrijgegeven",
        velden: VELDEN,
        gewijzigdOp: nu.toISOString(),
        vrijgegevenOp: nu.toISOString(),
        version: 1,
      })),
      ...bijlagen.map((b) => ({ ...keys.okidocBijlage(b.leerlingId, b.id), type: "OkidocBijlage", ...b })),
    ]);
    const door = { gebruikerId: "bench", naam: "Benchmark" };
    const aanmeldingen = kinderen.map((k) => {
      const a = aanmeldingVan(k, nu, "geplaatst");
      return {
        ...a,
        keuzes: [{ schoolId: SCHOOL, afdelingId: "havo" }],
        okidoc: "vrijgegeven" as const,
        plaatsing: { afdelingId: "havo", afdelingNaam: "havo", op: nu.toISOString(), door },
      };
    });
    await zaaiAanmeldingen(stack, aanmeldingen);

    // OSO > Configureren as the contactpersoon: the number and key from "Mijn OSO", Registreer.
    const klant = new HttpKlant(stack.appUrl, 4);
    const inloggen = async (gebruikersnaam: string): Promise<string> => {
      const eerst = JSON.parse(
        (
          await klant.stuur("inloggen", "POST", "/api/auth/inloggen", {
            body: { gebruikersnaam, wachtwoord: DEMO_WACHTWOORD },
          })
        ).tekst,
      ) as { accessToken?: string; mfa?: string; sessie?: string; geheim?: string };
      if (!eerst.mfa) return eerst.accessToken ?? "";
      // Issue #10: staff sign in with a second factor; the demo accounts share the seed's TOTP secret.
      const code = totpCode(uitBase32(eerst.geheim ?? DEMO_TOTP_GEHEIM), totpStap(new Date()));
      const mfa = JSON.parse(
        (
          await klant.stuur("inloggen mfa", "POST", "/api/auth/inloggen/mfa", {
            body: { sessie: eerst.sessie, code },
          })
        ).tekst,
      ) as { accessToken: string };
      return mfa.accessToken;
    };
    const contactpersoon = await inloggen("contactpersoon");
    const plaatser = await inloggen("plaatser");
    const lijst = JSON.parse(
      (await klant.stuur("aanleverpunten", "GET", "/api/oso/aanleverpunten", { token: contactpersoon }))
        .tekst,
    ) as { items: Array<{ schoolId: string; brin: string; vestigingscode: string; version: number }> };
    const regel = lijst.items.find((a) => a.schoolId === SCHOOL);
    const punt = stack.oso.aanleverpunten.find(
      (a) => a.brin === regel?.brin && a.vestigingscode === regel?.vestigingscode,
    );
    if (!regel || !punt) throw new Error("no aanleverpunt for Amstelveen College in Mijn OSO");
    await klant.stuur("aanleverpunt opslaan", "PUT", `/api/oso/aanleverpunten/${SCHOOL}`, {
      token: contactpersoon,
      body: { nummer: punt.nummer, sleutel: punt.sleutel, version: regel.version },
    });
    await klant.stuur("registreer", "POST", `/api/oso/aanleverpunten/${SCHOOL}/registreer`, {
      token: contactpersoon,
    });

    // Bulkacties > OSO-dossiers klaarzetten, all at once, then wait for the worker.
    log(`${N} dossiers klaarzetten en wachten op de worker…`);
    const cpuVoor = await cpuVanBoom(stack.pid);
    const start = performance.now();
    const zet = await klant.stuur("klaarzetten", "POST", "/api/oso/dossiers", {
      token: plaatser,
      body: { schooljaar, aanmeldingIds: aanmeldingen.map((a) => a.id) },
    });
    const klaarzettenMs = performance.now() - start;
    const tijdlijn: number[] = [];
    let klaar = 0;
    let fouten = 0;
    const foutVoorbeelden: string[] = [];
    let xmlGemiddeld = 0;
    for (;;) {
      const dossiers = await alleDossiers(stack.db, schooljaar);
      klaar = dossiers.filter((d) => d.status === "klaar" || d.status === "opgehaald").length;
      const fout = dossiers.filter((d) => d.status === "fout");
      fouten = fout.length;
      for (const d of fout.slice(0, 3)) foutVoorbeelden.push(String(d.fout));
      tijdlijn.push(klaar);
      if (klaar + fouten >= N) break;
      if (performance.now() - start > 30 * 60_000)
        throw new Error(`only ${klaar} of ${N} dossiers ready after 30 min`);
      await new Promise((r) => setTimeout(r, 1000));
    }
    const totaalMs = performance.now() - start;
    const cpu = cpuVerschil(cpuVoor, await cpuVanBoom(stack.pid));
    // The size of a dossier as offered: one of them, read back from the stand-in Traffic Center.
    const een = aanmeldingen[0];
    if (een && regel) {
      const res = await fetch(
        `${stack.oso.trafficCenterUrl}/scholen/${regel.brin}/${regel.vestigingscode}/dossiers/${een.id}`,
      );
      if (res.ok) xmlGemiddeld = (await res.text()).length;
    }
    if (zet.status !== 200) foutVoorbeelden.push(`klaarzetten: ${zet.status} ${zet.tekst.slice(0, 200)}`);
    klant.sluit();
    log(`worker: ${klaar} klaar, ${fouten} fout, in ${(totaalMs / 1000).toFixed(1)} s`);
    return {
      klaar,
      fouten: fouten + (zet.status === 200 ? 0 : 1),
      foutVoorbeelden,
      klaarzettenMs,
      totaalMs,
      tijdlijn,
      cpu,
      xmlGemiddeld,
    };
  } finally {
    await stack.stop();
  }
}

async function alleDossiers(
  db: { doc: import("@aws-sdk/lib-dynamodb").DynamoDBDocumentClient; tableName: string },
  schooljaar: string,
) {
  const uit: Array<Record<string, unknown>> = [];
  let start: Record<string, unknown> | undefined;
  do {
    const page = await db.doc.send(
      new QueryCommand({
        TableName: db.tableName,
        IndexName: "GSI1",
        KeyConditionExpression: "GSI1PK = :pk",
        ExpressionAttributeValues: { ":pk": keys.osoDossier.index(SCHOOL, schooljaar, "").GSI1PK },
        ExclusiveStartKey: start,
      }),
    );
    uit.push(...(page.Items ?? []));
    start = page.LastEvaluatedKey;
  } while (start);
  return uit;
}

function markdown(): string {
  const mb = (b: number) => `${(b / 2 ** 20).toFixed(0)} MiB`;
  const perDossier = domein.map((d) => d.totaalMs / d.dossiers);
  const perDossierCpu = domein.map((d) => d.cpuMs / d.dossiers);
  const p95 = domein.map((d) => verdeling(d.perDossierMs).p95);
  const totaal = domein.map((d) => d.totaalMs);
  const rss = domein.map((d) => d.piekRss);
  const xmlKb = (domein[0]?.xmlBytes ?? 0) / (domein[0]?.dossiers ?? 1) / 1024;
  const s = worker.totaalMs / 1000;
  const stackCpu = [...worker.cpu].find(([k]) => k.startsWith("stack"))?.[1] ?? 0;
  const cpuRegels = [...worker.cpu]
    .sort((a, b) => b[1] - a[1])
    .map(([naam, v]) => `${naam} ${v.toFixed(1)} s (${(v / s).toFixed(2)} cores)`)
    .join("; ");
  return `## OSO: ${N.toLocaleString("en")} dossiers — \`scripts/bench/oso.ts\`

Command: \`npx tsx scripts/bench/oso.ts\` (part of \`npm run bench\`). Machine: ${machine()}, \`nproc\` = 2; 1-minute load average ${belastingStart.toFixed(2)} at the start, ${belastingEind.toFixed(2)} at the end.

**The domain alone.** \`bouwOverstapdossier\` (packages/domain/src/oso) for ${N.toLocaleString("en")} placed pupils, each with every oki-doc field filled, the oki-doc PDF (70 KB) and two bijlagen (5 KB, 1.2 KB) — every file zipped (fflate, stored) and base64-encoded into the XML as the OSO gegevensset asks; ${(xmlKb).toFixed(0)} KB of XML per dossier. Each run in a fresh Node process (the inputs built first, then the ${N.toLocaleString("en")} builds one after the other); ${RUNS} runs.

| | median | min–max |
|---|---:|---:|
| ${N.toLocaleString("en")} dossiers | ${ms(mediaan(totaal))} ms | ${ms(Math.min(...totaal))}–${ms(Math.max(...totaal))} ms |
| per dossier (mean of a run) | ${mediaan(perDossier).toFixed(2)} ms | ${Math.min(...perDossier).toFixed(2)}–${Math.max(...perDossier).toFixed(2)} ms |
| per dossier, CPU time (mean of a run) | ${mediaan(perDossierCpu).toFixed(2)} ms | ${Math.min(...perDossierCpu).toFixed(2)}–${Math.max(...perDossierCpu).toFixed(2)} ms |
| per dossier, p95 of a run | ${mediaan(p95).toFixed(2)} ms | ${Math.min(...p95).toFixed(2)}–${Math.max(...p95).toFixed(2)} ms |
| peak RSS of the process (inputs + builds) | ${mb(mediaan(rss))} | ${mb(Math.min(...rss))}–${mb(Math.max(...rss))} |

The peak RSS is mostly the inputs held for all ${N.toLocaleString("en")} dossiers at once (each PDF in base64, ~95 KB); the worker builds one dossier at a time.

**Through the worker.** A local stack; ${N.toLocaleString("en")} placed pupils at Amstelveen College, each with a released oki-doc and one 20 KB bijlage in S3 (seeded); the aanleverpunt saved and registered through the API (OSO > Configureren) with the number and key of the stand-in Traffic Center's "Mijn OSO"; then one \`POST /api/oso/dossiers\` (*Bulkacties > OSO-dossiers klaarzetten*) for all ${N.toLocaleString("en")}. The local poller hands the OSO queue to \`functions/src/queue/oso.ts\` in batches of 5, one batch at a time (as one Lambda would): gather the records, render and store the oki-doc PDF, build the dossier, put it in S3 and offer it to the stand-in Traffic Center (scripts/local/oso), which checks it${"" /* the XSD check is optional */} and keeps it for the school's LAS.

| dossiers | klaarzetten (the POST) | until all ready | per dossier | ready | failed |
|---:|---:|---:|---:|---:|---:|
| ${N.toLocaleString("en")} | ${(worker.klaarzettenMs / 1000).toFixed(1)} s | ${s.toFixed(1)} s | ${((worker.totaalMs - worker.klaarzettenMs) / N).toFixed(0)} ms | ${worker.klaar.toLocaleString("en")} | ${worker.fouten} |

An offered dossier (PDF and bijlage inside) is ${(worker.xmlGemiddeld / 1024).toFixed(0)} KB. CPU during the run: ${cpuRegels}; the stack process spent ${((stackCpu / N) * 1000).toFixed(0)} ms of CPU per dossier.${worker.foutVoorbeelden.length ? `\n\nErrors: ${worker.foutVoorbeelden.map((f) => `\`${f}\``).join("; ")}` : ""}

The building itself is a small part of a dossier's time through the worker: the rest is the records read from DynamoDB Local, the oki-doc PDF rendered and stored, the S3 puts and the Traffic Center's check — one message after another, as a single local poller runs them. In AWS the SQS event source runs several worker Lambdas at once, so the wall time there divides by their number. The \`POST /api/oso/dossiers\` for ${N.toLocaleString("en")} pupils handles them 16 at a time (issue #11; for each: the registration and the pupil read, the primary school once per school, the dossier record read and written) and puts every ten dossiers set ready on the queue at once in one SendMessageBatch, each exactly once: ${(worker.klaarzettenMs / 1000).toFixed(1)} s here, ${(worker.klaarzettenMs / N).toFixed(1)} ms a pupil${worker.klaarzettenMs > 10_000 ? " — still longer than the 10 s the HTTP Lambdas get (HTTP_TIMEOUT in infra/lib/stacks/region-stack.ts): on this machine DynamoDB Local and the stack's one Node process share two cores, so the 16 at a time mostly wait for each other; DynamoDB itself answers each call in a few ms" : `, within the 10 s the HTTP Lambdas get (HTTP_TIMEOUT in infra/lib/stacks/region-stack.ts)`}. Before issue #11 the pupils were handled one after the other and queued only after the loop: 25.8 s for 1,000 here.`;
}
