import { describe, expect, it } from "vitest";
import {
  bewaartermijnEinde,
  isVoorbijBewaartermijn,
  laatsteVerlopenSchooljaar,
  schooljaarEinde,
  schooljarenVoorbijBewaartermijn,
  vereisBewaartermijn,
} from "../src";

const op = (iso: string) => new Date(iso);

describe("a school year's personal data are kept for the configured period, then removed (issue #10, PRIV)", () => {
  it("#10 PRIV a school year ends on 1 August; its retention that many months later", () => {
    expect(schooljaarEinde("2019-2020").toISOString()).toBe("2020-08-01T00:00:00.000Z");
    expect(bewaartermijnEinde("2019-2020", 24).toISOString()).toBe("2022-08-01T00:00:00.000Z");
    expect(bewaartermijnEinde("2024-2025", 18).toISOString()).toBe("2027-02-01T00:00:00.000Z");
  });

  it("#10 PRIV past retention from that moment on, not a day before", () => {
    expect(isVoorbijBewaartermijn("2019-2020", op("2022-07-31T23:59:59Z"), 24)).toBe(false);
    expect(isVoorbijBewaartermijn("2019-2020", op("2022-08-01T00:00:00Z"), 24)).toBe(true);
    expect(isVoorbijBewaartermijn("2026-2027", op("2026-12-01T06:00:00Z"), 24)).toBe(false);
    // Not a school year: never removed by mistake.
    expect(isVoorbijBewaartermijn("2019", op("2030-01-01T00:00:00Z"), 24)).toBe(false);
    expect(isVoorbijBewaartermijn("2019-2021", op("2030-01-01T00:00:00Z"), 24)).toBe(false);
  });

  it("#10 PRIV on 1 December 2026 with two years: 2023-2024 and older are past, 2024-2025 and newer are kept", () => {
    const nu = op("2026-12-01T06:00:00Z");
    expect(laatsteVerlopenSchooljaar(nu, 24)).toBe("2023-2024");
    expect(
      schooljarenVoorbijBewaartermijn(
        ["2026-2027", "2019-2020", "2024-2025", "2023-2024", "2025-2026", "2019-2020"],
        nu,
        24,
      ),
    ).toEqual(["2019-2020", "2023-2024"]);
    // Every school year up to the newest past one compares as text.
    expect("2019-2020" <= laatsteVerlopenSchooljaar(nu, 24)).toBe(true);
    expect("2024-2025" <= laatsteVerlopenSchooljaar(nu, 24)).toBe(false);
    // Written out for every month of a year: the answer moves on 1 August only.
    for (let maand = 0; maand < 12; maand++) {
      const datum = new Date(Date.UTC(2027, maand, 15));
      expect(laatsteVerlopenSchooljaar(datum, 24), datum.toISOString()).toBe(
        maand >= 7 ? "2024-2025" : "2023-2024",
      );
    }
  });

  it("#10 a region configures 12 to 120 whole months; anything else stops the job", () => {
    expect(() => vereisBewaartermijn(24)).not.toThrow();
    for (const fout of [0, 11, 121, 18.5, Number.NaN]) expect(() => vereisBewaartermijn(fout)).toThrow();
  });
});
