/**
 * `npx tsx scripts/cpl.ts INSTANCE.json [--seed S]` — the CP&L (DA-STB) on an instance in the
 * exchange format of issue 6, for audits and benchmarks:
 *   in:  {"programs":[{"id","capacity","priority"?:{pupilId:class}}],"pupils":[{"id","choices":[…],"lottery"?}]}
 *   out: {"assignments":{pupilId: programId | null},"stats":{"solveMs",…}}
 * A pupil without "lottery" draws `lotingnummer(S, id)` from --seed. solveMs is the matching alone;
 * compileMs is reading the instance (drawing missing numbers) and indexing it. Exit code 2 on
 * input it cannot read.
 */
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { compileerCpl, cplToewijzing, DomeinFout, leesCplInstance, losCplOp } from "@elk/domain";

const GEBRUIK = "Gebruik: npx tsx scripts/cpl.ts INSTANCE.json [--seed SEED]";

async function main(): Promise<number> {
  let args: ReturnType<typeof lees>;
  try {
    args = lees();
  } catch (e) {
    console.error(`${(e as Error).message}\n${GEBRUIK}`);
    return 2;
  }
  const { values, positionals } = args;
  const [bestand] = positionals;
  if (positionals.length !== 1 || bestand === undefined) {
    console.error(GEBRUIK);
    return 2;
  }
  try {
    const json: unknown = JSON.parse(await readFile(bestand, "utf8"));
    const startCompile = performance.now();
    const instantie = compileerCpl(leesCplInstance(json, values.seed));
    const compileMs = performance.now() - startCompile;
    const start = performance.now();
    const toewijzing = losCplOp(instantie);
    const solveMs = performance.now() - start;
    let unplaced = 0;
    for (const p of toewijzing) if (p < 0) unplaced++;
    const uit = {
      assignments: Object.fromEntries(cplToewijzing(instantie, toewijzing)),
      stats: {
        solveMs: afgerond(solveMs),
        compileMs: afgerond(compileMs),
        pupils: instantie.leerlingIds.length,
        programs: instantie.programmaIds.length,
        unplaced,
      },
    };
    process.stdout.write(`${JSON.stringify(uit)}\n`);
    return 0;
  } catch (e) {
    if (
      e instanceof DomeinFout ||
      e instanceof SyntaxError ||
      (e as NodeJS.ErrnoException).code === "ENOENT"
    ) {
      console.error((e as Error).message);
      return 2;
    }
    throw e;
  }
}

function lees() {
  return parseArgs({ options: { seed: { type: "string" } }, allowPositionals: true });
}

function afgerond(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

process.exitCode = await main();
