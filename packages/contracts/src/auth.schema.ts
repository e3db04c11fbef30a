import { z } from "zod";

export const InloggenVerzoek = z.object({
  gebruikersnaam: z
    .string({ error: "Vul uw gebruikersnaam in." })
    .trim()
    .min(1, "Vul uw gebruikersnaam in.")
    .max(128),
  wachtwoord: z.string({ error: "Vul uw wachtwoord in." }).min(1, "Vul uw wachtwoord in.").max(256),
});
export type InloggenVerzoek = z.infer<typeof InloggenVerzoek>;

/** A signed-in session's tokens. */
export const SessieTokens = z.object({
  idToken: z.string(),
  accessToken: z.string(),
  /** Seconds until the tokens expire. */
  verlooptOver: z.number().int(),
  /**
   * Issue #10: renews the access token (POST /api/auth/vernieuwen) while the session lives; a
   * random token of ELK's own, not Cognito's refresh token. Ended by sign-out and by blocking.
   */
  vernieuwToken: z.string().optional(),
});
export type SessieTokens = z.infer<typeof SessieTokens>;

/**
 * Issue #10: the password was right, now the second factor. "vereist": give the code of the
 * authenticator app; "instellen": the account must set one up first (the secret as text and as an
 * otpauth:// URI for a QR code), then give its code. No tokens until then.
 */
export const MfaStap = z.object({
  mfa: z.enum(["vereist", "instellen"]),
  /** Names this sign-in step (five minutes, five tries); not a token. */
  sessie: z.string(),
  geheim: z.string().optional(),
  otpauthUri: z.string().optional(),
});
export type MfaStap = z.infer<typeof MfaStap>;

export const InloggenAntwoord = z.union([SessieTokens, MfaStap]);
export type InloggenAntwoord = z.infer<typeof InloggenAntwoord>;

export function isMfaStap(antwoord: InloggenAntwoord): antwoord is MfaStap {
  return "mfa" in antwoord;
}

const CODE_BERICHT = "Vul de zes cijfers in die uw authenticator-app toont.";
const CODE_OF_HERSTELCODE_BERICHT =
  "Vul de zes cijfers in die uw authenticator-app toont, of een herstelcode (tien tekens).";
/** Six digits (the app's code) or a recovery code of ten letters and digits, with a space or dash. */
const CODE_OF_HERSTELCODE = /^(\d{3}[\s-]?\d{3}|[A-Za-z0-9]{5}[\s-]?[A-Za-z0-9]{5})$/;

const codeOfHerstelcode = () =>
  z
    .string({ error: CODE_OF_HERSTELCODE_BERICHT })
    .trim()
    .regex(CODE_OF_HERSTELCODE, CODE_OF_HERSTELCODE_BERICHT);

export const InloggenMfaVerzoek = z.object({
  sessie: z
    .string({ error: "De inlogstap ontbreekt. Log opnieuw in." })
    .min(1, "De inlogstap ontbreekt. Log opnieuw in.")
    .max(200),
  /** The authenticator app's code, or one of the account's recovery codes (used up by this). */
  code: codeOfHerstelcode(),
});
export type InloggenMfaVerzoek = z.infer<typeof InloggenMfaVerzoek>;

/**
 * The tokens after the code; signed in with a recovery code, how many are left; set up in this
 * sign-in, the recovery codes (shown once).
 */
export const InloggenMfaAntwoord = SessieTokens.extend({
  herstelcodesOver: z.number().int().optional(),
  herstelcodes: z.array(z.string()).optional(),
});
export type InloggenMfaAntwoord = z.infer<typeof InloggenMfaAntwoord>;

/*
 * Issue #10: the account's own second factor on "Mijn gegevens" (ACC-08): its state, setting it
 * up (or anew for a new phone), turning it off where the role allows, and new recovery codes.
 */
export const MfaStatus = z.object({
  aan: z.boolean(),
  /** The role requires it: it cannot be turned off. */
  verplicht: z.boolean(),
  ingesteldOp: z.string().optional(),
  /** Unused recovery codes. */
  herstelcodesOver: z.number().int(),
});
export type MfaStatus = z.infer<typeof MfaStatus>;

const wachtwoord = () =>
  z.string({ error: "Vul uw wachtwoord in." }).min(1, "Vul uw wachtwoord in.").max(256);

/** Starting: the password; when a second factor is on already, also its code or a recovery code. */
export const MfaInstellenVerzoek = z.object({
  wachtwoord: wachtwoord(),
  code: z
    .string()
    .trim()
    .max(20)
    .optional()
    .transform((c) => c || undefined)
    .refine((c) => c === undefined || CODE_OF_HERSTELCODE.test(c), CODE_OF_HERSTELCODE_BERICHT),
});
export type MfaInstellenVerzoek = z.input<typeof MfaInstellenVerzoek>;

/** The new secret, to type or open in the app; confirmed with its first code within `verlooptOver` seconds. */
export const MfaInstellenAntwoord = z.object({
  geheim: z.string(),
  otpauthUri: z.string(),
  verlooptOver: z.number().int(),
});
export type MfaInstellenAntwoord = z.infer<typeof MfaInstellenAntwoord>;

export const MfaBevestigenVerzoek = z.object({
  code: z
    .string({ error: CODE_BERICHT })
    .trim()
    .regex(/^\d{3}[\s-]?\d{3}$/, CODE_BERICHT),
});
export type MfaBevestigenVerzoek = z.infer<typeof MfaBevestigenVerzoek>;

/**
 * The recovery codes, shown this once. The account's other sessions ended; `sessie` carries new
 * tokens for this one (absent when it cannot be renewed: then sign in again).
 */
export const MfaBevestigenAntwoord = z.object({
  herstelcodes: z.array(z.string()),
  sessie: SessieTokens.optional(),
});
export type MfaBevestigenAntwoord = z.infer<typeof MfaBevestigenAntwoord>;

export const MfaUitzettenVerzoek = z.object({
  wachtwoord: wachtwoord(),
  code: codeOfHerstelcode(),
});
export type MfaUitzettenVerzoek = z.infer<typeof MfaUitzettenVerzoek>;

export const MfaUitzettenAntwoord = z.object({
  uitgezet: z.literal(true),
  sessie: SessieTokens.optional(),
});
export type MfaUitzettenAntwoord = z.infer<typeof MfaUitzettenAntwoord>;

export const MfaHerstelcodesVerzoek = z.object({ code: codeOfHerstelcode() });
export type MfaHerstelcodesVerzoek = z.infer<typeof MfaHerstelcodesVerzoek>;

export const MfaHerstelcodesAntwoord = z.object({ herstelcodes: z.array(z.string()) });
export type MfaHerstelcodesAntwoord = z.infer<typeof MfaHerstelcodesAntwoord>;

export const VernieuwenVerzoek = z.object({
  vernieuwToken: z
    .string({ error: "Het vernieuwtoken ontbreekt." })
    .min(1, "Het vernieuwtoken ontbreekt.")
    .max(200),
});
export type VernieuwenVerzoek = z.infer<typeof VernieuwenVerzoek>;

export const UitloggenAntwoord = z.object({ uitgelogd: z.literal(true) });
