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

export const InloggenMfaVerzoek = z.object({
  sessie: z
    .string({ error: "De inlogstap ontbreekt. Log opnieuw in." })
    .min(1, "De inlogstap ontbreekt. Log opnieuw in.")
    .max(200),
  code: z
    .string({ error: CODE_BERICHT })
    .trim()
    .regex(/^\d{3}[\s-]?\d{3}$/, CODE_BERICHT),
});
export type InloggenMfaVerzoek = z.infer<typeof InloggenMfaVerzoek>;

export const VernieuwenVerzoek = z.object({
  vernieuwToken: z
    .string({ error: "Het vernieuwtoken ontbreekt." })
    .min(1, "Het vernieuwtoken ontbreekt.")
    .max(200),
});
export type VernieuwenVerzoek = z.infer<typeof VernieuwenVerzoek>;

export const UitloggenAntwoord = z.object({ uitgelogd: z.literal(true) });
