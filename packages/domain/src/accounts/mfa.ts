import { DomeinFout } from "../fouten/domein-fout";
import type { Gebruiker } from "../organisatie/gebruiker";
import type { Rol } from "../organisatie/rollen";

/**
 * Issue #10 (OWASP ASVS V6.4/V6.5 level 2): a second factor for staff, a time-based one-time
 * password (TOTP, RFC 6238: 6 digits, 30-second steps, HMAC-SHA-1 — what every authenticator app
 * speaks). Required for the roles that reach a whole bestuur or region; optional for other staff;
 * parents do not use it. Computing the code is crypto (functions/src/accounts/totp.ts); which
 * steps count, who must and who may, is decided here.
 */
export const TOTP = { cijfers: 6, stapSeconden: 30, venster: 1 } as const;

/** The roles that may not sign in without a second factor. */
export const MFA_VERPLICHTE_ROLLEN: readonly Rol[] = ["contactpersoon-elk", "regiobeheerder"];

/** How long the step between password and code may take, and how many codes it may try. */
export const MFA_SESSIE = { minuten: 5, maxPogingen: 5 } as const;

type Wie = Pick<Gebruiker, "rollen" | "organisatieType">;

/** Must this account give a code before it gets tokens (and set one up first if it has none)? */
export function mfaVerplicht(gebruiker: Wie): boolean {
  return (
    gebruiker.organisatieType !== "ouder" && gebruiker.rollen.some((r) => MFA_VERPLICHTE_ROLLEN.includes(r))
  );
}

/** May this account set up a second factor? Staff may; parents sign in with a password only. */
export function mfaMogelijk(gebruiker: Wie): boolean {
  return gebruiker.organisatieType !== "ouder";
}

/** The TOTP time step a moment falls in (RFC 6238 T = floor(unix time / 30)). */
export function totpStap(nu: Date): number {
  return Math.floor(nu.getTime() / 1000 / TOTP.stapSeconden);
}

/**
 * The steps whose code is accepted now: this one first, then one back and one ahead (a phone's
 * clock a little off, a code typed as it turned). RFC 6238 §5.2 allows one step either way.
 */
export function toegestaneStappen(nu: Date): number[] {
  const stap = totpStap(nu);
  const stappen = [stap];
  for (let d = 1; d <= TOTP.venster; d++) stappen.push(stap - d, stap + d);
  return stappen;
}

/** A code as typed: spaces and a dash in the middle are allowed, six digits must remain. */
export function normaliseerCode(code: string): string | undefined {
  const cijfers = code.replace(/[\s-]/g, "");
  return new RegExp(`^\\d{${TOTP.cijfers}}$`).test(cijfers) ? cijfers : undefined;
}

export class MfaCodeOnjuistFout extends DomeinFout {
  readonly soort = "niet-ingelogd";
  readonly code = "MFA_CODE_ONJUIST";
  constructor() {
    super("De code is onjuist of verlopen. Vul de code in die uw authenticator-app nu toont.");
  }
}

/** RFC 6238 §5.2: a code that signed someone in is not accepted a second time. */
export class MfaCodeAlGebruiktFout extends DomeinFout {
  readonly soort = "niet-ingelogd";
  readonly code = "MFA_CODE_AL_GEBRUIKT";
  constructor() {
    super("Deze code is al gebruikt. Wacht tot uw authenticator-app een nieuwe code toont en vul die in.");
  }
}

export class MfaSessieVerlopenFout extends DomeinFout {
  readonly soort = "niet-ingelogd";
  readonly code = "MFA_SESSIE_VERLOPEN";
  constructor() {
    super("De inlogstap is verlopen. Log opnieuw in met uw gebruikersnaam en wachtwoord.");
  }
}
