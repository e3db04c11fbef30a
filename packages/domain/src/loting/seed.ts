import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import { hex, Sha256, Sha256MetPrefix, sha256Hex } from "./sha256";

/**
 * The seed of a draw (LOT-02, LOT-03). It is made from a cryptographic random source by the caller
 * (`nieuweSeed(crypto.getRandomValues(new Uint8Array(32)))`), its commitment — the SHA-256 — is
 * published before the registrations close, and the seed itself is revealed after the draw.
 * A seed consists of letters, digits, `.`, `_` and `-` only, so `seed:leerlingId` can be read
 * back unambiguously and anyone can recompute a lottery number with `sha256sum`.
 */
const SEED_PATROON = /^[A-Za-z0-9._-]{1,256}$/;

export function controleerSeedFormaat(seed: string): void {
  if (!SEED_PATROON.test(seed)) {
    throw new OngeldigeInvoerFout(
      "Een seed bestaat uit 1 tot 256 letters, cijfers, punten, liggende streepjes of koppeltekens.",
      { seed: "Ongeldige seed." },
    );
  }
}

/** A fresh seed from at least 16 random bytes (128 bits), as lowercase hex. */
export function nieuweSeed(willekeurigeBytes: Uint8Array): string {
  if (willekeurigeBytes.length < 16) {
    throw new OngeldigeInvoerFout("Een seed heeft minstens 16 willekeurige bytes nodig.");
  }
  return hex(willekeurigeBytes);
}

/** The published commitment to a seed: SHA-256 of its UTF-8 bytes, 64 hex digits (`printf %s SEED | sha256sum`). */
export function commitment(seed: string): string {
  controleerSeedFormaat(seed);
  return sha256Hex(seed);
}

/** Whether a revealed seed is the one committed to. */
export function controleerSeed(seed: string, gepubliceerdeCommitment: string): boolean {
  return SEED_PATROON.test(seed) && sha256Hex(seed) === gepubliceerdeCommitment.trim().toLowerCase();
}

const TWEE_TOT_52 = 2 ** 52;

/**
 * The lottery number of one pupil (or one meerling, keyed by its first member) in [0, 1):
 * the first 13 hex digits of SHA-256(`seed:sleutel`) divided by 16^13. It depends on the seed and
 * the key alone — not on the order of the input nor on who else takes part — so a number can be
 * recomputed by hand: `printf %s "$SEED:$ID" | sha256sum | cut -c1-13`, read as hex, / 16^13.
 */
export function lotingnummer(seed: string, sleutel: string): number {
  controleerSeedFormaat(seed);
  return new Sha256().update(`${seed}:${sleutel}`).digest52() / TWEE_TOT_52;
}

/** Lottery numbers of many pupils at once, by id; the seed's full blocks are hashed once. */
export function lotingnummers(seed: string, leerlingIds: Iterable<string>): Map<string, number> {
  controleerSeedFormaat(seed);
  const hasher = new Sha256MetPrefix(`${seed}:`);
  const uit = new Map<string, number>();
  for (const id of leerlingIds) uit.set(id, hasher.digest52(id) / TWEE_TOT_52);
  return uit;
}

/** The same numbers in the order of the ids, without a map: for a million pupils at once. */
export function lotingnummersOpVolgorde(seed: string, leerlingIds: readonly string[]): Float64Array {
  controleerSeedFormaat(seed);
  const hasher = new Sha256MetPrefix(`${seed}:`);
  const uit = new Float64Array(leerlingIds.length);
  for (let i = 0; i < leerlingIds.length; i++)
    uit[i] = hasher.digest52(leerlingIds[i] as string) / TWEE_TOT_52;
  return uit;
}

/** A source of numbers in [0, 1), for the generators of synthetic regions and benchmarks. */
export interface Random {
  /** The next number in [0, 1), 53 bits. */
  volgende(): number;
  /** A whole number in [0, n). */
  geheelGetal(n: number): number;
}

/**
 * A seeded pseudo-random stream (xoshiro128**, state from SHA-256 of the seed). Identical seeds
 * give identical streams. The lottery itself does not use a stream — `lotingnummer` derives each
 * pupil's number from the seed and the pupil's id, so the order of the input cannot matter.
 */
export function maakRandom(seed: string): Random {
  const d = new Sha256().update(seed).digest();
  const s = new Uint32Array(4);
  for (let i = 0; i < 4; i++) {
    s[i] =
      (((d[i * 4] ?? 0) << 24) |
        ((d[i * 4 + 1] ?? 0) << 16) |
        ((d[i * 4 + 2] ?? 0) << 8) |
        (d[i * 4 + 3] ?? 0)) >>>
      0;
  }
  if (s.every((x) => x === 0)) s[0] = 1;
  const volgende32 = (): number => {
    const s0 = s[0] ?? 0;
    const s1 = s[1] ?? 0;
    const x = Math.imul(s1, 5);
    const resultaat = Math.imul((x << 7) | (x >>> 25), 9) >>> 0;
    const t = s1 << 9;
    s[2] = (s[2] ?? 0) ^ s0;
    s[3] = (s[3] ?? 0) ^ s1;
    s[1] = s1 ^ (s[2] ?? 0);
    s[0] = s0 ^ (s[3] ?? 0);
    s[2] = (s[2] ?? 0) ^ t;
    const s3 = s[3] ?? 0;
    s[3] = (s3 << 11) | (s3 >>> 21);
    return resultaat;
  };
  // 27 + 26 bits make a double in [0, 1) with every 53-bit value equally likely.
  const volgende = (): number => ((volgende32() >>> 5) * 67108864 + (volgende32() >>> 6)) / 9007199254740992;
  return { volgende, geheelGetal: (n) => Math.floor(volgende() * n) };
}
