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

/**
 * Issue #10: failures are counted per client address too, in the same windows, so one address
 * cannot try a password on many usernames (ten each). Fifty allows a school behind one NAT
 * address a bad morning; beyond it the address gets 429 until the window ends, for every username.
 */
export const INLOGPOGINGEN_PER_ADRES = { maxPerVenster: 50 } as const;

/** The address as counted (upper case: no lower-cased username can look like it): an IPv6 address by its /64 (one host holds a whole /64), IPv4 as is. */
export function adresSleutel(adres: string): string {
  const a = adres.trim().toLowerCase();
  if (!a.includes(":")) return `ADRES#${a}`;
  const v4 = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(a);
  if (v4) return `ADRES#${v4[1]}`;
  const [kop = "", staart = ""] = a.split("::");
  const kopDelen = kop ? kop.split(":") : [];
  const staartDelen = staart ? staart.split(":") : [];
  const delen = a.includes("::")
    ? [...kopDelen, ...Array(Math.max(0, 8 - kopDelen.length - staartDelen.length)).fill("0"), ...staartDelen]
    : a.split(":");
  return `ADRES#${delen
    .slice(0, 4)
    .map((d) => d.replace(/^0+(?=.)/, ""))
    .join(":")}::/64`;
}

export function isAdresGeblokkeerd(mislukt: number): boolean {
  return mislukt >= INLOGPOGINGEN_PER_ADRES.maxPerVenster;
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
