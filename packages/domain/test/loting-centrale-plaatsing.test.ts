import { describe, expect, it } from "vitest";
import {
  type CentralePlaatsingInvoer,
  type CplDeelnemer,
  centralePlaatsingEnLoting,
  commitment,
  controleerLotingRun,
  decentraleLoting,
  type LotingAfdeling,
  lotingnummer,
  naDecentraleLoting,
  OngeldigeInvoerFout,
  voerLotingUit,
} from "../src";

const seed = "cpl-2027";
const afdeling = (id: string, schoolId: string, overrides: Partial<LotingAfdeling> = {}): LotingAfdeling => ({
  id,
  schoolId,
  gelijkwaardigAan: [],
  ...overrides,
});
const lijst = (...keuzes: string[]) =>
  keuzes.map((k) => {
    const [schoolId, afdelingId] = k.split("/") as [string, string];
    return { schoolId, afdelingId };
  });
const deelnemer = (
  leerlingId: string,
  keuzes: string[],
  overrides: Partial<CplDeelnemer> = {},
): CplDeelnemer => ({
  leerlingId,
  voorkeurslijst: lijst(...keuzes),
  ...overrides,
});

describe("Centrale Plaatsing en Loting (LOT-03)", () => {
  const afdelingen = [
    afdeling("A-vwo", "A", { capaciteit: 0 }),
    afdeling("A-havo", "A", { capaciteit: 5 }),
    afdeling("B-vwo", "B", { capaciteit: 1 }),
    afdeling("C-vwo", "C", { capaciteitsgroepId: "C-bovenbouw" }),
    afdeling("C-tto", "C", { capaciteitsgroepId: "C-bovenbouw" }),
  ];

  it("LOT-03 places over choices 2–5 and never at the school where the pupil already lost a draw", () => {
    const uit = centralePlaatsingEnLoting({
      seed,
      afdelingen,
      capaciteitsgroepen: [{ id: "C-bovenbouw", capaciteit: 5 }],
      // A-havo has room, but it is at school A, where x lost the draw for A-vwo.
      deelnemers: [deelnemer("x", ["A/A-vwo", "A/A-havo", "B/B-vwo"])],
    });
    expect(uit).toEqual([
      {
        leerlingId: "x",
        geplaatstOp: { schoolId: "B", afdelingId: "B-vwo" },
        voorkeur: 3,
        lotingnummer: lotingnummer(seed, "x"),
      },
    ]);
  });

  it("LOT-03 lets afdelingen of a capaciteitsgroep share its seats, and reports unplaced pupils", () => {
    const uit = centralePlaatsingEnLoting({
      seed,
      afdelingen,
      capaciteitsgroepen: [{ id: "C-bovenbouw", capaciteit: 1 }],
      deelnemers: [deelnemer("x", ["A/A-vwo", "C/C-vwo"]), deelnemer("y", ["B/B-vwo", "C/C-tto"])],
    });
    const geplaatst = uit.filter((u) => u.geplaatstOp !== null);
    expect(geplaatst).toHaveLength(1);
    const winnaar = lotingnummer(seed, "x") < lotingnummer(seed, "y") ? "x" : "y";
    expect(geplaatst[0]?.leerlingId).toBe(winnaar);
    expect(uit.find((u) => u.leerlingId !== winnaar)).toMatchObject({ geplaatstOp: null, voorkeur: null });
  });

  it("LOT-03 gives the members of a meerling one lottery number, so with the same list they stay together", () => {
    const uit = centralePlaatsingEnLoting({
      seed,
      afdelingen: [afdeling("A-vwo", "A", { capaciteit: 0 }), afdeling("B-vwo", "B", { capaciteit: 2 })],
      capaciteitsgroepen: [],
      deelnemers: ["p", "q", "t1", "t2", "r"].map((id) =>
        deelnemer(id, ["A/A-vwo", "B/B-vwo"], id.startsWith("t") ? { meerlingId: "tweeling" } : {}),
      ),
    });
    const t1 = uit.find((u) => u.leerlingId === "t1");
    const t2 = uit.find((u) => u.leerlingId === "t2");
    expect(t1?.lotingnummer).toBe(lotingnummer(seed, "t1"));
    expect(t2?.lotingnummer).toBe(t1?.lotingnummer);
    // Split only when exactly one of the 2 seats is left at their turn: when one single draws better.
    const beter = ["p", "q", "r"].filter((id) => lotingnummer(seed, id) < lotingnummer(seed, "t1")).length;
    if (beter !== 1) expect(t1?.geplaatstOp).toEqual(t2?.geplaatstOp);
    else expect([t1?.geplaatstOp, t2?.geplaatstOp]).toEqual([{ schoolId: "B", afdelingId: "B-vwo" }, null]);
  });

  it("LOT-03 honours voorrang a region grants at later choices", () => {
    const uit = centralePlaatsingEnLoting({
      seed,
      afdelingen: [afdeling("A-vwo", "A", { capaciteit: 0 }), afdeling("B-vwo", "B", { capaciteit: 1 })],
      capaciteitsgroepen: [],
      deelnemers: [
        deelnemer("x", ["A/A-vwo", "B/B-vwo"]),
        deelnemer("y", ["A/A-vwo", "B/B-vwo"], { voorrang: { "B-vwo": 1 } }),
      ],
    });
    expect(uit.find((u) => u.leerlingId === "y")?.geplaatstOp).toEqual({
      schoolId: "B",
      afdelingId: "B-vwo",
    });
  });

  it("LOT-03 refuses a choice of an afdeling it does not know", () => {
    expect(() =>
      centralePlaatsingEnLoting({
        seed,
        afdelingen,
        capaciteitsgroepen: [{ id: "C-bovenbouw", capaciteit: 1 }],
        deelnemers: [deelnemer("x", ["A/A-vwo", "Q/Q-vwo"])],
      }),
    ).toThrow(OngeldigeInvoerFout);
  });

  it("LOT-02 + LOT-03 together: the CP&L gets the seats the decentral round left and never exceeds a capacity", () => {
    const regio = [
      afdeling("A-vwo", "A", { capaciteit: 2 }),
      afdeling("B-vwo", "B", { capaciteit: 2 }),
      afdeling("C-vwo", "C", { capaciteit: 3 }),
    ];
    const lijsten: Record<string, string[]> = {
      a1: ["A/A-vwo", "B/B-vwo", "C/C-vwo"],
      a2: ["A/A-vwo", "C/C-vwo", "B/B-vwo"],
      a3: ["A/A-vwo", "B/B-vwo", "C/C-vwo"],
      a4: ["A/A-vwo", "B/B-vwo", "C/C-vwo"],
      b1: ["B/B-vwo", "A/A-vwo", "C/C-vwo"],
    };
    const decentraal = decentraleLoting({
      seed,
      afdelingen: regio,
      capaciteitsgroepen: [],
      aanmeldingen: Object.entries(lijsten).map(([id, l]) => ({
        leerlingId: id,
        afdelingId: (lijst(...l)[0] as { afdelingId: string }).afdelingId,
      })),
    });
    expect(decentraal.uitslagen.filter((u) => u.uitkomst === "uitgeloot")).toHaveLength(2);
    const rest = naDecentraleLoting(regio, [], decentraal.eenheden);
    expect(rest.afdelingen.map((a) => a.capaciteit)).toEqual([0, 1, 3]);
    const cpl = centralePlaatsingEnLoting({
      seed: "cpl-ronde",
      ...rest,
      deelnemers: decentraal.uitslagen
        .filter((u) => u.uitkomst === "uitgeloot")
        .map((u) => deelnemer(u.leerlingId, lijsten[u.leerlingId] as string[])),
    });
    const bezet = new Map<string, number>();
    for (const u of [
      ...decentraal.uitslagen.map((d) => d.geplaatstOp),
      ...cpl.map((c) => c.geplaatstOp?.afdelingId ?? null),
    ]) {
      if (u !== null) bezet.set(u, (bezet.get(u) ?? 0) + 1);
    }
    for (const a of regio) expect(bezet.get(a.id) ?? 0).toBeLessThanOrEqual(a.capaciteit ?? 0);
    expect(cpl.every((c) => c.geplaatstOp !== null)).toBe(true);
  });
});

describe("stored draws (LOT-02, LOT-03: verifiable)", () => {
  const afdelingen = [afdeling("A-vwo", "A", { capaciteit: 1 }), afdeling("B-vwo", "B", { capaciteit: 1 })];
  const invoer: Omit<CentralePlaatsingInvoer, "seed"> = {
    afdelingen,
    capaciteitsgroepen: [],
    deelnemers: [
      deelnemer("x", ["Q/Q", "A/A-vwo", "B/B-vwo"]),
      deelnemer("y", ["Q/Q", "A/A-vwo", "B/B-vwo"]),
    ],
  };

  it("LOT-02 re-runs a stored decentral draw from the revealed seed and finds the same outcome", () => {
    const run = voerLotingUit("decentrale-loting", seed, {
      afdelingen,
      capaciteitsgroepen: [],
      aanmeldingen: [
        { leerlingId: "x", afdelingId: "A-vwo" },
        { leerlingId: "y", afdelingId: "A-vwo" },
      ],
    });
    expect(run.commitment).toBe(commitment(seed));
    expect(controleerLotingRun(JSON.parse(JSON.stringify(run)))).toEqual({
      seedKlopt: true,
      uitkomstKlopt: true,
      verschillen: [],
      aantalVerschillen: 0,
    });
    const vervalst = structuredClone(run);
    const [eerste, tweede] = vervalst.uitkomst.uitslagen;
    if (eerste && tweede) [eerste.uitkomst, tweede.uitkomst] = [tweede.uitkomst, eerste.uitkomst];
    expect(controleerLotingRun(vervalst)).toMatchObject({
      seedKlopt: true,
      uitkomstKlopt: false,
      aantalVerschillen: 2,
    });
  });

  it("LOT-03 re-runs a stored CP&L and notices another seed or a changed outcome", () => {
    const run = voerLotingUit("centrale-plaatsing", seed, invoer);
    expect(controleerLotingRun(run)).toMatchObject({ seedKlopt: true, uitkomstKlopt: true });
    expect(controleerLotingRun({ ...run, seed: `${seed}x` })).toMatchObject({ seedKlopt: false });
    const vervalst = structuredClone(run);
    (vervalst.uitkomst.uitslagen[0] as { geplaatstOp: unknown }).geplaatstOp = null;
    expect(controleerLotingRun(vervalst).verschillen[0]).toMatch(/opgeslagen/);
  });

  it("LOT-03 re-runs a stored instance in the exchange format and reports lottery numbers that are not the seed's", () => {
    const instance = {
      programs: [{ id: "A", capacity: 1 }],
      pupils: [
        { id: "x", choices: ["A"] },
        { id: "y", choices: ["A"] },
      ],
    };
    const run = voerLotingUit("cpl", seed, instance);
    expect(controleerLotingRun(run)).toMatchObject({ seedKlopt: true, uitkomstKlopt: true });
    const metEigenNummer = {
      ...run,
      invoer: { ...instance, pupils: [{ id: "x", choices: ["A"], lottery: 0 }, instance.pupils[1]] },
    };
    expect(controleerLotingRun(metEigenNummer)).toMatchObject({ uitkomstKlopt: false });
    expect(() => controleerLotingRun({ versie: 2 })).toThrow(OngeldigeInvoerFout);
  });
});
