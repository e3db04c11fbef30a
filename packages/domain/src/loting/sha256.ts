/**
 * SHA-256 (FIPS 180-4) in plain TypeScript, so the domain stays free of `node:crypto` and of a
 * dependency for one well-specified function. The tests check it against the NIST vectors; the
 * command line (`scripts/loting-controle.ts`) checks it against `node:crypto` as well.
 *
 * `Sha256` is incremental; `Sha256MetPrefix` hashes many messages with one prefix, compressing the
 * prefix's full blocks once, which is what `lotingnummers` needs for a million pupils.
 */

const K = new Uint32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98,
  0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786,
  0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8,
  0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13,
  0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819,
  0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a,
  0x5b9cca4f, 0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7,
  0xc67178f2,
]);

const BEGIN = [
  0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
];

/** One scratch schedule for every hasher: the domain is single-threaded and compress() never re-enters. */
const W = new Uint32Array(64);

const encoder = new TextEncoder();

export class Sha256 {
  private readonly h = new Uint32Array(BEGIN);
  private readonly blok = new Uint8Array(64);
  private gevuld = 0;
  private lengte = 0;

  update(data: Uint8Array | string): this {
    const bytes = typeof data === "string" ? encoder.encode(data) : data;
    this.lengte += bytes.length;
    let i = 0;
    while (i < bytes.length) {
      const n = Math.min(64 - this.gevuld, bytes.length - i);
      this.blok.set(bytes.subarray(i, i + n), this.gevuld);
      this.gevuld += n;
      i += n;
      if (this.gevuld === 64) {
        comprimeer(this.h, this.blok);
        this.gevuld = 0;
      }
    }
    return this;
  }

  /** The digest; the hasher is spent afterwards. */
  digest(): Uint8Array {
    const bits = this.lengte * 8;
    this.blok[this.gevuld++] = 0x80;
    if (this.gevuld > 56) {
      this.blok.fill(0, this.gevuld);
      comprimeer(this.h, this.blok);
      this.gevuld = 0;
    }
    this.blok.fill(0, this.gevuld);
    // The bit length as a 64-bit big-endian number; messages stay far below 2^53 bits.
    const hoog = Math.floor(bits / 0x100000000);
    schrijfUint32(this.blok, 56, hoog);
    schrijfUint32(this.blok, 60, bits >>> 0);
    comprimeer(this.h, this.blok);
    const uit = new Uint8Array(32);
    for (let i = 0; i < 8; i++) schrijfUint32(uit, i * 4, this.h[i] ?? 0);
    return uit;
  }

  /** The first 32 bits of the digest as an unsigned number, and the next 20 bits: 52 bits in all. */
  digest52(): number {
    const d = this.digest();
    const hoog = ((d[0] ?? 0) << 24) | ((d[1] ?? 0) << 16) | ((d[2] ?? 0) << 8) | (d[3] ?? 0);
    const laag = ((d[4] ?? 0) << 12) | ((d[5] ?? 0) << 4) | ((d[6] ?? 0) >>> 4);
    return (hoog >>> 0) * 0x100000 + laag;
  }
}

/**
 * Many digests that share a prefix, cheaply: the prefix's full blocks are compressed once, and
 * per message only the rest of the prefix, the suffix and the padding. For `lotingnummers`.
 */
export class Sha256MetPrefix {
  private readonly midstate = new Uint32Array(8);
  private readonly h = new Uint32Array(8);
  private readonly verwerkt: number;
  private readonly restLengte: number;
  private staart = new Uint8Array(128);

  constructor(prefix: string) {
    const bytes = encoder.encode(prefix);
    this.midstate.set(BEGIN);
    const volle = bytes.length - (bytes.length % 64);
    for (let o = 0; o < volle; o += 64) comprimeer(this.midstate, bytes, o);
    this.verwerkt = volle;
    this.restLengte = bytes.length - volle;
    this.staart.set(bytes.subarray(volle));
  }

  /** The first 52 bits of SHA-256(prefix + suffix), as `Sha256.digest52`. */
  digest52(suffix: string): number {
    // ASCII ids (the usual case) are copied byte by byte; anything else goes through the encoder.
    let lengte = this.restLengte;
    if (this.staart.length < lengte + suffix.length * 3 + 72) this.vergroot(lengte + suffix.length * 3 + 72);
    let ascii = true;
    for (let k = 0; k < suffix.length; k++) {
      const c = suffix.charCodeAt(k);
      if (c >= 0x80) {
        ascii = false;
        break;
      }
      this.staart[lengte + k] = c;
    }
    if (ascii) lengte += suffix.length;
    else lengte += encoder.encodeInto(suffix, this.staart.subarray(lengte)).written;

    const bits = (this.verwerkt + lengte) * 8;
    this.staart[lengte] = 0x80;
    const blokken = lengte + 9 <= 64 ? 1 : Math.ceil((lengte + 9) / 64);
    this.staart.fill(0, lengte + 1, blokken * 64);
    schrijfUint32(this.staart, blokken * 64 - 8, Math.floor(bits / 0x100000000));
    schrijfUint32(this.staart, blokken * 64 - 4, bits >>> 0);
    this.h.set(this.midstate);
    for (let b = 0; b < blokken; b++) comprimeer(this.h, this.staart, b * 64);
    return (this.h[0] as number) * 0x100000 + ((this.h[1] as number) >>> 12);
  }

  private vergroot(minimaal: number): void {
    const groter = new Uint8Array(Math.max(minimaal, this.staart.length * 2));
    groter.set(this.staart.subarray(0, this.restLengte));
    this.staart = groter;
  }
}

function schrijfUint32(doel: Uint8Array, op: number, waarde: number): void {
  doel[op] = waarde >>> 24;
  doel[op + 1] = (waarde >>> 16) & 0xff;
  doel[op + 2] = (waarde >>> 8) & 0xff;
  doel[op + 3] = waarde & 0xff;
}

// Reads of the fixed-size typed arrays below are in bounds; `as number` tells the compiler so
// (noUncheckedIndexedAccess) without a check in the inner loop.
function comprimeer(h: Uint32Array, blok: Uint8Array, o = 0): void {
  for (let t = 0; t < 16; t++) {
    const b = o + t * 4;
    W[t] =
      ((blok[b] as number) << 24) |
      ((blok[b + 1] as number) << 16) |
      ((blok[b + 2] as number) << 8) |
      (blok[b + 3] as number);
  }
  for (let t = 16; t < 64; t++) {
    const w15 = W[t - 15] as number;
    const w2 = W[t - 2] as number;
    const s0 = ((w15 >>> 7) | (w15 << 25)) ^ ((w15 >>> 18) | (w15 << 14)) ^ (w15 >>> 3);
    const s1 = ((w2 >>> 17) | (w2 << 15)) ^ ((w2 >>> 19) | (w2 << 13)) ^ (w2 >>> 10);
    W[t] = ((W[t - 16] as number) + s0 + (W[t - 7] as number) + s1) | 0;
  }
  let a = h[0] as number;
  let b = h[1] as number;
  let c = h[2] as number;
  let d = h[3] as number;
  let e = h[4] as number;
  let f = h[5] as number;
  let g = h[6] as number;
  let hh = h[7] as number;
  for (let t = 0; t < 64; t++) {
    const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
    const ch = (e & f) ^ (~e & g);
    const t1 = (hh + S1 + ch + (K[t] as number) + (W[t] as number)) | 0;
    const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
    const maj = (a & b) ^ (a & c) ^ (b & c);
    const t2 = (S0 + maj) | 0;
    hh = g;
    g = f;
    f = e;
    e = (d + t1) | 0;
    d = c;
    c = b;
    b = a;
    a = (t1 + t2) | 0;
  }
  h[0] = (h[0] as number) + a;
  h[1] = (h[1] as number) + b;
  h[2] = (h[2] as number) + c;
  h[3] = (h[3] as number) + d;
  h[4] = (h[4] as number) + e;
  h[5] = (h[5] as number) + f;
  h[6] = (h[6] as number) + g;
  h[7] = (h[7] as number) + hh;
}

export function hex(bytes: Uint8Array): string {
  let s = "";
  for (const b of bytes) s += b.toString(16).padStart(2, "0");
  return s;
}

/** SHA-256 of the UTF-8 bytes of a text (or of raw bytes), as 64 lowercase hex digits. */
export function sha256Hex(data: string | Uint8Array): string {
  return hex(new Sha256().update(data).digest());
}
