import { describe, expect, it } from "vitest";
import {
  type DecentraleRegistratie,
  type DecentraleSchool,
  decentraleInvoerVoor,
  decentraleLoting,
  decentraleUitslagPerEenheid,
} from "../src";

const SCHOLEN: DecentraleSchool[] = [
  {
    id: "a",
    naam: "A",
    afdelingen: [
      { id: "vwo", naam: "vwo", capaciteit: 3, gelijkwaardigAan: ["tto"] },
      { id: "tto", naam: "vwo tweetalig", capaciteit: 5, gelijkwaardigAan: ["vwo"] },
    ],
    capaciteitsgroepen: [],
  },
  {
    id: "b",
    naam: "B",
    afdelingen: [
      { id: "havo", naam: "havo", capaciteitsgroepId: "g" },
      { id: "vwo", naam: "vwo", capaciteitsgroepId: "g" },
    ],
    capaciteitsgroepen: [{ id: "g", naam: "bovenbouw", capaciteit: 2 }],
  },
];

const reg = (
  id: string,
  status: DecentraleRegistratie["status"],
  [schoolId, afdelingId]: [string, string],
  extra: Partial<DecentraleRegistratie> = {},
): DecentraleRegistratie => ({
  id,
  status,
  keuzes: [
    { schoolId, afdelingId },
    { schoolId: "b", afdelingId: "havo" },
  ],
  eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
  ...extra,
});

describe("LOT-02 the decentral lottery's input from the registrations", () => {
  it("LOT-02 only aangemeld at the 1st choice draws; granted voorrang is class 1; seats less those placed", () => {
    const { invoer, eenheden } = decentraleInvoerVoor(SCHOLEN, [
      reg("1", "aangemeld", ["a", "vwo"], { voorrangToegekend: true }),
      reg("2", "aangemeld", ["a", "vwo"], { eersteKeuze: { gelijkwaardigeAfdelingWens: true } }),
      reg("3", "geplaatst", ["a", "vwo"], { plaatsing: { afdelingId: "vwo" } }),
      reg("4", "uitgeloot", ["a", "vwo"]),
      reg("5", "aangemeld", ["b", "vwo"]),
      reg("6", "aangemeld", ["b", "havo"]),
      reg("7", "aangemeld", ["b", "havo"]),
      reg("8", "toegewezen", ["a", "vwo"], { schoolId: "b", toewijzing: { afdelingId: "havo" } }),
    ]);
    expect(invoer.aanmeldingen).toEqual([
      { leerlingId: "1", afdelingId: "a/vwo", voorrangsklasse: 1 },
      { leerlingId: "2", afdelingId: "a/vwo", gelijkwaardigeAfdelingWens: true },
      { leerlingId: "5", afdelingId: "b/vwo" },
      { leerlingId: "6", afdelingId: "b/havo" },
      { leerlingId: "7", afdelingId: "b/havo" },
    ]);
    expect(invoer.afdelingen).toContainEqual({
      id: "a/vwo",
      schoolId: "a",
      capaciteit: 2,
      gelijkwaardigAan: ["a/tto"],
    });
    expect(invoer.capaciteitsgroepen).toEqual([{ id: "b/g", capaciteit: 1 }]);
    expect(
      eenheden.filter((e) => e.overingeschreven).map((e) => [e.naam, e.aanmeldingen, e.capaciteit]),
    ).toEqual([["bovenbouw", 3, 1]]);
  });

  it("LOT-02 meerlingen as the CP&L groups them, and the outcome per over-subscribed unit", () => {
    const m = { eersteKeuze: { meerling: true }, meerlingSleutel: "de vries|2014-01-01" };
    const v = decentraleInvoerVoor(SCHOLEN, [
      reg("x", "aangemeld", ["b", "havo"], m),
      reg("y", "aangemeld", ["b", "vwo"], m),
      reg("z", "aangemeld", ["b", "havo"]),
      reg("w", "aangemeld", ["b", "havo"]),
    ]);
    expect(v.invoer.aanmeldingen.filter((a) => a.meerlingId === "x").map((a) => a.leerlingId)).toEqual([
      "x",
      "y",
    ]);
    const uitkomst = decentraleLoting({ ...v.invoer, seed: "proef" });
    const { eenheden, samenvatting } = decentraleUitslagPerEenheid(v, uitkomst.uitslagen);
    expect(eenheden).toHaveLength(1);
    expect(eenheden[0]).toMatchObject({ naam: "bovenbouw", aanmeldingen: 4, capaciteit: 2 });
    expect((eenheden[0]?.ingeloot ?? 0) + (eenheden[0]?.uitgeloot ?? 0)).toBe(4);
    expect(eenheden[0]?.ingeloot).toBeLessThanOrEqual(2);
    expect(samenvatting).toMatchObject({ deelnemers: 4, geloot: 4 });
    expect(samenvatting.uitgeloot).toBe(eenheden[0]?.uitgeloot);
  });
});
