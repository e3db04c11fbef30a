/**
 * `npx tsx scripts/loting-controle.ts RUN.json [--seed S]` — re-runs a stored draw (LOT-02, LOT-03)
 * from its revealed seed and stored input and compares with its stored outcome. RUN.json is a
 * `LotingRun` (packages/domain/src/loting/loting-run.ts):
 *   {"versie":1,"soort":"decentrale-loting"|"centrale-plaatsing"|"cpl","commitment","seed","invoer","uitkomst"}
 * --seed supplies the revealed seed when the file was stored before the reveal (or overrides it).
 * Exit code 0: the seed matches the commitment and the outcome is the same; 1: not; 2: unreadable.
 */
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";
import { commitment, controleerLotingRun, DomeinFout } from "@elk/domain";

const GEBRUIK = "Gebruik: npx tsx scripts/loting-controle.ts RUN.json [--seed SEED]";

async function main(): Promise<number> {
  let args: ReturnType<typeof lees>;
  try {
    args = lees();
  } catch (e) {
    console.error(`${(e as Error).message}\n${GEBRUIK}`);
    return 2;
  }
  const [bestand] = args.positionals;
  if (args.positionals.length !== 1 || bestand === undefined) {
    console.error(GEBRUIK);
    return 2;
  }
  let run: Record<string, unknown>;
  try {
    run = JSON.parse(await readFile(bestand, "utf8"));
  } catch (e) {
    console.error(`${bestand} is niet te lezen: ${(e as Error).message}`);
    return 2;
  }
  if (args.values.seed !== undefined) run.seed = args.values.seed;
  const seed = String(run.seed ?? "");

  try {
    // Our SHA-256 is plain TypeScript; node:crypto checks it independently here.
    if (createHash("sha256").update(seed).digest("hex") !== commitment(seed)) {
      console.error("De SHA-256 van het domein wijkt af van die van node:crypto.");
      return 1;
    }
    const controle = controleerLotingRun(run);
    console.log(`Loting:      ${String(run.soort)}`);
    console.log(`Commitment:  ${String(run.commitment)}`);
    console.log(
      `Seed:        ${seed} — ${controle.seedKlopt ? "klopt met de commitment" : "KLOPT NIET met de commitment"}`,
    );
    if (controle.uitkomstKlopt) {
      console.log("Uitkomst:    opnieuw uitgevoerd, gelijk aan de opgeslagen uitkomst.");
    } else {
      console.log(`Uitkomst:    ${controle.aantalVerschillen} verschil(len) met de opgeslagen uitkomst:`);
      for (const v of controle.verschillen) console.log(`  - ${v}`);
    }
    return controle.seedKlopt && controle.uitkomstKlopt ? 0 : 1;
  } catch (e) {
    if (e instanceof DomeinFout || e instanceof TypeError) {
      console.error(`De opgeslagen loting is niet opnieuw uit te voeren: ${e.message}`);
      return 2;
    }
    throw e;
  }
}

function lees() {
  return parseArgs({ options: { seed: { type: "string" } }, allowPositionals: true });
}

process.exitCode = await main();
