import { describe, expect, it } from "vitest";
import {
  bepaalOuderinlog,
  controleerEigenLeerling,
  controleerKalender,
  controleerLeerlingenImport,
  controleerLeerlingWijziging,
  controleerNieuweLeerling,
  controleerOuderinlog,
  controleerOuderinlogAanvraag,
  controleerPoLeerlingenBeheer,
  GeenToegangFout,
  kalenderVoorOuderinlogAanvraag,
  type LeerlingInvoer,
  magOuderinlogOpnieuw,
  NietGevondenFout,
  nieuwOuderAccount,
  normaliseerDatum,
  OngeldigeInvoerFout,
  ouderinlogUitnodiging,
  parseLeerlingenCsv,
  standaardKalender,
  weigerBekendeLeerlingen,
} from "../src";
import { maakActor, maakRegio } from "./factories";

const regio = maakRegio();

function invoer(overrides: Partial<LeerlingInvoer> = {}): LeerlingInvoer {
  return {
    roepnaam: "Sem",
    tussenvoegsel: "de",
    achternaam: "Vries",
    bsn: "111222333",
    geboortedatum: "2014-05-12",
    geslacht: "man",
    adres: { straat: "Populierenlaan", huisnummer: "2a", postcode: "1185sb", plaats: "Amstelveen" },
    emailOuders: "ouders.devries@example.org",
    advies: "havo",
    ...overrides,
  };
}

function fout(fn: () => unknown): OngeldigeInvoerFout {
  try {
    fn();
  } catch (error) {
    if (error instanceof OngeldigeInvoerFout) return error;
    throw error;
  }
  throw new Error("expected OngeldigeInvoerFout");
}

const KOP =
  "roepnaam;tussenvoegsel;achternaam;bsn;geboortedatum;geslacht;straat;huisnummer;postcode;plaats;emailOuders;advies";

describe("calendar defaults (REG-10, LOT-04)", () => {
  it("REG-10 the configured school year keeps the configured period; the steps in between follow in order", () => {
    const k = standaardKalender("2026-2027", regio.kalender);
    expect(k.aanmeldperiode).toEqual({ van: "2027-03-08", tot: "2027-03-19" });
    expect(k.decentraleLoting).toBe("2027-03-29");
    expect(k.behandelperiode).toEqual({ van: "2027-03-08", tot: "2027-03-28" });
    expect(k.centralePlaatsing).toBe("2027-04-07");
    expect(k.bekendmaking).toBe("2027-04-08T14:00:00.000Z");
    expect(controleerKalender(k)).toBe(k);
  });

  it("REG-10 another school year gets the dates moved by whole weeks: the period still starts on a Monday", () => {
    const k = standaardKalender("2025-2026", regio.kalender);
    expect(k.schooljaar).toBe("2025-2026");
    expect(k.aanmeldperiode).toEqual({ van: "2026-03-09", tot: "2026-03-20" });
    expect(new Date(`${k.aanmeldperiode.van}T12:00:00Z`).getUTCDay()).toBe(1);
    expect(() => controleerKalender(k)).not.toThrow();
  });

  it("LOT-04 CP&L stays after the decentral lottery even when the configured announcement is early", () => {
    const vroeg = { ...regio.kalender, bekendmaking: "2027-03-22T16:00:00+01:00" };
    const k = standaardKalender("2026-2027", vroeg);
    expect(k.centralePlaatsing > k.decentraleLoting).toBe(true);
    expect(() => controleerKalender(k)).not.toThrow();
  });
});

describe("a PO school's pupils (PO-01)", () => {
  it("PO-01 a complete pupil is accepted and normalised (postcode, BSN with dots, Dutch date, M/V)", () => {
    const { gegevens, identificatie } = controleerNieuweLeerling(
      invoer({ bsn: "1112.22.333", geboortedatum: "12-5-2014", geslacht: "V", advies: "HAVO/VWO" }),
      "2026-2027",
    );
    expect(identificatie).toEqual({ soort: "bsn", nummer: "111222333" });
    expect(gegevens).toMatchObject({
      geboortedatum: "2014-05-12",
      geslacht: "vrouw",
      advies: "havo/vwo",
      adres: { postcode: "1185 SB", huisnummer: "2a" },
    });
    expect(controleerNieuweLeerling(invoer({ bsn: "100000007" }), "2026-2027").identificatie.soort).toBe(
      "onderwijsnummer",
    );
  });

  it("PO-01 every missing or wrong field is named at once, in Dutch", () => {
    const f = fout(() =>
      controleerNieuweLeerling(
        {
          roepnaam: " ",
          bsn: "123456789",
          geboortedatum: "31-02-2014",
          geslacht: "?",
          adres: { postcode: "1234" },
          emailOuders: "geen-adres",
          advies: "gymnasium",
        },
        "2026-2027",
      ),
    );
    expect(f.velden).toMatchObject({
      roepnaam: "Vul de roepnaam in.",
      achternaam: "Vul de achternaam in.",
      bsn: expect.stringMatching(/elfproef/),
      geboortedatum: expect.stringMatching(/geldige geboortedatum/),
      geslacht: expect.stringMatching(/man \(m\), vrouw \(v\) of anders/),
      "adres.straat": "Vul de straat in.",
      "adres.postcode": "Vul een postcode in als 1234 AB.",
      emailOuders: expect.stringMatching(/geldig e-mailadres/),
      advies: expect.stringMatching(/Onbekend advies "gymnasium"/),
    });
  });

  it("PO-01 a date of birth that cannot be a group 8 pupil's is refused", () => {
    expect(
      fout(() => controleerNieuweLeerling(invoer({ geboortedatum: "2021-01-01" }), "2026-2027")).velden
        .geboortedatum,
    ).toMatch(/tussen 2011 en 2017/);
    expect(normaliseerDatum("2014-02-29")).toBeUndefined();
    expect(normaliseerDatum("29/2/2016")).toBe("2016-02-29");
  });

  it("PO-01 a change keeps what is left out, may clear the advice, never touches BSN or birth date", () => {
    const { gegevens } = controleerNieuweLeerling(invoer(), "2026-2027");
    const gewijzigd = controleerLeerlingWijziging(gegevens, {
      achternaam: "Visser",
      advies: null,
      adres: { postcode: "1186dt" },
    });
    expect(gewijzigd).toMatchObject({
      roepnaam: "Sem",
      achternaam: "Visser",
      geboortedatum: "2014-05-12",
      adres: { straat: "Populierenlaan", postcode: "1186 DT" },
    });
    expect(gewijzigd.advies).toBeUndefined();
    expect(
      fout(() => controleerLeerlingWijziging(gegevens, { emailOuders: "x@y" })).velden.emailOuders,
    ).toMatch(/geldig e-mailadres/);
  });

  it("PO-01 only a primary school's own users keep its pupils; a VO school's locatiebeheerder does not", () => {
    const po = maakActor({ rollen: ["po-gebruiker"], organisatieType: "po", schoolId: "obs-a" });
    const poBeheer = maakActor({ rollen: ["beheren"], organisatieType: "po", schoolId: "obs-a" });
    expect(controleerPoLeerlingenBeheer(po, regio)).toBe("obs-a");
    expect(controleerPoLeerlingenBeheer(poBeheer, regio)).toBe("obs-a");
    for (const rollen of [["beheren"], ["aanmelden"], ["regiobeheerder"]] as const) {
      expect(() => controleerPoLeerlingenBeheer(maakActor({ rollen: [...rollen] }), regio)).toThrow(
        GeenToegangFout,
      );
    }
    expect(controleerEigenLeerling({ poSchoolId: "obs-a" }, "obs-a")).toEqual({ poSchoolId: "obs-a" });
    expect(() => controleerEigenLeerling({ poSchoolId: "obs-b" }, "obs-a")).toThrow(NietGevondenFout);
    expect(() => controleerEigenLeerling(undefined, "obs-a")).toThrow(NietGevondenFout);
  });
});

describe("importing pupils from a CSV file (PO-01)", () => {
  const rij = (r: Partial<Record<string, string>> = {}) =>
    [
      r.roepnaam ?? "Sem",
      r.tussenvoegsel ?? "de",
      r.achternaam ?? "Vries",
      r.bsn ?? "111222333",
      r.geboortedatum ?? "12-05-2014",
      r.geslacht ?? "m",
      r.straat ?? "Populierenlaan",
      r.huisnummer ?? "2",
      r.postcode ?? "1185 SB",
      r.plaats ?? "Amstelveen",
      r.emailOuders ?? "ouders@example.org",
      r.advies ?? "havo",
    ].join(";");

  it("PO-01 reads Dutch Excel CSV: BOM, CRLF, quoted fields with ';', headers in any case, blank lines", () => {
    const csv = `\uFEFF${KOP.toUpperCase().replace("EMAILOUDERS", "E-mail ouders")}\r\n${rij({ achternaam: '"Vries; van der"' })}\r\n\r\n${rij({ bsn: "123456782", roepnaam: "Lis" })}\r\n`;
    const rijen = parseLeerlingenCsv(csv);
    expect(rijen.map((r) => r.rij)).toEqual([2, 4]);
    expect(rijen[0]?.invoer.achternaam).toBe("Vries; van der");
    expect(rijen[0]?.invoer.adres?.postcode).toBe("1185 SB");
    expect(rijen[1]?.invoer.emailOuders).toBe("ouders@example.org");
  });

  it("PO-01 the header must be the agreed one; a comma-separated file is explained", () => {
    expect(
      fout(() => parseLeerlingenCsv(`${KOP.replace("bsn", "burgerservicenr")}\n${rij()}`)).message,
    ).toMatch(/onbekende kolom "burgerservicenr"/);
    expect(fout(() => parseLeerlingenCsv(`${KOP.replaceAll(";", ",")}\n${rij()}`)).message).toMatch(
      /puntkomma/,
    );
    expect(fout(() => parseLeerlingenCsv(KOP)).message).toMatch(/geen leerlingen/);
    expect(fout(() => parseLeerlingenCsv("")).message).toMatch(/leeg/);
    expect(fout(() => parseLeerlingenCsv(KOP.replace(";geslacht", ""))).message).toMatch(
      /geslacht ontbreekt/,
    );
  });

  it("PO-01 one wrong row refuses the whole file, with a Dutch message per row", () => {
    const csv = [
      KOP,
      rij(),
      rij({ bsn: "123456789", roepnaam: "Lis" }),
      rij({ bsn: "123456782", emailOuders: "geen-adres" }),
      "Kim;;Jansen;100000007",
    ].join("\n");
    const f = fout(() => controleerLeerlingenImport(csv, "2026-2027"));
    expect(f.message).toBe("De import is niet uitgevoerd: 3 rijen bevatten fouten. Er is niets opgeslagen.");
    expect(f.velden["rij 3.bsn"]).toMatch(/^rij 3: .*elfproef/);
    expect(f.velden["rij 4.emailOuders"]).toMatch(/^rij 4: Vul een geldig e-mailadres/);
    expect(f.velden["rij 5"]).toMatch(/^rij 5: de rij heeft 4 kolommen/);
    expect(Object.keys(f.velden).some((k) => k.startsWith("rij 2"))).toBe(false);
  });

  it("PO-01 the same BSN twice in one file is refused; a correct file gives every pupil with its row", () => {
    const dubbel = fout(() =>
      controleerLeerlingenImport([KOP, rij(), rij({ bsn: "1112.22.333" })].join("\n"), "2026-2027"),
    );
    expect(dubbel.velden["rij 3.bsn"]).toBe("rij 3: dit burgerservicenummer staat ook in rij 2.");
    const goed = controleerLeerlingenImport(
      [KOP, rij(), rij({ bsn: "123456782", advies: "" })].join("\n"),
      "2026-2027",
    );
    expect(goed.map((l) => [l.rij, l.identificatie.nummer, l.gegevens.advies])).toEqual([
      [2, "111222333", "havo"],
      [3, "123456782", undefined],
    ]);
  });

  it("PO-01 pupils already known this school year refuse the import, naming their rows", () => {
    expect(() => weigerBekendeLeerlingen([])).not.toThrow();
    const f = fout(() => weigerBekendeLeerlingen([4]));
    expect(f.velden["rij 4.bsn"]).toMatch(/^rij 4: er is dit schooljaar al een leerling/);
    expect(f.message).toMatch(/1 rij bevat fouten/);
  });
});

describe("ouderinlog (ACC-09, REG-01, REG-07)", () => {
  const kind = { id: "l-1", roepnaam: "Sem", achternaam: "Vries", emailOuders: " Ouders@Example.org " };

  it("REG-01 a PrO pupil gets no ouderinlog; the advice must be known first", () => {
    expect(() => controleerOuderinlog({ ...kind, advies: "PrO", poSchoolId: "obs" })).toThrow(/PrO-advies/);
    expect(() => controleerOuderinlog({ ...kind, poSchoolId: "obs" })).toThrow(
      /Vul eerst het basisschooladvies/,
    );
    expect(() => controleerOuderinlog({ ...kind, advies: "vmbo-b", poSchoolId: "obs" })).not.toThrow();
  });

  it("ACC-09 a new parent account: role ouder, only this child, no username, location Ouderportaal", () => {
    const account = nieuwOuderAccount("o-1", kind, new Date("2026-12-01T10:00:00Z"));
    expect(account).toMatchObject({
      organisatieType: "ouder",
      rollen: ["ouder"],
      leerlingIds: ["l-1"],
      status: "uitgenodigd",
      locatieNaam: "Ouderportaal",
      email: "Ouders@Example.org",
      naam: "Ouder/verzorger van Sem Vries",
    });
    expect(account.gebruikersnaam).toBeUndefined();
  });

  it("ACC-09 one login per address: a sibling is added, the same child again changes nothing", () => {
    expect(bepaalOuderinlog("l-2", undefined)).toEqual({ soort: "nieuw-account" });
    const uitgenodigd = {
      organisatieType: "ouder" as const,
      status: "uitgenodigd" as const,
      leerlingIds: ["l-1"],
    };
    expect(bepaalOuderinlog("l-2", uitgenodigd)).toEqual({
      soort: "bestaand-account",
      leerlingIds: ["l-1", "l-2"],
      nieuweLink: true,
    });
    expect(bepaalOuderinlog("l-1", { ...uitgenodigd, status: "actief" })).toEqual({
      soort: "bestaand-account",
      leerlingIds: ["l-1"],
      nieuweLink: false,
    });
    expect(() => bepaalOuderinlog("l-1", { ...uitgenodigd, status: "geblokkeerd" })).toThrow(/geblokkeerd/);
  });

  it("ACC-09 the link stays valid until the registration period ends, at least a week", () => {
    const kalender = standaardKalender("2026-2027", regio.kalender);
    expect(ouderinlogUitnodiging("o", "h", new Date("2026-12-01T10:00:00Z"), kalender).verlooptOp).toBe(
      "2027-03-19T22:59:00.000Z",
    );
    expect(ouderinlogUitnodiging("o", "h", new Date("2027-03-18T10:00:00Z"), kalender).verlooptOp).toBe(
      "2027-03-25T10:00:00.000Z",
    );
  });

  it("REG-07 requesting an ouderinlog only in the week before the period; outside it says when", () => {
    const kalenders = [
      standaardKalender("2025-2026", regio.kalender),
      standaardKalender("2026-2027", regio.kalender),
    ];
    expect(kalenderVoorOuderinlogAanvraag(kalenders, new Date("2027-03-01T10:00:00Z")).schooljaar).toBe(
      "2026-2027",
    );
    expect(kalenderVoorOuderinlogAanvraag(kalenders, new Date("2027-03-07T20:00:00Z")).schooljaar).toBe(
      "2026-2027",
    );
    expect(() => kalenderVoorOuderinlogAanvraag(kalenders, new Date("2026-12-01T10:00:00Z"))).toThrow(
      "Een ouderinlog aanvragen kan alleen in de week vóór de aanmeldperiode: van 1 maart 2027 tot en met 7 maart 2027.",
    );
    expect(() => kalenderVoorOuderinlogAanvraag(kalenders, new Date("2027-03-08T10:00:00Z"))).toThrow(
      /voorbij/,
    );
  });

  it("REG-07 the request needs the pupil's data and its primary school; PrO is refused", () => {
    const goed = controleerOuderinlogAanvraag(
      { ...invoer(), basisschool: { naam: "De Kikker", plaats: "Amsterdam" } },
      "2026-2027",
    );
    expect(goed.basisschool).toEqual({ naam: "De Kikker", plaats: "Amsterdam" });
    const f = fout(() => controleerOuderinlogAanvraag({ ...invoer({ advies: "PrO" }) }, "2026-2027"));
    expect(f.velden).toMatchObject({
      "basisschool.naam": "Vul de naam van de basisschool in.",
      advies: expect.stringMatching(/PrO-advies/),
    });
  });

  it("REG-07 a known pupil gets its ouderinlog again only when it came from the other Kernprocedure with the same address", () => {
    const anderKp = {
      anderKernprocedure: { basisschool: { naam: "X", plaats: "Y" } },
      emailOuders: "a@example.org",
    };
    expect(magOuderinlogOpnieuw(anderKp, " A@example.org")).toBe(true);
    expect(magOuderinlogOpnieuw(anderKp, "b@example.org")).toBe(false);
    expect(magOuderinlogOpnieuw({ emailOuders: "a@example.org" }, "a@example.org")).toBe(false);
  });
});
