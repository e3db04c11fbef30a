import { describe, expect, it } from "vitest";
import {
  aantalKeuzes,
  controleerAlleenEersteKeuze,
  controleerBsnOfOnderwijsnummer,
  controleerEigenSchoolEerst,
  controleerKalender,
  controleerVoorkeurslijst,
  elkNummerVoor,
  isBinnenAanmeldperiode,
  isGeldigBsn,
  isWeekVoorAanmeldperiode,
  type Kalender,
  type KeuzeSchool,
  magViaOuderportaal,
  maskeerBsn,
  normaliseerElkNummer,
  OngeldigeInvoerFout,
  standaardBekendmaking,
  vereisOuderportaalRoute,
} from "../src";
import { maakRegio } from "./factories";

const regio = maakRegio();

describe("BSN and onderwijsnummer (REG-08, REG-09)", () => {
  it("REG-08 the elfproef accepts valid numbers and refuses invalid ones with a Dutch message", () => {
    expect(isGeldigBsn("111222333")).toBe(true);
    expect(isGeldigBsn("123456782")).toBe(true);
    expect(isGeldigBsn("123456789")).toBe(false);
    expect(isGeldigBsn("000000000")).toBe(false);
    expect(controleerBsnOfOnderwijsnummer("1112.22.333")).toEqual({ soort: "bsn", nummer: "111222333" });
    expect(controleerBsnOfOnderwijsnummer("100000007")).toEqual({
      soort: "onderwijsnummer",
      nummer: "100000007",
    });
    expect(() => controleerBsnOfOnderwijsnummer("123456789")).toThrow(/elfproef/);
    expect(() => controleerBsnOfOnderwijsnummer("12345")).toThrow(/9 cijfers/);
  });

  it("ARCH-PRIVACY a BSN is shown masked", () => {
    expect(maskeerBsn("111222333")).toBe("******333");
  });
});

describe("ELK-nummer (REG-08, REG-09)", () => {
  it("REG-09 leading zeros are optional; a buitenleerling's number starts with B", () => {
    expect(elkNummerVoor(4711, false)).toBe("000004711");
    expect(elkNummerVoor(12, true)).toBe("B00000012");
    expect(normaliseerElkNummer("4711")).toBe("000004711");
    expect(normaliseerElkNummer(" 000004711 ")).toBe("000004711");
    expect(normaliseerElkNummer("b12")).toBe("B00000012");
    expect(() => normaliseerElkNummer("12a")).toThrow(OngeldigeInvoerFout);
    expect(() => normaliseerElkNummer("0")).toThrow(/geen geldig ELK-nummer/);
  });
});

describe("calendar (REG-10, LOT-04)", () => {
  const kalender: Kalender = {
    schooljaar: "2026-2027",
    aanmeldperiode: { van: "2027-03-08", tot: "2027-03-19" },
    behandelperiode: { van: "2027-03-08", tot: "2027-04-02" },
    decentraleLoting: "2027-03-25",
    centralePlaatsing: "2027-04-06",
    bekendmaking: standaardBekendmaking("2027-04-06"),
  };

  it("LOT-04 the announcement defaults to 16:00 Dutch time the day after CP&L (summer and winter time)", () => {
    expect(standaardBekendmaking("2027-04-06")).toBe("2027-04-07T14:00:00.000Z");
    expect(standaardBekendmaking("2027-01-10")).toBe("2027-01-11T15:00:00.000Z");
  });

  it("REG-10 registration only inside the period, both days included, by the Dutch calendar", () => {
    expect(isBinnenAanmeldperiode(kalender, new Date("2027-03-07T22:59:00Z"))).toBe(false);
    expect(isBinnenAanmeldperiode(kalender, new Date("2027-03-07T23:00:00Z"))).toBe(true);
    expect(isBinnenAanmeldperiode(kalender, new Date("2027-03-19T22:59:00Z"))).toBe(true);
    expect(isBinnenAanmeldperiode(kalender, new Date("2027-03-19T23:00:00Z"))).toBe(false);
  });

  it("REG-07 the week before the period is for requesting an ouderinlog", () => {
    expect(isWeekVoorAanmeldperiode(kalender, new Date("2027-03-01T10:00:00Z"))).toBe(true);
    expect(isWeekVoorAanmeldperiode(kalender, new Date("2027-02-28T10:00:00Z"))).toBe(false);
    expect(isWeekVoorAanmeldperiode(kalender, new Date("2027-03-08T10:00:00Z"))).toBe(false);
  });

  it("REG-10 the region's calendar must follow the order of the procedure", () => {
    expect(controleerKalender(kalender)).toBe(kalender);
    expect(() => controleerKalender({ ...kalender, decentraleLoting: "2027-03-10" })).toThrow(
      OngeldigeInvoerFout,
    );
    expect(() =>
      controleerKalender({ ...kalender, aanmeldperiode: { van: "2027-03-08", tot: "8 maart" } }),
    ).toThrow(/kalender klopt niet/);
  });
});

describe("voorkeurslijst (REG-01, REG-02, REG-03)", () => {
  const school = (
    id: string,
    adviezen: string[],
    voorrangsregels: KeuzeSchool["voorrangsregels"] = [],
  ): KeuzeSchool => ({
    id,
    naam: `School ${id}`,
    schooltype: "VO",
    afdelingen: [{ id: "a", naam: "afdeling", adviezen: adviezen as never }],
    voorrangsregels,
  });
  const scholen = new Map<string, KeuzeSchool>(
    ["s1", "s2", "s3", "s4", "s5", "s6"].map((id) => [
      id,
      school(id, ["havo", "havo/vwo", "vmbo-b"], id === "s1" ? ["broer-zus"] : []),
    ]),
  );
  scholen.set("po", { id: "po", naam: "PO", schooltype: "PO", afdelingen: [] });
  scholen.set("vwo", school("vwo", ["vwo"]));
  const lijst = (...ids: string[]) => ids.map((schoolId) => ({ schoolId, afdelingId: "a" }));
  const geen = { gelijkwaardigeAfdelingWens: false, meerling: false };

  it("REG-02 one, two or five choices by advice", () => {
    expect(aantalKeuzes("PrO", regio)).toBe(1);
    expect(aantalKeuzes("vmbo-b", regio)).toBe(2);
    expect(aantalKeuzes("vmbo-k/gl-tl", regio)).toBe(2);
    expect(aantalKeuzes("vmbo-gl/tl", regio)).toBe(5);
    expect(aantalKeuzes("vwo", regio)).toBe(5);
  });

  it("REGION-01 REG-02 REG-03 the list length and voorrang come from the region's configuration", () => {
    const anders = maakRegio({
      voorkeurslijst: {
        lengtePerAdvies: { ...regio.voorkeurslijst.lengtePerAdvies, havo: 3 },
        voorrang: false,
      },
    });
    expect(aantalKeuzes("havo", anders)).toBe(3);
    expect(() =>
      controleerVoorkeurslijst("havo", lijst("s1", "s2", "s3"), scholen, geen, true, anders),
    ).not.toThrow();
    expect(() => controleerVoorkeurslijst("havo", lijst("s1", "s2"), scholen, geen, true, anders)).toThrow(
      "De voorkeurslijst is nog niet compleet: kies 3 scholen (nu 2).",
    );
    const broer = { soort: "broer-zus" as const, naamBroerZus: "Sam", klas: "2B" };
    expect(() =>
      controleerVoorkeurslijst("havo", lijst("s1"), scholen, { ...geen, voorrang: broer }, false, anders),
    ).toThrow("In deze regio bestaat geen voorrang bij de aanmelding.");
    expect(() =>
      controleerVoorkeurslijst("havo", lijst("s1"), scholen, { ...geen, voorrang: broer }, false, regio),
    ).not.toThrow();
  });

  it("REG-01 PrO pupils do not register through the ouderportaal", () => {
    expect(magViaOuderportaal("PrO")).toBe(false);
    expect(magViaOuderportaal("vmbo-b")).toBe(true);
  });

  it("REG-02 a final list must be complete; a vmbo-b pupil is stopped at two", () => {
    expect(() =>
      controleerVoorkeurslijst("havo", lijst("s1", "s2", "s3", "s4", "s5"), scholen, geen, true, regio),
    ).not.toThrow();
    expect(() =>
      controleerVoorkeurslijst("havo", lijst("s1", "s2"), scholen, geen, false, regio),
    ).not.toThrow();
    expect(() => controleerVoorkeurslijst("havo", lijst("s1", "s2"), scholen, geen, true, regio)).toThrow(
      /nog niet compleet/,
    );
    expect(() =>
      controleerVoorkeurslijst("vmbo-b", lijst("s1", "s2", "s3"), scholen, geen, false, regio),
    ).toThrow(/2 scholen/);
  });

  it("REG-02 each choice a VO school + afdeling that admits the advice, each school once", () => {
    expect(() => controleerVoorkeurslijst("havo", lijst("s1", "vwo"), scholen, geen, false, regio)).toThrow(
      /neemt geen leerlingen met advies havo aan/,
    );
    expect(() => controleerVoorkeurslijst("havo", lijst("s1", "po"), scholen, geen, false, regio)).toThrow(
      /kies een VO-school/,
    );
    expect(() => controleerVoorkeurslijst("havo", lijst("s1", "s1"), scholen, geen, false, regio)).toThrow(
      /staat al op de lijst/,
    );
    expect(() =>
      controleerVoorkeurslijst("havo", [{ schoolId: "s1", afdelingId: "x" }], scholen, geen, false, regio),
    ).toThrow(/kies een afdeling/);
  });

  it("REG-03 voorrang only where the 1st-choice school offers it, with the sibling's name and class", () => {
    const broer = { soort: "broer-zus" as const, naamBroerZus: "Daan", klas: "2B" };
    expect(() =>
      controleerVoorkeurslijst("havo", lijst("s1"), scholen, { ...geen, voorrang: broer }, false, regio),
    ).not.toThrow();
    expect(() =>
      controleerVoorkeurslijst(
        "havo",
        lijst("s2", "s1"),
        scholen,
        { ...geen, voorrang: broer },
        false,
        regio,
      ),
    ).toThrow(/niet van toepassing/);
    expect(() =>
      controleerVoorkeurslijst(
        "havo",
        lijst("s1"),
        scholen,
        { ...geen, voorrang: { ...broer, klas: " " } },
        false,
        regio,
      ),
    ).toThrow(/naam en de klas/);
    expect(() =>
      controleerVoorkeurslijst(
        "havo",
        lijst("s1"),
        scholen,
        { ...geen, voorrang: { soort: "kind-medewerker" } },
        false,
        regio,
      ),
    ).toThrow(/niet van toepassing/);
  });

  it("REG-03 voorrang, meerling and the equivalent-afdeling wish belong to the 1st choice only", () => {
    expect(() => controleerAlleenEersteKeuze([{ meerling: true }, {}])).not.toThrow();
    expect(() => controleerAlleenEersteKeuze([{}, { voorrang: { soort: "kind-medewerker" } }])).toThrow(
      /eerste voorkeur/,
    );
  });
});

describe("manual registration and the PrO route (REG-09, REG-01)", () => {
  it("REG-09 a VO school registering by hand is the 1st choice", () => {
    expect(() => controleerEigenSchoolEerst([{ schoolId: "eigen", afdelingId: "a" }], "eigen")).not.toThrow();
    expect(() => controleerEigenSchoolEerst([{ schoolId: "ander", afdelingId: "a" }], "eigen")).toThrow(
      /eigen school/,
    );
    expect(() => controleerEigenSchoolEerst([], undefined)).toThrow(OngeldigeInvoerFout);
  });

  it("REG-01 the ouderportaal refuses a PrO pupil with the usual route named", () => {
    expect(() => vereisOuderportaalRoute("havo")).not.toThrow();
    expect(() => vereisOuderportaalRoute("PrO")).toThrow(/gebruikelijke route/);
  });
});
