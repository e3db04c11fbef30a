import { describe, expect, it } from "vitest";
import {
  ADVIEZEN,
  type AfdelingInvoer,
  bereikVan,
  bestuursnaamSleutel,
  controleerAfdelingen,
  controleerBestuur,
  controleerNieuweSchool,
  controleerSchoolWijziging,
  mag,
  normaliseerBrin,
  normaliseerPostcode,
  OngeldigeInvoerFout,
  type SchoolInvoer,
  wijzigbareSchoolvelden,
} from "../src";
import { maakActor, maakRegio, maakSchool } from "./factories";

/** The field messages of the OngeldigeInvoerFout that `doe` throws. */
function veldfouten(doe: () => unknown): Record<string, string> {
  try {
    doe();
  } catch (fout) {
    if (fout instanceof OngeldigeInvoerFout) return fout.velden;
    throw fout;
  }
  throw new Error("expected OngeldigeInvoerFout, nothing was thrown");
}

function nieuweSchool(overrides: Partial<SchoolInvoer> = {}): SchoolInvoer {
  return {
    officieleNaam: "Stichting Testcollege",
    naam: "Testcollege",
    schooltype: "VO",
    bestuurId: "bestuur-a",
    adres: { straat: "Schoolstraat", huisnummer: "1", postcode: "1234 AB", plaats: "Amstelveen" },
    brin: "20AC",
    vestigingscode: "00",
    ...overrides,
  };
}

const BESTAAT = { bestuurBestaat: true };

describe("a new school (ORG-01)", () => {
  it("ORG-01 a complete school is accepted, with BRIN and postcode normalised", () => {
    const school = controleerNieuweSchool(
      nieuweSchool({
        brin: " 20ac",
        adres: { straat: " Lindenlaan ", huisnummer: "12a", postcode: "1185la", plaats: "Amstelveen" },
      }),
      BESTAAT,
    );
    expect(school.brin).toBe("20AC");
    expect(school.adres).toEqual({
      straat: "Lindenlaan",
      huisnummer: "12a",
      postcode: "1185 LA",
      plaats: "Amstelveen",
    });
    expect(school.particulier).toBe(false);
    expect(school.telefoon).toBe("");
    expect(school.afdelingen).toEqual([]);
    expect(school.capaciteitsgroepen).toEqual([]);
  });

  it("ORG-01 every mandatory field is named when missing, in Dutch", () => {
    const velden = veldfouten(() => controleerNieuweSchool({}, BESTAAT));
    expect(velden).toEqual({
      officieleNaam: "Vul de officiële naam in.",
      naam: "Vul de naam in.",
      schooltype: "Kies het schooltype: PO of VO.",
      bestuurId: "Kies het bestuur.",
      "adres.straat": "Vul de straat in.",
      "adres.huisnummer": "Vul het huisnummer in.",
      "adres.postcode": "Vul de postcode in.",
      "adres.plaats": "Vul de plaats in.",
      brin: "Vul het BRIN-nummer in.",
      vestigingscode: "Vul de vestigingscode in.",
    });
  });

  it("ORG-01 blank text counts as missing", () => {
    const velden = veldfouten(() => controleerNieuweSchool(nieuweSchool({ naam: "   " }), BESTAAT));
    expect(velden).toEqual({ naam: "Vul de naam in." });
  });

  it("ORG-01 BRIN is 2 digits and 2 letters; vestigingscode 2 digits", () => {
    for (const brin of ["2AC", "ABCD", "20A1", "20ACX", "2 0AC"]) {
      expect(veldfouten(() => controleerNieuweSchool(nieuweSchool({ brin }), BESTAAT)).brin).toBe(
        "Een BRIN-nummer bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 20AC.",
      );
    }
    for (const vestigingscode of ["0", "000", "A1"]) {
      expect(veldfouten(() => controleerNieuweSchool(nieuweSchool({ vestigingscode }), BESTAAT))).toEqual({
        vestigingscode: "Een vestigingscode bestaat uit 2 cijfers, bijvoorbeeld 00.",
      });
    }
  });

  it("ORG-01 postcode as 1234 AB (1234ab accepted), huisnummer digits with an optional addition", () => {
    expect(normaliseerPostcode("1234ab")).toBe("1234 AB");
    expect(normaliseerPostcode(" 1234  Ab ")).toBe("1234 AB");
    expect(normaliseerBrin("20ac")).toBe("20AC");
    for (const postcode of ["123 AB", "0123 AB", "1234 A", "1234-AB", "AB 1234"]) {
      const adres = { straat: "Straat", huisnummer: "1", postcode, plaats: "Plaats" };
      expect(veldfouten(() => controleerNieuweSchool(nieuweSchool({ adres }), BESTAAT))).toEqual({
        "adres.postcode": "Vul een postcode in als 1234 AB.",
      });
    }
    for (const huisnummer of ["12", "12a", "12 A", "12-2", "100 bis"]) {
      const adres = { straat: "Straat", huisnummer, postcode: "1234 AB", plaats: "Plaats" };
      expect(controleerNieuweSchool(nieuweSchool({ adres }), BESTAAT).adres.huisnummer).toBe(huisnummer);
    }
    for (const huisnummer of ["a12", "0", "twaalf", "12 a b"]) {
      const adres = { straat: "Straat", huisnummer, postcode: "1234 AB", plaats: "Plaats" };
      expect(
        veldfouten(() => controleerNieuweSchool(nieuweSchool({ adres }), BESTAAT))["adres.huisnummer"],
      ).toMatch(/^Een huisnummer bestaat uit cijfers/);
    }
  });

  it("ORG-01 the bestuur must exist", () => {
    expect(veldfouten(() => controleerNieuweSchool(nieuweSchool(), { bestuurBestaat: false }))).toEqual({
      bestuurId: "Dit bestuur bestaat niet.",
    });
  });

  it("ORG-01 an optional phone number is checked when given", () => {
    expect(controleerNieuweSchool(nieuweSchool({ telefoon: "020 - 555 01 10" }), BESTAAT).telefoon).toBe(
      "020 - 555 01 10",
    );
    expect(veldfouten(() => controleerNieuweSchool(nieuweSchool({ telefoon: "bel maar" }), BESTAAT))).toEqual(
      {
        telefoon: "Vul een geldig telefoonnummer in, bijvoorbeeld 020 - 555 01 10.",
      },
    );
  });

  it("ORG-04 only a primary school can be particulier", () => {
    expect(
      controleerNieuweSchool(nieuweSchool({ schooltype: "PO", particulier: true }), BESTAAT).particulier,
    ).toBe(true);
    expect(
      veldfouten(() =>
        controleerNieuweSchool(nieuweSchool({ schooltype: "VO", particulier: true }), BESTAAT),
      ),
    ).toEqual({
      particulier: "Alleen een basisschool (PO) kan particulier zijn.",
    });
  });
});

describe("changing a school (ORG-02)", () => {
  const huidig = maakSchool();

  it("ORG-02 a contactpersoon or locatiebeheerder changes the address and location data", () => {
    const { school, gewijzigd } = controleerSchoolWijziging(
      huidig,
      {
        naam: "School A Noord",
        adres: { straat: "Noordlaan", huisnummer: "3", postcode: "1181ab", plaats: "Amstelveen" },
        telefoon: "020 - 111 22 33",
      },
      { bereik: "bestuur" },
    );
    expect(gewijzigd).toEqual(["naam", "adres", "telefoon"]);
    expect(school.adres.postcode).toBe("1181 AB");
    expect(school.brin).toBe(huidig.brin);
  });

  it("ORG-02 fields sent unchanged are no change, so a form may send everything", () => {
    const { gewijzigd } = controleerSchoolWijziging(
      huidig,
      { ...huidig, brin: "20ac", adres: { ...huidig.adres, postcode: "1185la" } },
      { bereik: "school" },
    );
    expect(gewijzigd).toEqual([]);
  });

  it("ORG-02 only the region administrator changes BRIN, vestigingscode, schooltype, bestuur and particulier", () => {
    expect(
      veldfouten(() =>
        controleerSchoolWijziging(
          huidig,
          { brin: "21KK", vestigingscode: "01", schooltype: "PO", bestuurId: "b2", particulier: true },
          { bereik: "school", bestuurBestaat: true },
        ),
      ),
    ).toEqual({
      brin: "Alleen de beheerorganisatie kan het BRIN-nummer wijzigen.",
      vestigingscode: "Alleen de beheerorganisatie kan de vestigingscode wijzigen.",
      schooltype: "Alleen de beheerorganisatie kan het schooltype wijzigen.",
      bestuurId: "Alleen de beheerorganisatie kan het bestuur van een school wijzigen.",
      particulier: "Alleen de beheerorganisatie kan wijzigen of een school particulier is.",
    });
    const { school, gewijzigd } = controleerSchoolWijziging(
      huidig,
      { brin: "21kk", vestigingscode: "01", bestuurId: "b2" },
      { bereik: "regio", bestuurBestaat: true },
    );
    expect(gewijzigd).toEqual(["brin", "vestigingscode", "bestuurId"]);
    expect(school).toMatchObject({ brin: "21KK", vestigingscode: "01", bestuurId: "b2" });
  });

  it("ORG-02 the fields each reach may change", () => {
    expect(wijzigbareSchoolvelden("school")).toEqual(["officieleNaam", "naam", "adres", "telefoon"]);
    expect(wijzigbareSchoolvelden("bestuur")).toEqual(["officieleNaam", "naam", "adres", "telefoon"]);
    expect(wijzigbareSchoolvelden("regio")).toContain("brin");
    expect(wijzigbareSchoolvelden(undefined)).toEqual([]);
  });

  it("ORG-02 a change is checked as a new school is: formats, blanks, an unknown bestuur", () => {
    expect(
      veldfouten(() =>
        controleerSchoolWijziging(
          huidig,
          { naam: "", brin: "2AC", adres: { ...huidig.adres, postcode: "12" }, bestuurId: "weg" },
          { bereik: "regio", bestuurBestaat: false },
        ),
      ),
    ).toEqual({
      naam: "Vul de naam in.",
      brin: "Een BRIN-nummer bestaat uit 2 cijfers en 2 letters, bijvoorbeeld 20AC.",
      "adres.postcode": "Vul een postcode in als 1234 AB.",
      bestuurId: "Dit bestuur bestaat niet.",
    });
  });

  it("ORG-03 ORG-04 a VO school with afdelingen cannot become PO; a VO school cannot become particulier", () => {
    const metAfdeling = maakSchool({
      afdelingen: [{ id: "havo", naam: "havo", adviezen: ["havo"], capaciteit: 10, gelijkwaardigAan: [] }],
    });
    expect(
      veldfouten(() => controleerSchoolWijziging(metAfdeling, { schooltype: "PO" }, { bereik: "regio" })),
    ).toEqual({
      schooltype:
        "Een basisschool (PO) heeft geen afdelingen. Verwijder eerst de afdelingen van deze school.",
    });
    expect(
      veldfouten(() => controleerSchoolWijziging(huidig, { particulier: true }, { bereik: "regio" })),
    ).toEqual({
      particulier: "Alleen een basisschool (PO) kan particulier zijn.",
    });
    const po = controleerSchoolWijziging(
      huidig,
      { schooltype: "PO", particulier: true },
      { bereik: "regio" },
    );
    expect(po.school).toMatchObject({ schooltype: "PO", particulier: true });
  });
});

describe("afdelingen of a VO school (ORG-03)", () => {
  const vo = { schooltype: "VO" as const };
  const afd = (overrides: Partial<AfdelingInvoer> = {}): AfdelingInvoer => ({
    naam: "havo",
    adviezen: ["havo"],
    capaciteit: 60,
    ...overrides,
  });

  it("ORG-03 the ten advice levels, once, from low to high", () => {
    expect(ADVIEZEN).toEqual([
      "PrO",
      "vmbo-b",
      "vmbo-b/k",
      "vmbo-k",
      "vmbo-k/gl-tl",
      "vmbo-gl/tl",
      "vmbo-gl/tl/havo",
      "havo",
      "havo/vwo",
      "vwo",
    ]);
  });

  it("ORG-03 afdelingen with their advice levels, a capacity each or a shared capaciteitsgroep", () => {
    const { afdelingen, capaciteitsgroepen } = controleerAfdelingen(vo, {
      afdelingen: [
        afd({
          naam: "vwo tweetalig",
          adviezen: ["vwo", "havo/vwo", "vwo"],
          capaciteit: undefined,
          capaciteitsgroepId: "bovenbouw",
        }),
        afd({
          id: "vwo",
          naam: "vwo",
          adviezen: ["vwo"],
          capaciteit: undefined,
          capaciteitsgroepId: "bovenbouw",
        }),
        afd({ naam: "Havo", capaciteit: 0 }),
      ],
      capaciteitsgroepen: [{ id: "bovenbouw", naam: "vwo samen", capaciteit: 120 }],
    });
    expect(afdelingen).toEqual([
      {
        id: "vwo-tweetalig",
        naam: "vwo tweetalig",
        adviezen: ["havo/vwo", "vwo"],
        capaciteitsgroepId: "bovenbouw",
        gelijkwaardigAan: [],
      },
      { id: "vwo", naam: "vwo", adviezen: ["vwo"], capaciteitsgroepId: "bovenbouw", gelijkwaardigAan: [] },
      { id: "havo", naam: "Havo", adviezen: ["havo"], capaciteit: 0, gelijkwaardigAan: [] },
    ]);
    expect(capaciteitsgroepen).toEqual([{ id: "bovenbouw", naam: "vwo samen", capaciteit: 120 }]);
  });

  it("ORG-03 gelijkwaardig is symmetric: one side named is both sides stored", () => {
    const { afdelingen } = controleerAfdelingen(vo, {
      afdelingen: [
        afd({ id: "havo-vwo", naam: "havo/vwo", gelijkwaardigAan: ["vwo", "vwo"] }),
        afd({ id: "vwo", naam: "vwo" }),
        afd({ id: "tto", naam: "vwo tweetalig", gelijkwaardigAan: ["vwo"] }),
      ],
    });
    expect(Object.fromEntries(afdelingen.map((a) => [a.id, a.gelijkwaardigAan]))).toEqual({
      "havo-vwo": ["vwo"],
      vwo: ["havo-vwo", "tto"],
      tto: ["vwo"],
    });
  });

  it("ORG-03 gelijkwaardig stays within the school and never points at itself", () => {
    expect(
      veldfouten(() =>
        controleerAfdelingen(vo, {
          afdelingen: [
            afd({ id: "havo", naam: "havo", gelijkwaardigAan: ["keizer-karel-vwo"] }),
            afd({ id: "vwo", naam: "vwo", gelijkwaardigAan: ["vwo"] }),
          ],
        }),
      ),
    ).toEqual({
      "afdelingen.0.gelijkwaardigAan":
        'Gelijkwaardig aan een afdeling die niet bij deze school hoort: "keizer-karel-vwo".',
      "afdelingen.1.gelijkwaardigAan": "Een afdeling kan niet gelijkwaardig zijn aan zichzelf.",
    });
  });

  it("ORG-03 names are unique within the school (whatever the case) and every afdeling admits an advice", () => {
    expect(
      veldfouten(() =>
        controleerAfdelingen(vo, {
          afdelingen: [
            afd({ naam: "havo" }),
            afd({ naam: "HAVO" }),
            afd({ naam: "vwo", adviezen: [] }),
            afd({ naam: "mavo", adviezen: ["mavo"] }),
            afd({ naam: " " }),
          ],
        }),
      ),
    ).toEqual({
      "afdelingen.1.naam": 'Deze school heeft al een afdeling met de naam "HAVO".',
      "afdelingen.2.adviezen": "Kies minstens één advies.",
      "afdelingen.3.adviezen": `Onbekend advies: mavo. Kies uit ${ADVIEZEN.join(", ")}.`,
      "afdelingen.4.naam": "Vul de naam van de afdeling in.",
    });
  });

  it("ORG-03 a capacity is a whole number of 0 or more, either own or of a known capaciteitsgroep", () => {
    expect(
      veldfouten(() =>
        controleerAfdelingen(vo, {
          afdelingen: [
            afd({ naam: "a", capaciteit: -1 }),
            afd({ naam: "b", capaciteit: 1.5 }),
            afd({ naam: "c", capaciteit: undefined }),
            afd({ naam: "d", capaciteit: 10, capaciteitsgroepId: "g" }),
            afd({ naam: "e", capaciteit: null, capaciteitsgroepId: "bestaat-niet" }),
            afd({ naam: "f", capaciteit: undefined, capaciteitsgroepId: "g" }),
          ],
          capaciteitsgroepen: [
            { id: "g", naam: "groep", capaciteit: 10 },
            { naam: "Groep", capaciteit: -5 },
          ],
        }),
      ),
    ).toEqual({
      "afdelingen.0.capaciteit": "De capaciteit is een heel getal van 0 of meer.",
      "afdelingen.1.capaciteit": "De capaciteit is een heel getal van 0 of meer.",
      "afdelingen.2.capaciteit": "Vul de capaciteit in of kies een capaciteitsgroep.",
      "afdelingen.3.capaciteit": "Geef een eigen capaciteit óf een capaciteitsgroep, niet allebei.",
      "afdelingen.4.capaciteitsgroepId": "Deze capaciteitsgroep bestaat niet bij deze school.",
      "capaciteitsgroepen.1.naam": 'Er is al een capaciteitsgroep met de naam "Groep".',
      "capaciteitsgroepen.1.capaciteit": "De capaciteit is een heel getal van 0 of meer.",
      "capaciteitsgroepen.1": 'Capaciteitsgroep "Groep" hoort bij geen enkele afdeling.',
    });
  });

  it("ORG-03 codes: chosen ones are checked, others come from the name and never collide", () => {
    const { afdelingen } = controleerAfdelingen(vo, {
      afdelingen: [
        afd({ id: "havo-vwo", naam: "havo" }),
        afd({ naam: "havo/vwo" }),
        afd({ naam: "havo vwo!" }),
      ],
    });
    expect(afdelingen.map((a) => a.id)).toEqual(["havo-vwo", "havo-vwo-2", "havo-vwo-3"]);
    expect(
      veldfouten(() =>
        controleerAfdelingen(vo, {
          afdelingen: [
            afd({ id: "Havo VWO", naam: "a" }),
            afd({ id: "x", naam: "b" }),
            afd({ id: "x", naam: "c" }),
          ],
        }),
      ),
    ).toEqual({
      "afdelingen.0.id": "Een code bestaat uit kleine letters, cijfers en streepjes.",
      "afdelingen.2.id": 'De code "x" komt twee keer voor.',
    });
  });

  it("ORG-03 a primary school has no afdelingen; an empty list is fine", () => {
    expect(veldfouten(() => controleerAfdelingen({ schooltype: "PO" }, { afdelingen: [afd()] }))).toEqual({
      afdelingen: "Een basisschool (PO) heeft geen afdelingen.",
    });
    expect(controleerAfdelingen({ schooltype: "PO" }, { afdelingen: [] })).toEqual({
      afdelingen: [],
      capaciteitsgroepen: [],
    });
  });
});

describe("besturen (ORG-01, ORG-05)", () => {
  it("ORG-01 a bestuur needs a name; its contactpersonen a name and a valid e-mail address", () => {
    expect(
      controleerBestuur({
        naam: "  Stichting   Test ",
        contactpersonen: [{ naam: "Sanne", email: " s@example.org " }],
      }),
    ).toEqual({ naam: "Stichting Test", contactpersonen: [{ naam: "Sanne", email: "s@example.org" }] });
    expect(
      veldfouten(() => controleerBestuur({ naam: "", contactpersonen: [{ naam: "", email: "geen-mail" }] })),
    ).toEqual({
      naam: "Vul de naam van het bestuur in.",
      "contactpersonen.0.naam": "Vul de naam van de contactpersoon in.",
      "contactpersonen.0.email": "Vul een geldig e-mailadres in.",
    });
  });

  it("ORG-01 bestuur names are compared whatever the case or spacing", () => {
    expect(bestuursnaamSleutel(" St  Openbaar VO Amstelveen")).toBe(
      bestuursnaamSleutel("st openbaar vo amstelveen"),
    );
  });
});

describe("who keeps besturen and schools (ORG-01, ORG-02)", () => {
  const regio = maakRegio();
  const rb = maakActor({
    rollen: ["regiobeheerder"],
    organisatieType: "regio",
    schoolId: undefined,
    bestuurId: undefined,
  });
  const cp = maakActor({
    rollen: ["contactpersoon-elk"],
    organisatieType: "bestuur",
    schoolId: undefined,
    bestuurId: "b1",
  });
  const lb = maakActor({ rollen: ["beheren"], schoolId: "s1", bestuurId: "b1" });
  const aanmelder = maakActor({ rollen: ["aanmelden"], schoolId: "s1", bestuurId: "b1" });

  it("ORG-01 only the region administrator adds besturen and schools and writes news", () => {
    for (const actie of ["besturen.beheren", "scholen.toevoegen", "nieuws.beheren"] as const) {
      expect(mag(rb, actie, regio)).toBe(true);
      for (const ander of [cp, lb, aanmelder]) expect(mag(ander, actie, regio)).toBe(false);
    }
  });

  it("ORG-02 the contactpersoon changes its bestuur's schools, the locatiebeheerder its own, an aanmelder none", () => {
    expect(bereikVan(rb, "scholen.wijzigen", regio)).toBe("regio");
    expect(mag(cp, "scholen.wijzigen", regio, { schoolId: "s2", bestuurId: "b1" })).toBe(true);
    expect(mag(cp, "scholen.wijzigen", regio, { schoolId: "s3", bestuurId: "b2" })).toBe(false);
    expect(mag(lb, "scholen.wijzigen", regio, { schoolId: "s1", bestuurId: "b1" })).toBe(true);
    expect(mag(lb, "scholen.wijzigen", regio, { schoolId: "s2", bestuurId: "b1" })).toBe(false);
    expect(bereikVan(aanmelder, "scholen.wijzigen", regio)).toBeUndefined();
  });
});
