import { isGeldigBsn, isGeldigOnderwijsnummer } from "@elk/domain";

/**
 * Issue #10 / AVG: no BSN (or onderwijsnummer) in any log line. Finds every run of exactly nine
 * digits — not part of a longer number or of a word such as a UUID — that passes the elfproef,
 * and returns the lines holding one, the number masked. The test stack writes every function log
 * line to a file (ELK_LOG_FILE) and scans it when the run ends (test/global-setup.ts).
 */
export function bsnsInLog(tekst: string): string[] {
  const gevonden: string[] = [];
  for (const regel of tekst.split("\n")) {
    for (const m of regel.matchAll(/(?<![0-9A-Za-z])\d{9}(?![0-9A-Za-z])/g)) {
      if (isGeldigBsn(m[0]) || isGeldigOnderwijsnummer(m[0])) {
        gevonden.push(regel.replaceAll(m[0], `•••••${m[0].slice(-4)}`).slice(0, 300));
        break;
      }
    }
  }
  return gevonden;
}
