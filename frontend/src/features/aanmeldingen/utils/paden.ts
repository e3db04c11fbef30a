/** Leerlingen > Overzicht and Leerling aanmelden (the API's screens of the same names). */
export const OVERZICHT_PAD = "/leerlingen/overzicht";
export const AANMELDEN_PAD = "/leerlingen/aanmelden";
/** Buitenleerling aanmelden (REG-08, REG-09): a page of the screen Aanmelden, granted with it. */
export const BUITENLEERLING_PAD = "/leerlingen/buitenleerling";

/** The registration of the pupil "Controleren" found: its ELK-nummer in the query, so a reload returns to it. */
export function aanmeldenPad(elkNummer: string): string {
  return `${AANMELDEN_PAD}?${new URLSearchParams({ elkNummer })}`;
}
