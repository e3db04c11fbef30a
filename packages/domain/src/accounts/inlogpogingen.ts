import { DomeinFout } from "../fouten/domein-fout";

/**
 * Issue #10 (OWASP ASVS V6, Kennisnet's Normenkader): failed sign-ins are counted per username in
 * windows of fifteen minutes; after ten in one window the username cannot sign in until the
 * window ends — the password is not even tried, so guessing stops being worth it. The same
 * answer whether the username exists or not. A successful sign-in clears the count.
 */
export const INLOGPOGINGEN = { maxPerVenster: 10, vensterMinuten: 15 } as const;

/** The window a moment falls in: its start, as an ISO string (one counter per window). */
export function inlogVenster(nu: Date): { start: string; eindeSeconden: number } {
  const lengte = INLOGPOGINGEN.vensterMinuten * 60_000;
  const start = Math.floor(nu.getTime() / lengte) * lengte;
  return { start: new Date(start).toISOString(), eindeSeconden: Math.floor((start + lengte) / 1000) };
}

/** The username as counted: case and surrounding spaces do not make another one. */
export function inlogSleutel(gebruikersnaam: string): string {
  return gebruikersnaam.trim().toLowerCase();
}

export function isGeblokkeerd(mislukt: number): boolean {
  return mislukt >= INLOGPOGINGEN.maxPerVenster;
}

export class TeVeelInlogpogingenFout extends DomeinFout {
  readonly soort = "te-veel-verzoeken";
  readonly code = "TE_VEEL_INLOGPOGINGEN";
  constructor() {
    super(
      `Te veel mislukte inlogpogingen met deze gebruikersnaam. Probeer het over ${INLOGPOGINGEN.vensterMinuten} minuten opnieuw, of gebruik Wachtwoord vergeten.`,
    );
  }
}
