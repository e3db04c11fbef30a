import { createHash, createHmac, randomBytes } from "node:crypto";
import type { InloggenAntwoord, InloggenMfaAntwoord, SessieTokens } from "@elk/contracts";
import {
  type GebruikerRecord,
  gebruikHerstelcode,
  gebruikMfaStap,
  getGebruiker,
  getMfa,
  getSessie,
  keys,
  koppelTokenAanSessie,
  maakInlogSessie,
  maakSessie,
  ontsleutel,
  probeerInlogSessie,
  schrijf,
  sessieVanToken,
  sleutelUit,
  sluitInlogSessie,
  versleutel,
  verwijderSessie,
  zetMfa,
  zetMfaNieuw,
} from "@elk/data";
import {
  HERSTELCODES,
  InloggenMisluktFout,
  leesTweedeFactor,
  MFA_INSTELLEN,
  MFA_SESSIE,
  MfaCodeAlGebruiktFout,
  MfaCodeOnjuistFout,
  MfaSessieVerlopenFout,
  maakHerstelcodes,
  mfaMogelijk,
  mfaVerplicht,
  NietIngelogdFout,
  normaliseerCode,
  TOTP,
} from "@elk/domain";
import { getDb } from "../config/db";
import { getRegionConfig, requireEnv } from "../config/env";
import { gebeurtenisDoor } from "../middleware/gebeurtenis";
import { type Tokens, vernieuwTokens } from "./cognito";
import { nieuwTotpGeheim, otpauthUri, stapVanCode } from "./totp";

/**
 * Issue #10: what happens after the password. Staff with a second factor (required for
 * contactpersonen ELK and regiobeheerders) get no tokens yet: Cognito's tokens wait, encrypted, in
 * a five-minute sign-in step until the TOTP code is right; a required account without one sets it
 * up in that step. Then a session of ELK's own starts: its renewals, sign-out and blocking are
 * decided here, the same in AWS and on cognito-local.
 */

/** How long a session may renew its access token without signing in again: a working day. */
export const SESSIE_UREN = 12;

let sleutel: Buffer | undefined;
/** The key for TOTP secrets and held tokens, derived from the deployment secret (as the BSN's). */
function mfaSleutel(): Buffer {
  sleutel ??= sleutelUit(requireEnv("BSN_GEHEIM"), "elk:accounts:mfa-en-sessies");
  return sleutel;
}

export const versleutelGeheim = (tekst: string) => versleutel(tekst, mfaSleutel());
const ontsleutelGeheim = (tekst: string) => ontsleutel(tekst, mfaSleutel());

let herstelSleutel: Buffer | undefined;
/**
 * Recovery codes are stored only as a keyed hash: HMAC-SHA-256 under a key of their own (derived
 * from the deployment secret, as the others) over the account id and the code. Fifty random bits
 * per code and a key the table never holds make a slow hash unnecessary: a copy of the table alone
 * does not allow guessing them.
 */
function herstelcodeHash(gebruikerId: string, code: string): string {
  herstelSleutel ??= sleutelUit(requireEnv("BSN_GEHEIM"), "elk:accounts:mfa-herstelcodes");
  return createHmac("sha256", herstelSleutel).update(`${gebruikerId}:${code}`).digest("base64url");
}

/** Ten new recovery codes (shown once) and the hashes that are stored. */
export function nieuweHerstelcodes(gebruikerId: string): { codes: string[]; hashes: string[] } {
  const codes = maakHerstelcodes(randomBytes(HERSTELCODES.aantal * HERSTELCODES.tekens));
  return { codes, hashes: codes.map((c) => herstelcodeHash(gebruikerId, c.replace("-", ""))) };
}

/** RFC 6238 §5.2: claims a step's code for the account (false when it was used before). */
function claimStap(gebruikerId: string, tijdstap: number): Promise<boolean> {
  // The item lives until the code could no longer be accepted.
  const verloopt = (tijdstap + 2 + TOTP.venster) * TOTP.stapSeconden;
  return gebruikMfaStap(getDb(), gebruikerId, tijdstap, verloopt);
}

/**
 * The account's second factor proven while signed in (the account page): the app's code for its
 * secret (each step once) or one of its recovery codes (used up). What was used, or undefined.
 */
export async function controleerTweedeFactor(
  gebruikerId: string,
  versleuteldGeheim: string,
  invoer: string,
  nu: Date,
): Promise<"totp" | "herstelcode" | undefined> {
  const factor = leesTweedeFactor(invoer);
  if (!factor) return undefined;
  if (factor.soort === "herstelcode") {
    const over = await gebruikHerstelcode(getDb(), gebruikerId, herstelcodeHash(gebruikerId, factor.code));
    return over === undefined ? undefined : "herstelcode";
  }
  const tijdstap = stapVanCode(ontsleutelGeheim(versleuteldGeheim), factor.code, nu);
  if (tijdstap === undefined) return undefined;
  return (await claimStap(gebruikerId, tijdstap)) ? "totp" : undefined;
}

/** The first code of a new (encrypted) secret: right, and its step not used before. */
export async function controleerNieuweCode(
  gebruikerId: string,
  versleuteldGeheim: string,
  invoer: string,
  nu: Date,
): Promise<boolean> {
  const code = normaliseerCode(invoer);
  const tijdstap = code ? stapVanCode(ontsleutelGeheim(versleuteldGeheim), code, nu) : undefined;
  return tijdstap !== undefined && (await claimStap(gebruikerId, tijdstap));
}

/** Starts an enrolment on the account page: a new secret, kept encrypted until its first code. */
export async function startInstellen(
  gebruiker: GebruikerRecord,
  nu: Date,
): Promise<{ geheim: string; otpauthUri: string; verlooptOver: number }> {
  const geheim = nieuwTotpGeheim();
  await zetMfaNieuw(getDb(), gebruiker.id, {
    geheim: versleutelGeheim(geheim),
    verlooptOp: new Date(nu.getTime() + MFA_INSTELLEN.minuten * 60_000).toISOString(),
  });
  return {
    geheim,
    otpauthUri: otpauthUri(
      getRegionConfig().productNaam,
      gebruiker.gebruikersnaam ?? gebruiker.email,
      geheim,
    ),
    verlooptOver: MFA_INSTELLEN.minuten * 60,
  };
}

/** Random tokens go out; only their hash is stored. */
const nieuwToken = () => randomBytes(32).toString("base64url");
const hash = (token: string) => createHash("sha256").update(token).digest("base64url");

function claims(accessToken: string): { jti?: string; exp?: number } {
  try {
    return JSON.parse(Buffer.from(accessToken.split(".")[1] ?? "", "base64url").toString("utf8"));
  } catch {
    return {};
  }
}

/** The password was right: tokens, or the second factor's step (to give or to set up). */
export async function naWachtwoord(
  gebruiker: GebruikerRecord,
  tokens: Tokens,
  inlogSleutel: string,
  nu: Date = new Date(),
): Promise<InloggenAntwoord> {
  const db = getDb();
  const mfa = mfaMogelijk(gebruiker) ? await getMfa(db, gebruiker.id) : undefined;
  if (!mfa && !mfaVerplicht(gebruiker)) return startSessie(gebruiker, tokens, nu);

  const sessie = nieuwToken();
  const nieuwGeheim = mfa ? undefined : nieuwTotpGeheim();
  await maakInlogSessie(db, hash(sessie), {
    gebruikerId: gebruiker.id,
    inlogSleutel,
    tokens: versleutelGeheim(JSON.stringify(tokens)),
    nieuwGeheim: nieuwGeheim ? versleutelGeheim(nieuwGeheim) : undefined,
    verlooptOp: new Date(nu.getTime() + MFA_SESSIE.minuten * 60_000).toISOString(),
  });
  if (!nieuwGeheim) return { mfa: "vereist", sessie };
  return {
    mfa: "instellen",
    sessie,
    geheim: nieuwGeheim,
    otpauthUri: otpauthUri(
      getRegionConfig().productNaam,
      gebruiker.gebruikersnaam ?? gebruiker.email,
      nieuwGeheim,
    ),
  };
}

/**
 * The code of a sign-in step: the app's code, or one of the account's recovery codes (used up;
 * the answer says how many are left). Setting up in this step, only the new secret's code counts,
 * and the answer carries the new recovery codes. Refusals (`MfaCodeOnjuistFout`,
 * `MfaCodeAlGebruiktFout`) name the username in `inlogSleutel` so the caller counts them as
 * failed sign-ins.
 */
export async function controleerCode(
  sessie: string,
  invoer: string,
  nu: Date,
  /** Throws when this username may not try now (too many failures): before the code is tried. */
  magProberen: (inlogSleutel: string) => Promise<void>,
): Promise<{ tokens: InloggenMfaAntwoord; inlogSleutel: string } | { fout: Error; inlogSleutel?: string }> {
  const db = getDb();
  const sleutelHash = hash(sessie);
  const stap = await probeerInlogSessie(db, sleutelHash, nu.toISOString(), MFA_SESSIE.maxPogingen);
  if (!stap) return { fout: new MfaSessieVerlopenFout() };
  await magProberen(stap.inlogSleutel);
  const gebruiker = await getGebruiker(db, stap.gebruikerId);
  if (gebruiker?.status !== "actief") return { fout: new MfaSessieVerlopenFout() };
  const versleuteld = stap.nieuwGeheim ?? (await getMfa(db, gebruiker.id))?.geheim;
  if (!versleuteld) return { fout: new MfaSessieVerlopenFout() };
  const factor = leesTweedeFactor(invoer);
  const onjuist = { fout: new MfaCodeOnjuistFout(), inlogSleutel: stap.inlogSleutel };

  let herstelcodesOver: number | undefined;
  if (factor?.soort === "herstelcode" && !stap.nieuwGeheim) {
    herstelcodesOver = await gebruikHerstelcode(db, gebruiker.id, herstelcodeHash(gebruiker.id, factor.code));
    if (herstelcodesOver === undefined) return onjuist;
  } else {
    const code = factor?.soort === "totp" ? factor.code : undefined;
    const tijdstap = code ? stapVanCode(ontsleutelGeheim(versleuteld), code, nu) : undefined;
    if (tijdstap === undefined) return onjuist;
    // RFC 6238 §5.2: one sign-in per code.
    if (!(await claimStap(gebruiker.id, tijdstap))) {
      return { fout: new MfaCodeAlGebruiktFout(), inlogSleutel: stap.inlogSleutel };
    }
  }
  const herstel = stap.nieuwGeheim ? nieuweHerstelcodes(gebruiker.id) : undefined;
  if (
    stap.nieuwGeheim &&
    !(await zetMfa(db, gebruiker.id, {
      geheim: stap.nieuwGeheim,
      ingesteldOp: nu.toISOString(),
      herstelcodes: herstel?.hashes,
    }))
  ) {
    // Set up meanwhile in another sign-in: this step's secret is not the account's.
    return { fout: new MfaSessieVerlopenFout() };
  }
  // Its tokens go out once: a second call with the same step finds it gone.
  if (!(await sluitInlogSessie(db, sleutelHash))) return { fout: new MfaSessieVerlopenFout() };
  const soort = herstel
    ? "mfa-ingesteld"
    : herstelcodesOver !== undefined
      ? "mfa-herstelcode-gebruikt"
      : undefined;
  if (soort) {
    await schrijf(db, {
      gebeurtenissen: [
        gebeurtenisDoor(
          { gebruikerId: gebruiker.id, naam: gebruiker.naam, rollen: gebruiker.rollen },
          keys.gebruiker.item(gebruiker.id),
          soort,
          herstelcodesOver !== undefined ? { aantal: herstelcodesOver } : {},
          nu,
        ),
      ],
    });
  }
  const tokens = JSON.parse(ontsleutelGeheim(stap.tokens)) as Tokens;
  return {
    tokens: {
      ...(await startSessie(gebruiker, tokens, nu)),
      ...(herstelcodesOver !== undefined ? { herstelcodesOver } : {}),
      ...(herstel ? { herstelcodes: herstel.codes } : {}),
    },
    inlogSleutel: stap.inlogSleutel,
  };
}

/** A signed-in session: the tokens, and a renewal token of ELK's own if Cognito gave a refresh token. */
async function startSessie(gebruiker: GebruikerRecord, tokens: Tokens, nu: Date): Promise<SessieTokens> {
  const uit = { idToken: tokens.idToken, accessToken: tokens.accessToken, verlooptOver: tokens.verlooptOver };
  if (!tokens.refreshToken) return uit;
  const db = getDb();
  const vernieuwToken = nieuwToken();
  const sleutelHash = hash(vernieuwToken);
  await maakSessie(db, sleutelHash, {
    gebruikerId: gebruiker.id,
    vernieuw: versleutelGeheim(tokens.refreshToken),
    aangemaaktOp: nu.toISOString(),
    verlooptOp: new Date(nu.getTime() + SESSIE_UREN * 3600_000).toISOString(),
  });
  await koppel(tokens.accessToken, sleutelHash);
  return { ...uit, vernieuwToken };
}

async function koppel(accessToken: string, sleutelHash: string): Promise<void> {
  const { jti, exp } = claims(accessToken);
  if (jti && exp) await koppelTokenAanSessie(getDb(), jti, sleutelHash, exp);
}

/**
 * A new access token for a running session: not after sign-out, not for an account that is no
 * longer active, not for a session older than the account's `sessiesOngeldigVanaf`.
 */
export async function vernieuw(vernieuwToken: string, nu: Date = new Date()): Promise<SessieTokens> {
  const db = getDb();
  const sleutelHash = hash(vernieuwToken);
  const sessie = await getSessie(db, sleutelHash);
  if (!sessie || sessie.verlooptOp <= nu.toISOString()) throw new NietIngelogdFout();
  const gebruiker = await getGebruiker(db, sessie.gebruikerId);
  const ingetrokken =
    gebruiker?.sessiesOngeldigVanaf !== undefined && sessie.aangemaaktOp < gebruiker.sessiesOngeldigVanaf;
  if (gebruiker?.status !== "actief" || ingetrokken) {
    await verwijderSessie(db, sleutelHash);
    throw new NietIngelogdFout();
  }
  let tokens: Tokens;
  try {
    tokens = await vernieuwTokens(ontsleutelGeheim(sessie.vernieuw));
  } catch (error) {
    if (error instanceof InloggenMisluktFout) throw new NietIngelogdFout();
    throw error;
  }
  await koppel(tokens.accessToken, sleutelHash);
  return {
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    verlooptOver: tokens.verlooptOver,
    vernieuwToken,
  };
}

/**
 * Issue #10: after the second factor changed, the account's sessions ended (`sessiesOngeldigVanaf`
 * = `vanaf`, written by the caller) — this one goes on: its refresh token gives new tokens, issued
 * after that second, under a new session of the same end time. Undefined when the session cannot
 * be renewed (no refresh token): then the user signs in again.
 */
export async function vervolgSessie(
  gebruiker: GebruikerRecord,
  jti: string,
  vanaf: Date,
): Promise<SessieTokens | undefined> {
  const db = getDb();
  const oudHash = await sessieVanToken(db, jti);
  const oud = oudHash ? await getSessie(db, oudHash) : undefined;
  if (oudHash) await verwijderSessie(db, oudHash);
  if (!oud || oud.verlooptOp <= new Date().toISOString()) return undefined;
  // Tokens of the second of `vanaf` are refused (middleware/actor.ts): wait until it is over.
  await new Promise((r) =>
    setTimeout(r, Math.max(0, 1000 - (Date.now() - Math.floor(vanaf.getTime() / 1000) * 1000))),
  );
  let tokens: Tokens;
  try {
    tokens = await vernieuwTokens(ontsleutelGeheim(oud.vernieuw));
  } catch (error) {
    if (error instanceof InloggenMisluktFout) return undefined;
    throw error;
  }
  const vernieuwToken = nieuwToken();
  const sleutelHash = hash(vernieuwToken);
  await maakSessie(db, sleutelHash, {
    gebruikerId: gebruiker.id,
    vernieuw: tokens.refreshToken ? versleutelGeheim(tokens.refreshToken) : oud.vernieuw,
    aangemaaktOp: new Date().toISOString(),
    verlooptOp: oud.verlooptOp,
  });
  await koppel(tokens.accessToken, sleutelHash);
  return {
    idToken: tokens.idToken,
    accessToken: tokens.accessToken,
    verlooptOver: tokens.verlooptOver,
    vernieuwToken,
  };
}

/** Sign-out: the session this access token came from renews no more. */
export async function beeindigSessieVan(jti: string): Promise<void> {
  const db = getDb();
  const sleutelHash = await sessieVanToken(db, jti);
  if (sleutelHash) await verwijderSessie(db, sleutelHash);
}
