import type { ApiError } from "../../../lib/api-client";

/**
 * A file as Excel saves it: UTF-8 (with or without BOM), or Windows-1252 from an older Dutch Excel.
 * Bytes that are no UTF-8 are read as Windows-1252, so "Chloë" does not arrive as "Chlo�".
 */
export async function leesCsvBestand(bestand: Blob): Promise<string> {
  const bytes = await bestand.arrayBuffer();
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

const RIJ = /^rij (\d+)/;

/**
 * PO-01: the messages of a refused import, one per wrong field, in the order of the rows. They
 * are keyed "rij 3.bsn" and already read "rij 3: …"; a message the general one repeats is left out.
 */
export function importMeldingen(fout: ApiError): string[] {
  const rijNummer = (sleutel: string) => Number(RIJ.exec(sleutel)?.[1] ?? 0);
  return Object.entries(fout.velden)
    .filter(([, bericht]) => !fout.message.includes(bericht))
    .sort(([a], [b]) => rijNummer(a) - rijNummer(b))
    .map(([, bericht]) => bericht);
}
