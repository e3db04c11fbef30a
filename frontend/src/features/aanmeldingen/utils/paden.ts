/** Leerlingen > Overzicht and Leerlingen > Aanmelden (the API's screens of the same names). */
export const OVERZICHT_PAD = "/leerlingen/overzicht";
export const AANMELDEN_PAD = "/leerlingen/aanmelden";

/** The registration of the pupil "Controleren" found: its ELK-nummer in the query, so a reload returns to it. */
export function aanmeldenPad(elkNummer: string): string {
  return `${AANMELDEN_PAD}?${new URLSearchParams({ elkNummer })}`;
}
