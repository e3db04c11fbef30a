/**
 * OSO carries each attachment as "Bijlagedocument als Base64 gecodeerd ZIP-bestand" (XSD, element
 * bestandsinhoud): a ZIP archive holding the one file, in base64. Here the archive is written
 * without compression ("stored", method 0): every unzip reads it, the PDFs, images and Office
 * files ELK carries are compressed already. The archive is fflate's (a pure-JS ZIP writer); base64
 * is written out here, so the domain stays free of Node's Buffer.
 */
import { zipSync } from "fflate";

const TEKENS = new TextEncoder().encode("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/");
const GELIJK = 61; // "="

/** The value of each base64 character by its code; -1 for any other character. */
const WAARDE = (() => {
  const waarde = new Int16Array(256).fill(-1);
  TEKENS.forEach((teken, i) => {
    waarde[teken] = i;
  });
  return waarde;
})();

// The loops below read typed arrays within their bounds; `as number` says so to the compiler
// (noUncheckedIndexedAccess) without a check per byte — attachments run to megabytes.

export function naarBase64(bytes: Uint8Array): string {
  const uit = new Uint8Array(Math.ceil(bytes.length / 3) * 4);
  const heel = bytes.length - (bytes.length % 3);
  let j = 0;
  for (let i = 0; i < heel; i += 3) {
    const n = ((bytes[i] as number) << 16) | ((bytes[i + 1] as number) << 8) | (bytes[i + 2] as number);
    uit[j++] = TEKENS[n >>> 18] as number;
    uit[j++] = TEKENS[(n >>> 12) & 63] as number;
    uit[j++] = TEKENS[(n >>> 6) & 63] as number;
    uit[j++] = TEKENS[n & 63] as number;
  }
  if (heel < bytes.length) {
    const tweede = heel + 1 < bytes.length;
    const n = ((bytes[heel] as number) << 16) | (tweede ? (bytes[heel + 1] as number) << 8 : 0);
    uit[j++] = TEKENS[n >>> 18] as number;
    uit[j++] = TEKENS[(n >>> 12) & 63] as number;
    uit[j++] = tweede ? (TEKENS[(n >>> 6) & 63] as number) : GELIJK;
    uit[j++] = GELIJK;
  }
  // Base64 is ASCII, so decoding its bytes as UTF-8 gives the characters one for one.
  return new TextDecoder().decode(uit);
}

/** The bytes of standard base64 (white space ignored); undefined when the text is no base64. */
export function vanBase64(tekst: string): Uint8Array | undefined {
  const schoon = /\s/.test(tekst) ? tekst.replace(/\s+/g, "") : tekst;
  if (schoon.length % 4 !== 0) return undefined;
  const opvulling = schoon.endsWith("==") ? 2 : schoon.endsWith("=") ? 1 : 0;
  const bytes = new Uint8Array((schoon.length / 4) * 3 - opvulling);
  const tekens = schoon.length - opvulling;
  let j = 0;
  let n = 0;
  for (let i = 0; i < tekens; i++) {
    const code = schoon.charCodeAt(i);
    const waarde = code < 256 ? (WAARDE[code] as number) : -1;
    if (waarde < 0) return undefined;
    n = (n << 6) | waarde;
    if (i % 4 === 3) {
      bytes[j++] = n >>> 16;
      bytes[j++] = (n >>> 8) & 0xff;
      bytes[j++] = n & 0xff;
      n = 0;
    }
  }
  // The last group, short of its padding.
  if (opvulling === 2) bytes[j] = n >>> 4;
  if (opvulling === 1) {
    bytes[j++] = n >>> 10;
    bytes[j] = (n >>> 2) & 0xff;
  }
  return bytes;
}

/**
 * A ZIP archive with one stored file (fflate, level 0). The file's time is the given date at
 * midnight, so the same input gives the same bytes.
 */
export function zipMetEenBestand(naam: string, inhoud: Uint8Array, datum: string): Uint8Array {
  const [jaar = 1980, maand = 1, dag = 1] = datum.split("-").map(Number);
  const mtime = new Date(Math.min(Math.max(jaar, 1980), 2107), maand - 1, dag);
  return zipSync({ [naam]: [inhoud, { level: 0, mtime }] });
}
