import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  type DecentraleAanmelding,
  type DecentraleLotingInvoer,
  type DecentraleLotingUitslag,
  decentraleLoting,
  eenheidSleutel,
  type LotingAfdeling,
  lotingnummer,
  maakRandom,
  OngeldigeInvoerFout,
} from "../src";

const seed = "decentraal-2027";
const afdeling = (id: string, overrides: Partial<LotingAfdeling> = {}): LotingAfdeling => ({
  id,
  schoolId: "school-a",
  gelijkwaardigAan: [],
  ...overrides,
});
const aanmelding = (
  leerlingId: string,
  afdelingId: string,
  overrides: Partial<DecentraleAanmelding> = {},
) => ({
  leerlingId,
  afdelingId,
  ...overrides,
});
const per = (uitslagen: readonly DecentraleLotingUitslag[]) =>
  new Map(uitslagen.map((u) => [u.leerlingId, u]));

describe("decentral lottery (LOT-02)", () => {
  it("LOT-02 places everyone without a draw where an afdeling is not over-subscribed", () => {
    const uit = decentraleLoting({
      seed,
      afdelingen: [afdeling("havo", { capaciteit: 3 }), afdeling("vwo")],
      capaciteitsgroepen: [],
      aanmeldingen: [aanmelding("a", "havo"), aanmelding("b", "havo"), aanmelding("c", "vwo")],
    });
    for (const u of uit.uitslagen) {
      expect(u).toMatchObject({
        uitkomst: "geplaatst",
        geplaatstOp: u.afdelingId,
        geloot: false,
        reservepositie: null,
      });
    }
    expect(uit.eenheden).toEqual([
      {
        soort: "afdeling",
        id: "havo",
        capaciteit: 3,
        aanmeldingen: 2,
        overingeschreven: false,
        geplaatst: 2,
        resterend: 1,
      },
      {
        soort: "afdeling",
        id: "vwo",
        capaciteit: null,
        aanmeldingen: 1,
        overingeschreven: false,
        geplaatst: 1,
        resterend: null,
      },
    ]);
  });

  it("LOT-02 places granted voorrang first, then by lottery number; the losers are uitgeloot with a reserve position", () => {
    const ids = ["a", "b", "c", "d", "e"];
    const uit = decentraleLoting({
      seed,
      afdelingen: [afdeling("vwo", { capaciteit: 3 })],
      capaciteitsgroepen: [],
      aanmeldingen: ids.map((id) => aanmelding(id, "vwo", id === "e" ? { voorrangsklasse: 1 } : {})),
    });
    const opLoting = ["a", "b", "c", "d"].sort((x, y) => lotingnummer(seed, x) - lotingnummer(seed, y));
    const u = per(uit.uitslagen);
    expect(u.get("e")).toMatchObject({ uitkomst: "geplaatst", geloot: true });
    expect(opLoting.map((id) => u.get(id)?.uitkomst)).toEqual([
      "geplaatst",
      "geplaatst",
      "uitgeloot",
      "uitgeloot",
    ]);
    expect(opLoting.map((id) => u.get(id)?.reservepositie)).toEqual([null, null, 1, 2]);
    for (const id of ids) expect(u.get(id)?.lotingnummer).toBe(lotingnummer(seed, id));
    expect(uit.eenheden[0]).toMatchObject({ overingeschreven: true, geplaatst: 3, resterend: 0 });
  });

  it("LOT-02 draws a meerling as one: one number for all, all in or all out", () => {
    const uit = decentraleLoting({
      seed,
      afdelingen: [afdeling("vwo", { capaciteit: 2 }), afdeling("havo", { capaciteit: 10 })],
      capaciteitsgroepen: [],
      aanmeldingen: [
        aanmelding("tweeling-1", "vwo", { meerlingId: "m" }),
        aanmelding("tweeling-2", "havo", { meerlingId: "m" }),
        aanmelding("x", "vwo"),
        aanmelding("y", "vwo"),
      ],
    });
    const u = per(uit.uitslagen);
    const nummer = lotingnummer(seed, "tweeling-1");
    expect(u.get("tweeling-2")?.lotingnummer).toBe(nummer);
    expect(u.get("tweeling-1")?.uitkomst).toBe(u.get("tweeling-2")?.uitkomst);
  });

  it("LOT-02 at the boundary: a meerling that does not fit is uitgeloot whole and the seat goes to the next that fits", () => {
    const uit = decentraleLoting({
      seed,
      afdelingen: [afdeling("vwo", { capaciteit: 2 })],
      capaciteitsgroepen: [],
      aanmeldingen: [
        aanmelding("eerst", "vwo", { voorrangsklasse: 1 }),
        aanmelding("m1", "vwo", { voorrangsklasse: 2, meerlingId: "m" }),
        aanmelding("m2", "vwo", { meerlingId: "m" }),
        aanmelding("daarna", "vwo"),
      ],
    });
    const u = per(uit.uitslagen);
    expect(u.get("eerst")?.uitkomst).toBe("geplaatst");
    expect(u.get("m1")?.uitkomst).toBe("uitgeloot");
    expect(u.get("m2")?.uitkomst).toBe("uitgeloot");
    expect(u.get("daarna")?.uitkomst).toBe("geplaatst");
    expect([u.get("m1")?.reservepositie, u.get("m2")?.reservepositie]).toEqual([1, 2]);
    expect(uit.eenheden[0]?.geplaatst).toBe(2);
  });

  it("LOT-02 shares a capaciteitsgroep's seats among its afdelingen", () => {
    const uit = decentraleLoting({
      seed,
      afdelingen: [
        afdeling("havo", { capaciteitsgroepId: "onderbouw" }),
        afdeling("vwo", { capaciteitsgroepId: "onderbouw" }),
      ],
      capaciteitsgroepen: [{ id: "onderbouw", capaciteit: 2 }],
      aanmeldingen: [aanmelding("a", "havo"), aanmelding("b", "vwo"), aanmelding("c", "vwo")],
    });
    expect(uit.uitslagen.filter((u) => u.uitkomst === "geplaatst")).toHaveLength(2);
    expect(uit.uitslagen.every((u) => u.geloot)).toBe(true);
    expect(uit.eenheden).toEqual([
      expect.objectContaining({
        soort: "capaciteitsgroep",
        id: "onderbouw",
        aanmeldingen: 3,
        geplaatst: 2,
        resterend: 0,
      }),
    ]);
  });

  it("LOT-03 places who asked for it on an equivalent afdeling with room, in draw order, without a second draw", () => {
    const uit = decentraleLoting({
      seed,
      afdelingen: [
        afdeling("tto", { capaciteit: 1, gelijkwaardigAan: ["vwo"] }),
        afdeling("vwo", { capaciteit: 2, gelijkwaardigAan: ["tto"] }),
      ],
      capaciteitsgroepen: [],
      aanmeldingen: [
        aanmelding("winnaar", "tto", { voorrangsklasse: 1 }),
        aanmelding("wens-eerst", "tto", { voorrangsklasse: 2, gelijkwaardigeAfdelingWens: true }),
        aanmelding("wens-later", "tto", { gelijkwaardigeAfdelingWens: true }),
        aanmelding("zonder-wens", "tto", { voorrangsklasse: 2 }),
        aanmelding("eigen", "vwo"),
      ],
    });
    const u = per(uit.uitslagen);
    expect(u.get("winnaar")).toMatchObject({ uitkomst: "geplaatst", geplaatstOp: "tto" });
    expect(u.get("wens-eerst")).toMatchObject({
      uitkomst: "geplaatst",
      geplaatstOp: "vwo",
      viaGelijkwaardigeAfdeling: true,
      reservepositie: 1,
    });
    expect(u.get("wens-later")).toMatchObject({ uitkomst: "uitgeloot", geplaatstOp: null });
    expect(u.get("zonder-wens")).toMatchObject({ uitkomst: "uitgeloot" });
    expect(u.get("eigen")).toMatchObject({ uitkomst: "geplaatst", geplaatstOp: "vwo", geloot: false });
    expect(uit.eenheden.find((e) => e.id === "vwo")).toMatchObject({ geplaatst: 2, resterend: 0 });
  });

  it("LOT-03 does not move a pupil to an equivalent afdeling that had its own draw, even with a seat left", () => {
    const uit = decentraleLoting({
      seed,
      afdelingen: [
        afdeling("tto", { capaciteit: 0, gelijkwaardigAan: ["vwo"] }),
        afdeling("vwo", { capaciteit: 2 }),
      ],
      capaciteitsgroepen: [],
      aanmeldingen: [
        aanmelding("wens", "tto", { gelijkwaardigeAfdelingWens: true }),
        aanmelding("s", "vwo", { voorrangsklasse: 1 }),
        aanmelding("m1", "vwo", { meerlingId: "m" }),
        aanmelding("m2", "vwo", { meerlingId: "m" }),
      ],
    });
    const u = per(uit.uitslagen);
    expect(u.get("m1")?.uitkomst).toBe("uitgeloot");
    expect(uit.eenheden.find((e) => e.id === "vwo")).toMatchObject({ overingeschreven: true, resterend: 1 });
    expect(u.get("wens")).toMatchObject({ uitkomst: "uitgeloot", viaGelijkwaardigeAfdeling: false });
  });

  it("LOT-02 refuses a pupil twice, an unknown afdeling or capaciteitsgroep and a bad seed", () => {
    const basis = { seed, afdelingen: [afdeling("vwo", { capaciteit: 1 })], capaciteitsgroepen: [] };
    expect(() =>
      decentraleLoting({ ...basis, aanmeldingen: [aanmelding("a", "vwo"), aanmelding("a", "vwo")] }),
    ).toThrow(/twee keer/);
    expect(() => decentraleLoting({ ...basis, aanmeldingen: [aanmelding("a", "havo")] })).toThrow(
      OngeldigeInvoerFout,
    );
    expect(() =>
      decentraleLoting({
        ...basis,
        afdelingen: [afdeling("x", { capaciteitsgroepId: "g" })],
        aanmeldingen: [],
      }),
    ).toThrow(/capaciteitsgroep/);
    expect(() => decentraleLoting({ ...basis, seed: "met spatie", aanmeldingen: [] })).toThrow(
      OngeldigeInvoerFout,
    );
  });
});

/** A school or two with afdelingen, some in a capaciteitsgroep, some equivalent, and registrations. */
const lotingArb: fc.Arbitrary<DecentraleLotingInvoer> = fc
  .record({
    afdelingen: fc.array(
      fc.record({
        school: fc.constantFrom("s1", "s2"),
        capaciteit: fc.option(fc.integer({ min: 0, max: 4 }), { nil: undefined }),
        inGroep: fc.boolean(),
        gelijkwaardig: fc.array(fc.nat({ max: 5 }), { maxLength: 2 }),
      }),
      { minLength: 1, maxLength: 6 },
    ),
    groepCapaciteit: fc.integer({ min: 0, max: 5 }),
    aanmeldingen: fc.array(
      fc.record({
        afdeling: fc.nat(),
        voorrang: fc.option(fc.constantFrom(1, 2), { nil: undefined }),
        wens: fc.boolean(),
        meerling: fc.option(fc.constantFrom("m1", "m2", "m3"), { nil: undefined }),
      }),
      { maxLength: 16 },
    ),
  })
  .map(({ afdelingen, groepCapaciteit, aanmeldingen }) => {
    const lotingAfdelingen: LotingAfdeling[] = afdelingen.map((a, i) => ({
      id: `a${i}`,
      schoolId: a.school,
      ...(a.inGroep
        ? { capaciteitsgroepId: `groep-${a.school}` }
        : a.capaciteit === undefined
          ? {}
          : { capaciteit: a.capaciteit }),
      gelijkwaardigAan: a.gelijkwaardig.filter((j) => j < afdelingen.length && j !== i).map((j) => `a${j}`),
    }));
    return {
      seed,
      afdelingen: lotingAfdelingen,
      capaciteitsgroepen: [
        { id: "groep-s1", capaciteit: groepCapaciteit },
        { id: "groep-s2", capaciteit: groepCapaciteit + 1 },
      ],
      aanmeldingen: aanmeldingen.map((a, i) => ({
        leerlingId: `l${i}`,
        afdelingId: `a${a.afdeling % afdelingen.length}`,
        ...(a.voorrang === undefined ? {} : { voorrangsklasse: a.voorrang }),
        gelijkwaardigeAfdelingWens: a.wens,
        ...(a.meerling === undefined ? {} : { meerlingId: a.meerling }),
      })),
    };
  });

describe("decentral lottery properties (fast-check)", () => {
  it("LOT-02 never places more pupils on an afdeling or capaciteitsgroep than it has seats", () => {
    fc.assert(
      fc.property(lotingArb, (invoer) => {
        const uit = decentraleLoting(invoer);
        const afdelingen = new Map(invoer.afdelingen.map((a) => [a.id, a]));
        const sleutel = (afdelingId: string) => {
          const a = afdelingen.get(afdelingId) as LotingAfdeling;
          return a.capaciteitsgroepId
            ? eenheidSleutel({ soort: "capaciteitsgroep", id: a.capaciteitsgroepId })
            : eenheidSleutel({ soort: "afdeling", id: a.id });
        };
        const bezet = new Map<string, number>();
        for (const u of uit.uitslagen) {
          if (u.geplaatstOp !== null)
            bezet.set(sleutel(u.geplaatstOp), (bezet.get(sleutel(u.geplaatstOp)) ?? 0) + 1);
        }
        for (const e of uit.eenheden) {
          expect(bezet.get(eenheidSleutel(e)) ?? 0).toBe(e.geplaatst);
          if (e.capaciteit !== null) expect(e.geplaatst).toBeLessThanOrEqual(e.capaciteit);
          if (e.capaciteit !== null) expect(e.resterend).toBe(e.capaciteit - e.geplaatst);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("LOT-02 keeps meerlingen together: one number, one outcome, also on an equivalent afdeling", () => {
    fc.assert(
      fc.property(lotingArb, (invoer) => {
        const uit = per(decentraleLoting(invoer).uitslagen);
        const school = new Map(invoer.afdelingen.map((a) => [a.id, a.schoolId]));
        const groepen = new Map<string, DecentraleLotingUitslag[]>();
        for (const a of invoer.aanmeldingen) {
          if (a.meerlingId === undefined) continue;
          const k = `${school.get(a.afdelingId)}/${a.meerlingId}`;
          groepen.set(k, [...(groepen.get(k) ?? []), uit.get(a.leerlingId) as DecentraleLotingUitslag]);
        }
        for (const leden of groepen.values()) {
          expect(new Set(leden.map((l) => l.uitkomst)).size).toBe(1);
          expect(new Set(leden.map((l) => l.lotingnummer)).size).toBe(1);
          expect(new Set(leden.map((l) => l.viaGelijkwaardigeAfdeling)).size).toBe(1);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("LOT-02 respects the order of the draw: a single pupil never loses to a worse one on its own unit", () => {
    fc.assert(
      fc.property(lotingArb, (invoer) => {
        const uit = decentraleLoting(invoer);
        const afdelingen = new Map(invoer.afdelingen.map((a) => [a.id, a]));
        const eenheid = (id: string) => afdelingen.get(id)?.capaciteitsgroepId ?? `afdeling:${id}`;
        const invoerVan = new Map(invoer.aanmeldingen.map((a) => [a.leerlingId, a]));
        const orde = (u: DecentraleLotingUitslag) => [
          invoerVan.get(u.leerlingId)?.voorrangsklasse ?? Number.POSITIVE_INFINITY,
          u.lotingnummer,
        ];
        const alleen = uit.uitslagen.filter((u) => invoerVan.get(u.leerlingId)?.meerlingId === undefined);
        for (const verliezer of alleen.filter((u) => u.reservepositie !== null)) {
          for (const winnaar of alleen.filter(
            (u) => u.geplaatstOp === u.afdelingId && !u.viaGelijkwaardigeAfdeling,
          )) {
            if (eenheid(winnaar.afdelingId) !== eenheid(verliezer.afdelingId)) continue;
            const [kw, lw] = orde(winnaar) as [number, number];
            const [kv, lv] = orde(verliezer) as [number, number];
            expect(kw < kv || (kw === kv && lw <= lv)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("LOT-02 is deterministic per seed and independent of the order of the registrations", () => {
    fc.assert(
      fc.property(lotingArb, fc.integer(), (invoer, s) => {
        const random = maakRandom(`schud-${s}`);
        const geschud = invoer.aanmeldingen
          .map((a) => [random.volgende(), a] as const)
          .sort((x, y) => x[0] - y[0])
          .map(([, a]) => a);
        const een = per(decentraleLoting(invoer).uitslagen);
        expect(per(decentraleLoting(invoer).uitslagen)).toEqual(een);
        expect(per(decentraleLoting({ ...invoer, aanmeldingen: geschud }).uitslagen)).toEqual(een);
      }),
      { numRuns: 200 },
    );
  });
});
