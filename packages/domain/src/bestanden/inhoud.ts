import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/**
 * Issue #10 (uploads): a file is what its content says, not what its name or the browser claims.
 * Each accepted type has the bytes it starts with; a plain-text file holds no NUL bytes and no
 * bytes of an executable's header. A Word file renamed to .pdf, or a program renamed to .txt,
 * is refused.
 */
const HANDTEKENINGEN: Readonly<Record<string, readonly (readonly number[])[]>> = {
  "application/pdf": [[0x25, 0x50, 0x44, 0x46]], // %PDF
  "image/png": [[0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]],
  "image/jpeg": [[0xff, 0xd8, 0xff]],
  // docx, xlsx and odt are ZIP containers; doc and xls the older OLE compound files.
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": [[0x50, 0x4b, 0x03, 0x04]],
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": [[0x50, 0x4b, 0x03, 0x04]],
  "application/vnd.oasis.opendocument.text": [[0x50, 0x4b, 0x03, 0x04]],
  "application/msword": [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
  "application/vnd.ms-excel": [[0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]],
};

const begintMet = (inhoud: Uint8Array, bytes: readonly number[]) =>
  inhoud.length >= bytes.length && bytes.every((b, i) => inhoud[i] === b);

/** Does the content fit the type? Types without a known signature other than text: no. */
export function inhoudPastBijType(contentType: string, inhoud: Uint8Array): boolean {
  if (contentType === "text/plain") {
    const begin = inhoud.subarray(0, 4096);
    return (
      !begin.includes(0) && !begintMet(begin, [0x4d, 0x5a]) && !begintMet(begin, [0x7f, 0x45, 0x4c, 0x46])
    );
  }
  return (HANDTEKENINGEN[contentType] ?? []).some((h) => begintMet(inhoud, h));
}

/** Refuses, with a Dutch message on the field, a file whose content does not fit its type. */
export function vereisInhoudPastBijType(contentType: string, inhoud: Uint8Array, label: string): void {
  if (inhoudPastBijType(contentType, inhoud)) return;
  const melding = `De inhoud van het bestand is geen ${label}. Kies het bestand opnieuw, of sla het eerst op als ${label}.`;
  throw new OngeldigeInvoerFout(melding, { bestand: melding });
}
