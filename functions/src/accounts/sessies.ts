import { createHash, randomBytes } from "node:crypto";
import type { InloggenAntwoord, SessieTokens } from "@elk/contracts";
import {
  type GebruikerRecord,
  gebruikMfaStap,
  getGebruiker,
  getMfa,
  getSessie,
  koppelTokenAanSessie,
  maakInlogSessie,
  maakSessie,
  ontsleutel,
  probeerInlogSessie,
  sessieVanToken,
  sleutelUit,
  sluitInlogSessie,
  versleutel,
  verwijderSessie,
  zetMfa,
} from "@elk/data";
import {
  InloggenMisluktFout,
  MFA_SESSIE,
  MfaCodeAlGebruiktFout,
  MfaCodeOnjuistFout,
  MfaSessieVerlopenFout,
  mfaMogelijk,
  mfaVerplicht,
  NietIngelogdFout,
  normaliseerCode,
  TOTP,
} from "@elk/domain";
import { getDb } from "../config/db";
import { getRegionConfig, requireEnv } from "../config/env";
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
 * The code of a sign-in step. Refusals (`MfaCodeOnjuistFout`, `MfaCodeAlGebruiktFout`) name the
 * username in `inlogSleutel` so the caller counts them as failed sign-ins.
 */
export async function controleerCode(
  sessie: string,
  invoer: string,
  nu: Date,
  /** Throws when this username may not try now (too many failures): before the code is tried. */
  magProberen: (inlogSleutel: string) => Promise<void>,
): Promise<{ tokens: SessieTokens; inlogSleutel: string } | { fout: Error; inlogSleutel?: string }> {
  const db = getDb();
  const sleutelHash = hash(sessie);
  const stap = await probeerInlogSessie(db, sleutelHash, nu.toISOString(), MFA_SESSIE.maxPogingen);
  if (!stap) return { fout: new MfaSessieVerlopenFout() };
  await magProberen(stap.inlogSleutel);
  const gebruiker = await getGebruiker(db, stap.gebruikerId);
  if (gebruiker?.status !== "actief") return { fout: new MfaSessieVerlopenFout() };
  const versleuteld = stap.nieuwGeheim ?? (await getMfa(db, gebruiker.id))?.geheim;
  if (!versleuteld) return { fout: new MfaSessieVerlopenFout() };
  const code = normaliseerCode(invoer);
  const tijdstap = code ? stapVanCode(ontsleutelGeheim(versleuteld), code, nu) : undefined;
  if (tijdstap === undefined) return { fout: new MfaCodeOnjuistFout(), inlogSleutel: stap.inlogSleutel };
  // RFC 6238 §5.2: one sign-in per code; the item lives until the code could no longer be accepted.
  const verloopt = (tijdstap + 2 + TOTP.venster) * TOTP.stapSeconden;
  if (!(await gebruikMfaStap(db, gebruiker.id, tijdstap, verloopt))) {
    return { fout: new MfaCodeAlGebruiktFout(), inlogSleutel: stap.inlogSleutel };
  }
  if (
    stap.nieuwGeheim &&
    !(await zetMfa(db, gebruiker.id, { geheim: stap.nieuwGeheim, ingesteldOp: nu.toISOString() }))
  ) {
    // Set up meanwhile in another sign-in: this step's secret is not the account's.
    return { fout: new MfaSessieVerlopenFout() };
  }
  // Its tokens go out once: a second call with the same step finds it gone.
  if (!(await sluitInlogSessie(db, sleutelHash))) return { fout: new MfaSessieVerlopenFout() };
  const tokens = JSON.parse(ontsleutelGeheim(stap.tokens)) as Tokens;
  return { tokens: await startSessie(gebruiker, tokens, nu), inlogSleutel: stap.inlogSleutel };
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

/** Sign-out: the session this access token came from renews no more. */
export async function beeindigSessieVan(jti: string): Promise<void> {
  const db = getDb();
  const sleutelHash = await sessieVanToken(db, jti);
  if (sleutelHash) await verwijderSessie(db, sleutelHash);
}
