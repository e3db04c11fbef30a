import { describe, expect, it } from "vitest";
import { inhoudPastBijType, OngeldigeInvoerFout, vereisInhoudPastBijType } from "../src";

const bytes = (...b: number[]) => new Uint8Array(b);
const tekst = (s: string) => new TextEncoder().encode(s);

describe("an upload is what its content says (issue #10)", () => {
  it("PO-01 REG-11 each type's leading bytes: a real PDF, PNG, JPG, docx and doc pass; the same bytes under another type do not", () => {
    expect(inhoudPastBijType("application/pdf", tekst("%PDF-1.7\n"))).toBe(true);
    expect(inhoudPastBijType("image/png", bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe(
      true,
    );
    expect(inhoudPastBijType("image/jpeg", bytes(0xff, 0xd8, 0xff, 0xe0))).toBe(true);
    const zip = bytes(0x50, 0x4b, 0x03, 0x04, 0x14);
    expect(
      inhoudPastBijType("application/vnd.openxmlformats-officedocument.wordprocessingml.document", zip),
    ).toBe(true);
    expect(
      inhoudPastBijType("application/msword", bytes(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1)),
    ).toBe(true);
    expect(inhoudPastBijType("application/pdf", zip)).toBe(false);
    expect(inhoudPastBijType("image/png", tekst("%PDF-1.7"))).toBe(false);
    expect(inhoudPastBijType("application/x-msdownload", tekst("MZ"))).toBe(false);
  });

  it("PO-01 text is text: no NUL bytes, no program header", () => {
    expect(inhoudPastBijType("text/plain", tekst("Verslag van de intern begeleider: Zoë leest graag."))).toBe(
      true,
    );
    expect(inhoudPastBijType("text/plain", tekst("MZ\u0090\u0000"))).toBe(false);
    expect(inhoudPastBijType("text/plain", bytes(0x7f, 0x45, 0x4c, 0x46, 2))).toBe(false);
    expect(inhoudPastBijType("text/plain", bytes(0x41, 0x00, 0x42))).toBe(false);
  });

  it("PO-01 a mismatch is a Dutch 400 on the file field", () => {
    expect(() => vereisInhoudPastBijType("application/pdf", tekst("MZ"), "PDF")).toThrow(OngeldigeInvoerFout);
    expect(() => vereisInhoudPastBijType("application/pdf", tekst("MZ"), "PDF")).toThrow(
      "De inhoud van het bestand is geen PDF.",
    );
  });
});
