import { describe, expect, it } from "vitest";
import {
  controleerEigenMfa,
  controleerUitzetten,
  HERSTELCODES,
  leesTweedeFactor,
  MfaMeekijkenFout,
  MfaNietMogelijkFout,
  MfaVerplichtFout,
  maakHerstelcodes,
  normaliseerHerstelcode,
} from "../src";

/** Issue #10: the own second factor's rules and the recovery codes, pure (randomness passed in). */
describe("recovery codes and the own second factor (#10)", () => {
  const bytes = (f: (i: number) => number) =>
    Uint8Array.from({ length: HERSTELCODES.aantal * HERSTELCODES.tekens }, (_, i) => f(i));

  it("#10 ten codes of ten unambiguous characters, shown as ABCDE-FGHJK, decided by the bytes given", () => {
    const codes = maakHerstelcodes(bytes((i) => (i * 37 + 11) % 256));
    expect(codes).toHaveLength(10);
    for (const c of codes) expect(c).toMatch(/^[2-9A-HJ-NP-Z]{5}-[2-9A-HJ-NP-Z]{5}$/);
    expect(maakHerstelcodes(bytes((i) => (i * 37 + 11) % 256))).toEqual(codes);
    // Byte value b and b + 32 give the same character: 256 / 32, so every character is equally likely.
    expect(maakHerstelcodes(bytes(() => 0))[0]).toBe("22222-22222");
    expect(maakHerstelcodes(bytes(() => 32))[0]).toBe("22222-22222");
    expect(maakHerstelcodes(bytes(() => 31))[0]).toBe("ZZZZZ-ZZZZZ");
    expect(() => maakHerstelcodes(new Uint8Array(99))).toThrow();
  });

  it("#10 a code field holds the app's six digits or a recovery code, typed in any case with a space or dash", () => {
    expect(leesTweedeFactor("123 456")).toEqual({ soort: "totp", code: "123456" });
    expect(leesTweedeFactor(" abcde-fghjk ")).toEqual({ soort: "herstelcode", code: "ABCDEFGHJK" });
    expect(normaliseerHerstelcode("ABCDE FGHJK")).toBe("ABCDEFGHJK");
    // 0, O, 1 and I are never in a code; too short or too long is neither.
    expect(leesTweedeFactor("ABCDE-FGHJ0")).toBeUndefined();
    expect(leesTweedeFactor("ABCDE-FGHJI")).toBeUndefined();
    expect(leesTweedeFactor("12345")).toBeUndefined();
    expect(leesTweedeFactor("ABCDE-FGHJKL")).toBeUndefined();
  });

  it("#10 ACC-07 ACC-08 only the account itself, and only staff; off only where the role does not require it", () => {
    const aanmelder = { rollen: ["aanmelden"] as const, organisatieType: "vo" as const };
    const cp = { rollen: ["contactpersoon-elk"] as const, organisatieType: "bestuur" as const };
    expect(() => controleerEigenMfa(aanmelder)).not.toThrow();
    expect(() => controleerUitzetten(aanmelder)).not.toThrow();
    expect(() => controleerEigenMfa(cp)).not.toThrow();
    expect(() => controleerUitzetten(cp)).toThrow(MfaVerplichtFout);
    expect(() => controleerEigenMfa({ ...aanmelder, meekijkendDoor: { naam: "Sanne" } })).toThrow(
      MfaMeekijkenFout,
    );
    expect(() => controleerUitzetten({ ...aanmelder, meekijkendDoor: { naam: "Sanne" } })).toThrow(
      MfaMeekijkenFout,
    );
    expect(() => controleerEigenMfa({ rollen: ["ouder"], organisatieType: "ouder" })).toThrow(
      MfaNietMogelijkFout,
    );
  });
});
