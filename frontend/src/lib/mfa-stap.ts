import { type InloggenAntwoord, isMfaStap, type MfaStap } from "@elk/contracts";
import { bewaarSessie } from "./session";

/**
 * Issue #10: a second-factor step that started elsewhere (setting up an account whose role
 * requires one, right after activation), picked up by the sign-in screen. Kept in memory only: a
 * reload starts over.
 */
let wachtendeStap: MfaStap | null = null;

export function bewaarMfaStap(stap: MfaStap): void {
  wachtendeStap = stap;
}

export function wachtendeMfaStap(): MfaStap | null {
  return wachtendeStap;
}

export function wisMfaStap(): void {
  wachtendeStap = null;
}

/** Tokens kept, or the second factor's step that must come first. */
export function verwerkAntwoord(antwoord: InloggenAntwoord): MfaStap | null {
  if (isMfaStap(antwoord)) return antwoord;
  bewaarSessie(antwoord);
  return null;
}

/**
 * Issue #10: what the sign-in's second step leaves for "Mijn gegevens" to show once: the recovery
 * codes of a second factor set up while signing in, or how many are left after signing in with
 * one. In memory only: shown once, then cleared.
 */
export type NaMfaStap =
  | { soort: "herstelcodes"; codes: string[] }
  | { soort: "herstelcodeGebruikt"; over: number };

let naStap: NaMfaStap | null = null;

export function bewaarNaMfaStap(wat: NaMfaStap): void {
  naStap = wat;
}

export function wachtendeNaMfaStap(): NaMfaStap | null {
  return naStap;
}

export function wisNaMfaStap(): void {
  naStap = null;
}
