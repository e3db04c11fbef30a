import { describe, expect, it } from "vitest";
import { nieuwsConcept, nieuwsIntrekken, nieuwsPubliceren, nieuwsStatus, OngeldigeInvoerFout } from "../src";

const NU = "2026-12-01T09:00:00.000Z";
const LATER = "2026-12-02T09:00:00.000Z";

const concept = () =>
  nieuwsConcept(
    { titel: " Aanmeldweek ", tekst: "Van 8 tot 19 maart.", bron: "beheerorganisatie" },
    { id: "n1", nu: NU },
  );

describe("news of the region administrator (HOME-01)", () => {
  it("HOME-01 a new item is a concept, not on the home page", () => {
    const bericht = concept();
    expect(bericht).toEqual({
      id: "n1",
      titel: "Aanmeldweek",
      tekst: "Van 8 tot 19 maart.",
      bron: "beheerorganisatie",
      aangemaaktOp: NU,
    });
    expect(nieuwsStatus(bericht)).toBe("concept");
  });

  it("HOME-01 a title, a text and a source (beheerorganisatie or ELK) are required", () => {
    try {
      nieuwsConcept({ titel: "", tekst: " ", bron: "iemand" }, { id: "n2", nu: NU });
      expect.unreachable();
    } catch (fout) {
      expect(fout).toBeInstanceOf(OngeldigeInvoerFout);
      expect((fout as OngeldigeInvoerFout).velden).toEqual({
        titel: "Vul de titel in.",
        tekst: "Vul de tekst in.",
        bron: "Kies de afzender: beheerorganisatie of ELK.",
      });
    }
  });

  it("HOME-01 publishing, withdrawing and publishing again; repeating a step changes nothing", () => {
    const gepubliceerd = nieuwsPubliceren(concept(), NU);
    expect(gepubliceerd.gewijzigd).toBe(true);
    expect(nieuwsStatus(gepubliceerd.bericht)).toBe("gepubliceerd");
    expect(nieuwsPubliceren(gepubliceerd.bericht, LATER)).toEqual({
      bericht: gepubliceerd.bericht,
      gewijzigd: false,
    });

    const ingetrokken = nieuwsIntrekken(gepubliceerd.bericht, LATER);
    expect(ingetrokken.bericht.ingetrokkenOp).toBe(LATER);
    expect(nieuwsStatus(ingetrokken.bericht)).toBe("ingetrokken");
    expect(nieuwsIntrekken(ingetrokken.bericht, LATER).gewijzigd).toBe(false);

    const opnieuw = nieuwsPubliceren(ingetrokken.bericht, LATER).bericht;
    expect(nieuwsStatus(opnieuw)).toBe("gepubliceerd");
    expect(opnieuw.gepubliceerdOp).toBe(LATER);
    expect(opnieuw.ingetrokkenOp).toBeUndefined();
  });

  it("HOME-01 a concept cannot be withdrawn", () => {
    expect(() => nieuwsIntrekken(concept(), NU)).toThrow(
      "Dit bericht is nog niet gepubliceerd en kan dus niet worden ingetrokken.",
    );
  });
});
