import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CplInvoer,
  compileerCpl,
  controleerCplUitkomst,
  cpl,
  cplToewijzing,
  leesCplInstance,
  losCplOp,
  maakRandom,
  OngeldigeInvoerFout,
  schrijfCplInstance,
} from "../src";
import { alleLijsten, cplInvoerArb, gesorteerd, referentieDa } from "./loting-factories";

const programma = (id: string, capaciteit: number, voorrang?: Record<string, number>) =>
  voorrang ? { id, capaciteit, voorrang } : { id, capaciteit };
const leerling = (id: string, keuzes: string[], lotingnummer: number) => ({ id, keuzes, lotingnummer });

describe("CP&L: deferred acceptance with a single lottery (DA-STB)", () => {
  it("LOT-03 places by lottery number where a programma is full, and the loser moves on to its next choice", () => {
    const uit = cpl({
      programmas: [programma("A", 1), programma("B", 1)],
      leerlingen: [leerling("x", ["A", "B"], 0.7), leerling("y", ["A", "B"], 0.2), leerling("z", ["A"], 0.9)],
    });
    expect(uit).toEqual(
      new Map([
        ["x", "B"],
        ["y", "A"],
        ["z", null],
      ]),
    );
  });

  it("LOT-03 holds seats only tentatively: a pupil pushed out by voorrang can still push out a worse number elsewhere", () => {
    // x holds B; y, turned away by A (w has the better number), beats x at B by voorrang;
    // x then goes to A and beats w there by lottery number; w has nothing left.
    const uit = cpl({
      programmas: [programma("A", 1), programma("B", 1, { y: 1 })],
      leerlingen: [leerling("x", ["B", "A"], 0.1), leerling("w", ["A"], 0.3), leerling("y", ["A", "B"], 0.5)],
    });
    expect(uit).toEqual(
      new Map([
        ["x", "A"],
        ["w", null],
        ["y", "B"],
      ]),
    );
  });

  it("LOT-03 ranks by voorrang class first (lower number higher; pupils not listed after all listed), then lottery number", () => {
    const uit = cpl({
      programmas: [programma("A", 2, { laat: 2, heelLaat: 1 })],
      leerlingen: [
        leerling("vroeg", ["A"], 0.01),
        leerling("laat", ["A"], 0.99),
        leerling("heelLaat", ["A"], 0.999),
      ],
    });
    expect(uit).toEqual(
      new Map([
        ["vroeg", null],
        ["laat", "A"],
        ["heelLaat", "A"],
      ]),
    );
  });

  it("LOT-03 breaks equal lottery numbers by id, whatever the order of the input", () => {
    const invoer = {
      programmas: [programma("A", 1)],
      leerlingen: [leerling("b", ["A"], 0.5), leerling("a", ["A"], 0.5)],
    };
    expect(cpl(invoer).get("a")).toBe("A");
    expect(cpl({ ...invoer, leerlingen: [...invoer.leerlingen].reverse() }).get("a")).toBe("A");
  });

  it("LOT-03 counts a repeated choice once and treats a capacity of 0 as full", () => {
    const uit = cpl({
      programmas: [programma("A", 0), programma("B", 1)],
      leerlingen: [leerling("x", ["A", "B", "B"], 0.5), leerling("y", ["B", "A"], 0.6)],
    });
    expect(uit).toEqual(
      new Map([
        ["x", "B"],
        ["y", null],
      ]),
    );
  });

  it("LOT-03 refuses input it cannot read: unknown programma, a pupil twice, a bad capacity or number", () => {
    const A = [programma("A", 1)];
    expect(() => cpl({ programmas: A, leerlingen: [leerling("x", ["Q"], 0.1)] })).toThrow(
      OngeldigeInvoerFout,
    );
    expect(() =>
      cpl({ programmas: A, leerlingen: [leerling("x", ["A"], 0.1), leerling("x", ["A"], 0.2)] }),
    ).toThrow(/twee keer/);
    expect(() => cpl({ programmas: [programma("A", 1.5)], leerlingen: [] })).toThrow(/capaciteit/);
    expect(() => cpl({ programmas: [programma("A", 1), programma("A", 2)], leerlingen: [] })).toThrow(
      /twee keer/,
    );
    expect(() => cpl({ programmas: A, leerlingen: [leerling("x", ["A"], Number.NaN)] })).toThrow(
      /lotingnummer/,
    );
  });
});

describe("CP&L properties (fast-check)", () => {
  it("LOT-03 is stable: no blocking pair, no empty seat a pupil wants, never over capacity, only chosen programmas", () => {
    fc.assert(
      fc.property(cplInvoerArb({ programmas: 5, leerlingen: 14 }), (invoer) => {
        const fouten = controleerCplUitkomst(invoer, cpl(invoer));
        expect(fouten).toEqual({ overCapaciteit: [], nietGekozen: [], blokkerendeParen: [] });
      }),
      { numRuns: 250 },
    );
  });

  it("LOT-03 gives the pupil-optimal stable matching: the same as textbook deferred acceptance", () => {
    fc.assert(
      fc.property(cplInvoerArb({ programmas: 5, leerlingen: 14 }), (invoer) => {
        expect(gesorteerd(cpl(invoer))).toEqual(gesorteerd(referentieDa(invoer)));
      }),
      { numRuns: 250 },
    );
  });

  it("LOT-03 is strategy-proof: no pupil gets a better programma by reporting any other list (brute force)", () => {
    fc.assert(
      fc.property(cplInvoerArb({ programmas: 3, leerlingen: 5 }), (invoer) => {
        const waarheid = cpl(invoer);
        const lijsten = alleLijsten(invoer.programmas.map((p) => p.id));
        for (const [i, l] of invoer.leerlingen.entries()) {
          // Under its true list: its place on it, unplaced after, a programma it did not list worst.
          const waarde = (p: string | null) =>
            p === null ? l.keuzes.length : l.keuzes.includes(p) ? l.keuzes.indexOf(p) : l.keuzes.length + 1;
          const eerlijk = waarde(waarheid.get(l.id) ?? null);
          for (const gelogen of lijsten) {
            const leerlingen = invoer.leerlingen.map((m, j) => (j === i ? { ...m, keuzes: gelogen } : m));
            expect(waarde(cpl({ ...invoer, leerlingen }).get(l.id) ?? null)).toBeGreaterThanOrEqual(eerlijk);
          }
        }
      }),
      { numRuns: 100 },
    );
  });

  it("LOT-03 does not depend on the order of pupils, programmas or voorrang entries", () => {
    fc.assert(
      fc.property(cplInvoerArb({ programmas: 5, leerlingen: 14 }), fc.integer(), (invoer, s) => {
        const random = maakRandom(`schud-${s}`);
        const schud = <T>(xs: readonly T[]): T[] =>
          xs
            .map((x) => [random.volgende(), x] as const)
            .sort((a, b) => a[0] - b[0])
            .map(([, x]) => x);
        const geschud: CplInvoer = {
          programmas: schud(invoer.programmas).map((p) => ({
            ...p,
            voorrang: Object.fromEntries(schud(Object.entries(p.voorrang ?? {}))),
          })),
          leerlingen: schud(invoer.leerlingen),
        };
        expect(gesorteerd(cpl(geschud))).toEqual(gesorteerd(cpl(invoer)));
      }),
      { numRuns: 200 },
    );
  });

  it("LOT-03 is deterministic: identical input, identical output, also from the compiled instance", () => {
    fc.assert(
      fc.property(cplInvoerArb(), (invoer) => {
        const instantie = compileerCpl(invoer);
        expect(Array.from(losCplOp(instantie))).toEqual(Array.from(losCplOp(instantie)));
        expect(gesorteerd(cplToewijzing(instantie, losCplOp(instantie)))).toEqual(gesorteerd(cpl(invoer)));
      }),
    );
  });

  it("LOT-03 stays stable on a region-sized instance (10,000 pupils, 200 programmas, skewed)", () => {
    const random = maakRandom("groot");
    const programmas = Array.from({ length: 200 }, (_, p) => ({
      id: `p${p}`,
      capaciteit: 20 + random.geheelGetal(180),
      voorrang: {} as Record<string, number>,
    }));
    const leerlingen = Array.from({ length: 10_000 }, (_, i) => {
      const keuzes = new Set<string>();
      while (keuzes.size < 5) keuzes.add(`p${Math.floor(200 * random.volgende() ** 2)}`);
      return { id: `l${i}`, keuzes: [...keuzes], lotingnummer: random.volgende() };
    });
    for (let i = 0; i < 500; i++) {
      const l = leerlingen[i * 20] as (typeof leerlingen)[number];
      (programmas[Number((l.keuzes[0] as string).slice(1))] as (typeof programmas)[number]).voorrang[l.id] =
        1;
    }
    const invoer = { programmas, leerlingen };
    const uit = cpl(invoer);
    expect(controleerCplUitkomst(invoer, uit)).toEqual({
      overCapaciteit: [],
      nietGekozen: [],
      blokkerendeParen: [],
    });
    expect(gesorteerd(uit)).toEqual(gesorteerd(referentieDa(invoer)));
  });
});

describe("CP&L exchange format", () => {
  it("LOT-03 reads the issue's instance format, draws missing lottery numbers from the seed and writes it back", () => {
    const json = {
      programs: [
        { id: "A", capacity: 1, priority: { y: 1 } },
        { id: "B", capacity: 2 },
      ],
      pupils: [
        { id: "x", choices: ["A", "B"], lottery: 0.1 },
        { id: "y", choices: ["A"] },
      ],
    };
    const invoer = leesCplInstance(json, "seed-1");
    expect(invoer.leerlingen[0]?.lotingnummer).toBe(0.1);
    expect(invoer.leerlingen[1]?.lotingnummer).toBe(
      leesCplInstance(json, "seed-1").leerlingen[1]?.lotingnummer,
    );
    expect(invoer.programmas[0]?.voorrang).toEqual({ y: 1 });
    expect(leesCplInstance(schrijfCplInstance(invoer))).toEqual(invoer);
    expect(() => leesCplInstance(json)).toThrow(/seed/);
    expect(() => leesCplInstance({ programs: [{ id: "A" }], pupils: [] })).toThrow(OngeldigeInvoerFout);
    expect(() => leesCplInstance({ programs: [], pupils: [{ id: "x", choices: [1] }] })).toThrow(
      OngeldigeInvoerFout,
    );
  });
});
