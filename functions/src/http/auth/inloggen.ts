import type { InloggenAntwoord, InloggenMfaAntwoord, ROUTES } from "@elk/contracts";
import { getGebruikerByGebruikersnaam, wisMisluktePogingen } from "@elk/data";
import {
  InloggenMisluktFout,
  inlogSleutel,
  inlogVenster,
  MfaCodeAlGebruiktFout,
  MfaCodeOnjuistFout,
} from "@elk/domain";
import { meldAan } from "../../accounts/cognito";
import { controleerCode, naWachtwoord } from "../../accounts/sessies";
import { getDb } from "../../config/db";
import type { Verzoek } from "../../middleware/router";
import { adresVan, telMislukt, weigerBijTeVeel } from "./pogingen";

/**
 * Sign-in by the ELK username (ACC-03): the username lives in DynamoDB and maps to the internal
 * Cognito username. Unknown user, an account not (yet) active and a wrong password all give the
 * same answer. Staff with a second factor get the code step instead of tokens (sessies.ts).
 */
export async function inloggen(req: Verzoek<typeof ROUTES.inloggen>): Promise<InloggenAntwoord> {
  const db = getDb();
  const wie = inlogSleutel(req.body.gebruikersnaam);
  const adres = adresVan(req);
  const venster = inlogVenster(new Date());
  await weigerBijTeVeel(wie, adres, venster.start);
  try {
    const gebruiker = await getGebruikerByGebruikersnaam(db, req.body.gebruikersnaam);
    if (gebruiker?.status !== "actief") throw new InloggenMisluktFout();
    const tokens = await meldAan(gebruiker.cognitoUsername, req.body.wachtwoord);
    const antwoord = await naWachtwoord(gebruiker, tokens, wie);
    // The count is cleared once the account is fully signed in (after the code, if it has one).
    if (!("mfa" in antwoord)) await wisMisluktePogingen(db, wie, venster.start);
    return antwoord;
  } catch (error) {
    if (error instanceof InloggenMisluktFout) await telMislukt(wie, adres, venster);
    throw error;
  }
}

/**
 * The second step (issue #10): the TOTP code or a recovery code (used up; the answer says how many
 * are left); a wrong or replayed one counts as a failed sign-in.
 */
export async function inloggenMfa(req: Verzoek<typeof ROUTES.inloggenMfa>): Promise<InloggenMfaAntwoord> {
  const adres = adresVan(req);
  const venster = inlogVenster(new Date());
  await weigerBijTeVeel(undefined, adres, venster.start);
  const uitkomst = await controleerCode(req.body.sessie, req.body.code, new Date(), async (wie) =>
    weigerBijTeVeel(wie, undefined, venster.start),
  );
  if ("tokens" in uitkomst) {
    if (uitkomst.inlogSleutel) await wisMisluktePogingen(getDb(), uitkomst.inlogSleutel, venster.start);
    return uitkomst.tokens;
  }
  if (uitkomst.fout instanceof MfaCodeOnjuistFout || uitkomst.fout instanceof MfaCodeAlGebruiktFout) {
    await telMislukt(uitkomst.inlogSleutel, adres, venster);
  }
  throw uitkomst.fout;
}
