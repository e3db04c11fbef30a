import type { SchoolDetail } from "@elk/contracts";
import { describe, expect, it } from "vitest";
import {
  afdelingenBody,
  afdelingenInvoerVan,
  foutenPerRij,
  nieuweAfdeling,
  nieuweGroep,
  verwijderAfdeling,
  verwijderGroep,
  zetGelijkwaardig,
} from "../src/features/scholen/utils/afdelingen-invoer";

/** A school's afdelingen as GET /api/scholen/{id} returns them; overrides per test. */
function school(overrides: Partial<Pick<SchoolDetail, "afdelingen" | "capaciteitsgroepen">> = {}) {
  return {
    afdelingen: [
      { id: "havo", naam: "havo", adviezen: ["havo"], capaciteit: 90, gelijkwaardigAan: [] },
      { id: "vwo", naam: "vwo", adviezen: ["vwo"], capaciteitsgroepId: "boven", gelijkwaardigAan: [] },
    ],
    capaciteitsgroepen: [{ id: "boven", naam: "bovenbouw", capaciteit: 150 }],
    ...overrides,
  };
}

describe("afdelingen editor rows (ORG-03)", () => {
  it("ORG-03 round-trips a school's afdelingen unchanged into the PUT body", () => {
    const body = afdelingenBody(afdelingenInvoerVan(school()), 4);
    expect(body).toEqual({
      version: 4,
      afdelingen: [
        { id: "havo", naam: "havo", adviezen: ["havo"], capaciteit: 90, gelijkwaardigAan: [] },
        {
          id: "vwo",
          naam: "vwo",
          adviezen: ["vwo"],
          capaciteitsgroepId: "boven",
          capaciteit: null,
          gelijkwaardigAan: [],
        },
      ],
      capaciteitsgroepen: [{ id: "boven", naam: "bovenbouw", capaciteit: 150 }],
    });
  });

  it("ORG-03 gelijkwaardig is ticked and unticked on both rows at once", () => {
    const { afdelingen } = afdelingenInvoerVan(school());
    const [havo, vwo] = afdelingen;
    if (!havo || !vwo) throw new Error("seed");
    const aan = zetGelijkwaardig(afdelingen, havo.sleutel, vwo.sleutel, true);
    expect(aan.map((a) => a.gelijkwaardigAan)).toEqual([[vwo.sleutel], [havo.sleutel]]);
    const uit = zetGelijkwaardig(aan, vwo.sleutel, havo.sleutel, false);
    expect(uit.map((a) => a.gelijkwaardigAan)).toEqual([[], []]);
  });

  it("ORG-03 new rows get a code from their name, unique among the codes in use, so others can refer to them", () => {
    const invoer = afdelingenInvoerVan(school());
    const nieuw = { ...nieuweAfdeling(), naam: "Havo ", adviezen: ["havo"], capaciteit: "30" };
    const groep = { ...nieuweGroep(), naam: "Één groep", capaciteit: "" };
    const afdelingen = zetGelijkwaardig(
      [...invoer.afdelingen, { ...nieuw, groep: groep.sleutel }],
      nieuw.sleutel,
      invoer.afdelingen[0]?.sleutel ?? "",
      true,
    );
    const body = afdelingenBody({ afdelingen, groepen: [...invoer.groepen, groep] }, 1);
    expect(body.afdelingen[2]).toMatchObject({
      id: "havo-2",
      capaciteitsgroepId: "een-groep",
      capaciteit: null,
      gelijkwaardigAan: ["havo"],
    });
    expect(body.afdelingen[0]?.gelijkwaardigAan).toEqual(["havo-2"]);
    // An empty capacity goes as null: the API says in Dutch what is missing.
    expect(body.capaciteitsgroepen[1]).toEqual({ id: "een-groep", naam: "Één groep", capaciteit: null });
  });

  it("ORG-03 removing a row or a group leaves no reference to it behind", () => {
    const invoer = afdelingenInvoerVan(school());
    const [havo, vwo] = invoer.afdelingen;
    if (!havo || !vwo) throw new Error("seed");
    const gekoppeld = zetGelijkwaardig(invoer.afdelingen, havo.sleutel, vwo.sleutel, true);
    expect(verwijderAfdeling(gekoppeld, vwo.sleutel)).toEqual([{ ...havo, gelijkwaardigAan: [] }]);
    const zonderGroep = verwijderGroep(invoer, invoer.groepen[0]?.sleutel ?? "");
    expect(zonderGroep.groepen).toEqual([]);
    expect(zonderGroep.afdelingen[1]?.groep).toBe("");
  });

  it("ORG-03 the API's field messages land on the rows that were sent, by position", () => {
    const invoer = afdelingenInvoerVan(school());
    const fouten = foutenPerRij(
      {
        "afdelingen.1.capaciteitsgroepId": "Deze capaciteitsgroep bestaat niet bij deze school.",
        "afdelingen.0.naam": "Vul de naam van de afdeling in.",
        "capaciteitsgroepen.0": 'Capaciteitsgroep "bovenbouw" hoort bij geen enkele afdeling.',
        afdelingen: "Een basisschool (PO) heeft geen afdelingen.",
      },
      invoer,
    );
    const [havo, vwo] = invoer.afdelingen;
    expect(fouten.afdelingen).toEqual({
      [havo?.sleutel ?? ""]: { naam: "Vul de naam van de afdeling in." },
      [vwo?.sleutel ?? ""]: { capaciteit: "Deze capaciteitsgroep bestaat niet bij deze school." },
    });
    expect(fouten.groepen).toEqual({
      [invoer.groepen[0]?.sleutel ?? ""]: {
        rij: 'Capaciteitsgroep "bovenbouw" hoort bij geen enkele afdeling.',
      },
    });
    expect(fouten.overig).toEqual(["Een basisschool (PO) heeft geen afdelingen."]);
  });
});
