import { describe, expect, it } from "vitest";
import {
  controleerGroep,
  controleerGroepenBeheer,
  GeenToegangFout,
  type Groep,
  type GroepOmgeving,
  menuVoor,
  OngeldigeInvoerFout,
  voegLeerlingenToe,
} from "../src";
import { maakActor, maakRegio } from "./factories";

const regio = maakRegio();

function omgeving(overrides: Partial<GroepOmgeving> = {}): GroepOmgeving {
  return {
    andereGroepen: [{ id: "g-havo", naam: "Aanmeldingen havo/vwo" }],
    aanmeldingen: [
      { id: "a-1", status: "aangemeld" },
      { id: "a-2", status: "geplaatst" },
      { id: "a-weg", status: "teruggetrokken" },
    ],
    gebruikers: [
      { id: "u-1", status: "actief" },
      { id: "u-2", status: "uitgenodigd" },
      { id: "u-blok", status: "geblokkeerd" },
    ],
    ...overrides,
  };
}

function groep(overrides: Partial<Groep> = {}): Groep {
  return {
    id: "g-1",
    schoolId: "school-a",
    schooljaar: "2026-2027",
    naam: "Niet plaatsen",
    aanmeldingIds: ["a-1"],
    contactpersoonIds: ["u-1"],
    ...overrides,
  };
}

function veldFouten(actie: () => unknown): Record<string, string> {
  try {
    actie();
  } catch (error) {
    if (error instanceof OngeldigeInvoerFout) return error.velden;
    throw error;
  }
  throw new Error("expected OngeldigeInvoerFout");
}

describe("groepen (GRP-01)", () => {
  it("GRP-01 every user of a VO school keeps groups; a PO school's Beheren and a bestuur do not", () => {
    for (const rol of ["beheren", "aanmelden", "beoordelen-en-plaatsen"] as const) {
      expect(controleerGroepenBeheer(maakActor({ rollen: [rol] }), regio)).toBe("school-a");
    }
    expect(() =>
      controleerGroepenBeheer(maakActor({ rollen: ["beheren"], organisatieType: "po" }), regio),
    ).toThrow(GeenToegangFout);
    expect(() =>
      controleerGroepenBeheer(maakActor({ rollen: ["po-gebruiker"], organisatieType: "po" }), regio),
    ).toThrow(GeenToegangFout);
    expect(() =>
      controleerGroepenBeheer(
        maakActor({ rollen: ["contactpersoon-elk"], organisatieType: "bestuur", schoolId: undefined }),
        regio,
      ),
    ).toThrow(GeenToegangFout);
  });

  it("GRP-01 the menu item Instellingen > Groepen is for VO users only", () => {
    const schermen = (rollen: Parameters<typeof maakActor>[0]) =>
      menuVoor(maakActor(rollen), regio).flatMap((g) => g.items.map((i) => i.scherm));
    expect(schermen({ rollen: ["aanmelden"] })).toContain("instellingen.groepen");
    expect(schermen({ rollen: ["beheren"], organisatieType: "po" })).not.toContain("instellingen.groepen");
  });

  it("GRP-01 a group has a name, pupils of the school and contact persons of the school", () => {
    const schoon = controleerGroep(
      {
        naam: "  Aanmeldingen   vwo ",
        aanmeldingIds: ["a-1", "a-2", "a-1"],
        contactpersoonIds: ["u-1", "u-2"],
      },
      omgeving(),
    );
    expect(schoon).toEqual({
      naam: "Aanmeldingen vwo",
      aanmeldingIds: ["a-1", "a-2"],
      contactpersoonIds: ["u-1", "u-2"],
    });
  });

  it("GRP-01 a group may start without pupils: it is filled later", () => {
    expect(
      controleerGroep({ naam: "Later", aanmeldingIds: [], contactpersoonIds: ["u-1"] }, omgeving()),
    ).toMatchObject({ aanmeldingIds: [] });
  });

  it("GRP-01 the name is required, at most 100 characters and unique in the school year (any case)", () => {
    expect(
      veldFouten(() =>
        controleerGroep({ naam: "  ", aanmeldingIds: [], contactpersoonIds: ["u-1"] }, omgeving()),
      ).naam,
    ).toBe("Vul de naam van de groep in.");
    expect(
      veldFouten(() =>
        controleerGroep({ naam: "x".repeat(101), aanmeldingIds: [], contactpersoonIds: ["u-1"] }, omgeving()),
      ).naam,
    ).toBe("Gebruik hoogstens 100 tekens.");
    expect(
      veldFouten(() =>
        controleerGroep(
          { naam: "aanmeldingen HAVO/vwo", aanmeldingIds: [], contactpersoonIds: ["u-1"] },
          omgeving(),
        ),
      ).naam,
    ).toBe('Er bestaat dit schooljaar al een groep met de naam "Aanmeldingen havo/vwo".');
    // Editing a group keeps its own name.
    expect(
      controleerGroep(
        { naam: "Aanmeldingen havo/vwo", aanmeldingIds: [], contactpersoonIds: ["u-1"] },
        omgeving(),
        { id: "g-havo", contactpersoonIds: ["u-1"] },
      ).naam,
    ).toBe("Aanmeldingen havo/vwo");
  });

  it("GRP-01 pupils must be registered or placed at the school; every wrong field is reported at once", () => {
    const velden = veldFouten(() =>
      controleerGroep({ naam: "", aanmeldingIds: ["a-weg", "elders"], contactpersoonIds: [] }, omgeving()),
    );
    expect(Object.keys(velden).sort()).toEqual(["aanmeldingIds", "contactpersoonIds", "naam"]);
    expect(velden.aanmeldingIds).toMatch(/niet \(meer\) aangemeld of geplaatst bij uw school/);
    expect(velden.contactpersoonIds).toBe("Kies minstens één contactpersoon.");
  });

  it("GRP-01 contact persons are users of the school; a blocked one may stay but not be newly chosen", () => {
    const basis = { naam: "Vwo", aanmeldingIds: [] };
    expect(
      veldFouten(() => controleerGroep({ ...basis, contactpersoonIds: ["iemand-anders"] }, omgeving()))
        .contactpersoonIds,
    ).toMatch(/geen \(actieve\) gebruikers van uw school/);
    expect(
      veldFouten(() => controleerGroep({ ...basis, contactpersoonIds: ["u-blok"] }, omgeving()))
        .contactpersoonIds,
    ).toBeDefined();
    expect(
      controleerGroep({ ...basis, contactpersoonIds: ["u-blok", "u-1"] }, omgeving(), {
        id: "g-1",
        contactpersoonIds: ["u-blok"],
      }).contactpersoonIds,
    ).toEqual(["u-blok", "u-1"]);
  });

  it("GRP-01 'Toevoegen aan groep' adds pupils, keeps those already in it and is idempotent", () => {
    const g = groep();
    const na = voegLeerlingenToe(g, ["a-2", "a-1"], omgeving());
    expect(na?.aanmeldingIds).toEqual(["a-1", "a-2"]);
    expect(voegLeerlingenToe(groep({ aanmeldingIds: ["a-1", "a-2"] }), ["a-2"], omgeving())).toBeUndefined();
    expect(() => voegLeerlingenToe(g, ["a-weg"], omgeving())).toThrow(OngeldigeInvoerFout);
    expect(() => voegLeerlingenToe(g, [], omgeving())).toThrow(/Kies minstens één leerling/);
  });
});
