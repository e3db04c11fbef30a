import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { CplInvoer, CplLeerling, CplProgramma } from "./cpl";
import { lotingnummersOpVolgorde } from "./seed";

/**
 * The exchange format of a CP&L instance (issue 6), for audits, benchmarks and stored runs:
 * `{"programs":[{"id","capacity","priority"?:{pupilId:class}}],"pupils":[{"id","choices":[…],"lottery"?}]}`.
 */
export interface CplInstanceJson {
  programs: { id: string; capacity: number; priority?: Record<string, number> }[];
  pupils: { id: string; choices: string[]; lottery?: number }[];
}

export interface CplResultJson {
  assignments: Record<string, string | null>;
}

/**
 * Reads an instance; a pupil without `lottery` draws `lotingnummer(seed, id)`, so a seed is needed
 * when any pupil has none.
 */
export function leesCplInstance(json: unknown, seed?: string): CplInvoer {
  if (!isObject(json) || !Array.isArray(json.programs) || !Array.isArray(json.pupils)) {
    throw new OngeldigeInvoerFout('Een instantie heeft de vorm {"programs":[…],"pupils":[…]}.');
  }
  const programmas: CplProgramma[] = json.programs.map((p: unknown, i: number) => {
    if (!isObject(p) || typeof p.id !== "string" || typeof p.capacity !== "number") {
      throw new OngeldigeInvoerFout(`programs[${i}] heeft geen "id" (tekst) en "capacity" (getal).`);
    }
    if (p.priority !== undefined && !isGetallenRecord(p.priority)) {
      throw new OngeldigeInvoerFout(`programs[${i}].priority is geen object van leerling-id naar getal.`);
    }
    return p.priority === undefined
      ? { id: p.id, capaciteit: p.capacity }
      : { id: p.id, capaciteit: p.capacity, voorrang: p.priority };
  });
  const zonderLot: string[] = [];
  const ruw = json.pupils.map((l: unknown, i: number) => {
    if (
      !isObject(l) ||
      typeof l.id !== "string" ||
      !Array.isArray(l.choices) ||
      !l.choices.every((c: unknown) => typeof c === "string")
    ) {
      throw new OngeldigeInvoerFout(`pupils[${i}] heeft geen "id" (tekst) en "choices" (lijst van teksten).`);
    }
    if (l.lottery !== undefined && typeof l.lottery !== "number") {
      throw new OngeldigeInvoerFout(`pupils[${i}].lottery is geen getal.`);
    }
    if (l.lottery === undefined) zonderLot.push(l.id);
    return { id: l.id, choices: l.choices as string[], lottery: l.lottery as number | undefined };
  });
  if (zonderLot.length > 0 && seed === undefined) {
    throw new OngeldigeInvoerFout(
      `${zonderLot.length} leerling(en) hebben geen "lottery"; geef een seed om hun lotingnummer te trekken.`,
    );
  }
  const getrokken = seed === undefined ? new Float64Array(0) : lotingnummersOpVolgorde(seed, zonderLot);
  let volgende = 0;
  const leerlingen: CplLeerling[] = ruw.map((l) => ({
    id: l.id,
    keuzes: l.choices,
    lotingnummer: l.lottery ?? (getrokken[volgende++] as number),
  }));
  return { programmas, leerlingen };
}

/** The instance back in the exchange format, with every pupil's lottery number written out. */
export function schrijfCplInstance(invoer: CplInvoer): CplInstanceJson {
  return {
    programs: invoer.programmas.map((p) =>
      p.voorrang === undefined
        ? { id: p.id, capacity: p.capaciteit }
        : { id: p.id, capacity: p.capaciteit, priority: { ...p.voorrang } },
    ),
    pupils: invoer.leerlingen.map((l) => ({ id: l.id, choices: [...l.keuzes], lottery: l.lotingnummer })),
  };
}

export function schrijfCplResult(toewijzing: ReadonlyMap<string, string | null>): CplResultJson {
  return { assignments: Object.fromEntries(toewijzing) };
}

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === "object" && x !== null && !Array.isArray(x);
}

function isGetallenRecord(x: unknown): x is Record<string, number> {
  return isObject(x) && Object.values(x).every((v) => typeof v === "number");
}
