import { randomInt } from "node:crypto";
import { isGeldigBsn, isGeldigOnderwijsnummer } from "@elk/domain";

const uitgegeven = new Set<string>();

/**
 * A valid BSN, new in this test run: eight random digits and the check digit the elfproef asks
 * for (9·d1 + 8·d2 + … + 2·d8 − d9 divisible by 11); a draw whose check digit would be 10 is skipped.
 */
export function nieuwBsn(): string {
  for (;;) {
    const cijfers = Array.from({ length: 8 }, () => randomInt(10));
    const controle = cijfers.reduce((som, cijfer, i) => som + cijfer * (9 - i), 0) % 11;
    const bsn = [...cijfers, controle].join("");
    if (controle === 10 || bsn === "000000000" || uitgegeven.has(bsn)) continue;
    uitgegeven.add(bsn);
    return bsn;
  }
}

/** The same number with its check digit off by one: refused by the elfproef. */
export function ongeldigBsn(): string {
  for (;;) {
    const bsn = nieuwBsn();
    const fout = `${bsn.slice(0, 8)}${(Number(bsn[8]) + 1) % 10}`;
    if (!isGeldigBsn(fout) && !isGeldigOnderwijsnummer(fout)) return fout;
  }
}
