import { describe, expect, it } from "vitest";
import { controleerOkidocVelden, OKIDOC_FORMULIER, OngeldigeInvoerFout } from "../src";

/**
 * Issue #10 / AVG: an onderwijskundig rapport holds what the next school needs for the pupil's
 * education, and nothing of the special categories of personal data (AVG art. 9) or of origin.
 * This allow-list is written out here on purpose: a new field on the oki-doc fails this test until
 * someone decides, here, that it may be there.
 */
const TOEGESTAAN: Record<string, readonly string[]> = {
  overstapadvies: [
    "onderbouwing",
    "wensOuders",
    "wensLeerling",
    "contactGewenst",
    "contactpersoon",
    "contactTelefoon",
    "contactEmail",
  ],
  schoolloopbaan: ["doublureOfVersnelling", "schoolloopbaan"],
  leerresultaten: [
    "niveauLezen",
    "niveauTaalverzorging",
    "niveauRekenen",
    "doorstroomtoets",
    "leerresultaten",
  ],
  ontwikkeling: ["werkhouding", "sociaalEmotioneel", "sterkePunten", "aandachtspunten"],
  // Support needs may name a diagnosis and medication where the support needs them (with the
  // parents' knowledge, section "ouders"): health data the school needs for the pupil's support.
  ondersteuning: [
    "extraOndersteuning",
    "onderwijsbehoeften",
    "diagnose",
    "medicijngebruik",
    "ontwikkelingsperspectief",
    "arrangement",
  ],
  verzuim: ["verzuimGeoorloofd", "verzuimOngeoorloofd", "leerplicht", "verzuimToelichting"],
  ouders: ["oudersIngezien", "zienswijzeOuders", "thuissituatie"],
  overig: ["opmerkingen"],
};

/** Words that would ask for what an oki-doc may not hold: religion, origin, nationality, birthplace… */
const VERBODEN =
  /relig|godsdienst|geloof|levensbeschouw|etnic|etnisch|afkomst|herkomst|ras\b|nationaliteit|geboorteplaats|geboorteland|land van herkomst|politiek|vakbond|seksue|strafrecht|biometrisch|bsn|burgerservice/i;

describe("the oki-doc holds only what the rules allow (issue #10, AVG)", () => {
  it("PRIV PO-01 the form's sections and fields are exactly the allow-list", () => {
    expect(Object.fromEntries(OKIDOC_FORMULIER.map((s) => [s.id, s.velden.map((v) => v.id)]))).toEqual(
      TOEGESTAAN,
    );
  });

  it("PRIV PO-01 no field, label, explanation or choice asks for religion, origin, nationality, birthplace or the BSN", () => {
    for (const sectie of OKIDOC_FORMULIER) {
      for (const tekst of [sectie.id, sectie.titel, sectie.uitleg ?? ""]) expect(tekst).not.toMatch(VERBODEN);
      for (const veld of sectie.velden) {
        const teksten = [veld.id, veld.label, veld.uitleg ?? "", ...(veld.keuzes ?? []).map((k) => k.label)];
        for (const tekst of teksten) expect(tekst, `${sectie.id}.${veld.id}`).not.toMatch(VERBODEN);
      }
    }
  });

  it("PRIV PO-01 a value for a field not on the form is refused, not stored", () => {
    expect(() => controleerOkidocVelden({ religie: "x" })).toThrow(OngeldigeInvoerFout);
    expect(() => controleerOkidocVelden({ nationaliteit: "x", opmerkingen: "ok" })).toThrow(
      "niet alle velden zijn goed ingevuld",
    );
  });
});
