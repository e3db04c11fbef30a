/**
 * `npm run bench` — every benchmark of issue 11, one after the other, each in its own process
 * (so one's memory and threads do not weigh on the next): CP&L, the export, the Lambda bundles,
 * OSO, the web app, and the registration week (with the 16:00 peak and the overview's API
 * overhead). The full mode has each rewrite its section of docs/benchmarks.md and then writes the
 * summary of the targets at the top; `npm run bench -- --quick` runs tiny sizes of all of them and
 * only prints — a check that they still run. `--alleen cpl,web` runs some of them.
 */
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { loadavg, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";
import { machine, schrijfSectie, type Uitkomst } from "./doc-sectie";
import { bijAfbreken } from "./opruimen";

const BENCHMARKS = ["cpl", "export", "bundels", "oso", "web", "aanmeldweek"] as const;

const { values } = parseArgs({
  options: { quick: { type: "boolean", default: false }, alleen: { type: "string" } },
});
const gekozen = values.alleen ? values.alleen.split(",").map((s) => s.trim()) : [...BENCHMARKS];
const onbekend = gekozen.filter((b) => !(BENCHMARKS as readonly string[]).includes(b));
if (onbekend.length) {
  console.error(`Onbekende benchmark: ${onbekend.join(", ")}; kies uit ${BENCHMARKS.join(", ")}.`);
  process.exit(2);
}

const map = await mkdtemp(join(tmpdir(), "elk-bench-alle-"));
let huidig: ChildProcess | undefined;
bijAfbreken(async () => {
  // The benchmark running now stops its own stack and removes its own directories.
  if (huidig && huidig.exitCode === null) {
    const weg = new Promise((r) => huidig?.once("exit", r));
    huidig.kill("SIGTERM");
    await weg;
  }
  await rm(map, { recursive: true, force: true });
});
const uitkomstBestand = join(map, "uitkomsten.jsonl");
const belasting: number[] = [loadavg()[0] ?? 0];
const meter = setInterval(() => belasting.push(loadavg()[0] ?? 0), 10_000);
const start = Date.now();
const resultaten: Array<{ naam: string; code: number; s: number }> = [];
try {
  for (const naam of gekozen) {
    console.error(`\n=== ${naam}${values.quick ? " (quick)" : ""} ===`);
    const t = Date.now();
    const code = await draai(naam);
    resultaten.push({ naam, code, s: (Date.now() - t) / 1000 });
    console.error(
      `=== ${naam}: ${code === 0 ? "klaar" : `MISLUKT (exit ${code})`} in ${((Date.now() - t) / 1000).toFixed(0)} s ===`,
    );
  }
  const uitkomsten = (await readFile(uitkomstBestand, "utf8").catch(() => ""))
    .split("\n")
    .filter(Boolean)
    .map((r) => JSON.parse(r) as Uitkomst);
  const samenvatting = markdown(uitkomsten);
  if (values.quick) console.log(`\n${samenvatting}`);
  else if (!values.alleen) {
    await schrijfSectie(
      resolve(import.meta.dirname, "../../docs/benchmarks.md"),
      "samenvatting",
      samenvatting,
    );
    console.error("docs/benchmarks.md bijgewerkt (sectie samenvatting).");
  }
} finally {
  clearInterval(meter);
  await rm(map, { recursive: true, force: true });
}
const mislukt = resultaten.filter((r) => r.code !== 0);
console.error(
  `\n${resultaten.map((r) => `${r.naam}: ${r.code === 0 ? "ok" : `exit ${r.code}`} (${r.s.toFixed(0)} s)`).join(", ")}; totaal ${((Date.now() - start) / 1000).toFixed(0)} s`,
);
process.exitCode = mislukt.length ? 1 : 0;

function draai(naam: string): Promise<number> {
  return new Promise((klaar) => {
    const kind: ChildProcess = spawn(
      process.execPath,
      [...process.execArgv, resolve(import.meta.dirname, `${naam}.ts`), ...(values.quick ? ["--quick"] : [])],
      { stdio: "inherit", env: { ...process.env, ELK_BENCH_UITKOMST: uitkomstBestand } },
    );
    huidig = kind;
    kind.once("exit", (code, signaal) => klaar(code ?? (signaal ? 1 : 0)));
  });
}

function markdown(uitkomsten: readonly Uitkomst[]): string {
  const teken = (g: boolean | null) =>
    g === null ? "no target / not at full size" : g ? "met" : "**not met**";
  return `## Summary of issue 11's targets

\`npm run bench\` on ${machine()}, \`nproc\` = 2; 1-minute load average ${Math.min(...belasting).toFixed(2)}–${Math.max(...belasting).toFixed(2)} during the run (other work shares the machine), ${Math.max(1, Math.round((Date.now() - start) / 60_000))} min in all. The section of each line, below, names its command, its method and, where a target is missed, why.

| target | measured | |
|---|---|---|
${uitkomsten.map((u) => `| ${u.doel} | ${u.gemeten} | ${teken(u.gehaald)} |`).join("\n")}
| Every request path served by Query/GetItem: a test fails on any Scan | \`scripts/test/geen-scan.test.ts\` (unit project): functions/src and packages/*/src hold no Scan, Scan paginator, \`.scan(\`, "Scan" operation or PartiQL statement | met |`;
}
