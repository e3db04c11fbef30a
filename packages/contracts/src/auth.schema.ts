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

export const InloggenAntwoord = z.object({
  idToken: z.string(),
  accessToken: z.string(),
  /** Seconds until the tokens expire. */
  verlooptOver: z.number().int(),
});
export type InloggenAntwoord = z.infer<typeof InloggenAntwoord>;

export const UitloggenAntwoord = z.object({ uitgelogd: z.literal(true) });
