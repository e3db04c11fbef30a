import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type CplRegistratie,
  type CplSchool,
  centralePlaatsingEnLoting,
  cplInvoerVoor,
  cplSamenvatting,
  type InBehandeling,
  type KeuzeSchool,
  nietGeplaatstNaCentraleLoting,
  nieuweSeed,
  plaatsNaCentraleLoting,
  type Reserveplaats,
  type ReserveRondeLeerling,
  reservelijsten,
  StatusConflictFout,
  schuifDoorVanReservelijsten,
  vereisDecentraleLotingDefinitief,
} from "../src";
import { maakActor } from "./factories";

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

describe("applying the central draw (Amsterdam)", () => {
  const keuzeScholen = new Map<string, KeuzeSchool>(
    ["a", "b", "c"].map((id) => [
      id,
      {
        id,
        naam: `School ${id.toUpperCase()}`,
        schooltype: "VO",
        afdelingen: [{ id: "havo", naam: "havo", adviezen: ["havo"] }],
      } as unknown as KeuzeSchool,
    ]),
  );
  const ctx = {
    actor: maakActor({ gebruikerId: "systeem", naam: "Centrale Plaatsing en Loting" }),
    nu: new Date("2027-03-20T10:00:00Z"),
    school: (id: string) => keuzeScholen.get(id),
  };
  const aanmelding = (status: InBehandeling["status"], overrides: Record<string, unknown> = {}) => ({
    status,
    elkNummer: "E123",
    leerlingNaam: "Sem de Vries",
    keuzes: ["a", "b", "c"].map((schoolId) => ({ schoolId, afdelingId: "havo" })),
    schoolId: "a",
    advies: "havo" as const,
    eersteKeuze: { voorrang: false, gelijkwaardigeAfdelingWens: false, meerling: false },
    bekendgemaaktOp: undefined as string | undefined,
    ...overrides,
  });
  const reserveA: Reserveplaats = { schoolId: "a", afdelingId: "havo", voorkeur: 1, positie: 2 };

  it("REGION-01 placed by the draw at the 2nd choice: geplaatst at that school, the registry moves, the reserve place at the 1st kept", () => {
    const u = plaatsNaCentraleLoting(
      aanmelding("aangemeld") as never,
      { schoolId: "b", afdelingId: "havo", voorkeur: 2, lotingnummer: 77, ronde: "loting" },
      [reserveA],
      ctx,
    );
    expect(u.aanmelding).toMatchObject({
      status: "geplaatst",
      schoolId: "b",
      plaatsing: {
        afdelingId: "havo",
        afdelingNaam: "havo",
        toelichting: "Centrale loting: 2e voorkeur, lotingnummer 77",
      },
      lotingnummers: { cpl: 77 },
      reserveplaatsen: [reserveA],
    });
    expect(u.schoolGewijzigd).toBe(true);
    expect(u.gebeurtenis.soort).toBe("centraal-geplaatst");
    expect(u.berichtPo).toContain("is geplaatst op School B, havo");
  });

  it("REGION-01 at the 1st choice the pupil stays at its school; only from aangemeld", () => {
    const u = plaatsNaCentraleLoting(
      aanmelding("aangemeld") as never,
      { schoolId: "a", afdelingId: "havo", voorkeur: 1, lotingnummer: 5, ronde: "loting" },
      [],
      ctx,
    );
    expect(u.schoolGewijzigd).toBe(false);
    expect(u.aanmelding).toMatchObject({ status: "geplaatst", schoolId: "a", reserveplaatsen: [] });
    expect(() =>
      plaatsNaCentraleLoting(
        aanmelding("teruggetrokken") as never,
        { schoolId: "a", afdelingId: "havo", voorkeur: 1, lotingnummer: 5, ronde: "loting" },
        [],
        ctx,
      ),
    ).toThrow(StatusConflictFout);
    // The draw's outcome must be the pupil's own choice at that rank.
    expect(() =>
      plaatsNaCentraleLoting(
        aanmelding("aangemeld") as never,
        { schoolId: "c", afdelingId: "havo", voorkeur: 1, lotingnummer: 5, ronde: "loting" },
        [],
        ctx,
      ),
    ).toThrow(StatusConflictFout);
  });

  it("REGION-01 not placed anywhere: uitgeloot with its number and every reserve place", () => {
    const plaatsen = [reserveA, { schoolId: "b", afdelingId: "havo", voorkeur: 2, positie: 1 }];
    const u = nietGeplaatstNaCentraleLoting(aanmelding("aangemeld") as never, 9, plaatsen, ctx);
    expect(u.aanmelding).toMatchObject({
      status: "uitgeloot",
      lotingnummers: { cpl: 9 },
      reserveplaatsen: plaatsen,
    });
    expect(u.gebeurtenis.soort).toBe("centraal-niet-geplaatst");
  });

  it("REGION-01 second round: moved up only to a school it holds a reserve place at and ranked higher; told again", () => {
    const geplaatstOpB = aanmelding("geplaatst", {
      schoolId: "b",
      plaatsing: { afdelingId: "havo", afdelingNaam: "havo", op: "x", door: { gebruikerId: "s", naam: "s" } },
      reserveplaatsen: [reserveA],
      bekendgemaaktOp: "2027-03-19T15:00:00Z",
    });
    const u = plaatsNaCentraleLoting(
      geplaatstOpB as never,
      { schoolId: "a", afdelingId: "havo", voorkeur: 1, lotingnummer: 77, ronde: "reservelijst" },
      [reserveA],
      ctx,
    );
    expect(u.aanmelding).toMatchObject({ status: "geplaatst", schoolId: "a", reserveplaatsen: [] });
    expect((u.aanmelding as { bekendgemaaktOp?: string }).bekendgemaaktOp).toBeUndefined();
    expect(u.gebeurtenis).toMatchObject({ soort: "reservelijst-geplaatst", gegevens: { van: "School B" } });
    // Not down its list, not where it holds no reserve place.
    expect(() =>
      plaatsNaCentraleLoting(
        geplaatstOpB as never,
        { schoolId: "c", afdelingId: "havo", voorkeur: 3, lotingnummer: 77, ronde: "reservelijst" },
        [],
        ctx,
      ),
    ).toThrow("reservelijst");
  });
});

describe("the second round: reserve lists (Amsterdam)", () => {
  const afd = (school: string, capaciteit?: number) => ({
    id: `${school}/havo`,
    schoolId: school,
    ...(capaciteit !== undefined ? { capaciteit } : {}),
  });
  const plaats = (school: string, voorkeur: number, positie = 1): Reserveplaats => ({
    schoolId: school,
    afdelingId: `${school}/havo`,
    voorkeur,
    positie,
  });
  const op = (school: string | null, voorkeur: number | null) => ({
    geplaatstOp: school ? { schoolId: school, afdelingId: `${school}/havo` } : null,
    voorkeur,
  });

  it("REGION-01 a freed seat goes to the first on the reserve list; its old seat to the next, in a chain", () => {
    const leerlingen: ReserveRondeLeerling[] = [
      // 1 at B, wants A (1st). 2 at C, wants A (1st, worse number) and B (2nd). 3 unplaced, wants C.
      { leerlingId: "1", ...op("b", 2), lotingnummer: 10, reserveplaatsen: [plaats("a", 1, 1)] },
      {
        leerlingId: "2",
        ...op("c", 3),
        lotingnummer: 20,
        reserveplaatsen: [plaats("a", 1, 2), plaats("b", 2, 1)],
      },
      { leerlingId: "3", ...op(null, null), lotingnummer: 5, reserveplaatsen: [plaats("c", 1, 1)] },
    ];
    // One seat freed at A (someone withdrew).
    const zetten = schuifDoorVanReservelijsten({
      afdelingen: [afd("a", 1), afd("b", 0), afd("c", 0)],
      capaciteitsgroepen: [],
      leerlingen,
    });
    expect(zetten).toEqual([
      {
        leerlingId: "1",
        van: { schoolId: "b", afdelingId: "b/havo" },
        naar: { schoolId: "a", afdelingId: "a/havo" },
        voorkeur: 1,
        lotingnummer: 10,
      },
      {
        leerlingId: "2",
        van: { schoolId: "c", afdelingId: "c/havo" },
        naar: { schoolId: "b", afdelingId: "b/havo" },
        voorkeur: 2,
        lotingnummer: 20,
      },
      {
        leerlingId: "3",
        van: null,
        naar: { schoolId: "c", afdelingId: "c/havo" },
        voorkeur: 1,
        lotingnummer: 5,
      },
    ]);
  });

  it("REGION-01 no free seat, nobody moves; rank comes before lottery number", () => {
    const leerlingen: ReserveRondeLeerling[] = [
      { leerlingId: "1", ...op("c", 3), lotingnummer: 1, reserveplaatsen: [plaats("a", 2)] },
      { leerlingId: "2", ...op("c", 3), lotingnummer: 99, reserveplaatsen: [plaats("a", 1)] },
    ];
    expect(
      schuifDoorVanReservelijsten({
        afdelingen: [afd("a", 0), afd("c")],
        capaciteitsgroepen: [],
        leerlingen,
      }),
    ).toEqual([]);
    const zetten = schuifDoorVanReservelijsten({
      afdelingen: [afd("a", 1), afd("c")],
      capaciteitsgroepen: [],
      leerlingen,
    });
    expect(zetten.map((z) => z.leerlingId)).toEqual(["2"]);
  });

  it("REGION-01 property: no seat overfilled, everyone moves up its own list, and a second pass moves nobody", () => {
    const scholen = ["a", "b", "c", "d"];
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 4, maxLength: 4 }),
        fc.array(
          fc.record({
            lijst: fc.shuffledSubarray(scholen, { minLength: 1 }),
            plek: fc.integer({ min: 0, max: 4 }),
            lotingnummer: fc.integer({ min: 0, max: 1000 }),
          }),
          { maxLength: 15 },
        ),
        (vrij, gen) => {
          const leerlingen: ReserveRondeLeerling[] = gen.map((g, i) => {
            const positie = g.plek < g.lijst.length ? g.plek : null;
            const school = positie === null ? null : (g.lijst[positie] as string);
            const hoger = g.lijst.slice(0, positie ?? g.lijst.length);
            return {
              leerlingId: String(i),
              ...op(school, positie === null ? null : positie + 1),
              lotingnummer: g.lotingnummer,
              reserveplaatsen: hoger.map((s, j) => plaats(s, j + 1)),
            };
          });
          const afdelingen = scholen.map((s, i) => afd(s, vrij[i] ?? 0));
          const zetten = schuifDoorVanReservelijsten({ afdelingen, capaciteitsgroepen: [], leerlingen });
          const per = new Map(leerlingen.map((l) => [l.leerlingId, l]));
          const netto = new Map<string, number>();
          for (const z of zetten) {
            const l = per.get(z.leerlingId) as ReserveRondeLeerling;
            expect(z.voorkeur).toBeLessThan(l.voorkeur ?? Number.POSITIVE_INFINITY);
            netto.set(z.naar.schoolId, (netto.get(z.naar.schoolId) ?? 0) + 1);
            if (z.van) netto.set(z.van.schoolId, (netto.get(z.van.schoolId) ?? 0) - 1);
          }
          for (const [i, s] of scholen.entries()) expect(netto.get(s) ?? 0).toBeLessThanOrEqual(vrij[i] ?? 0);
          // Stable: with the seats left and everyone where it ended, nobody moves again.
          const daarna = leerlingen.map((l) => {
            const z = zetten.find((x) => x.leerlingId === l.leerlingId);
            return z ? { ...l, geplaatstOp: z.naar, voorkeur: z.voorkeur } : l;
          });
          const rest = afdelingen.map((a, i) => ({
            ...a,
            capaciteit: (vrij[i] ?? 0) - (netto.get(scholen[i] as string) ?? 0),
          }));
          expect(
            schuifDoorVanReservelijsten({ afdelingen: rest, capaciteitsgroepen: [], leerlingen: daarna }),
          ).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
