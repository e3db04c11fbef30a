/**
 * `npx tsx scripts/bench/cpl.ts [--quick] [--runs N]` — the CP&L benchmark of issue 6: synthetic
 * regions (scripts/bench/synthetisch.ts) of 8k, 100k and 1M pupils × 5 choices over 3,000
 * programmas; solve time (median of several runs, min–max), set-up times and peak memory. Each
 * size runs in its own process (with --expose-gc), so the peak RSS is that size's own. The full
 * mode rewrites its section of docs/benchmarks.md; --quick runs small sizes and only prints.
 */
import { execFile } from "node:child_process";
import { loadavg } from "node:os";
import { resolve } from "node:path";
import { parseArgs } from "node:util";
import { compileerCpl, controleerCplUitkomst, cplToewijzing, losCplOp } from "@elk/domain";
import { machine, meldUitkomsten, schrijfSectie } from "./doc-sectie";
import { cpuMs } from "./opruimen";
import { synthetischeInstantie } from "./synthetisch";

const PROGRAMMAS = 3000;
const DOEL_MS = 1500;

interface Meting {
  leerlingen: number;
  programmas: number;
  runs: number;
  solveMs: number[];
  /** CPU time of each solve (user + system, this process): what it costs a core, waiting left out. */
  solveCpuMs: number[];
  compileMs: number;
  lotingMs: number;
  genererenMs: number;
  /** Bytes the solve allocates (typed arrays), measured after one solve before any GC. */
  solveGeheugen: number;
  /** Heap + array buffers after compiling, after a GC: the instance the solve works on. */
  instantieGeheugen: number;
  piekRss: number;
  overingeschreven: number;
  eersteKeuze: number;
  topDrie: number;
  geenPlaats: number;
  stabiel: boolean | null;
}

const { values } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    runs: { type: "string" },
    grootte: { type: "string" },
  },
});

if (values.grootte !== undefined) {
  const meting = meet(Number(values.grootte), Number(values.runs ?? 5));
  process.stdout.write(`${JSON.stringify(meting)}\n`);
} else {
  const groottes: [number, number][] = values.quick
    ? [
        [8_000, 3],
        [20_000, 3],
      ]
    : [
        [8_000, 21],
        [100_000, 11],
        [1_000_000, 7],
      ];
  const metingen: Meting[] = [];
  const belasting = loadavg()[0] ?? 0;
  for (const [leerlingen, runs] of groottes) {
    const m = await inEigenProces(leerlingen, Number(values.runs ?? runs));
    metingen.push(m);
    console.error(
      `${leerlingen.toLocaleString("en")} leerlingen: solve mediaan ${mediaan(m.solveMs).toFixed(1)} ms (${Math.min(...m.solveMs).toFixed(1)}–${Math.max(...m.solveMs).toFixed(1)}), piek-RSS ${mb(m.piekRss)}`,
    );
  }
  const rapport = markdown(metingen, belasting);
  if (values.quick) {
    console.log(rapport);
  } else {
    await schrijfSectie(resolve(import.meta.dirname, "../../docs/benchmarks.md"), "cpl", rapport);
    console.error("docs/benchmarks.md bijgewerkt (sectie cpl).");
  }
  const groot = metingen.reduce((a, m) => (m.leerlingen > a.leerlingen ? m : a));
  await meldUitkomsten([
    {
      benchmark: "cpl",
      doel: "CP&L: 1M pupils solved in < 1.5 s on one core",
      gemeten: `${groot.leerlingen.toLocaleString("en")} pupils: ${mediaan(groot.solveMs).toFixed(0)} ms median wall (${Math.min(...groot.solveMs).toFixed(0)}–${Math.max(...groot.solveMs).toFixed(0)}), ${mediaan(groot.solveCpuMs).toFixed(0)} ms CPU`,
      gehaald: groot.leerlingen >= 1_000_000 ? gehaald(groot) : null,
    },
  ]);
  const te = metingen.find((m) => m.leerlingen >= 1_000_000 && !gehaald(m));
  if (te)
    console.error(
      `Let op: 1M leerlingen in ${mediaan(te.solveMs).toFixed(0)} ms, boven het doel van ${DOEL_MS} ms.`,
    );
}

function meet(leerlingen: number, runs: number): Meting {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => {});
  const t0 = performance.now();
  const { invoer, lotingMs } = synthetischeInstantie(leerlingen, PROGRAMMAS, "bench-2027");
  const genererenMs = performance.now() - t0 - lotingMs;

  const t1 = performance.now();
  const instantie = compileerCpl(invoer);
  const compileMs = performance.now() - t1;
  gc();
  const voor = process.memoryUsage();
  const instantieGeheugen = voor.heapUsed + voor.arrayBuffers;

  const solveMs: number[] = [];
  const solveCpuMs: number[] = [];
  let toewijzing: Int32Array = new Int32Array(0);
  let solveGeheugen = 0;
  for (let r = 0; r < runs; r++) {
    gc();
    const start = performance.now();
    const cpuStart = process.cpuUsage();
    toewijzing = losCplOp(instantie);
    solveMs.push(performance.now() - start);
    solveCpuMs.push(cpuMs(cpuStart));
    if (r === 0) {
      const na = process.memoryUsage();
      solveGeheugen = na.arrayBuffers - voor.arrayBuffers + Math.max(0, na.heapUsed - voor.heapUsed);
    }
  }

  // Quality of the outcome, and a check of stability by the definition where it is quick enough.
  const eerste = new Int32Array(instantie.capaciteit.length);
  let eersteKeuze = 0;
  let topDrie = 0;
  let geenPlaats = 0;
  for (let i = 0; i < leerlingen; i++) {
    const start = instantie.keuzeStart[i] as number;
    const p = toewijzing[i] as number;
    const e = instantie.keuzes[start] as number;
    eerste[e] = (eerste[e] as number) + 1;
    if (p < 0) geenPlaats++;
    else {
      let k = start;
      while (instantie.keuzes[k] !== p) k++;
      if (k === start) eersteKeuze++;
      if (k - start < 3) topDrie++;
    }
  }
  let overingeschreven = 0;
  for (let p = 0; p < eerste.length; p++) {
    if ((eerste[p] as number) > (invoer.programmas[p]?.capaciteit ?? 0)) overingeschreven++;
  }
  const stabiel =
    leerlingen <= 100_000
      ? controleerCplUitkomst(invoer, cplToewijzing(instantie, toewijzing)).blokkerendeParen.length === 0
      : null;

  return {
    leerlingen,
    programmas: PROGRAMMAS,
    runs,
    solveMs,
    solveCpuMs,
    compileMs,
    lotingMs,
    genererenMs,
    solveGeheugen,
    instantieGeheugen,
    piekRss: process.resourceUsage().maxRSS * 1024,
    overingeschreven,
    eersteKeuze: eersteKeuze / leerlingen,
    topDrie: topDrie / leerlingen,
    geenPlaats: geenPlaats / leerlingen,
    stabiel,
  };
}

async function inEigenProces(leerlingen: number, runs: number): Promise<Meting> {
  const { stdout } = await new Promise<{ stdout: string }>((klaar, fout) =>
    execFile(
      process.execPath,
      [
        ...process.execArgv,
        "--expose-gc",
        "--max-old-space-size=8192",
        import.meta.filename,
        "--grootte",
        String(leerlingen),
        "--runs",
        String(runs),
      ],
      { maxBuffer: 1 << 24 },
      (e, stdout) => (e ? fout(e) : klaar({ stdout })),
    ),
  );
  return JSON.parse(stdout) as Meting;
}

function markdown(metingen: readonly Meting[], belasting: number): string {
  const rij = (m: Meting) =>
    `| ${m.leerlingen.toLocaleString("en")} | ${m.programmas.toLocaleString("en")} | ${mediaan(m.solveMs).toFixed(1)} | ${Math.min(...m.solveMs).toFixed(1)}–${Math.max(...m.solveMs).toFixed(1)} | ${mediaan(m.solveCpuMs).toFixed(1)} | ${m.runs} | ${m.compileMs.toFixed(0)} | ${m.lotingMs.toFixed(0)} | ${mb(m.solveGeheugen)} | ${mb(m.piekRss)} |`;
  const kwaliteit = (m: Meting) =>
    `| ${m.leerlingen.toLocaleString("en")} | ${m.overingeschreven} | ${pct(m.eersteKeuze)} | ${pct(m.topDrie)} | ${pct(m.geenPlaats)} | ${m.stabiel === null ? "not checked" : m.stabiel ? "yes" : "**NO**"} |`;
  return `## CP&L (DA-STB) — \`scripts/bench/cpl.ts\`

Command: \`npx tsx scripts/bench/cpl.ts\` (part of \`npm run bench\`; each size in a process of its own). Machine: ${machine()}, \`nproc\` = 2; 1-minute load average ${belasting.toFixed(2)} at the start, ${(loadavg()[0] ?? 0).toFixed(2)} at the end.

Synthetic instances (\`scripts/bench/synthetisch.ts\`): pupils × 5 choices over 3,000 programmas in
regions of 100, lognormal popularity (σ = 1), capacity growing with the square root of popularity
(3% more seats than pupils in all), 5% of pupils with voorrang at their 1st choice. *Solve* is
\`losCplOp\` on the compiled instance — the matching alone, one thread, as \`stats.solveMs\` of
\`scripts/cpl.ts\`; *compile* turns ids into typed arrays and ranks the lottery numbers; *lottery*
derives every pupil's number from the seed (SHA-256). *Solve memory* is what one solve allocates;
*peak RSS* is the whole process (generator, instance objects and all) for that size.

| pupils | programmas | solve median (ms) | solve min–max (ms) | solve CPU median (ms) | runs | compile (ms) | lottery (ms) | solve memory | peak RSS |
|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|
${metingen.map(rij).join("\n")}

Target: 1M pupils solved in under ${DOEL_MS.toLocaleString("en")} ms on one core — ${metingen.some((m) => m.leerlingen >= 1_000_000) ? (metingen.every((m) => m.leerlingen < 1_000_000 || gehaald(m)) ? "met" : "**not met**") : "(1M not run in this mode)"}. *Solve CPU* is the process's CPU time during the solve (all its threads): on this shared machine the wall time also holds the time spent waiting for a core, so the target is read on the CPU time when the two differ.

Outcome on these instances (a sanity check, not a prediction for a real region; see docs/cpl.md):

| pupils | programmas over-subscribed at 1st choice | placed at 1st choice | in top 3 | unplaced | stable (no blocking pair) |
|---:|---:|---:|---:|---:|---|
${metingen.map(kwaliteit).join("\n")}`;
}

/** The target read on the median CPU time of the solve (the wall time includes waiting for a core). */
function gehaald(m: Meting): boolean {
  return Math.min(mediaan(m.solveMs), mediaan(m.solveCpuMs)) < DOEL_MS;
}

function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

function mb(bytes: number): string {
  return bytes < 2 ** 20 ? `${(bytes / 1024).toFixed(0)} KiB` : `${(bytes / 2 ** 20).toFixed(0)} MiB`;
}

function pct(x: number): string {
  return `${(100 * x).toFixed(1)}%`;
}
