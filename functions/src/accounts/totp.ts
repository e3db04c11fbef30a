import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import { TOTP, toegestaneStappen } from "@elk/domain";

/**
 * RFC 6238 TOTP (HMAC-SHA-1, 6 digits, 30-second steps) and RFC 4648 base32 with Node's crypto
 * alone: thirty lines, checked against the RFC's own test vectors (functions/test/totp.test.ts),
 * so no dependency is needed. Which steps are accepted is the domain's rule (`toegestaneStappen`).
 */
const ALFABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

export function base32(bytes: Buffer): string {
  let bits = 0;
  let waarde = 0;
  let uit = "";
  for (const byte of bytes) {
    waarde = (waarde << 8) | byte;
    bits += 8;
    while (bits >= 5) {
      uit += ALFABET[(waarde >>> (bits - 5)) & 31];
      bits -= 5;
    }
  }
  if (bits > 0) uit += ALFABET[(waarde << (5 - bits)) & 31];
  return uit;
}

export function uitBase32(tekst: string): Buffer {
  const schoon = tekst.replace(/[\s=-]/g, "").toUpperCase();
  let bits = 0;
  let waarde = 0;
  const uit: number[] = [];
  for (const teken of schoon) {
    const i = ALFABET.indexOf(teken);
    if (i < 0) throw new Error("not a base32 secret");
    waarde = (waarde << 5) | i;
    bits += 5;
    if (bits >= 8) {
      uit.push((waarde >>> (bits - 8)) & 255);
      bits -= 8;
    }
  }
  return Buffer.from(uit);
}

/** The code of one time step (RFC 4226 HOTP with the step as counter). */
export function totpCode(geheim: Buffer, stap: number, cijfers: number = TOTP.cijfers): string {
  const teller = Buffer.alloc(8);
  teller.writeBigUInt64BE(BigInt(stap));
  const hmac = createHmac("sha1", geheim).update(teller).digest();
  const offset = (hmac[hmac.length - 1] ?? 0) & 0x0f;
  const getal = (hmac.readUInt32BE(offset) & 0x7fffffff) % 10 ** cijfers;
  return getal.toString().padStart(cijfers, "0");
}

/** The step whose code this is, among the steps accepted now; undefined if none. */
export function stapVanCode(geheimBase32: string, code: string, nu: Date): number | undefined {
  const geheim = uitBase32(geheimBase32);
  let gevonden: number | undefined;
  for (const stap of toegestaneStappen(nu)) {
    const verwacht = Buffer.from(totpCode(geheim, stap));
    const gegeven = Buffer.from(code.padEnd(verwacht.length).slice(0, verwacht.length));
    // Compare every step in constant time; remember the first match.
    if (timingSafeEqual(verwacht, gegeven) && gevonden === undefined) gevonden = stap;
  }
  return gevonden;
}

/** A new secret: 160 random bits (RFC 4226's recommended length), base32 as apps expect. */
export function nieuwTotpGeheim(): string {
  return base32(randomBytes(20));
}

/** What an authenticator app reads (as a QR code or typed): otpauth://totp/Issuer:account?… */
export function otpauthUri(uitgever: string, account: string, geheimBase32: string): string {
  const label = encodeURIComponent(`${uitgever}:${account}`);
  const params = new URLSearchParams({
    secret: geheimBase32,
    issuer: uitgever,
    algorithm: "SHA1",
    digits: String(TOTP.cijfers),
    period: String(TOTP.stapSeconden),
  });
  return `otpauth://totp/${label}?${params.toString()}`;
}
