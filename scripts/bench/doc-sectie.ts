import { existsSync } from "node:fs";
import { appendFile, readFile, writeFile } from "node:fs/promises";
import { arch, cpus, totalmem } from "node:os";

/**
 * docs/benchmarks.md holds one section per benchmark between `<!-- bench:NAME:begin -->` and
 * `<!-- bench:NAME:end -->`; a benchmark rewrites its own section and leaves the rest alone.
 */
const KOP = `# Benchmarks

Measured figures of ELK's heavy parts, one section per benchmark; each section names the machine
it ran on and the command that produced it. Sections between \`<!-- bench:NAME:begin -->\` and
\`<!-- bench:NAME:end -->\` markers are rewritten by their script (\`scripts/bench/doc-sectie.ts\`)
and the rest of the file is left alone. \`npm run bench\` (scripts/bench/alle.ts) runs every
benchmark at full size and rewrites their sections; \`npm run bench -- --quick\` runs tiny sizes of
all of them and only prints (a check that they still run).
`;

export async function schrijfSectie(bestand: string, naam: string, inhoud: string, kop = KOP): Promise<void> {
  const begin = `<!-- bench:${naam}:begin -->`;
  const einde = `<!-- bench:${naam}:end -->`;
  const sectie = `${begin}\n${inhoud.trim()}\n${einde}`;
  const tekst = existsSync(bestand) ? await readFile(bestand, "utf8") : kop;
  const i = tekst.indexOf(begin);
  const j = tekst.indexOf(einde);
  const nieuw =
    i >= 0 && j > i
      ? `${tekst.slice(0, i)}${sectie}${tekst.slice(j + einde.length)}`
      : `${tekst.trimEnd()}\n\n${sectie}\n`;
  await writeFile(bestand, nieuw);
}

export function machine(): string {
  const cpu = cpus();
  return `${cpu[0]?.model ?? "onbekend"} (${cpu.length} logical cores visible, ${arch()}), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`;
}

/** One target of issue 11 as a benchmark measured it, for the summary `alle.ts` writes. */
export interface Uitkomst {
  benchmark: string;
  doel: string;
  gemeten: string;
  gehaald: boolean | null;
}

/**
 * Reports targets to `scripts/bench/alle.ts` (a JSON line per target in the file it names in
 * ELK_BENCH_UITKOMST); run on its own, a benchmark prints them instead.
 */
export async function meldUitkomsten(uitkomsten: readonly Uitkomst[]): Promise<void> {
  const bestand = process.env.ELK_BENCH_UITKOMST;
  if (bestand) await appendFile(bestand, uitkomsten.map((u) => `${JSON.stringify(u)}\n`).join(""));
  else
    for (const u of uitkomsten)
      console.error(
        `[${u.benchmark}] ${u.doel}: ${u.gemeten} — ${u.gehaald === null ? "niet gemeten" : u.gehaald ? "gehaald" : "NIET gehaald"}`,
      );
}
