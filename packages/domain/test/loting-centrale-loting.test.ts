import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CplRegistratie,
  type CplSchool,
  centralePlaatsingEnLoting,
  cplInvoerVoor,
  cplSamenvatting,
  nieuweSeed,
  reservelijsten,
  vereisDecentraleLotingDefinitief,
} from "../src";

/**
 * REGION-01 / LOT-03 in the Amsterdam procedure (RegionConfig plaatsingsprocedure
 * "centrale-loting"): one central DA-STB draw over every choice of every registration still
 * aangemeld, no decentral lottery, and reserve lists per afdeling ordered by how high the pupil
 * ranked the school, then by lottery number.
 */
const school = (id: string, capaciteit: number): CplSchool => ({
  id,
  naam: id.toUpperCase(),
  afdelingen: [{ id: "havo", naam: "havo", capaciteit }],
  capaciteitsgroepen: [],
});
const reg = (id: string, status: CplRegistratie["status"], ...scholen: string[]): CplRegistratie => ({
  id,
  status,
  keuzes: scholen.map((schoolId) => ({ schoolId, afdelingId: "havo" })),
});
const SEED = "a".repeat(64);

describe("the central draw (Amsterdam)", () => {
  it("REGION-01 LOT-03 everyone aangemeld draws over all choices, the 1st included; placed pupils hold their seats", () => {
    const scholen = [school("a", 2), school("b", 1), school("c", 5)];
    const { invoer, capaciteit } = cplInvoerVoor(
      scholen,
      [
        reg("1", "aangemeld", "a", "b", "c"),
        reg("2", "aangemeld", "a", "b", "c"),
        reg("3", "aangemeld", "a", "b", "c"),
        reg("4", "aangemeld", "b", "a", "c"),
        reg("5", "geplaatst", "a"),
      ],
      [],
      "centrale-loting",
    );
    expect(invoer.vanafEersteKeuze).toBe(true);
    expect(invoer.deelnemers.map((d) => d.leerlingId).sort()).toEqual(["1", "2", "3", "4"]);
    // A's seats: 2 − the one geplaatst; those aangemeld do not hold one in a central draw.
    expect(invoer.afdelingen).toContainEqual({ id: "a/havo", schoolId: "a", capaciteit: 1 });
    expect(capaciteit.find((c) => c.schoolId === "a")?.inCpl).toBe(4);

    const uitslagen = centralePlaatsingEnLoting({ seed: SEED, ...invoer });
    // DA-STB: a school ranks whoever proposes by lottery number alone (not by how high it was
    // ranked): A's one seat, B's one seat, the other two at C.
    expect(uitslagen.filter((u) => u.geplaatstOp?.schoolId === "a")).toHaveLength(1);
    expect(uitslagen.filter((u) => u.geplaatstOp?.schoolId === "b")).toHaveLength(1);
    expect(uitslagen.filter((u) => u.geplaatstOp?.schoolId === "c")).toHaveLength(2);
    const eersteKeuze = uitslagen.filter((u) => u.voorkeur === 1).length;
    const samenvatting = cplSamenvatting(uitslagen);
    expect(samenvatting.perVoorkeur[0]).toEqual({ voorkeur: 1, aantal: eersteKeuze });
    expect(samenvatting.geplaatst).toBe(4);
  });

  it("REGION-01 the same registrations in the CP&L (after a decentral lottery) draw only over choices 2–5", () => {
    const { invoer } = cplInvoerVoor(
      [school("a", 1), school("b", 1)],
      [reg("1", "uitgeloot", "a", "b"), reg("2", "aangemeld", "a", "b")],
    );
    expect(invoer.vanafEersteKeuze).toBeUndefined();
    const uitslagen = centralePlaatsingEnLoting({ seed: SEED, ...invoer });
    expect(uitslagen).toEqual([expect.objectContaining({ leerlingId: "1", voorkeur: 2 })]);
  });

  it("REGION-01 a reserve list holds everyone who ranked the afdeling above what they got, by rank, then lottery number", () => {
    const scholen = [school("a", 1), school("b", 1), school("c", 10)];
    const { invoer } = cplInvoerVoor(
      scholen,
      [
        reg("1", "aangemeld", "a", "b", "c"),
        reg("2", "aangemeld", "a", "b", "c"),
        reg("3", "aangemeld", "b", "a", "c"),
        reg("4", "aangemeld", "a", "c"),
      ],
      [],
      "centrale-loting",
    );
    const uitslagen = centralePlaatsingEnLoting({ seed: SEED, ...invoer });
    const lijsten = reservelijsten(invoer, uitslagen);
    const op = new Map(uitslagen.map((u) => [u.leerlingId, u]));
    const nummer = (id: string) => op.get(id)?.lotingnummer ?? 0;
    // Nobody waits for what they got, or for anything ranked below it.
    for (const u of uitslagen) {
      for (const r of lijsten.get(u.leerlingId) ?? []) {
        expect(u.voorkeur === null || r.voorkeur < u.voorkeur).toBe(true);
      }
    }
    // A's list: those with A first (by lottery number), then those with A second.
    const opA = [...lijsten.entries()]
      .flatMap(([id, plaatsen]) => plaatsen.filter((p) => p.schoolId === "a").map((p) => ({ id, ...p })))
      .sort((x, y) => x.positie - y.positie);
    expect(opA.map((p) => p.positie)).toEqual(opA.map((_, i) => i + 1));
    for (let i = 1; i < opA.length; i++) {
      const [vorige, deze] = [opA[i - 1], opA[i]];
      if (!vorige || !deze) continue;
      expect(
        vorige.voorkeur < deze.voorkeur ||
          (vorige.voorkeur === deze.voorkeur && nummer(vorige.id) < nummer(deze.id)),
      ).toBe(true);
    }
  });

  it("REGION-01 property: capacity never exceeded, deterministic per seed, every reserve place above the placement", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 3, maxLength: 3 }),
        fc.array(fc.shuffledSubarray(["a", "b", "c"], { minLength: 1 }), { minLength: 1, maxLength: 12 }),
        fc.uint8Array({ minLength: 32, maxLength: 32 }),
        (capaciteiten, lijsten, bytes) => {
          const scholen = ["a", "b", "c"].map((id, i) => school(id, capaciteiten[i] ?? 0));
          const { invoer } = cplInvoerVoor(
            scholen,
            lijsten.map((l, i) => reg(String(i + 1), "aangemeld", ...l)),
            [],
            "centrale-loting",
          );
          const seed = nieuweSeed(bytes);
          const uitslagen = centralePlaatsingEnLoting({ seed, ...invoer });
          expect(centralePlaatsingEnLoting({ seed, ...invoer })).toEqual(uitslagen);
          for (const [i, s] of scholen.entries()) {
            const geplaatst = uitslagen.filter((u) => u.geplaatstOp?.schoolId === s.id).length;
            expect(geplaatst).toBeLessThanOrEqual(capaciteiten[i] ?? 0);
          }
          const reserves = reservelijsten(invoer, uitslagen);
          for (const u of uitslagen) {
            for (const r of reserves.get(u.leerlingId) ?? []) {
              expect(u.voorkeur === null || r.voorkeur < u.voorkeur).toBe(true);
            }
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe("the order of the runs", () => {
  it("LOT-02 LOT-03 where the region draws decentrally first, the CP&L waits until that lottery is definitief; a central draw waits for nothing", () => {
    const amstelland = { plaatsingsprocedure: "decentrale-loting-en-cpl" } as const;
    for (const status of [undefined, "vastgelegd", "toepassen"] as const) {
      expect(() => vereisDecentraleLotingDefinitief(amstelland, "2026-2027", status)).toThrow(
        "Maak eerst de decentrale loting van 2026-2027 definitief",
      );
    }
    expect(() => vereisDecentraleLotingDefinitief(amstelland, "2026-2027", "definitief")).not.toThrow();
    expect(() =>
      vereisDecentraleLotingDefinitief({ plaatsingsprocedure: "centrale-loting" }, "2026-2027", undefined),
    ).not.toThrow();
  });
});
