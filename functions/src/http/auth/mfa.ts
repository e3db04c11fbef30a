import type {
  MfaBevestigenAntwoord,
  MfaHerstelcodesAntwoord,
  MfaInstellenAntwoord,
  MfaStatus,
  MfaUitzettenAntwoord,
  ROUTES,
} from "@elk/contracts";
import {
  bevestigMfa,
  type GebruikerRecord,
  getGebruiker,
  getMfa,
  keys,
  type Opgeslagen,
  probeerMfaNieuw,
  vervangHerstelcodes,
  zetMfaUit,
} from "@elk/data";
import {
  controleerEigenMfa,
  controleerUitzetten,
  inlogSleutel,
  inlogVenster,
  MFA_CODE_ONJUIST_BERICHT,
  MFA_INSTELLEN,
  MFA_NIEUWE_CODE_ONJUIST_BERICHT,
  MfaGeenInstellingFout,
  MfaNietAanFout,
  mfaVerplicht,
  NietIngelogdFout,
  OngeldigeInvoerFout,
  WACHTWOORD_ONJUIST_BERICHT,
} from "@elk/domain";
import { isHuidigWachtwoord } from "../../accounts/cognito";
import {
  controleerNieuweCode,
  controleerTweedeFactor,
  nieuweHerstelcodes,
  startInstellen,
  vervolgSessie,
} from "../../accounts/sessies";
import { getDb } from "../../config/db";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { adresVan, telMislukt, weigerBijTeVeel } from "./pogingen";

/**
 * Issue #10, ACC-08: the account's own second factor on "Mijn gegevens". Only the account itself
 * (never a contactpersoon ELK looking along, ACC-07) and only staff. Every proof asked here — the
 * password, the app's code, a recovery code — counts, when wrong, as a failed sign-in of the
 * username (and the client address), so guessing here is throttled as at the sign-in screen. A
 * new secret or turning it off ends the account's other sessions; this one gets new tokens.
 */

async function eigenAccount(req: IngelogdVerzoek<unknown>): Promise<Opgeslagen<GebruikerRecord>> {
  controleerEigenMfa(req.actor);
  const gebruiker = await getGebruiker(getDb(), req.actor.gebruikerId);
  if (!gebruiker) throw new NietIngelogdFout();
  return gebruiker;
}

/** The proofs of one request, counted as sign-in attempts of this username. */
function pogingen(req: IngelogdVerzoek<unknown>, gebruiker: GebruikerRecord) {
  const wie = inlogSleutel(gebruiker.gebruikersnaam ?? req.actor.gebruikersnaam);
  const adres = adresVan(req);
  const venster = inlogVenster(new Date());
  return {
    magProberen: () => weigerBijTeVeel(wie, adres, venster.start),
    mislukt: () => telMislukt(wie, adres, venster),
  };
}

async function eisWachtwoord(
  gebruiker: GebruikerRecord,
  wachtwoord: string,
  mislukt: () => Promise<void>,
): Promise<void> {
  if (await isHuidigWachtwoord(gebruiker.cognitoUsername, wachtwoord)) return;
  await mislukt();
  throw new OngeldigeInvoerFout(WACHTWOORD_ONJUIST_BERICHT, { wachtwoord: WACHTWOORD_ONJUIST_BERICHT });
}

async function eisTweedeFactor(
  gebruiker: GebruikerRecord,
  geheim: string,
  code: string | undefined,
  nu: Date,
  mislukt: () => Promise<void>,
): Promise<void> {
  if (code && (await controleerTweedeFactor(gebruiker.id, geheim, code, nu))) return;
  if (code) await mislukt();
  const bericht = code
    ? MFA_CODE_ONJUIST_BERICHT
    : "Vul de code in die uw authenticator-app nu toont, of een ongebruikte herstelcode.";
  throw new OngeldigeInvoerFout(bericht, { code: bericht });
}

export async function mfaStatus(req: IngelogdVerzoek<typeof ROUTES.mfaStatus>): Promise<MfaStatus> {
  controleerEigenMfa(req.actor);
  const mfa = await getMfa(getDb(), req.actor.gebruikerId);
  return {
    aan: mfa !== undefined,
    verplicht: mfaVerplicht(req.actor),
    ...(mfa ? { ingesteldOp: mfa.ingesteldOp } : {}),
    herstelcodesOver: mfa?.herstelcodes?.length ?? 0,
  };
}

/** Instellen / Opnieuw instellen: the password, and when it is on, a current code or a recovery code. */
export async function mfaInstellen(
  req: IngelogdVerzoek<typeof ROUTES.mfaInstellen>,
): Promise<MfaInstellenAntwoord> {
  const gebruiker = await eigenAccount(req);
  const { wachtwoord, code } = req.body;
  const nu = new Date();
  const { magProberen, mislukt } = pogingen(req, gebruiker);
  await magProberen();
  await eisWachtwoord(gebruiker, wachtwoord, mislukt);
  const mfa = await getMfa(getDb(), gebruiker.id);
  if (mfa) await eisTweedeFactor(gebruiker, mfa.geheim, code, nu, mislukt);
  return startInstellen(gebruiker, nu);
}

/** The new secret's first code: it becomes the account's, with ten new recovery codes. */
export async function mfaBevestigen(
  req: IngelogdVerzoek<typeof ROUTES.mfaBevestigen>,
): Promise<MfaBevestigenAntwoord> {
  const gebruiker = await eigenAccount(req);
  const { code } = req.body;
  const db = getDb();
  const nu = new Date();
  const { magProberen, mislukt } = pogingen(req, gebruiker);
  await magProberen();
  const nieuw = await probeerMfaNieuw(db, gebruiker.id, nu.toISOString(), MFA_INSTELLEN.maxPogingen);
  if (!nieuw) throw new MfaGeenInstellingFout();
  if (!(await controleerNieuweCode(gebruiker.id, nieuw.geheim, code, nu))) {
    await mislukt();
    throw new OngeldigeInvoerFout(MFA_NIEUWE_CODE_ONJUIST_BERICHT, { code: MFA_NIEUWE_CODE_ONJUIST_BERICHT });
  }
  const wasAan = (await getMfa(db, gebruiker.id)) !== undefined;
  const herstel = nieuweHerstelcodes(gebruiker.id);
  const gelukt = await bevestigMfa(
    db,
    gebruiker.id,
    { geheim: nieuw.geheim, ingesteldOp: nu.toISOString(), herstelcodes: herstel.hashes },
    {
      nu: nu.toISOString(),
      sessiesEinde: { vanaf: nu.toISOString(), version: gebruiker.version },
      gebeurtenis: gebeurtenisDoor(
        req.actor,
        keys.gebruiker.item(gebruiker.id),
        wasAan ? "mfa-opnieuw-ingesteld" : "mfa-ingesteld",
        { aantal: herstel.codes.length },
        nu,
      ),
    },
  );
  if (!gelukt) throw new MfaGeenInstellingFout();
  const sessie = await vervolgSessie(gebruiker, req.sessie.jti, nu);
  return { herstelcodes: herstel.codes, ...(sessie ? { sessie } : {}) };
}

/** Uitzetten: not for a role that requires it; the password and a current code or recovery code. */
export async function mfaUitzetten(
  req: IngelogdVerzoek<typeof ROUTES.mfaUitzetten>,
): Promise<MfaUitzettenAntwoord> {
  controleerUitzetten(req.actor);
  const gebruiker = await eigenAccount(req);
  const db = getDb();
  const mfa = await getMfa(db, gebruiker.id);
  if (!mfa) throw new MfaNietAanFout();
  const { wachtwoord, code } = req.body;
  const nu = new Date();
  const { magProberen, mislukt } = pogingen(req, gebruiker);
  await magProberen();
  await eisWachtwoord(gebruiker, wachtwoord, mislukt);
  await eisTweedeFactor(gebruiker, mfa.geheim, code, nu, mislukt);
  await zetMfaUit(db, gebruiker.id, {
    sessiesEinde: { vanaf: nu.toISOString(), version: gebruiker.version },
    gebeurtenis: gebeurtenisDoor(req.actor, keys.gebruiker.item(gebruiker.id), "mfa-uitgezet", {}, nu),
  });
  const sessie = await vervolgSessie(gebruiker, req.sessie.jti, nu);
  return { uitgezet: true, ...(sessie ? { sessie } : {}) };
}

/** Nieuwe herstelcodes: a current code (or a recovery code); the old codes stop working. */
export async function mfaHerstelcodes(
  req: IngelogdVerzoek<typeof ROUTES.mfaHerstelcodes>,
): Promise<MfaHerstelcodesAntwoord> {
  const gebruiker = await eigenAccount(req);
  const db = getDb();
  const mfa = await getMfa(db, gebruiker.id);
  if (!mfa) throw new MfaNietAanFout();
  const nu = new Date();
  const { magProberen, mislukt } = pogingen(req, gebruiker);
  await magProberen();
  await eisTweedeFactor(gebruiker, mfa.geheim, req.body.code, nu, mislukt);
  const herstel = nieuweHerstelcodes(gebruiker.id);
  await vervangHerstelcodes(
    db,
    gebruiker.id,
    herstel.hashes,
    gebeurtenisDoor(
      req.actor,
      keys.gebruiker.item(gebruiker.id),
      "mfa-herstelcodes-vernieuwd",
      { aantal: herstel.codes.length },
      nu,
    ),
  );
  return { herstelcodes: herstel.codes };
}
