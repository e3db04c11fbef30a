import { describe, expect, it } from "vitest";
import {
  type Actor,
  adviesRang,
  controleerDoorstroomtoets,
  exportBestandsnaam,
  exportBevatBsn,
  hoortInExport,
  magExporteren,
  menuVoor,
  mogelijkeMeerlingen,
  OngeldigeInvoerFout,
  stelAdviesBij,
  telStatussen,
  veiligeCeltekst,
} from "../src";
import { maakActor, maakRegio } from "./factories";

const regio = maakRegio();
const vo = (rollen: Actor["rollen"]) => maakActor({ rollen, organisatieType: "vo", schoolId: "vo-1" });

describe("exports (EXP-01, EXP-02, LOT-01, REG-06)", () => {
  it("EXP-02 BSN only in the buitenleerlingen export, only for a VO school's users who see its pupils", () => {
    for (const rol of ["beheren", "aanmelden", "beoordelen-en-plaatsen"] as const) {
      expect(exportBevatBsn("buitenleerlingen", vo([rol]), regio)).toBe(true);
      expect(exportBevatBsn("aanmeldingen", vo([rol]), regio)).toBe(false);
      expect(exportBevatBsn("decentrale-loting", vo([rol]), regio)).toBe(false);
    }
    const poGebruiker = maakActor({ rollen: ["po-gebruiker"], organisatieType: "po", schoolId: "po-1" });
    expect(magExporteren(poGebruiker, "buitenleerlingen", regio)).toBe(false);
    const beheerder = maakActor({
      rollen: ["regiobeheerder"],
      organisatieType: "regio",
      schoolId: undefined,
    });
    expect(exportBevatBsn("buitenleerlingen", beheerder, regio)).toBe(false);
  });

  it("EXP-03 the doorstroomtoets export follows the Overzichten permission (Beheren)", () => {
    expect(magExporteren(vo(["beheren"]), "doorstroomtoets", regio)).toBe(true);
    expect(magExporteren(vo(["beoordelen-en-plaatsen"]), "doorstroomtoets", regio)).toBe(false);
  });

  it("LOT-01 REG-06 which registrations each export holds", () => {
    expect(hoortInExport("decentrale-loting", { status: "aangemeld", elkNummer: "00012345" })).toBe(true);
    expect(hoortInExport("decentrale-loting", { status: "geplaatst", elkNummer: "00012345" })).toBe(false);
    expect(hoortInExport("terugtrekkers", { status: "ingetrokken", elkNummer: "00012345" })).toBe(true);
    expect(hoortInExport("terugtrekkers", { status: "teruggetrokken", elkNummer: "00012345" })).toBe(true);
    expect(hoortInExport("terugtrekkers", { status: "aangemeld", elkNummer: "00012345" })).toBe(false);
    expect(hoortInExport("buitenleerlingen", { status: "aangemeld", elkNummer: "B00000001" })).toBe(true);
    expect(hoortInExport("buitenleerlingen", { status: "aangemeld", elkNummer: "00012345" })).toBe(false);
  });

  it("LOT-01 probable twins: same surname, birth date and address", () => {
    const l = (elkNummer: string, achternaam: string, huisnummer = "9") => ({
      elkNummer,
      achternaam,
      geboortedatum: "2014-09-03",
      postcode: "1185 SB",
      huisnummer,
    });
    const uit = mogelijkeMeerlingen([
      l("1", "Jansen"),
      l("2", "jansen"),
      l("3", "Jansen", "11"),
      l("4", "Bakker"),
    ]);
    expect(uit.get("1")).toEqual(["2"]);
    expect(uit.get("2")).toEqual(["1"]);
    expect(uit.has("3")).toBe(false);
    expect(uit.has("4")).toBe(false);
  });

  it("EXP-01 text a spreadsheet would run as a formula is neutralised", () => {
    for (const s of ["=1+1", "+31 6", "-2", "@SUM(A1)", "\tx"]) expect(veiligeCeltekst(s)).toBe(`'${s}`);
    expect(veiligeCeltekst("Jansen")).toBe("Jansen");
    expect(veiligeCeltekst("00012345")).toBe("00012345");
  });

  it("EXP-01 the file name names the export, the school and the moment, without forbidden characters", () => {
    const naam = exportBestandsnaam("aanmeldingen", "A/B: College", new Date(2027, 2, 14, 9, 5));
    expect(naam).toBe("Aanmeldingenoverzicht A B College 2027-03-14 0905.xlsx");
  });
});

describe("doorstroomtoets (PO-02)", () => {
  it("PO-02 levels as the test reports them per domain", () => {
    expect(
      controleerDoorstroomtoets({
        niveauLezen: "2F",
        niveauTaalverzorging: "1f",
        niveauRekenen: "1s",
        toets: " Route 8 ",
      }),
    ).toEqual({
      niveauLezen: "2f",
      niveauTaalverzorging: "1f",
      niveauRekenen: "1s",
      doorstroomtoets: "Route 8",
    });
    expect(() =>
      controleerDoorstroomtoets({ niveauLezen: "1s", niveauTaalverzorging: "1f", niveauRekenen: "2f" }),
    ).toThrow(OngeldigeInvoerFout);
  });

  it("PO-02 the advice may be raised after the test, never lowered", () => {
    expect(stelAdviesBij("havo", "havo/vwo")).toBe("havo/vwo");
    expect(stelAdviesBij("havo", "havo")).toBe("havo");
    expect(() => stelAdviesBij("havo", "vmbo-gl/tl")).toThrow(/alleen worden verhoogd/);
    expect(adviesRang("PrO")).toBeLessThan(adviesRang("vwo"));
  });
});

describe("Overzichten (HOME-02)", () => {
  it("HOME-02 counts per status and per afdeling against own or group capacity", () => {
    const telling = telStatussen(
      [
        { status: "aangemeld", afdelingId: "havo" },
        { status: "geplaatst", afdelingId: "havo" },
        { status: "ingetrokken", afdelingId: "havo" },
        { status: "aangemeld", afdelingId: "vwo" },
      ],
      [
        { id: "havo", naam: "havo", adviezen: ["havo"], capaciteit: 2, gelijkwaardigAan: [] },
        { id: "vwo", naam: "vwo", adviezen: ["vwo"], capaciteitsgroepId: "g", gelijkwaardigAan: [] },
      ],
      [{ id: "g", naam: "Bovenbouw", capaciteit: 30 }],
    );
    expect(telling.totaal).toBe(4);
    expect(telling.perStatus.find((s) => s.status === "aangemeld")?.aantal).toBe(2);
    expect(telling.perStatus.find((s) => s.status === "ingetrokken")?.aantal).toBe(1);
    expect(telling.perAfdeling).toEqual([
      { afdelingId: "havo", naam: "havo", aangemeld: 2, geplaatst: 1, capaciteit: 2 },
      {
        afdelingId: "vwo",
        naam: "vwo",
        aangemeld: 1,
        geplaatst: 0,
        capaciteit: 30,
        capaciteitsgroep: "Bovenbouw",
      },
    ]);
  });

  it("HOME-02 Overzichten: locatiebeheerder of a VO school both screens, the region the status only, PO none", () => {
    const schermen = (actor: Parameters<typeof menuVoor>[0]) =>
      menuVoor(actor, regio)
        .find((g) => g.id === "overzichten")
        ?.items.map((i) => i.scherm) ?? [];
    expect(schermen(vo(["beheren"]))).toEqual(["overzichten.status", "overzichten.doorstroomtoets"]);
    expect(
      schermen(maakActor({ rollen: ["regiobeheerder"], organisatieType: "regio", schoolId: undefined })),
    ).toEqual(["overzichten.status"]);
    expect(schermen(maakActor({ rollen: ["beheren"], organisatieType: "po", schoolId: "po-1" }))).toEqual([]);
  });
});
