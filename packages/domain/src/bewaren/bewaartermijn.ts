import { isSchooljaar, type Schooljaar, schooljaarVan } from "../schooljaar/schooljaar";

/**
 * Issue #10 (AVG, data minimisation): a school year's personal data — pupils, registrations,
 * oki-docs and their bijlagen, documents, notes, OSO dossiers, SWV requests, lotteries — are
 * kept for the region's configured period after the school year ends (`bewaartermijnMaanden`,
 * RegionConfig), then removed. A school year ends on 31 July: the next one starts on 1 August.
 */

/** The moment a school year is over: 1 August of its second calendar year (00:00 UTC). */
export function schooljaarEinde(schooljaar: Schooljaar): Date {
  const eindjaar = Number(schooljaar.slice(5, 9));
  return new Date(Date.UTC(eindjaar, 7, 1));
}

/** The moment the school year's personal data must be gone: its end plus the retention period. */
export function bewaartermijnEinde(schooljaar: Schooljaar, bewaartermijnMaanden: number): Date {
  vereisBewaartermijn(bewaartermijnMaanden);
  const einde = schooljaarEinde(schooljaar);
  return new Date(Date.UTC(einde.getUTCFullYear(), einde.getUTCMonth() + bewaartermijnMaanden, 1));
}

/**
 * Until when a record made at this moment is kept: the end of the retention of the school year
 * the moment falls in (issue #10: the region-wide audit trail goes with the data it is about).
 */
export function bewaartermijnEindeVoorMoment(moment: Date, bewaartermijnMaanden: number): Date {
  return bewaartermijnEinde(schooljaarVan(moment), bewaartermijnMaanden);
}

/** Is the school year past its retention on this date? */
export function isVoorbijBewaartermijn(schooljaar: string, nu: Date, bewaartermijnMaanden: number): boolean {
  if (!isSchooljaar(schooljaar)) return false;
  return nu.getTime() >= bewaartermijnEinde(schooljaar, bewaartermijnMaanden).getTime();
}

/**
 * The newest school year past retention on this date: every school year up to and including it
 * (school years compare as text: "2019-2020" < "2020-2021") is removed.
 */
export function laatsteVerlopenSchooljaar(nu: Date, bewaartermijnMaanden: number): Schooljaar {
  vereisBewaartermijn(bewaartermijnMaanden);
  // The school year that ended most recently, then back until its retention has passed.
  let start = nu.getUTCMonth() >= 7 ? nu.getUTCFullYear() - 1 : nu.getUTCFullYear() - 2;
  while (!isVoorbijBewaartermijn(`${start}-${start + 1}`, nu, bewaartermijnMaanden)) start--;
  return `${start}-${start + 1}` as Schooljaar;
}

/** Of these school years, the ones past retention on this date, oldest first. */
export function schooljarenVoorbijBewaartermijn(
  schooljaren: Iterable<string>,
  nu: Date,
  bewaartermijnMaanden: number,
): Schooljaar[] {
  return [...new Set(schooljaren)]
    .filter((j): j is Schooljaar => isVoorbijBewaartermijn(j, nu, bewaartermijnMaanden))
    .sort();
}

/**
 * A retention period the region may configure: at least one full year after the school year ends
 * (the transfer, OSO and objections run into the next school year), at most ten years.
 */
export function vereisBewaartermijn(bewaartermijnMaanden: number): void {
  if (!Number.isInteger(bewaartermijnMaanden) || bewaartermijnMaanden < 12 || bewaartermijnMaanden > 120) {
    throw new Error(
      `bewaartermijnMaanden must be a whole number from 12 to 120, not ${bewaartermijnMaanden}`,
    );
  }
}
