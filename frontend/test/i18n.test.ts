import { describe, expect, it } from "vitest";
import { en } from "../src/i18n/en";
import { groepLabel, schermLabel } from "../src/i18n/menu-labels";
import { nl } from "../src/i18n/nl";
import { vertaal } from "../src/i18n/taal";
import { formatDatum } from "../src/lib/datum";
import { beginSchooljaar } from "../src/lib/schooljaar";

const placeholders = (tekst: string) => [...tekst.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe("UI texts", () => {
  it("every English text has the same placeholders as its Dutch original", () => {
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) {
      expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]));
    }
  });

  it("fills in placeholders and leaves unknown ones visible", () => {
    expect(vertaal("nl", "home.welkom", { productNaam: "ELK Amstelland" })).toBe("Welkom bij ELK Amstelland");
    expect(vertaal("en", "home.welkom", { productNaam: "ELK Amstelland" })).toBe("Welcome to ELK Amstelland");
    expect(vertaal("nl", "kop.meekijken", { naam: "Lotte" })).toContain("(ingelogd als {door})");
  });

  it("translates menu labels from the API for English and keeps unknown screens in Dutch", () => {
    expect(groepLabel({ id: "instellingen", label: "Instellingen" }, "en")).toBe("Settings");
    expect(groepLabel({ id: "leerlingen", label: "Leerlingen" }, "en")).toBe("Leerlingen");
    expect(groepLabel({ id: "instellingen", label: "Instellingen" }, "nl")).toBe("Instellingen");
    expect(schermLabel({ scherm: "instellingen.scholen", label: "Scholen" }, "en")).toBe("Schools");
    expect(schermLabel({ scherm: "iets.nieuws", label: "Iets nieuws" }, "en")).toBe("Iets nieuws");
  });

  it("HOME-01 formats publication dates in Dutch time", () => {
    expect(formatDatum("2026-11-23T23:30:00.000Z", "nl-NL")).toBe("24 november 2026");
    expect(formatDatum("2026-11-23T09:00:00.000Z", "en-GB")).toBe("23 November 2026");
    expect(formatDatum("geen datum", "nl-NL")).toBe("geen datum");
  });
});

describe("school year", () => {
  const jaren = ["2024-2025", "2025-2026", "2026-2027"];
  it("HOME-04 starts with the year chosen earlier in this session, else the default", () => {
    expect(beginSchooljaar(jaren, "2026-2027", "2025-2026")).toBe("2025-2026");
    expect(beginSchooljaar(jaren, "2026-2027", null)).toBe("2026-2027");
    expect(beginSchooljaar(jaren, "2026-2027", "1999-2000")).toBe("2026-2027");
  });
});
