import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import {
  type CentralePlaatsingInvoer,
  type CentralePlaatsingUitslag,
  centralePlaatsingEnLoting,
} from "./centrale-plaatsing";
import { cpl } from "./cpl";
import { type CplInstanceJson, type CplResultJson, leesCplInstance, schrijfCplResult } from "./cpl-json";
import {
  type DecentraleLotingInvoer,
  type DecentraleLotingUitslag,
  decentraleLoting,
} from "./decentrale-loting";
import { commitment, controleerSeed, lotingnummers } from "./seed";

/**
 * A stored draw (LOT-02, LOT-03): what was committed, the revealed seed, the input exactly as it
 * went in and the outcome as announced. Anyone with this file can re-run the draw
 * (`npx tsx scripts/loting-controle.ts RUN.json`) and must get the same numbers and outcome.
 */
export type LotingRun =
  | {
      versie: 1;
      soort: "decentrale-loting";
      commitment: string;
      seed: string;
      invoer: Omit<DecentraleLotingInvoer, "seed">;
      uitkomst: { uitslagen: DecentraleLotingUitslag[] };
    }
  | {
      versie: 1;
      soort: "centrale-plaatsing";
      commitment: string;
      seed: string;
      invoer: Omit<CentralePlaatsingInvoer, "seed">;
      uitkomst: { uitslagen: CentralePlaatsingUitslag[] };
    }
  | {
      versie: 1;
      soort: "cpl";
      commitment: string;
      seed: string;
      /** Lottery numbers, where present, must be those of the seed. */
      invoer: CplInstanceJson;
      uitkomst: CplResultJson;
    };

export type LotingRunSoort = LotingRun["soort"];

/** Runs a draw and returns it as a record to store. */
export function voerLotingUit<S extends LotingRunSoort>(
  soort: S,
  seed: string,
  invoer: Extract<LotingRun, { soort: S }>["invoer"],
): Extract<LotingRun, { soort: S }> {
  const uitkomst = herhaal(soort, seed, invoer);
  // `herhaal` is typed over the union; the soort ties input and outcome together.
  return { versie: 1, soort, commitment: commitment(seed), seed, invoer, uitkomst } as unknown as Extract<
    LotingRun,
    { soort: S }
  >;
}

export interface LotingControle {
  /** The revealed seed hashes to the published commitment. */
  seedKlopt: boolean;
  /** Re-running gives the stored lottery numbers and outcome. */
  uitkomstKlopt: boolean;
  /** Per pupil what differs (at most 20), in Dutch. */
  verschillen: string[];
  aantalVerschillen: number;
}

/** Re-runs a stored draw from its revealed seed and input and compares with its stored outcome. */
export function controleerLotingRun(json: unknown): LotingControle {
  const run = leesLotingRun(json);
  const seedKlopt = controleerSeed(run.seed, run.commitment);
  const verschillen: string[] = [];
  const opnieuw = herhaal(run.soort, run.seed, run.invoer);

  if (run.soort === "cpl") {
    const vanSeed = lotingnummers(
      run.seed,
      run.invoer.pupils.map((p) => p.id),
    );
    for (const p of run.invoer.pupils) {
      if (p.lottery !== undefined && p.lottery !== vanSeed.get(p.id)) {
        verschillen.push(
          `${p.id}: lotingnummer ${p.lottery} is niet dat van de seed (${vanSeed.get(p.id)}).`,
        );
      }
    }
    const verwacht = (opnieuw as CplResultJson).assignments;
    const opgeslagen = run.uitkomst.assignments ?? {};
    for (const id of new Set([...Object.keys(verwacht), ...Object.keys(opgeslagen)])) {
      if (!(id in verwacht)) verschillen.push(`${id}: staat niet in de invoer.`);
      else if (!(id in opgeslagen)) verschillen.push(`${id}: ontbreekt in de opgeslagen uitkomst.`);
      else if ((verwacht[id] ?? null) !== (opgeslagen[id] ?? null)) {
        verschillen.push(
          `${id}: opgeslagen ${opgeslagen[id] ?? "geen plaats"}, opnieuw ${verwacht[id] ?? "geen plaats"}.`,
        );
      }
    }
  } else {
    const perLeerling = (uitslagen: readonly { leerlingId: string }[]) =>
      new Map(uitslagen.map((u) => [u.leerlingId, new Map(Object.entries(u))]));
    const verwacht = perLeerling((opnieuw as { uitslagen: { leerlingId: string }[] }).uitslagen);
    const opgeslagen = perLeerling(run.uitkomst.uitslagen);
    for (const id of new Set([...verwacht.keys(), ...opgeslagen.keys()])) {
      const v = verwacht.get(id);
      const o = opgeslagen.get(id);
      if (!v || !o) {
        verschillen.push(`${id}: ${v ? "ontbreekt in de opgeslagen uitkomst" : "staat niet in de invoer"}.`);
        continue;
      }
      const velden = [...new Set([...v.keys(), ...o.keys()])].filter(
        (k) => JSON.stringify(v.get(k)) !== JSON.stringify(o.get(k)),
      );
      if (velden.length > 0) {
        const wat = velden.map(
          (k) => `${k} opgeslagen ${JSON.stringify(o.get(k))}, opnieuw ${JSON.stringify(v.get(k))}`,
        );
        verschillen.push(`${id}: ${wat.join("; ")}.`);
      }
    }
  }
  return {
    seedKlopt,
    uitkomstKlopt: verschillen.length === 0,
    verschillen: verschillen.slice(0, 20),
    aantalVerschillen: verschillen.length,
  };
}

function herhaal(soort: LotingRunSoort, seed: string, invoer: LotingRun["invoer"]): LotingRun["uitkomst"] {
  switch (soort) {
    case "decentrale-loting":
      return {
        uitslagen: decentraleLoting({ ...(invoer as Omit<DecentraleLotingInvoer, "seed">), seed }).uitslagen,
      };
    case "centrale-plaatsing":
      return {
        uitslagen: centralePlaatsingEnLoting({ ...(invoer as Omit<CentralePlaatsingInvoer, "seed">), seed }),
      };
    case "cpl": {
      const i = invoer as CplInstanceJson;
      // Every number from the seed: a stored number that differs is reported, not used.
      const zonderLot = {
        programs: i.programs,
        pupils: i.pupils.map(({ id, choices }) => ({ id, choices })),
      };
      return schrijfCplResult(cpl(leesCplInstance(zonderLot, seed)));
    }
  }
}

function leesLotingRun(json: unknown): LotingRun {
  const r = json as Partial<LotingRun> | null;
  if (
    typeof r !== "object" ||
    r === null ||
    r.versie !== 1 ||
    !["decentrale-loting", "centrale-plaatsing", "cpl"].includes(r.soort as string) ||
    typeof r.seed !== "string" ||
    typeof r.commitment !== "string" ||
    typeof r.invoer !== "object" ||
    typeof r.uitkomst !== "object"
  ) {
    throw new OngeldigeInvoerFout(
      'Een opgeslagen loting heeft de vorm {"versie":1,"soort":"decentrale-loting"|"centrale-plaatsing"|"cpl","commitment","seed","invoer","uitkomst"}.',
    );
  }
  return r as LotingRun;
}
