import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { promisify } from "node:util";
import {
  type CplInstanceJson,
  controleerCplUitkomst,
  cpl,
  leesCplInstance,
  voerLotingUit,
} from "@elk/domain";
import { describe, expect, it } from "vitest";

/** The command-line entries of issue 6, run as an auditor runs them: a child process. */
const wortel = resolve(import.meta.dirname, "../..");
const fixture = (naam: string) => join(wortel, "scripts/fixtures", naam);

async function voer(
  script: string,
  ...args: string[]
): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(
      process.execPath,
      ["--import", "tsx", script, ...args],
      {
        cwd: wortel,
      },
    );
    return { code: 0, stdout, stderr };
  } catch (e) {
    const fout = e as { code: number; stdout: string; stderr: string };
    return { code: fout.code, stdout: fout.stdout, stderr: fout.stderr };
  }
}

describe("scripts/cpl.ts", () => {
  it("LOT-03 reads an instance, draws missing numbers from --seed and writes assignments with the solve time", async () => {
    const { code, stdout } = await voer(
      "scripts/cpl.ts",
      fixture("cpl-klein.json"),
      "--seed",
      "voorbeeld-2027",
    );
    expect(code).toBe(0);
    const uit = JSON.parse(stdout) as {
      assignments: Record<string, string | null>;
      stats: { solveMs: number };
    };
    expect(uit.assignments).toEqual({
      anna: "amstelveen-college/havo",
      bram: "hermann-wesselink/havo-vwo",
      eva: "keizer-karel/vwo",
      daan: "amstelveen-college/havo",
      fleur: "hermann-wesselink/havo-vwo",
      gijs: null,
    });
    expect(uit.stats.solveMs).toBeGreaterThanOrEqual(0);
    // The same as the engine in process, and stable by the definition.
    const invoer = leesCplInstance(
      JSON.parse(await readFile(fixture("cpl-klein.json"), "utf8")),
      "voorbeeld-2027",
    );
    expect(Object.fromEntries(cpl(invoer))).toEqual(uit.assignments);
    expect(controleerCplUitkomst(invoer, new Map(Object.entries(uit.assignments))).blokkerendeParen).toEqual(
      [],
    );
  });

  it("LOT-03 exits with 2 and says why when the input cannot be read or a seed is missing", async () => {
    const [zonderSeed, zonderBestand] = await Promise.all([
      voer("scripts/cpl.ts", fixture("cpl-klein.json")),
      voer("scripts/cpl.ts", fixture("bestaat-niet.json")),
    ]);
    expect(zonderSeed.code).toBe(2);
    expect(zonderSeed.stderr).toMatch(/seed/);
    expect(zonderBestand.code).toBe(2);
  });
});

describe("scripts/loting-controle.ts", () => {
  it("LOT-02 re-runs a stored draw from its revealed seed: exit 0 when it matches, 1 when anything differs", async () => {
    const map = await mkdtemp(join(tmpdir(), "loting-"));
    const instance = JSON.parse(await readFile(fixture("cpl-klein.json"), "utf8")) as CplInstanceJson;
    // Stored with numbers of its own instead of the seed's.
    const eigenNummers = voerLotingUit("cpl", "seed-1", instance);
    const vanSeed = voerLotingUit("cpl", "seed-1", {
      programs: instance.programs,
      pupils: instance.pupils.map(({ id, choices }) => ({ id, choices })),
    });
    const vervalst = structuredClone(vanSeed);
    vervalst.uitkomst.assignments.gijs = "keizer-karel/vwo";
    const bestanden = { eigenNummers, vervalst };
    for (const [naam, run] of Object.entries(bestanden))
      await writeFile(join(map, `${naam}.json`), JSON.stringify(run));

    // Another seed, and the matching stored run, are checked in process (loting-centrale-plaatsing.test.ts).
    const [opgeslagen, metEigenNummers, veranderd] = await Promise.all([
      voer("scripts/loting-controle.ts", fixture("loting-run-decentraal.json")),
      voer("scripts/loting-controle.ts", join(map, "eigenNummers.json")),
      voer("scripts/loting-controle.ts", join(map, "vervalst.json")),
    ]);
    expect(opgeslagen.code).toBe(0);
    expect(opgeslagen.stdout).toMatch(/klopt met de commitment/);
    expect(opgeslagen.stdout).toMatch(/gelijk aan de opgeslagen uitkomst/);
    expect(metEigenNummers.code).toBe(1);
    expect(metEigenNummers.stdout).toMatch(/niet dat van de seed/);
    expect(veranderd.code).toBe(1);
    expect(veranderd.stdout).toMatch(/1 verschil\(len\)/);
    await rm(map, { recursive: true, force: true });
  });
});
