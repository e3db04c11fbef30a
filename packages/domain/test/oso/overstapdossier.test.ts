import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { crc32 } from "node:zlib";
import { afterAll, describe, expect, it } from "vitest";
import {
  bouwOverstapdossier,
  dossierInhoudSleutel,
  OngeldigeInvoerFout,
  type OsoBestand,
  type OsoDossierInvoer,
  osoBijlageToegestaan,
  osoDossierReden,
  veiligeBestandsnaam,
} from "../../src";

/** shared/ sits next to the repository's root, here and in CI. */
const XSD = decodeURIComponent(
  new URL("../../../../../shared/oso/OSO_gegevensset_2019.1.xsd", import.meta.url).pathname,
);
const MAP = mkdtempSync(join(tmpdir(), "elk-oso-"));
afterAll(() => rmSync(MAP, { recursive: true, force: true }));

let volgnummer = 0;

/** Writes the dossier to a temporary file and validates it against the XSD; xmllint's report on failure. */
function valideer(xml: string): string {
  const bestand = join(MAP, `dossier-${++volgnummer}.xml`);
  writeFileSync(bestand, xml, "utf8");
  try {
    execFileSync("xmllint", ["--noout", "--schema", XSD, bestand], { encoding: "utf8", stdio: "pipe" });
  } catch (fout) {
    const stderr = (fout as { stderr?: string }).stderr ?? String(fout);
    throw new Error(`xmllint: ${bestand} does not validate against the OSO XSD:\n${stderr}`);
  }
  return bestand;
}

/** An XPath over element names, the namespace left aside: pad("leerling", "bsn") → //leerling/bsn. */
const pad = (...namen: string[]) => `//${namen.map((naam) => `*[local-name()='${naam}']`).join("/")}`;

function xpath(bestand: string, expressie: string): string {
  return execFileSync("xmllint", ["--xpath", expressie, bestand], {
    encoding: "utf8",
    maxBuffer: 512 * 1024 * 1024,
  }).replace(/\n$/, "");
}

const tekst = (bestand: string, ...namen: string[]) => xpath(bestand, `string(${pad(...namen)})`);
const aantal = (bestand: string, ...namen: string[]) => Number(xpath(bestand, `count(${pad(...namen)})`));

/** The one file of an OSO attachment: base64 → ZIP (read here, independently of the writer) → bytes. */
function pakUit(base64: string): { naam: string; inhoud: Buffer } {
  const zip = Buffer.from(base64, "base64");
  const eind = zip.length - 22;
  expect(zip.readUInt32LE(eind)).toBe(0x06054b50);
  expect(zip.readUInt16LE(eind + 10)).toBe(1);
  const centraal = zip.readUInt32LE(eind + 16);
  expect(zip.readUInt32LE(centraal)).toBe(0x02014b50);
  const methode = zip.readUInt16LE(centraal + 10);
  const crc = zip.readUInt32LE(centraal + 16);
  const grootte = zip.readUInt32LE(centraal + 24);
  const naamLengte = zip.readUInt16LE(centraal + 28);
  const naam = zip.subarray(centraal + 46, centraal + 46 + naamLengte).toString("utf8");
  const lokaal = zip.readUInt32LE(centraal + 42);
  expect(zip.readUInt32LE(lokaal)).toBe(0x04034b50);
  const start = lokaal + 30 + zip.readUInt16LE(lokaal + 26) + zip.readUInt16LE(lokaal + 28);
  expect(methode).toBe(0);
  const inhoud = zip.subarray(start, start + grootte);
  expect(crc32(inhoud)).toBe(crc);
  return { naam, inhoud };
}

/** A string literal in XPath 1.0, which has no escapes: concat() when the text holds both quotes. */
function xpathTekst(waarde: string): string {
  if (!waarde.includes("'")) return `'${waarde}'`;
  if (!waarde.includes('"')) return `"${waarde}"`;
  return `concat(${waarde
    .split("'")
    .map((deel) => `'${deel}'`)
    .join(`, "'", `)})`;
}

/** The attachment whose bestandsnaam is this name, unpacked. */
function bijlage(bestand: string, naam: string): { naam: string; inhoud: Buffer } {
  const letterlijk = xpathTekst(naam);
  return pakUit(
    xpath(
      bestand,
      `string(${pad("document")}[*[local-name()='bestandsnaam']=${letterlijk}]/*[local-name()='bestandsinhoud'])`,
    ),
  );
}

// ---------------------------------------------------------------------------------------------
// Test data

const bytes = (lengte: number, zaad: number) =>
  Buffer.from(Array.from({ length: lengte }, (_, i) => (i * 31 + zaad) % 256));

function bestand(bestandsnaam: string, mimeType: string, inhoud: Buffer, omschrijving?: string): OsoBestand {
  return {
    bestandsnaam,
    mimeType,
    inhoud: inhoud.toString("base64"),
    ...(omschrijving ? { omschrijving } : {}),
  };
}

const PDF = Buffer.concat([Buffer.from("%PDF-1.7\n"), bytes(70_000, 7), Buffer.from("\n%%EOF\n")]);
const LASTIGE_NAAM = 'Verslag "logopedie" <concept> & Zoë\'s — Ærøskøbing.docx';

/** Everything ELK can know of a placed pupil, with overrides. */
function volledigeInvoer(overrides: Partial<OsoDossierInvoer> = {}): OsoDossierInvoer {
  return {
    leerling: {
      elkNummer: "9000123",
      roepnaam: "Noor",
      tussenvoegsel: "van der",
      achternaam: "Berg",
      geboortedatum: "2013-05-14",
      geslacht: "vrouw",
      identificatie: { soort: "bsn", nummer: "111222333" },
      adres: { straat: "Lindenlaan", huisnummer: "12a", postcode: "1185 LA", plaats: "Amstelveen" },
      emailOuders: "familie.vanderberg@example.org",
    },
    ouders: [
      {
        voornaam: "Sanne",
        voorletters: "S.M.",
        tussenvoegsel: "van der",
        achternaam: "Berg",
        geslacht: "vrouw",
        relatie: "moeder",
        wettelijkVertegenwoordiger: true,
        telefoon: "06 - 12 34 56 78",
        email: "sanne@example.org",
        adres: { straat: "Lindenlaan", huisnummer: "12a", postcode: "1185 LA", plaats: "Amstelveen" },
      },
      { achternaam: "Jansen", relatie: "voogd", wettelijkVertegenwoordiger: false },
    ],
    huidigeSchool: {
      naam: "OBS De Populier",
      brin: "12ab",
      vestigingscode: "01",
      adres: { straat: "Populierenlaan", huisnummer: "3", postcode: "1181 AB", plaats: "Amstelveen" },
      telefoon: "020 - 555 02 20",
    },
    ontvangendeSchool: { naam: "Amstelveen College", brin: "20AC", vestigingscode: "00" },
    schooljaar: "2025-2026",
    groep: "8b",
    advies: "havo/vwo",
    okidoc: {
      status: "vrijgegeven",
      velden: {
        onderbouwing: "Noor werkt zelfstandig & haalt hoge scores (>8).\nZe leest veel.",
        wensOuders: "vwo",
        wensLeerling: "havo/vwo",
        contactGewenst: "ja",
        contactpersoon: "Mevr. de Vries",
        contactTelefoon: "020-5550220",
        contactEmail: "devries@populier.example.org",
        doublureOfVersnelling: "nee",
        niveauLezen: "2f",
        niveauTaalverzorging: "1f",
        niveauRekenen: "1s",
        doorstroomtoets: "IEP Doorstroomtoets, afgenomen op 4 februari 2026",
        leerresultaten: "Stijgende lijn in groep 6 tot en met 8.",
        werkhouding: "Geconcentreerd en gemotiveerd.",
        sociaalEmotioneel: "Sociaal vaardig, heeft veel vrienden.",
        sterkePunten: "Lezen, tekenen.",
        aandachtspunten: "Faalangst bij toetsen.",
        extraOndersteuning: "ja",
        onderwijsbehoeften: "Een rustige werkplek en duidelijke planning.",
        diagnose: "Dyslexie, vastgesteld in 2021 door het OnderwijsAdviesBureau.",
        medicijngebruik: "nee",
        ontwikkelingsperspectief: "nee",
        arrangement: "Licht arrangement lezen.",
        verzuimGeoorloofd: "6",
        verzuimOngeoorloofd: "1",
        leerplicht: "nee",
        verzuimToelichting: "Twee dagen ziek in januari.",
        oudersIngezien: "ja",
        zienswijzeOuders: "De ouders vinden de werkhouding beter dan beschreven.",
        thuissituatie: "Verhuist in de zomer binnen Amstelveen.",
        opmerkingen: "Geen.",
      },
      pdf: bestand("oki-doc Noor van der Berg.pdf", "application/pdf", PDF),
      bijlagen: [
        bestand(
          LASTIGE_NAAM,
          "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
          bytes(5_000, 3),
          "Verslag van de logopedist",
        ),
        bestand("Groei & ontwikkeling – grafiek.png", "image/png", bytes(1_234, 11)),
      ],
    },
    metadata: { pakketversie: "2026.4.1" },
    ...overrides,
  };
}

/** Only what a dossier cannot do without. */
function minimaleInvoer(): OsoDossierInvoer {
  return {
    leerling: { elkNummer: "9000456", roepnaam: "Sem", achternaam: "Bakker", geboortedatum: "2013-11-02" },
    ouders: [],
    huidigeSchool: { naam: "De Regenboog", brin: "34CD", vestigingscode: "00" },
    ontvangendeSchool: { naam: "Keizer Karel College", brin: "20KK", vestigingscode: "00" },
    schooljaar: "2025-2026",
    okidoc: { status: "concept", velden: {}, bijlagen: [] },
    metadata: { pakketversie: "2026.4.1" },
  };
}

function metVelden(velden: Record<string, string>, basis = volledigeInvoer()): OsoDossierInvoer {
  return { ...basis, okidoc: { ...basis.okidoc, velden: { ...basis.okidoc.velden, ...velden } } };
}

const DATUM = { datum: "2026-04-10" };

/** The content blocks of the categories an overstapdossier POVO may not carry (cat_vve, cat_vombo). */
const VERBODEN_BLOKKEN = [
  "vanpeuterspeelzaal",
  "naampeuterspeelzaal",
  "voorschools",
  "vroegschools",
  "bevorderd",
  "examenresultaat",
  "resultaatvakkenvo",
  "certificaat",
  "competenties",
  "stage",
  "overigvombo",
];

// ---------------------------------------------------------------------------------------------

describe("the OSO overstapdossier POVO (OSO-03)", () => {
  it("OSO-03 a full dossier validates against the OSO 2019.1 XSD and carries the pupil, school, advice and parents", () => {
    const xml = bouwOverstapdossier(volledigeInvoer(), DATUM);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    const d = valideer(xml);

    expect(tekst(d, "metadata", "pakketnaam")).toBe("ELK");
    expect(tekst(d, "metadata", "datum")).toBe("2026-04-10");
    expect(tekst(d, "metadata", "overstap")).toBe("POVO");
    expect(tekst(d, "dossier", "overdrachtsoort")).toBe("overstapdossier");
    expect(tekst(d, "inzage", "voorlopigdossier")).toBe("false");
    expect(tekst(d, "inzage", "akkoord")).toBe("Nee");
    expect(tekst(d, "inzage", "redennietakkoord")).toBe(
      "De ouders vinden de werkhouding beter dan beschreven.",
    );

    expect(tekst(d, "huidigeschool", "brincode")).toBe("12AB");
    expect(tekst(d, "huidigeschool", "vestigingscode")).toBe("01");
    expect(tekst(d, "huidigeschool", "communicatielijst", "communicatie", "nummer")).toBe("0205550220");

    expect(tekst(d, "leerling", "bsn")).toBe("111222333");
    expect(tekst(d, "leerling", "leerlingid")).toBe("9000123");
    expect(tekst(d, "leerling", "voorvoegsel")).toBe("van der");
    expect(tekst(d, "leerling", "geboortedatum")).toBe("2013-05-14");
    expect(tekst(d, "leerling", "geslacht")).toBe("1");
    expect(tekst(d, "leerling", "adreslijst", "adres", "nummer")).toBe("12");
    expect(tekst(d, "leerling", "adreslijst", "adres", "toevoeging")).toBe("a");
    expect(tekst(d, "leerling", "adreslijst", "adres", "postcode")).toBe("1185LA");
    expect(tekst(d, "leerling", "schoolloopbaanlijst", "schoolloopbaan", "groepscode")).toBe("8b");

    const argumentatie = tekst(d, "overstapadvies", "argumentatie");
    expect(argumentatie.startsWith("Basisschooladvies: havo/vwo\n\nWens van de ouders: vwo")).toBe(true);
    expect(argumentatie).toContain(
      "Onderbouwing van het advies:\nNoor werkt zelfstandig & haalt hoge scores (>8).",
    );
    expect(argumentatie).toContain("Werkhouding en taakaanpak:\nGeconcentreerd en gemotiveerd.");
    expect(tekst(d, "overstapadvies", "contactnodig")).toBe("true");
    expect(tekst(d, "overstapadvies", "contacttelefoon")).toBe("0205550220");
    expect(tekst(d, "overstapadvies", "aandachtspunten")).toBe("Faalangst bij toetsen.");

    expect(aantal(d, "leerling", "verzorger")).toBe(2);
    expect(tekst(d, "verzorger", "relatietotkind")).toBe("2");
    expect(tekst(d, "verzorger", "communicatielijst", "communicatie", "nummer")).toBe("0612345678");
    expect(tekst(d, "leerling", "verzorgersaansprakelijk")).toBe("true");
  });

  it("OSO-03 the release profile of a POVO dossier: mandatory blocks present, the forbidden ones (VVE, VO-MBO) absent", () => {
    const d = valideer(bouwOverstapdossier(volledigeInvoer(), DATUM));
    expect(tekst(d, "categorie_uitlevering", "cat_vve")).toBe("VERBODEN");
    expect(tekst(d, "categorie_uitlevering", "cat_vombo")).toBe("VERBODEN");
    expect(tekst(d, "categorie_uitlevering", "cat_overstapadvies")).toBe("VERPLICHT");
    expect(tekst(d, "categorie_uitlevering", "cat_bijlagedocs")).toBe("OPTIONEEL");
    for (const blok of VERBODEN_BLOKKEN) expect(aantal(d, blok), blok).toBe(0);
    for (const blok of ["inzage", "huidigeschool", "leerling", "schoolloopbaanlijst", "overstapadvies"]) {
      expect(aantal(d, blok), blok).toBeGreaterThan(0);
    }
  });

  it("OSO-03 the doorstroomtoets travels as eindtoets basisonderwijs: kind, date, and the reference level per domain", () => {
    const d = valideer(bouwOverstapdossier(volledigeInvoer(), DATUM));
    expect(tekst(d, "eindtoetsresultaat", "toetssoort")).toBe("0013");
    expect(tekst(d, "eindtoetsresultaat", "datum_afname")).toBe("2026-02-04");
    expect(tekst(d, "eindtoets_basisonderwijs", "deelgenomen")).toBe("true");
    const domein = (code: string) =>
      xpath(
        d,
        `string(${pad("domein")}[*[local-name()='domeincode']='${code}']/*[local-name()='dom_referentieniveau'])`,
      );
    expect(domein("8050")).toBe("04"); // lezen 2F
    expect(domein("8051")).toBe("02"); // taalverzorging 1F
    expect(
      xpath(
        d,
        `string(${pad("onderdeel")}[*[local-name()='onderdeelcode']='8001']/*[local-name()='ond_referentieniveau'])`,
      ),
    ).toBe("03"); // rekenen 1S
    // Structured, the levels are not repeated as text.
    expect(tekst(d, "overstapadvies", "argumentatie")).not.toContain("Taalverzorging");
  });

  it("OSO-03 the oki-doc PDF and the bijlagen travel as base64 ZIP files that unpack to the same bytes, names escaped", () => {
    const xml = bouwOverstapdossier(volledigeInvoer(), DATUM);
    expect(xml).toContain(
      '<bestandsnaam>Verslag "logopedie" &lt;concept&gt; &amp; Zoë\'s — Ærøskøbing.docx</bestandsnaam>',
    );
    const d = valideer(xml);

    expect(aantal(d, "overigdocumentlijst", "document")).toBe(3);
    expect(tekst(d, "overigdocumentlijst", "document", "bestandsnaam")).toBe("oki-doc Noor van der Berg.pdf");
    expect(tekst(d, "overigdocumentlijst", "document", "omschrijving")).toBe(
      "Onderwijskundig rapport (oki-doc)",
    );

    const pdf = bijlage(d, "oki-doc Noor van der Berg.pdf");
    expect(pdf.naam).toBe("oki-doc Noor van der Berg.pdf");
    expect(pdf.inhoud.equals(PDF)).toBe(true);

    const verslag = bijlage(d, LASTIGE_NAAM);
    expect(verslag.inhoud.equals(bytes(5_000, 3))).toBe(true);
    // Inside the ZIP the file has a name every file system takes.
    expect(verslag.naam).toBe(veiligeBestandsnaam(LASTIGE_NAAM));
    expect(bijlage(d, "Groei & ontwikkeling – grafiek.png").inhoud.equals(bytes(1_234, 11))).toBe(true);
  });

  it("OSO-03 support and absence go to their own blocks: medicines and the explanation of needs, days absent and their explanation", () => {
    const d = valideer(bouwOverstapdossier(volledigeInvoer(), DATUM));
    expect(tekst(d, "onderwijsondersteuning", "medicijngebruik")).toBe("false");
    const behoeften = bijlage(d, "Toelichting onderwijsbehoeften.txt").inhoud.toString("utf8");
    expect(behoeften).toContain("Heeft de leerling extra ondersteuning nodig? Ja");
    expect(behoeften).toContain("Diagnose(s):\r\nDyslexie, vastgesteld in 2021");
    expect(behoeften).toContain(
      "Arrangement of toelaatbaarheidsverklaring (TLV):\r\nLicht arrangement lezen.",
    );

    expect(tekst(d, "verzuim", "dagdelengeoorloofd")).toBe("6");
    expect(tekst(d, "verzuim", "dagdelenongeoorloofd")).toBe("1");
    expect(tekst(d, "verzuim", "contactleerplicht")).toBe("false");
    expect(bijlage(d, "Toelichting verzuim.txt").inhoud.toString("utf8")).toContain(
      "Twee dagen ziek in januari.",
    );
    // Neither reaches the advice's explanation, which another category carries.
    expect(tekst(d, "overstapadvies", "argumentatie")).not.toMatch(/Dyslexie|ziek/);
  });

  it("OSO-03 an almost empty dossier (only the data the XSD requires) validates and leaves every empty block out", () => {
    const d = valideer(bouwOverstapdossier(minimaleInvoer(), DATUM));
    expect(tekst(d, "leerling", "achternaam")).toBe("Bakker");
    expect(tekst(d, "leerling", "voornaam")).toBe("Sem");
    expect(tekst(d, "inzage", "voorlopigdossier")).toBe("true");
    expect(tekst(d, "huidigeschool", "aanleverpunt")).toBe("0");
    expect(aantal(d, "overstapadvies")).toBe(1);
    for (const blok of [
      "bsn",
      "onderwijsnummer",
      "geslacht",
      "adreslijst",
      "communicatielijst",
      "argumentatie",
      "onderwijsondersteuning",
      "verzuim",
      "eindtoets_basisonderwijs",
      "overigdocumentlijst",
      "verzorger",
      "verzorgersaansprakelijk",
      "akkoord",
    ]) {
      expect(aantal(d, blok), blok).toBe(0);
    }
  });
});

describe("mapping ELK's values onto the OSO codes (OSO-03)", () => {
  it("OSO-03 what the standard cannot take is left out: geslacht 'anders', a failing BSN, a type OSO does not admit", () => {
    const basis = volledigeInvoer();
    const invoer: OsoDossierInvoer = {
      ...basis,
      leerling: {
        ...basis.leerling,
        geslacht: "anders",
        identificatie: { soort: "bsn", nummer: "123456789" },
      },
      okidoc: {
        ...basis.okidoc,
        bijlagen: [
          bestand("script.exe", "application/octet-stream", bytes(10, 1)),
          bestand("scan", "image/jpeg", bytes(10, 2)),
          bestand("foto.heic", "image/heic", bytes(10, 3)),
        ],
      },
    };
    expect(osoBijlageToegestaan({ bestandsnaam: "script.exe", mimeType: "application/pdf" })).toBe(false);
    const d = valideer(bouwOverstapdossier(invoer, DATUM));
    expect(aantal(d, "leerling", "geslacht")).toBe(0);
    expect(aantal(d, "leerling", "bsn")).toBe(0);
    // Without an extension the content type names it.
    expect(xpath(d, `count(${pad("overigdocumentlijst", "document", "bestandsnaam")})`)).toBe("2");
    expect(bijlage(d, "scan.jpg").inhoud.equals(bytes(10, 2))).toBe(true);
  });

  it("OSO-03 an onderwijsnummer travels as onderwijsnummer; a foreign postcode without the Dutch land code", () => {
    const basis = volledigeInvoer();
    const invoer: OsoDossierInvoer = {
      ...basis,
      leerling: {
        ...basis.leerling,
        identificatie: { soort: "onderwijsnummer", nummer: "100 000 007" },
        adres: { straat: "Rue Royale", huisnummer: "7 bis", postcode: "1000", plaats: "Brussel" },
      },
    };
    const d = valideer(bouwOverstapdossier(invoer, DATUM));
    expect(tekst(d, "leerling", "onderwijsnummer")).toBe("100000007");
    expect(tekst(d, "leerling", "adreslijst", "adres", "postcode")).toBe("1000");
    expect(tekst(d, "leerling", "adreslijst", "adres", "toevoeging")).toBe("bis");
    expect(aantal(d, "leerling", "adreslijst", "adres", "land")).toBe(0);
  });

  it("OSO-03 a doorstroomtoets whose kind or date ELK cannot tell stays out of the eindtoets block and is read in the argumentatie", () => {
    for (const omschrijving of ["IEP, februari", "Leerling in beeld, 5-2-2026"]) {
      const d = valideer(bouwOverstapdossier(metVelden({ doorstroomtoets: omschrijving }), DATUM));
      expect(aantal(d, "eindtoets_basisonderwijs")).toBe(0);
      const argumentatie = tekst(d, "overstapadvies", "argumentatie");
      expect(argumentatie).toContain(`Doorstroomtoets (naam en datum van afname): ${omschrijving}`);
      expect(argumentatie).toContain("Lezen: 2F");
      expect(argumentatie).toContain("Rekenen: 1S");
    }
    const route8 = valideer(
      bouwOverstapdossier(metVelden({ doorstroomtoets: "Route 8 (03-02-2026)" }), DATUM),
    );
    expect(tekst(route8, "eindtoetsresultaat", "toetssoort")).toBe("0012");
    expect(tekst(route8, "eindtoetsresultaat", "datum_afname")).toBe("2026-02-03");
  });

  it("OSO-03 aandachtspunten longer than the 280 characters OSO takes are cut at a word and continue in the argumentatie", () => {
    const lang = `${"Let op de overgang naar een grote school. ".repeat(9)}Einde.`;
    const d = valideer(bouwOverstapdossier(metVelden({ aandachtspunten: lang }), DATUM));
    const kort = tekst(d, "overstapadvies", "aandachtspunten");
    expect([...kort].length).toBeLessThanOrEqual(280);
    expect(kort.endsWith("… (vervolg in de argumentatie)")).toBe(true);
    expect(tekst(d, "overstapadvies", "argumentatie")).toContain(`Aandachtspunten:\n${lang.trim()}`);
  });

  it("OSO-03 characters XML cannot carry are dropped and markup in the text is escaped, so the document stays valid", () => {
    const invoer = metVelden({
      onderbouwing:
        "Tekst met \u0001stuurteken\u0008, ]]> en <b>vet</b> & 'quotes' \"dubbel\"\r\nnieuwe regel \uD800.",
    });
    const d = valideer(bouwOverstapdossier(invoer, DATUM));
    expect(tekst(d, "overstapadvies", "argumentatie")).toContain(
      "Tekst met stuurteken, ]]> en <b>vet</b> & 'quotes' \"dubbel\"\nnieuwe regel .",
    );
  });

  it("OSO-03 a dossier without the data the XSD requires is refused with a Dutch message per field", () => {
    const basis = volledigeInvoer();
    const fout = (() => {
      try {
        bouwOverstapdossier(
          {
            ...basis,
            huidigeSchool: { ...basis.huidigeSchool, brin: "12A" },
            leerling: { ...basis.leerling, achternaam: " " },
          },
          { datum: "2026-02-30" },
        );
      } catch (e) {
        return e;
      }
    })();
    expect(fout).toBeInstanceOf(OngeldigeInvoerFout);
    expect((fout as OngeldigeInvoerFout).velden).toEqual({
      datum: "De datum van het dossier is geen geldige datum (JJJJ-MM-DD).",
      "leerling.achternaam": "De achternaam van de leerling ontbreekt.",
      "huidigeSchool.brin":
        "Het BRIN-nummer van de basisschool is ongeldig: twee cijfers en twee letters, zoals 20AC.",
    });
    const kapot = {
      ...basis,
      okidoc: {
        ...basis.okidoc,
        bijlagen: [{ ...bestand("a.pdf", "application/pdf", PDF), inhoud: "geen base64!" }],
      },
    };
    expect(() => bouwOverstapdossier(kapot, DATUM)).toThrow(
      'de inhoud van het bestand "a.pdf" is beschadigd',
    );
  });
});

describe("the content key of a dossier (OSO-03)", () => {
  it("OSO-03 the key changes when one oki-doc field changes, and not when only the date or ELK's version does", () => {
    const invoer = volledigeInvoer();
    const sleutel = dossierInhoudSleutel(invoer);
    expect(sleutel).toMatch(/^[0-9a-f]{64}$/);
    expect(dossierInhoudSleutel(volledigeInvoer())).toBe(sleutel);

    expect(dossierInhoudSleutel(metVelden({ werkhouding: "Geconcentreerd en zeer gemotiveerd." }))).not.toBe(
      sleutel,
    );
    expect(dossierInhoudSleutel(metVelden({ niveauRekenen: "1f" }))).not.toBe(sleutel);
    const andereBijlage = {
      ...invoer,
      okidoc: {
        ...invoer.okidoc,
        pdf: bestand("oki-doc Noor van der Berg.pdf", "application/pdf", bytes(10, 1)),
      },
    };
    expect(dossierInhoudSleutel(andereBijlage)).not.toBe(sleutel);

    // The date is the dossier's, not its content: the XML differs, the key does not.
    expect(bouwOverstapdossier(invoer, { datum: "2026-05-01" })).not.toBe(bouwOverstapdossier(invoer, DATUM));
    expect(dossierInhoudSleutel({ ...invoer, metadata: { pakketversie: "2026.5.0" } })).toBe(sleutel);
  });

  it("OSO-03 the key does not depend on the order of the fields", () => {
    const invoer = volledigeInvoer();
    const omgekeerd = Object.fromEntries(Object.entries(invoer.okidoc.velden).reverse());
    const anders: OsoDossierInvoer = {
      metadata: invoer.metadata,
      okidoc: { ...invoer.okidoc, velden: omgekeerd },
      ...Object.fromEntries(
        Object.entries(invoer)
          .filter(([k]) => k !== "okidoc" && k !== "metadata")
          .reverse(),
      ),
    } as OsoDossierInvoer;
    expect(dossierInhoudSleutel(anders)).toBe(dossierInhoudSleutel(invoer));
  });
});

describe("who can have an OSO dossier (OSO-04)", () => {
  const geplaatst = {
    heeftBasisschoolInElk: true,
    basisschoolParticulier: false,
    status: "geplaatst",
  } as const;

  it("OSO-04 a placed pupil of a primary school in ELK can", () => {
    expect(osoDossierReden(geplaatst)).toEqual({ mogelijk: true });
  });

  it("OSO-04 a buitenleerling cannot: the file comes from the school of origin", () => {
    expect(osoDossierReden({ ...geplaatst, heeftBasisschoolInElk: false })).toEqual({
      mogelijk: false,
      reden:
        "Buitenleerling: het onderwijskundig dossier komt niet via OSO; vraag het op bij de school van herkomst.",
    });
  });

  it("OSO-04 a pupil of a private primary school cannot", () => {
    expect(osoDossierReden({ ...geplaatst, basisschoolParticulier: true })).toEqual({
      mogelijk: false,
      reden: "Particuliere basisschool: mag volgens de wet geen gebruik maken van OSO.",
    });
  });

  it("OSO-04 a pupil not (yet) placed at the asking school cannot", () => {
    for (const status of ["aangemeld", "toegewezen", "uitgeloot", "niet-geplaatst", "ingetrokken"] as const) {
      expect(osoDossierReden({ ...geplaatst, status })).toEqual({
        mogelijk: false,
        reden: "Alleen voor geplaatste leerlingen kan een OSO-dossier worden klaargezet.",
      });
    }
  });
});
