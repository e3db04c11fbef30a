import { describe, expect, it } from "vitest";
import {
  beschikbareScholen,
  foutenVanApi,
  invoerFouten,
  invoerVan,
  isCompleet,
  type KeuzeSchool,
  kiesAfdeling,
  kiesSchool,
  verzoekVan,
} from "../src/components/voorkeurslijst/voorkeurslijst-invoer";

function school(id: string, overrides: Partial<KeuzeSchool> = {}): KeuzeSchool {
  return {
    id,
    naam: id,
    plaats: "Amstelveen",
    voorrangsregels: [],
    afdelingen: [{ id: `${id}-havo`, naam: "havo" }],
    ...overrides,
  };
}

const SCHOLEN = [
  school("ac", {
    voorrangsregels: ["broer-zus", "kind-medewerker"],
    afdelingen: [
      { id: "ac-havo", naam: "havo" },
      { id: "ac-hv", naam: "havo/vwo" },
    ],
  }),
  school("kkc", { voorrangsregels: ["broer-zus"] }),
  school("thamen"),
];

const tekst = (soort: string, nummer: number) => `${soort} ${nummer}`;

describe("the voorkeurslijst as the builder keeps it", () => {
  it("REG-02 has a row per choice the advice gives, filled from a saved concept", () => {
    const leeg = invoerVan(5);
    expect(leeg.rijen).toHaveLength(5);
    expect(isCompleet(leeg)).toBe(false);
    const opgeslagen = invoerVan(2, {
      keuzes: [{ schoolId: "kkc", afdelingId: "kkc-havo" }],
      eersteKeuze: {
        voorrang: { soort: "broer-zus", naamBroerZus: "Daan", klas: "2B" },
        gelijkwaardigeAfdelingWens: true,
        meerling: false,
      },
    });
    expect(opgeslagen.rijen).toEqual([
      { schoolId: "kkc", afdelingId: "kkc-havo" },
      { schoolId: "", afdelingId: "" },
    ]);
    expect(opgeslagen).toMatchObject({ voorrang: "broer-zus", naamBroerZus: "Daan", klas: "2B" });
  });

  it("REG-09 fixes the own school as voorkeur 1", () => {
    expect(invoerVan(5, undefined, "ac").rijen[0]).toEqual({ schoolId: "ac", afdelingId: "" });
  });

  it("REG-02 offers each school once and picks a school's only afdeling at once", () => {
    let invoer = kiesSchool(invoerVan(2), 0, "kkc", SCHOLEN);
    expect(invoer.rijen[0]).toEqual({ schoolId: "kkc", afdelingId: "kkc-havo" });
    expect(beschikbareScholen(invoer, 1, SCHOLEN).map((s) => s.id)).toEqual(["ac", "thamen"]);
    expect(beschikbareScholen(invoer, 0, SCHOLEN).map((s) => s.id)).toContain("kkc");
    invoer = kiesSchool(invoer, 1, "ac", SCHOLEN);
    expect(invoer.rijen[1]).toEqual({ schoolId: "ac", afdelingId: "" });
    expect(isCompleet(invoer)).toBe(false);
    expect(isCompleet(kiesAfdeling(invoer, 1, "ac-hv"))).toBe(true);
  });

  it("REG-03 drops voorrang the new 1st-choice school does not offer, and sends it only there", () => {
    let invoer = kiesSchool(invoerVan(1), 0, "ac", SCHOLEN);
    invoer = kiesAfdeling({ ...invoer, voorrang: "kind-medewerker" }, 0, "ac-havo");
    expect(verzoekVan(invoer, SCHOLEN).eersteKeuze.voorrang).toEqual({ soort: "kind-medewerker" });
    expect(kiesSchool(invoer, 0, "kkc", SCHOLEN).voorrang).toBe("");
    const broerZus = { ...kiesSchool(invoer, 0, "kkc", SCHOLEN), voorrang: "broer-zus" as const };
    expect(isCompleet(broerZus)).toBe(false);
    expect(invoerFouten(broerZus, tekst)).toEqual({ naamBroerZus: "naamBroerZus 1", klas: "klas 1" });
    const vol = { ...broerZus, naamBroerZus: " Daan ", klas: "2B", meerling: true };
    expect(isCompleet(vol)).toBe(true);
    expect(verzoekVan(vol, SCHOLEN)).toEqual({
      keuzes: [{ schoolId: "kkc", afdelingId: "kkc-havo" }],
      eersteKeuze: {
        voorrang: { soort: "broer-zus", naamBroerZus: "Daan", klas: "2B" },
        gelijkwaardigeAfdelingWens: false,
        meerling: true,
      },
    });
  });

  it("REG-02 sends the rows from voorkeur 1 on; a gap or a school without afdeling is named first", () => {
    const invoer = kiesSchool(kiesSchool(invoerVan(5), 0, "kkc", SCHOLEN), 2, "ac", SCHOLEN);
    expect(invoerFouten(invoer, tekst)).toEqual({ "rij.1": "volgorde 2", "rij.2": "afdeling 3" });
    expect(verzoekVan(invoer, SCHOLEN).keuzes).toEqual([{ schoolId: "kkc", afdelingId: "kkc-havo" }]);
    expect(verzoekVan(invoerVan(5), SCHOLEN)).toEqual({
      keuzes: [],
      eersteKeuze: { gelijkwaardigeAfdelingWens: false, meerling: false },
    });
  });

  it("places the API's field messages at their voorkeur, at voorrang or above the list", () => {
    expect(
      foutenVanApi({
        "keuzes.2": "Voorkeur 3: kies een afdeling van AC.",
        "keuzes.0.afdelingId": "Kies een afdeling.",
        voorrang: "Voorrang is bij KKC niet van toepassing.",
        keuzes: "De voorkeurslijst is nog niet compleet.",
        leerlingId: "Onbekend.",
      }),
    ).toEqual({
      fouten: {
        "rij.2": "Voorkeur 3: kies een afdeling van AC.",
        "rij.0": "Kies een afdeling.",
        voorrang: "Voorrang is bij KKC niet van toepassing.",
        keuzes: "De voorkeurslijst is nog niet compleet.",
      },
      overig: ["Onbekend."],
    });
  });
});
