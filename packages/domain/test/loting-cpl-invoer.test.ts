import { describe, expect, it } from "vitest";
import { type CplRegistratie, type CplSchool, centralePlaatsingEnLoting, cplInvoerVoor } from "../src";

const SCHOLEN: CplSchool[] = [
  {
    id: "a",
    naam: "A",
    afdelingen: [{ id: "havo", naam: "havo", capaciteit: 2 }],
    capaciteitsgroepen: [],
  },
  {
    id: "b",
    naam: "B",
    afdelingen: [
      { id: "havo", naam: "havo", capaciteitsgroepId: "g" },
      { id: "vwo", naam: "vwo", capaciteitsgroepId: "g" },
      { id: "mavo", naam: "mavo" },
    ],
    capaciteitsgroepen: [{ id: "g", naam: "bovenbouw", capaciteit: 3 }],
  },
];

const reg = (id: string, status: CplRegistratie["status"], keuzes: [string, string][], extra = {}) => ({
  id,
  status,
  keuzes: keuzes.map(([schoolId, afdelingId]) => ({ schoolId, afdelingId })),
  ...extra,
});

describe("LOT-03 the CP&L's input from the registrations", () => {
  it("LOT-03 seats left = capacity − aangemeld/geplaatst/toegewezen, per afdeling or capaciteitsgroep, plus extra", () => {
    const { invoer, capaciteit } = cplInvoerVoor(
      SCHOLEN,
      [
        reg("1", "aangemeld", [["a", "havo"]]),
        reg("2", "geplaatst", [["b", "vwo"]]),
        reg(
          "3",
          "toegewezen",
          [
            ["a", "havo"],
            ["b", "havo"],
          ],
          { schoolId: "b", toewijzing: { afdelingId: "havo" } },
        ),
        reg("4", "niet-geplaatst", [["a", "havo"]]),
        reg("5", "uitgeloot", [
          ["b", "havo"],
          ["a", "havo"],
          ["b", "vwo"],
        ]),
      ],
      [{ schoolId: "a", afdelingId: "havo", extra: 5 }],
    );
    expect(invoer.afdelingen).toContainEqual({ id: "a/havo", schoolId: "a", capaciteit: 1 + 5 });
    expect(invoer.capaciteitsgroepen).toEqual([{ id: "b/g", capaciteit: 1 }]);
    expect(invoer.afdelingen).toContainEqual({ id: "b/mavo", schoolId: "b" });
    expect(invoer.deelnemers).toEqual([
      {
        leerlingId: "5",
        voorkeurslijst: [
          { schoolId: "b", afdelingId: "b/havo" },
          { schoolId: "a", afdelingId: "a/havo" },
          { schoolId: "b", afdelingId: "b/vwo" },
        ],
      },
    ]);
    // A choice at the 1st-choice school is no CP&L choice.
    expect(capaciteit.find((c) => c.schoolId === "a")).toMatchObject({
      bezet: 1,
      resterend: 6,
      extra: 5,
      inCpl: 1,
    });
    expect(capaciteit.find((c) => c.schoolId === "b" && c.afdelingId === "vwo")).toMatchObject({ inCpl: 0 });
    const [uitslag] = centralePlaatsingEnLoting({ ...invoer, seed: "test" });
    expect(uitslag).toMatchObject({ geplaatstOp: { schoolId: "a", afdelingId: "a/havo" }, voorkeur: 2 });
  });

  it("LOT-03 a meerling: marked, same 1st-choice school, same key; a lone marked pupil is none", () => {
    const { invoer } = cplInvoerVoor(SCHOLEN, [
      reg(
        "x2",
        "uitgeloot",
        [
          ["a", "havo"],
          ["b", "havo"],
        ],
        { meerling: true, meerlingSleutel: "k" },
      ),
      reg(
        "x1",
        "uitgeloot",
        [
          ["a", "havo"],
          ["b", "havo"],
        ],
        { meerling: true, meerlingSleutel: "k" },
      ),
      reg(
        "y",
        "uitgeloot",
        [
          ["a", "havo"],
          ["b", "havo"],
        ],
        { meerling: true, meerlingSleutel: "z" },
      ),
    ]);
    expect(invoer.deelnemers.map((d) => d.meerlingId)).toEqual(["x1", "x1", undefined]);
  });

  it("LOT-03 extra capacity is a whole number ≥ 0 of a known afdeling", () => {
    expect(() => cplInvoerVoor(SCHOLEN, [], [{ schoolId: "a", afdelingId: "havo", extra: -1 }])).toThrow(
      /geheel getal/,
    );
    expect(() => cplInvoerVoor(SCHOLEN, [], [{ schoolId: "a", afdelingId: "vwo", extra: 1 }])).toThrow(
      /Onbekende afdeling/,
    );
  });
});
