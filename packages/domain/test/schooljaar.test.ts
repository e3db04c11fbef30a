import { describe, expect, it } from "vitest";
import {
  isSchooljaar,
  kiesSchooljaar,
  OngeldigeInvoerFout,
  schooljaarVan,
  standaardSchooljaar,
} from "../src";
import { maakRegio } from "./factories";

describe("schooljaar", () => {
  it("HOME-04 a school year starts on 1 August", () => {
    expect(schooljaarVan(new Date("2026-07-31T12:00:00Z"))).toBe("2025-2026");
    expect(schooljaarVan(new Date("2026-08-01T12:00:00Z"))).toBe("2026-2027");
    expect(schooljaarVan(new Date("2027-03-10T12:00:00Z"))).toBe("2026-2027");
  });

  it("HOME-04 the default is the current year when the region keeps it, else the newest", () => {
    const regio = maakRegio({
      kalender: { ...maakRegio().kalender, schooljaren: ["2024-2025", "2025-2026"] },
    });
    expect(standaardSchooljaar(regio, new Date("2026-01-15T00:00:00Z"))).toBe("2025-2026");
    expect(standaardSchooljaar(regio, new Date("2030-01-15T00:00:00Z"))).toBe("2025-2026");
  });

  it("HOME-04 only a year the region keeps can be chosen, with a Dutch message otherwise", () => {
    const regio = maakRegio();
    expect(kiesSchooljaar(regio, "2026-2027")).toBe("2026-2027");
    expect(() => kiesSchooljaar(regio, "2019-2020")).toThrow(OngeldigeInvoerFout);
    expect(() => kiesSchooljaar(regio, "2026-2028")).toThrow(/bestaat niet/);
    expect(isSchooljaar("2026-2027")).toBe(true);
    expect(isSchooljaar("2026/2027")).toBe(false);
  });
});
