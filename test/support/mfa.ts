import { createHash } from "node:crypto";
import { readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { TOTP, totpStap } from "@elk/domain";
import { totpCode, uitBase32 } from "../../functions/src/accounts/totp";
import { DEMO_TOTP_GEHEIM } from "../../scripts/seed/amstelland";

export { DEMO_TOTP_GEHEIM };

/**
 * Issue #10: the test helpers sign in with the second factor as a person would, computing the
 * authenticator app's code. The server accepts each (user, time step) once (RFC 6238 §5.2) and
 * counts a refused code as a failed sign-in, so the helpers never send a code twice: the steps
 * they used are kept in a file per stack (test files run one after another in fresh module
 * scopes), and a helper that has used this step and the next waits for the step after. To keep
 * the suite fast, `inloggen()` renews a session it already has (POST /api/auth/vernieuwen: a new
 * access token for a session that passed the code) instead of signing in with a code each time.
 */
interface Staat {
  /** username and password hash → the session's renewal token */
  sessies: Record<string, string>;
  /** username → time steps whose code was sent */
  stappen: Record<string, number[]>;
  /** username → the TOTP secret of an account a test set up (the demo accounts use the demo secret) */
  geheimen: Record<string, string>;
}

/** One file per stack (its origin), shared by the API and browser helpers. */
const bestand = (baseUrl: string) =>
  join(
    tmpdir(),
    `elk-test-mfa-${createHash("sha256").update(new URL(baseUrl).origin).digest("hex").slice(0, 16)}.json`,
  );

export function leesStaat(baseUrl: string): Staat {
  try {
    return JSON.parse(readFileSync(bestand(baseUrl), "utf8")) as Staat;
  } catch {
    return { sessies: {}, stappen: {}, geheimen: {} };
  }
}

export function wijzigStaat(baseUrl: string, wijzig: (staat: Staat) => void): void {
  const staat = leesStaat(baseUrl);
  wijzig(staat);
  writeFileSync(bestand(baseUrl), JSON.stringify(staat));
}

const sleutel = (gebruikersnaam: string) => gebruikersnaam.trim().toLowerCase();

export function geheimVan(baseUrl: string, gebruikersnaam: string): string {
  return leesStaat(baseUrl).geheimen[sleutel(gebruikersnaam)] ?? DEMO_TOTP_GEHEIM;
}

export function onthoudGeheim(baseUrl: string, gebruikersnaam: string, geheim: string): void {
  wijzigStaat(baseUrl, (s) => {
    s.geheimen[sleutel(gebruikersnaam)] = geheim;
  });
}

/** The code of a step for a secret (what the authenticator app shows then). */
export function codeVoorStap(geheim: string, stap: number): string {
  return totpCode(uitBase32(geheim), stap);
}

/** A code not sent before for this user: this step's or the next's, else wait for a new step. */
export async function verseCode(baseUrl: string, gebruikersnaam: string, geheim?: string): Promise<string> {
  for (;;) {
    const code = verseCodeNu(baseUrl, gebruikersnaam, geheim);
    if (code !== undefined) return code;
    const rest = TOTP.stapSeconden * 1000 - (Date.now() % (TOTP.stapSeconden * 1000));
    await new Promise((r) => setTimeout(r, rest + 200));
  }
}

/** A code not sent before for this user that may be sent now (this step's or the next's), if any. */
export function verseCodeNu(baseUrl: string, gebruikersnaam: string, geheim?: string): string | undefined {
  const wie = sleutel(gebruikersnaam);
  const totp = geheim ?? geheimVan(baseUrl, gebruikersnaam);
  const nu = totpStap(new Date());
  const gebruikt = new Set(leesStaat(baseUrl).stappen[wie] ?? []);
  // The next step's code is accepted too (one step either way), but not within the last
  // seconds of this one: by the time it arrives it could be two ahead.
  const rest = TOTP.stapSeconden * 1000 - (Date.now() % (TOTP.stapSeconden * 1000));
  const stap = [nu, ...(rest > 3000 ? [nu + 1] : [])].find((s) => !gebruikt.has(s));
  if (stap === undefined) return undefined;
  wijzigStaat(baseUrl, (s) => {
    s.stappen[wie] = [...(s.stappen[wie] ?? []).filter((x) => x >= nu - 2), stap];
  });
  return codeVoorStap(totp, stap);
}
