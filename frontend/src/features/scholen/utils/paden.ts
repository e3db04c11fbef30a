/** Instellingen > Scholen; the school that is open lives in the query string, so reload and Back work. */
export const SCHOLEN_PAD = "/instellingen/scholen";

/** The school's own page: its data and afdelingen, optionally opened for editing. */
export function schoolPad(schoolId: string, bewerken = false): string {
  const zoek = new URLSearchParams({ school: schoolId });
  if (bewerken) zoek.set("bewerken", "1");
  return `${SCHOLEN_PAD}?${zoek}`;
}
