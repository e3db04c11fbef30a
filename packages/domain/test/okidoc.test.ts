import { describe, expect, it } from "vitest";
import {
  bijlageTypeVanNaam,
  controleerAdviesInOkidoc,
  controleerOkidocBijlage,
  controleerOkidocVelden,
  DOORSTROOMTOETS_VELDEN,
  magOkidocBewerken,
  OKIDOC_BIJLAGE_MAX_BYTES,
  OKIDOC_FORMULIER,
  OKIDOC_INVOERFORMULIER,
  OKIDOC_MAX_BIJLAGEN,
  OngeldigeInvoerFout,
  okidocAangevuldBericht,
  okidocOntbrekend,
  okidocVeldenNaOpslaan,
  okidocVrijgeven,
  okidocWeergave,
  StatusConflictFout,
  veiligeBestandsnaam,
  vereisOkidocBewerkbaar,
} from "../src";

/** A complete oki-doc: every required field filled in, with overrides. */
function compleet(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    onderbouwing: "Noor werkt zelfstandig en haalt hoge scores.",
    contactGewenst: "nee",
    doublureOfVersnelling: "nee",
    werkhouding: "Geconcentreerd en gemotiveerd.",
    sociaalEmotioneel: "Sociaal vaardig, heeft veel vrienden.",
    extraOndersteuning: "nee",
    oudersIngezien: "ja",
    ...overrides,
  };
}

function fout<T>(actie: () => T): OngeldigeInvoerFout {
  try {
    actie();
  } catch (error) {
    if (error instanceof OngeldigeInvoerFout) return error;
    throw error;
  }
  throw new Error("expected OngeldigeInvoerFout");
}

describe("the oki-doc form (PO-01)", () => {
  it("PO-01 follows the OSO overstapdossier's categories, every field with a Dutch label and a unique id", () => {
    expect(OKIDOC_FORMULIER.map((s) => s.titel)).toEqual([
      "Overstapadvies",
      "Schoolloopbaan",
      "Leerresultaten en toetsen",
      "Werkhouding en sociaal-emotionele ontwikkeling",
      "Onderwijsondersteuning",
      "Verzuim",
      "Ouders en thuissituatie",
      "Overige opmerkingen",
    ]);
    const ids = OKIDOC_FORMULIER.flatMap((s) => s.velden.map((v) => v.id));
    expect(new Set(ids).size).toBe(ids.length);
    for (const veld of OKIDOC_FORMULIER.flatMap((s) => s.velden)) {
      expect(veld.label.length).toBeGreaterThan(2);
      expect(veld.max).toBeGreaterThan(0);
      if (veld.verplichtAls) expect(ids).toContain(veld.verplichtAls.veld);
    }
  });

  it("PO-01 a save trims values, drops empty fields and keeps paragraphs in a text area", () => {
    const velden = controleerOkidocVelden({
      onderbouwing: "  Eerste alinea.  \r\n\r\nTweede   alinea.  ",
      contactpersoon: "  Mevr.   Smits ",
      opmerkingen: "   ",
      verzuimGeoorloofd: "012",
    });
    expect(velden).toEqual({
      onderbouwing: "Eerste alinea.\n\nTweede   alinea.",
      contactpersoon: "Mevr. Smits",
      verzuimGeoorloofd: "12",
    });
  });

  it("PO-01 a concept may be incomplete, but every value must fit its field; all messages at once", () => {
    const e = fout(() =>
      controleerOkidocVelden({
        contactGewenst: "misschien",
        niveauRekenen: "3F",
        verzuimOngeoorloofd: "-2",
        contactEmail: "geen-adres",
        opmerkingen: "x".repeat(4001),
        wachtwoord: "geheim",
      }),
    );
    expect(e.message).toMatch(/niet opgeslagen/);
    expect(e.velden).toEqual({
      "velden.contactGewenst": "Kies ja of nee.",
      "velden.niveauRekenen": "Kies een van de mogelijkheden.",
      "velden.verzuimOngeoorloofd": "Vul een heel getal in van 0 tot en met 400.",
      "velden.contactEmail": "Vul een geldig e-mailadres in, zoals naam@school.nl.",
      "velden.opmerkingen": "Gebruik hoogstens 4000 tekens.",
      "velden.wachtwoord": "Dit veld hoort niet bij het oki-doc.",
    });
    expect(controleerOkidocVelden({ opmerkingen: "x".repeat(4000) }).opmerkingen).toHaveLength(4000);
  });

  it("PO-02 the doorstroomtoets results have one place to be entered: the form the school fills in leaves them out", () => {
    const alle = OKIDOC_FORMULIER.flatMap((s) => s.velden.map((v) => v.id));
    const invoer = OKIDOC_INVOERFORMULIER.flatMap((s) => s.velden.map((v) => v.id));
    for (const id of DOORSTROOMTOETS_VELDEN) {
      expect(alle).toContain(id);
      expect(invoer).not.toContain(id);
    }
    expect(invoer).toEqual(alle.filter((id) => !DOORSTROOMTOETS_VELDEN.includes(id)));
    expect(OKIDOC_INVOERFORMULIER.map((s) => s.titel)).toEqual(OKIDOC_FORMULIER.map((s) => s.titel));
    const leer = OKIDOC_INVOERFORMULIER.find((s) => s.id === "leerresultaten");
    expect(leer?.velden.map((v) => v.label)).toEqual(["Toelichting op de leerresultaten"]);
    expect(leer?.uitleg).toMatch(/Resultaten doorstroomtoets/);
  });

  it("PO-02 saving the form keeps the doorstroomtoets results as stored: neither wiped nor overwritten", () => {
    const vorige = {
      onderbouwing: "Oud.",
      opmerkingen: "Weg ermee.",
      niveauLezen: "2f",
      niveauTaalverzorging: "1f",
      niveauRekenen: "1s",
      doorstroomtoets: "Route 8, februari 2027",
    };
    // Nothing sent for them: kept; a form field left out is emptied.
    expect(okidocVeldenNaOpslaan(vorige, { onderbouwing: " Nieuw. " })).toEqual({
      onderbouwing: "Nieuw.",
      niveauLezen: "2f",
      niveauTaalverzorging: "1f",
      niveauRekenen: "1s",
      doorstroomtoets: "Route 8, februari 2027",
    });
    // An older copy, an empty value or even an invalid one: ignored, the stored results stay.
    expect(
      okidocVeldenNaOpslaan(vorige, {
        onderbouwing: "Nieuw.",
        niveauLezen: "1f",
        niveauTaalverzorging: "",
        niveauRekenen: "3F",
      }),
    ).toEqual({
      onderbouwing: "Nieuw.",
      niveauLezen: "2f",
      niveauTaalverzorging: "1f",
      niveauRekenen: "1s",
      doorstroomtoets: "Route 8, februari 2027",
    });
    // No results yet: none appear.
    expect(okidocVeldenNaOpslaan({}, { niveauRekenen: "1s", onderbouwing: "Nieuw." })).toEqual({
      onderbouwing: "Nieuw.",
    });
    // The form's own fields are still checked.
    expect(fout(() => okidocVeldenNaOpslaan(vorige, { contactGewenst: "misschien" })).velden).toEqual({
      "velden.contactGewenst": "Kies ja of nee.",
    });
  });

  it("PO-01 what is missing before release: required fields, fields an answer requires, and the advice", () => {
    expect(okidocOntbrekend(compleet(), "havo")).toEqual({});
    expect(Object.keys(okidocOntbrekend({}, undefined)).sort()).toEqual(
      [
        "advies",
        "velden.onderbouwing",
        "velden.contactGewenst",
        "velden.doublureOfVersnelling",
        "velden.werkhouding",
        "velden.sociaalEmotioneel",
        "velden.extraOndersteuning",
        "velden.oudersIngezien",
      ].sort(),
    );
    expect(okidocOntbrekend(compleet({ contactGewenst: "ja", extraOndersteuning: "ja" }), "havo")).toEqual({
      "velden.contactpersoon": "Vul dit veld in.",
      "velden.onderwijsbehoeften": "Vul dit veld in.",
    });
    expect(okidocOntbrekend(compleet({ oudersIngezien: "" }), "havo")).toEqual({
      "velden.oudersIngezien": "Maak een keuze.",
    });
  });
});

describe("releasing the oki-doc (PO-01, TRT-03)", () => {
  it("PO-01 a complete concept is released; after that it is read-only (409)", () => {
    expect(okidocVrijgeven("concept", compleet(), "havo")).toBe("vrijgegeven");
    for (const status of ["vrijgegeven", "aangevuld"] as const) {
      expect(magOkidocBewerken(status)).toBe(false);
      expect(() => vereisOkidocBewerkbaar(status)).toThrow(StatusConflictFout);
      expect(() => okidocVrijgeven(status, compleet(), "havo")).toThrow(
        /vrijgegeven en kan niet meer gewijzigd worden/,
      );
    }
    expect(magOkidocBewerken("concept")).toBe(true);
  });

  it("PO-01 an incomplete oki-doc is not released: a Dutch 400 naming each missing field", () => {
    const e = fout(() => okidocVrijgeven("concept", compleet({ werkhouding: "" }), undefined));
    expect(e.message).toBe(
      "Het oki-doc is nog niet compleet: 2 verplichte velden zijn niet ingevuld. Vul ze in en geef het oki-doc daarna vrij.",
    );
    expect(e.velden).toEqual({
      advies: "Kies het basisschooladvies.",
      "velden.werkhouding": "Vul dit veld in.",
    });
    expect(fout(() => okidocVrijgeven("concept", compleet({ werkhouding: "" }), "vwo")).message).toMatch(
      /1 verplicht veld is niet ingevuld/,
    );
  });

  it("TRT-03 after a VO school asked for an addition it is editable again, and released it becomes 'aangevuld'", () => {
    expect(magOkidocBewerken("aanvulling-gevraagd")).toBe(true);
    expect(okidocVrijgeven("aanvulling-gevraagd", compleet(), "havo")).toBe("aangevuld");
    expect(okidocAangevuldBericht("Noor Jansen")).toBe(
      "De basisschool heeft het oki-doc van Noor Jansen aangevuld en opnieuw vrijgegeven.",
    );
  });

  it("PO-01 the advice is changed from the oki-doc until the pupil is registered", () => {
    expect(controleerAdviesInOkidoc("havo", undefined, true)).toBe("havo");
    expect(controleerAdviesInOkidoc("havo", "havo", true)).toBe("havo");
    expect(controleerAdviesInOkidoc("havo", "vwo", false)).toBe("vwo");
    expect(controleerAdviesInOkidoc("havo", null, false)).toBeUndefined();
    const e = fout(() => controleerAdviesInOkidoc("havo", "vwo", true));
    expect(e.message).toMatch(/Het advies kan niet meer gewijzigd worden: de leerling is al aangemeld/);
    expect(e.velden.advies).toBeDefined();
  });
});

describe("bijlagen (PO-01)", () => {
  const bestand = (
    overrides: Partial<{ bestandsnaam: string; contentType: string; grootte: number }> = {},
  ) => ({
    bestandsnaam: "Handelingsplan rekenen.pdf",
    contentType: "application/pdf",
    grootte: 120_000,
    ...overrides,
  });

  it("PO-01 common office and image files are accepted; the type follows the extension", () => {
    for (const [naam, type] of [
      ["verslag.pdf", "application/pdf"],
      ["verslag.doc", "application/msword"],
      ["verslag.DOCX", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"],
      ["verslag.odt", "application/vnd.oasis.opendocument.text"],
      ["cijfers.xls", "application/vnd.ms-excel"],
      ["cijfers.xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"],
      ["foto.jpeg", "image/jpeg"],
      ["foto.jpg", "image/jpeg"],
      ["scan.png", "image/png"],
      ["notitie.txt", "text/plain"],
    ] as const) {
      expect(bijlageTypeVanNaam(naam)).toBe(type);
      expect(controleerOkidocBijlage(bestand({ bestandsnaam: naam, contentType: type }), 0).contentType).toBe(
        type,
      );
      // Browsers that do not know the type send none, or octet-stream.
      expect(controleerOkidocBijlage(bestand({ bestandsnaam: naam, contentType: "" }), 0).contentType).toBe(
        type,
      );
    }
  });

  it("PO-01 a wrong type, an empty or too large file, or one too many is refused with a clear Dutch message", () => {
    expect(fout(() => controleerOkidocBijlage(bestand({ bestandsnaam: "script.exe" }), 0)).message).toMatch(
      /^Dit soort bestand kan niet als bijlage worden toegevoegd\. Kies een PDF, Word/,
    );
    expect(
      fout(() => controleerOkidocBijlage(bestand({ bestandsnaam: "x.pdf", contentType: "text/html" }), 0))
        .message,
    ).toMatch(/Dit soort bestand kan niet/);
    expect(fout(() => controleerOkidocBijlage(bestand({ grootte: 0 }), 0)).message).toBe(
      "Het bestand is leeg.",
    );
    const groot = fout(() => controleerOkidocBijlage(bestand({ grootte: OKIDOC_BIJLAGE_MAX_BYTES + 1 }), 0));
    expect(groot.message).toBe("Het bestand is te groot: een bijlage is hoogstens 4 MB.");
    expect(groot.velden.bestand).toBe(groot.message);
    expect(controleerOkidocBijlage(bestand({ grootte: OKIDOC_BIJLAGE_MAX_BYTES }), 0).bestandsnaam).toBe(
      "Handelingsplan rekenen.pdf",
    );
    expect(fout(() => controleerOkidocBijlage(bestand(), OKIDOC_MAX_BIJLAGEN)).message).toMatch(
      /hoogstens 20 bijlagen/,
    );
  });

  it("PO-01 file names lose folders, control characters and leading dots; long ones keep their extension", () => {
    expect(veiligeBestandsnaam("../../etc/passwd.txt")).toBe("passwd.txt");
    expect(veiligeBestandsnaam("C:\\Users\\juf\\Verslag groep 8.docx")).toBe("Verslag groep 8.docx");
    expect(veiligeBestandsnaam("..verborgen.pdf")).toBe("verborgen.pdf");
    expect(veiligeBestandsnaam('a<b>c:"d"|e?f*\u0000\u202e.pdf')).toBe("abcdef.pdf");
    expect(veiligeBestandsnaam("Zoë   Ünal  rapport.pdf")).toBe("Zoë Ünal rapport.pdf");
    expect(veiligeBestandsnaam("../")).toBe("bijlage");
    const lang = veiligeBestandsnaam(`${"a".repeat(300)}.xlsx`);
    expect(lang).toHaveLength(120);
    expect(lang.endsWith(".xlsx")).toBe(true);
    expect(controleerOkidocBijlage(bestand({ bestandsnaam: "../../x/../Rapport.pdf" }), 0).bestandsnaam).toBe(
      "Rapport.pdf",
    );
  });
});

describe("the oki-doc as the VO school reads it (TRT-02)", () => {
  it("TRT-02 every section and field in order, choices by their label, empty fields as such", () => {
    const weergave = okidocWeergave(compleet({ niveauRekenen: "1s", contactGewenst: "ja" }), "havo/vwo");
    expect(weergave.map((s) => s.titel)).toEqual(OKIDOC_FORMULIER.map((s) => s.titel));
    const advies = weergave[0]?.regels ?? [];
    expect(advies[0]).toEqual({ label: "Basisschooladvies", waarde: "havo/vwo" });
    expect(advies.find((r) => r.label.startsWith("Wil de basisschool"))?.waarde).toBe("Ja");
    expect(advies.find((r) => r.label === "Wens van de ouders")).toEqual({
      label: "Wens van de ouders",
      waarde: "Niet ingevuld",
      leeg: true,
    });
    const leer = weergave.find((s) => s.titel === "Leerresultaten en toetsen")?.regels ?? [];
    expect(leer.find((r) => r.label === "Rekenen")?.waarde).toBe("1S");
  });
});
