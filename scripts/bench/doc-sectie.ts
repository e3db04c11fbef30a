import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import { arch, cpus, totalmem } from "node:os";

/**
 * docs/benchmarks.md holds one section per benchmark between `<!-- bench:NAME:begin -->` and
 * `<!-- bench:NAME:end -->`; a benchmark rewrites its own section and leaves the rest alone.
 */
const KOP = `# Benchmarks

Measured figures of ELK's heavy parts, one section per benchmark; each section names the machine
it ran on and the command that produced it. Sections between \`<!-- bench:NAME:begin -->\` and
\`<!-- bench:NAME:end -->\` markers are rewritten by their script (\`scripts/bench/doc-sectie.ts\`)
and the rest of the file is left alone. \`npm run bench\` runs the CP&L benchmark at full size and
rewrites its section; \`npm run bench -- --quick\` runs small sizes and only prints (a check that
it still runs). Pin to one core with \`taskset -c 1 npm run bench\`.
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
