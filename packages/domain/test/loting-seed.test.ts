import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  commitment,
  controleerSeed,
  lotingnummer,
  lotingnummers,
  lotingnummersOpVolgorde,
  maakRandom,
  nieuweSeed,
  OngeldigeInvoerFout,
  sha256Hex,
} from "../src";

describe("SHA-256 (the seed commitment)", () => {
  it("LOT-02 gives the NIST FIPS 180-4 test vectors", () => {
    expect(sha256Hex("")).toBe("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    expect(sha256Hex("abc")).toBe("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    expect(sha256Hex("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")).toBe(
      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1",
    );
    expect(
      sha256Hex(
        "abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu",
      ),
    ).toBe("cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
    expect(sha256Hex("a".repeat(1_000_000))).toBe(
      "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0",
    );
  });

  it("LOT-02 hashes every length around the block boundaries and UTF-8 text", () => {
    // 55, 56 and 64 bytes take different padding paths; the digests are those of sha256sum.
    expect(sha256Hex("a".repeat(55))).toBe(
      "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318",
    );
    expect(sha256Hex("a".repeat(56))).toBe(
      "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a",
    );
    expect(sha256Hex("a".repeat(64))).toBe(
      "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb",
    );
    expect(sha256Hex("ë")).toBe("b19cfb01639de63ec3d32df67b70cb7a56316f9ef5186fd290293abbcf0b8867");
  });
});

describe("seed, commitment and lottery numbers", () => {
  const seed = "3f2a9c0b7d1e4f5a6b7c8d9e0f1a2b3c";

  it("LOT-02 commits to a seed by its SHA-256 and recognises only that seed when revealed", () => {
    const c = commitment(seed);
    expect(c).toBe(sha256Hex(seed));
    expect(controleerSeed(seed, c)).toBe(true);
    expect(controleerSeed(seed, c.toUpperCase())).toBe(true);
    expect(controleerSeed(`${seed}0`, c)).toBe(false);
    expect(controleerSeed("", c)).toBe(false);
  });

  it("LOT-02 makes a seed from at least 128 random bits and refuses seeds that cannot be read back", () => {
    expect(nieuweSeed(new Uint8Array(16).fill(255))).toBe("f".repeat(32));
    expect(() => nieuweSeed(new Uint8Array(8))).toThrow(OngeldigeInvoerFout);
    expect(() => commitment("met spatie")).toThrow(OngeldigeInvoerFout);
    expect(() => lotingnummer("a:b", "l1")).toThrow(OngeldigeInvoerFout);
  });

  it("LOT-02 derives a pupil's number as the first 13 hex digits of SHA-256(seed:id) / 16^13", () => {
    for (const id of ["l1", "leerling-123456", "Zoë", "x".repeat(100)]) {
      const verwacht = Number.parseInt(sha256Hex(`${seed}:${id}`).slice(0, 13), 16) / 16 ** 13;
      expect(lotingnummer(seed, id)).toBe(verwacht);
      expect(lotingnummers(seed, [id]).get(id)).toBe(verwacht);
      expect(lotingnummersOpVolgorde(seed, [id])[0]).toBe(verwacht);
    }
    // A long seed: its first block is hashed once, the rest per pupil.
    const lang = "s".repeat(200);
    expect(lotingnummersOpVolgorde(lang, ["a", "b"])[1]).toBe(lotingnummer(lang, "b"));
  });

  it("LOT-02 gives every pupil the same number whatever the order of the input or who else takes part", () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.string({ minLength: 1, maxLength: 12 }), { maxLength: 30 }),
        fc.nat(),
        (ids, k) => {
          const alle = lotingnummers(seed, ids);
          const omgekeerd = lotingnummers(seed, [...ids].reverse());
          const deel = ids.slice(0, k % (ids.length + 1));
          for (const id of ids) {
            expect(omgekeerd.get(id)).toBe(alle.get(id));
            const n = alle.get(id) as number;
            expect(n).toBeGreaterThanOrEqual(0);
            expect(n).toBeLessThan(1);
          }
          for (const id of deel) expect(lotingnummers(seed, deel).get(id)).toBe(alle.get(id));
        },
      ),
    );
  });

  it("LOT-02 draws different numbers for a different seed", () => {
    expect(lotingnummer(seed, "l1")).not.toBe(lotingnummer(`${seed}x`, "l1"));
  });
});

describe("maakRandom", () => {
  it("gives the same stream for the same seed, numbers in [0, 1), and another stream for another seed", () => {
    const a = maakRandom("s1");
    const b = maakRandom("s1");
    const c = maakRandom("s2");
    const xa = Array.from({ length: 1000 }, () => a.volgende());
    expect(Array.from({ length: 1000 }, () => b.volgende())).toEqual(xa);
    expect(Array.from({ length: 5 }, () => c.volgende())).not.toEqual(xa.slice(0, 5));
    for (const x of xa) {
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThan(1);
    }
    const gemiddelde = xa.reduce((s, x) => s + x, 0) / xa.length;
    expect(Math.abs(gemiddelde - 0.5)).toBeLessThan(0.05);
    const r = maakRandom("s3");
    for (let i = 0; i < 100; i++) expect(r.geheelGetal(7)).toBeLessThan(7);
  });
});
