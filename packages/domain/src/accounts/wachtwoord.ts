import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/**
 * The password rules, shown to the user before typing (ACC-03) and enforced on both sides: here
 * and by the Cognito user pool's password policy (infra), which has the same rules.
 */
export const WACHTWOORD_REGELS = [
  "minimaal 10 tekens",
  "minstens één hoofdletter en één kleine letter",
  "minstens één cijfer",
  "minstens één leesteken of symbool (zoals ! ? # -)",
] as const;

export const WACHTWOORD_MINIMALE_LENGTE = 10;

export function voldoetAanWachtwoordRegels(wachtwoord: string): boolean {
  return (
    wachtwoord.length >= WACHTWOORD_MINIMALE_LENGTE &&
    wachtwoord.length <= 256 &&
    /\p{Lu}/u.test(wachtwoord) &&
    /\p{Ll}/u.test(wachtwoord) &&
    /\p{N}/u.test(wachtwoord) &&
    /[^\p{L}\p{N}\s]/u.test(wachtwoord)
  );
}

/** "Vul ook tweemaal je gekozen wachtwoord in": both entries must match and follow the rules. */
export function controleerNieuwWachtwoord(wachtwoord: string, herhaald: string): void {
  const velden: Record<string, string> = {};
  if (!voldoetAanWachtwoordRegels(wachtwoord)) {
    velden.wachtwoord = `Het wachtwoord voldoet niet aan de eisen: ${WACHTWOORD_REGELS.join(", ")}.`;
  }
  if (wachtwoord !== herhaald) velden.wachtwoordHerhaald = "De twee wachtwoorden zijn niet gelijk.";
  if (Object.keys(velden).length > 0) {
    throw new OngeldigeInvoerFout(velden.wachtwoord ?? "De twee wachtwoorden zijn niet gelijk.", velden);
  }
}
