/**
 * `npx tsx scripts/bench/bundels.ts [--quick] [--runs N]` — issue 11's Lambda bundles: every
 * Lambda entry of the region stack (infra/lib/stacks/region-stack.ts: one per HTTP context, the
 * queue workers, the scheduled jobs) bundled with esbuild exactly as infra/lib/constructs/
 * elk-function.ts has NodejsFunction do it (ESM, target node22, minify, source map without
 * sources, the createRequire banner, the root tsconfig, bundleAwsSDK: the AWS SDK bundled in,
 * nothing external). Reports the size of each bundle, and its module initialisation: the time to
 * `import()` it in a fresh Node process with the environment the stack gives it, the median of
 * several processes — with and without `--enable-source-maps` (the stack sets it in NODE_OPTIONS),
 * and, for comparison, the same entry built as before issue #11's fix, with @aws-sdk/* and
 * @smithy/* external (loaded from node_modules as the runtime loads its own) — all interleaved run
 * by run.
 *
 * The full mode rewrites the section bundels of docs/benchmarks.md; --quick bundles every entry,
 * imports three of them once and only prints.
 */
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { gzipSync } from "node:zlib";
import { ALL_ROUTES } from "@elk/contracts";
import { regionConfig } from "@elk/infra/regions";
import { type BuildOptions, build, version as esbuildVersie, type Metafile } from "esbuild";
import {
  httpHandlerEntry,
  queueHandlerEntry,
  ROOT_TSCONFIG,
  scheduledHandlerEntry,
} from "../../infra/lib/paths";
import { machine, meldUitkomsten, schrijfSectie } from "./doc-sectie";
import { mediaan } from "./last";
import { bijAfbreken } from "./opruimen";
import { profielMarkdown, vatProfielSamen } from "./profiel";

const ROOT = resolve(import.meta.dirname, "../..");
const DOEL_BYTES = 1.5 * 1024 * 1024;
const DOEL_INIT_MS = 300;
/** infra/lib/constructs/elk-function.ts */
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, runs: { type: "string" } },
});
const snel = values.quick;
const RUNS = Number(values.runs ?? (snel ? 1 : 5));
/** --quick imports only these (every entry is still bundled). */
const SNEL_INIT = ["http/aanmelden", "queue/oso", "scheduled/bekendmaking"];

const contexts = [...new Set(ALL_ROUTES.map((r) => r.context))];
const ENTRIES: Array<{ naam: string; entry: string }> = [
  ...contexts.map((c) => ({ naam: `http/${c}`, entry: httpHandlerEntry(c) })),
  ...["mailer", "exporter", "loting", "oso"].map((q) => ({
    naam: `queue/${q}`,
    entry: queueHandlerEntry(q),
  })),
  ...["bekendmaking", "oso-status", "uitgestelde-mails"].map((s) => ({
    naam: `scheduled/${s}`,
    entry: scheduledHandlerEntry(s),
  })),
];

/** The environment region-stack.ts gives every function (values stand in for the deployed ones). */
const OMGEVING: Record<string, string> = {
  AWS_REGION: "eu-west-1",
  AWS_ACCESS_KEY_ID: "x",
  AWS_SECRET_ACCESS_KEY: "x",
  TABLE_NAME: "elk-amstelland",
  REGISTRY_TABLE_NAME: "elk-registry",
  BSN_GEHEIM: "benchmark-geheim-alleen-voor-de-meting",
  FILES_BUCKET: "elk-amstelland-files",
  USER_POOL_ID: "eu-west-1_bench",
  USER_POOL_CLIENT_ID: "bench",
  MAIL_QUEUE_URL: "https://sqs.eu-west-1.amazonaws.com/000000000000/mail",
  OSO_QUEUE_URL: "https://sqs.eu-west-1.amazonaws.com/000000000000/oso",
  EXPORTS_QUEUE_URL: "https://sqs.eu-west-1.amazonaws.com/000000000000/exports",
  LOTING_QUEUE_URL: "https://sqs.eu-west-1.amazonaws.com/000000000000/loting",
  OSO_TRAFFIC_CENTER_URL: "https://oso.example.org",
  REGION_CONFIG: JSON.stringify(regionConfig("amstelland")),
  APP_URL: "https://elk.example.org",
};

/** NodejsFunction's esbuild options in elk-function.ts (bundleAwsSDK: nothing external). */
const OPTIES: BuildOptions = {
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node22",
  minify: true,
  sourcemap: true,
  sourcesContent: false,
  banner: { js: ESM_REQUIRE_BANNER },
  tsconfig: ROOT_TSCONFIG,
  mainFields: ["module", "main"],
  metafile: true,
  logLevel: "error",
};
/** The SDK left to the runtime, as before bundleAwsSDK (cdk.json enables sdkV3ExcludeSmithyPackages). */
const EXTERN = ["@aws-sdk/*", "@smithy/*"];

interface Meting {
  ms: number;
  cpu: number;
}

interface Bundel {
  naam: string;
  bytes: number;
  gzip: number;
  mapBytes: number;
  /** Wall time of each import, ms. */
  init: number[];
  /** CPU time of the same imports (the process, all threads), ms. */
  initCpu: number[];
  initMetMaps: number[];
  /** The same entry with the AWS SDK external, as deployed before issue #11 (from node_modules). */
  sdkExtern: { bytes: number; init: number[] } | undefined;
  grootste: Array<{ pakket: string; bytes: number }>;
}

/**
 * A bundle's init as judged against the target: the median CPU time of the import where the wall
 * time is longer — on this shared machine the wall time also holds the waiting for a core.
 */
function initMs(b: Bundel): number {
  return Math.min(mediaan(b.init), b.initCpu.length ? mediaan(b.initCpu) : Number.POSITIVE_INFINITY);
}

const map = await mkdtemp(join(tmpdir(), "elk-bench-bundels-"));
bijAfbreken(() => rm(map, { recursive: true, force: true }));
// The comparison build's externals (@aws-sdk, @smithy) resolve from the repository's node_modules, as the runtime's own.
await symlink(join(ROOT, "node_modules"), join(map, "node_modules"), "dir");
const belastingStart = loadavg()[0] ?? 0;
const bundels: Bundel[] = [];
let initProfiel: { naam: string; tekst: string } | undefined;
try {
  for (const { naam, entry } of ENTRIES) {
    const uit = join(map, naam.replace("/", "-"));
    await mkdir(uit, { recursive: true });
    const outfile = join(uit, "index.mjs");
    const res = await build({ ...OPTIES, entryPoints: [entry], outfile });
    const meta: Metafile = res.metafile ?? { inputs: {}, outputs: {} };
    const code = await readFile(outfile);
    let sdkExtern: Bundel["sdkExtern"];
    const sdkExternBestand = join(uit, "sdk-extern", "index.mjs");
    if (!snel) {
      await build({
        ...OPTIES,
        entryPoints: [entry],
        outfile: sdkExternBestand,
        external: EXTERN,
        metafile: false,
      });
      sdkExtern = { bytes: (await stat(sdkExternBestand)).size, init: [] };
    }
    const b: Bundel = {
      naam,
      bytes: code.length,
      gzip: gzipSync(code).length,
      mapBytes: (await stat(`${outfile}.map`)).size,
      init: [],
      initCpu: [],
      initMetMaps: [],
      sdkExtern,
      grootste: perPakket(meta, outfile),
    };
    // The variants one after the other in each run, so all see the same load on the machine.
    const runs = snel && !SNEL_INIT.includes(naam) ? 0 : RUNS;
    for (let r = 0; r < runs; r++) {
      const m = await initTijd(outfile, false);
      b.init.push(m.ms);
      b.initCpu.push(m.cpu);
      if (snel) continue;
      b.initMetMaps.push((await initTijd(outfile, true)).ms);
      sdkExtern?.init.push((await initTijd(sdkExternBestand, false)).ms);
    }
    bundels.push(b);
    console.error(
      `[bundels] ${naam}: ${kb(b.bytes)}${b.init.length ? `, init ${mediaan(b.init).toFixed(0)} ms (CPU ${mediaan(b.initCpu).toFixed(0)} ms)` : ""}`,
    );
  }
  if (!snel) initProfiel = await profielVanInit("http/aanmelden");
} finally {
  await rm(map, { recursive: true, force: true });
}

const getimed = bundels.filter((b) => b.init.length > 0);
const grootste = bundels.reduce((a, b) => (b.bytes > a.bytes ? b : a));
const traagste = getimed.reduce((a, b) => (initMs(b) > initMs(a) ? b : a));
await meldUitkomsten([
  {
    benchmark: "bundels",
    doel: "Lambda bundles < 1.5 MiB minified",
    gemeten: `largest ${grootste.naam} ${kb(grootste.bytes)}; ${bundels.filter((b) => b.bytes >= DOEL_BYTES).length} of ${bundels.length} over`,
    gehaald: bundels.every((b) => b.bytes < DOEL_BYTES),
  },
  {
    benchmark: "bundels",
    doel: "Module initialisation < 300 ms in a fresh Node process",
    gemeten: `median over the bundles ${mediaan(getimed.map((b) => mediaan(b.init))).toFixed(0)} ms wall, ${mediaan(getimed.map((b) => mediaan(b.initCpu))).toFixed(0)} ms CPU; slowest ${traagste.naam} ${initMs(traagste).toFixed(0)} ms; ${getimed.filter((b) => initMs(b) >= DOEL_INIT_MS).length} of ${getimed.length} over`,
    gehaald: getimed.every((b) => initMs(b) < DOEL_INIT_MS),
  },
]);
const rapport = markdown();
if (snel) console.log(rapport);
else {
  await schrijfSectie(resolve(ROOT, "docs/benchmarks.md"), "bundels", rapport);
  console.error("[bundels] docs/benchmarks.md bijgewerkt (sectie bundels).");
}

/** Wall and CPU time of importing the bundle in a fresh Node process, measured inside it around the import(). */
function initTijd(bestand: string, bronkaarten: boolean): Promise<Meting> {
  const controle = `if (typeof m.handler !== "function") throw new Error("no handler");`;
  const script = `const t = performance.now(); const c = process.cpuUsage(); const m = await import(${JSON.stringify(pathToFileURL(bestand).href)}); const ms = performance.now() - t; const u = process.cpuUsage(c); ${controle} console.log(JSON.stringify({ ms, cpu: (u.user + u.system) / 1000 }));`;
  return new Promise((klaar, fout) =>
    execFile(
      process.execPath,
      [...(bronkaarten ? ["--enable-source-maps"] : []), "--input-type=module", "-e", script],
      { env: { PATH: process.env.PATH ?? "", ...OMGEVING }, cwd: map },
      (e, stdout, stderr) =>
        e ? fout(new Error(`${bestand}: ${stderr}`)) : klaar(JSON.parse(stdout.trim()) as Meting),
    ),
  );
}

/** A CPU profile of one import of a bundle, summarised. */
async function profielVanInit(naam: string): Promise<{ naam: string; tekst: string } | undefined> {
  const entry = ENTRIES.find((e) => e.naam === naam)?.entry;
  if (!entry) return undefined;
  const profielMap = await mkdtemp(join(tmpdir(), "elk-bench-init-"));
  const bundel = join(profielMap, "index.mjs");
  await symlink(join(ROOT, "node_modules"), join(profielMap, "node_modules"), "dir");
  try {
    await build({ ...OPTIES, entryPoints: [entry], outfile: bundel });
    const script = `await import(${JSON.stringify(pathToFileURL(bundel).href)});`;
    await new Promise<void>((klaar, fout) =>
      execFile(
        process.execPath,
        [
          "--cpu-prof",
          "--cpu-prof-dir",
          profielMap,
          "--cpu-prof-interval",
          "100",
          "--input-type=module",
          "-e",
          script,
        ],
        { env: { PATH: process.env.PATH ?? "", ...OMGEVING }, cwd: profielMap },
        (e) => (e ? fout(e) : klaar()),
      ),
    );
    const bestand = (await readdir(profielMap)).find((f) => f.endsWith(".cpuprofile"));
    if (!bestand) return undefined;
    return { naam, tekst: profielMarkdown(await vatProfielSamen(join(profielMap, bestand), 8), 6) };
  } finally {
    await rm(profielMap, { recursive: true, force: true });
  }
}

/** The bytes of the output by where they come from: a package, or our own workspaces. */
function perPakket(meta: Metafile, outfile: string): Array<{ pakket: string; bytes: number }> {
  const uitvoer = Object.entries(meta.outputs).find(([pad]) => resolve(pad) === outfile)?.[1];
  const per = new Map<string, number>();
  for (const [pad, { bytesInOutput }] of Object.entries(uitvoer?.inputs ?? {})) {
    const nm = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(pad);
    const pakket = nm?.[1];
    const wie = pakket
      ? /^@(aws-sdk|smithy|aws-crypto)\//.test(pakket)
        ? "AWS SDK"
        : pakket
      : (/^(functions|packages\/[^/]+)/.exec(pad)?.[1] ?? "other");
    per.set(wie, (per.get(wie) ?? 0) + bytesInOutput);
  }
  return [...per]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 4)
    .map(([pakket, bytes]) => ({ pakket, bytes }));
}

function kb(b: number): string {
  return b >= 1024 * 1024 ? `${(b / 1024 / 1024).toFixed(2)} MiB` : `${(b / 1024).toFixed(0)} KiB`;
}

function markdown(): string {
  const bereik = (xs: number[]) =>
    xs.length
      ? `${mediaan(xs).toFixed(0)} (${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)})`
      : "–";
  const teGroot = bundels.filter((b) => b.bytes >= DOEL_BYTES);
  const teTraag = getimed.filter((b) => initMs(b) >= DOEL_INIT_MS);
  const teTraagMetMaps = getimed.filter(
    (b) => b.initMetMaps.length && mediaan(b.initMetMaps) >= DOEL_INIT_MS,
  );
  const vergeleken = bundels.filter((b) => b.sdkExtern?.init.length);
  const zod = bundels.map((b) => b.grootste.find((g) => g.pakket === "zod")?.bytes ?? 0);
  const uitleg = vergeleken.length
    ? `
Before and after issue #11's fix, side by side in this run: with the AWS SDK external (*SDK external*, as deployed before: the runtime's SDK v3 is CommonJS spread over hundreds of files, each read, scanned by Node's CJS lexer and compiled at init) the bundles initialise in ${mediaan(vergeleken.map((b) => mediaan(b.sdkExtern?.init ?? []))).toFixed(0)} ms (median over the bundles) at ${kb(mediaan(vergeleken.map((b) => b.sdkExtern?.bytes ?? 0)))}; bundled in, tree-shaken and minified with the rest (\`bundleAwsSDK: true\` in elk-function.ts, what is deployed now), in ${mediaan(vergeleken.map((b) => mediaan(b.init))).toFixed(0)} ms at ${kb(mediaan(vergeleken.map((b) => b.bytes)))}. Each function loads only the SDK clients its handlers use (functions/src/config: one module per client; the SDK's packages declare \`sideEffects: false\`, so a client imported but never called is dropped too). exceljs is only in queue/exporter — http/overzichten takes the media type from functions/src/exports/xlsx.ts — and there only its streaming writer (functions/src/exports/werkboek.ts imports \`exceljs/lib/stream/xlsx/workbook-writer.js\`, not all of exceljs with its reader, CSV and bluebird), which keeps the exporter under 1.5 MiB with the SDK bundled in. zod is ${kb(Math.min(...zod))}–${kb(Math.max(...zod))} of every bundle: the contracts import zod 4's \`z\` namespace, which keeps all of zod whatever a context uses — \`zod/mini\` (or validators compiled ahead) for the contracts would take most of it off every bundle and its init.
`
    : "";
  return `## Lambda bundles — \`scripts/bench/bundels.ts\`

Command: \`npx tsx scripts/bench/bundels.ts\` (part of \`npm run bench\`). Machine: ${machine()}, \`nproc\` = 2; 1-minute load average ${belastingStart.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end.

Every Lambda entry of the region stack, bundled by esbuild ${esbuildVersie} with the options of \`infra/lib/constructs/elk-function.ts\` (NodejsFunction: ESM, \`--target=node22\`, \`--minify\`, source map without sources, the createRequire banner, the root tsconfig, \`bundleAwsSDK: true\`: the AWS SDK bundled in, nothing external). *Size*: \`index.mjs\` as deployed (KiB = 1,024 bytes; the \`.map\` beside it is only read with \`--enable-source-maps\`). *Init*: \`import()\` of the bundle in a fresh Node ${process.version} process with the stack's environment variables, timed inside the process — wall time and the process's CPU time; ${RUNS} processes each, median (min–max) in ms. The stack sets \`NODE_OPTIONS=--enable-source-maps\`, so that is shown too; *SDK external* is the same entry built as before issue #11's fix, with \`@aws-sdk/*\` and \`@smithy/*\` external and loaded from node_modules, as the runtime loads its own. The variants take turns run by run, so they share the machine's load.

| function | size | gzip | init | init CPU | init, \`--enable-source-maps\` | SDK external: size | SDK external: init | largest parts of the bundle |
|---|---:|---:|---:|---:|---:|---:|---:|---|
${bundels
  .map(
    (b) =>
      `| ${b.naam} | ${kb(b.bytes)} | ${kb(b.gzip)} | ${bereik(b.init)} | ${bereik(b.initCpu)} | ${bereik(b.initMetMaps)} | ${b.sdkExtern ? kb(b.sdkExtern.bytes) : "–"} | ${b.sdkExtern ? bereik(b.sdkExtern.init) : "–"} | ${b.grootste.map((g) => `${g.pakket} ${kb(g.bytes)}`).join(", ")} |`,
  )
  .join("\n")}

Targets: every bundle under 1.5 MiB (1,536 KiB) minified — ${teGroot.length === 0 ? `met (largest: ${grootste.naam}, ${kb(grootste.bytes)})` : `**not met** for ${teGroot.map((b) => `${b.naam} (${kb(b.bytes)})`).join(", ")}`}; module initialisation under ${DOEL_INIT_MS} ms — ${teTraag.length === 0 ? `met (slowest: ${traagste.naam}, ${initMs(traagste).toFixed(0)} ms)` : `**not met** for ${teTraag.length} of ${getimed.length} bundles (slowest: ${traagste.naam}, ${initMs(traagste).toFixed(0)} ms)`}, read on the CPU time of the import where the wall time is longer (on this shared machine the wall time also holds waiting for a core)${teTraagMetMaps.length ? `; with \`--enable-source-maps\` ${teTraagMetMaps.length} over on the wall time` : ""}.
${uitleg}${initProfiel ? `\nCPU profile of one init (${initProfiel.naam}, \`node --cpu-prof --cpu-prof-interval 100\`):\n\n${initProfiel.tekst}\n` : ""}`;
}
