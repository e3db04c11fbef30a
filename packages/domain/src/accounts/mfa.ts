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

type Wie = { rollen: readonly Rol[] } & Pick<Gebruiker, "organisatieType">;

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

/*
 * Issue #10: a second factor any staff member sets up (and changes) while signed in, and recovery
 * codes for a lost phone. What is allowed and how codes look is decided here; the randomness comes
 * in from the caller, storing (only keyed hashes) and checking happen in the functions layer.
 */

/** Ten single-use recovery codes per (re)enrolment, of ten characters (50 random bits) each. */
export const HERSTELCODES = { aantal: 10, tekens: 10 } as const;

/** No 0/O or 1/I: read from paper without doubt. 32 characters, so one byte % 32 is unbiased. */
const HERSTEL_ALFABET = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/** How long an enrolment started on the account page may wait for its first code, and how many tries. */
export const MFA_INSTELLEN = { minuten: 10, maxPogingen: 5 } as const;

/**
 * Recovery codes from random bytes (at least aantal × tekens of them), shown as "ABCDE-FGHJK".
 * The caller passes the randomness (crypto.randomBytes); the same bytes give the same codes.
 */
export function maakHerstelcodes(willekeurig: Uint8Array): string[] {
  const nodig = HERSTELCODES.aantal * HERSTELCODES.tekens;
  if (willekeurig.length < nodig) throw new Error(`need ${nodig} random bytes`);
  const codes: string[] = [];
  for (let c = 0; c < HERSTELCODES.aantal; c++) {
    let code = "";
    for (let i = 0; i < HERSTELCODES.tekens; i++) {
      code += HERSTEL_ALFABET[(willekeurig[c * HERSTELCODES.tekens + i] ?? 0) % HERSTEL_ALFABET.length];
    }
    codes.push(`${code.slice(0, 5)}-${code.slice(5)}`);
  }
  return codes;
}

/** A recovery code as typed: any case, spaces and dashes allowed; undefined when it cannot be one. */
export function normaliseerHerstelcode(invoer: string): string | undefined {
  const schoon = invoer.replace(/[\s-]/g, "").toUpperCase();
  const patroon = new RegExp(`^[${HERSTEL_ALFABET}]{${HERSTELCODES.tekens}}$`);
  return patroon.test(schoon) ? schoon : undefined;
}

/** What a code field holds: the app's code (six digits) or a recovery code; undefined when neither. */
export type TweedeFactor = { soort: "totp"; code: string } | { soort: "herstelcode"; code: string };

export function leesTweedeFactor(invoer: string): TweedeFactor | undefined {
  const totp = normaliseerCode(invoer);
  if (totp) return { soort: "totp", code: totp };
  const herstel = normaliseerHerstelcode(invoer);
  return herstel ? { soort: "herstelcode", code: herstel } : undefined;
}

type EigenAccount = Wie & { meekijkendDoor?: unknown };

/**
 * ACC-07, ACC-08: only the account itself changes its second factor — never a contactpersoon ELK
 * looking along as it — and only staff have one.
 */
export function controleerEigenMfa(actor: EigenAccount): void {
  if (actor.meekijkendDoor) throw new MfaMeekijkenFout();
  if (!mfaMogelijk(actor)) throw new MfaNietMogelijkFout();
}

/** Turning it off: only where the role does not require it. */
export function controleerUitzetten(actor: EigenAccount): void {
  controleerEigenMfa(actor);
  if (mfaVerplicht(actor)) throw new MfaVerplichtFout();
}

export class MfaMeekijkenFout extends DomeinFout {
  readonly soort = "geen-toegang";
  readonly code = "MFA_MEEKIJKEN";
  constructor() {
    super(
      "Tijdens het meekijken kunt u de tweestapsverificatie van deze gebruiker niet bekijken of wijzigen. Alleen de gebruiker zelf kan dat.",
    );
  }
}

export class MfaNietMogelijkFout extends DomeinFout {
  readonly soort = "geen-toegang";
  readonly code = "MFA_NIET_MOGELIJK";
  constructor() {
    super("Tweestapsverificatie is er alleen voor medewerkers van scholen en besturen.");
  }
}

export class MfaVerplichtFout extends DomeinFout {
  readonly soort = "geen-toegang";
  readonly code = "MFA_VERPLICHT";
  constructor() {
    super(
      "Voor uw rol is tweestapsverificatie verplicht. U kunt deze niet uitzetten, wel opnieuw instellen.",
    );
  }
}

export class MfaNietAanFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "MFA_NIET_AAN";
  constructor() {
    super("Tweestapsverificatie staat voor uw account niet aan.");
  }
}

export class MfaGeenInstellingFout extends DomeinFout {
  readonly soort = "conflict";
  readonly code = "MFA_GEEN_INSTELLING";
  constructor() {
    super(
      "Er is geen instelling van tweestapsverificatie gestart, of die is verlopen. Kies opnieuw 'Instellen'.",
    );
  }
}

/** The code given to prove the second factor on the account page was wrong (a 400 on that field). */
export const MFA_CODE_ONJUIST_BERICHT =
  "De code is onjuist of al gebruikt. Vul de code in die uw authenticator-app nu toont, of een ongebruikte herstelcode.";
export const MFA_NIEUWE_CODE_ONJUIST_BERICHT =
  "De code is onjuist of verlopen. Vul de code in die de authenticator-app voor het nieuwe geheim nu toont.";
export const WACHTWOORD_ONJUIST_BERICHT = "Het wachtwoord is niet juist.";
