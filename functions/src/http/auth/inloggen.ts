import type { InloggenAntwoord, ROUTES, SessieTokens } from "@elk/contracts";
import {
  getGebruikerByGebruikersnaam,
  misluktePogingen,
  telMisluktePoging,
  wisMisluktePogingen,
} from "@elk/data";
import {
  adresSleutel,
  InloggenMisluktFout,
  inlogSleutel,
  inlogVenster,
  isAdresGeblokkeerd,
  isGeblokkeerd,
  MfaCodeAlGebruiktFout,
  MfaCodeOnjuistFout,
  TeVeelInlogpogingenFout,
} from "@elk/domain";
import { clientAdres } from "../../accounts/adres";
import { meldAan } from "../../accounts/cognito";
import { controleerCode, naWachtwoord } from "../../accounts/sessies";
import { getDb } from "../../config/db";
import { logger } from "../../middleware/logger";
import type { Verzoek } from "../../middleware/router";

/**
 * Throttling (issue #10, inlogpogingen.ts): failures are counted per username and per client
 * address in 15-minute windows; beyond either limit, 429 without the password (or code) being
 * tried, known username or not.
 */
async function weigerBijTeVeel(wie: string | undefined, adres: string | undefined, venster: string) {
  const db = getDb();
  const [perNaam, perAdres] = await Promise.all([
    wie ? misluktePogingen(db, wie, venster) : 0,
    adres ? misluktePogingen(db, adres, venster) : 0,
  ]);
  if (isGeblokkeerd(perNaam) || isAdresGeblokkeerd(perAdres)) {
    logger.warn("sign-in refused: too many failures", {
      venster,
      perNaam: isGeblokkeerd(perNaam),
      perAdres: isAdresGeblokkeerd(perAdres),
    });
    throw new TeVeelInlogpogingenFout();
  }
}

async function telMislukt(
  wie: string | undefined,
  adres: string | undefined,
  venster: { start: string; eindeSeconden: number },
) {
  const db = getDb();
  await Promise.all([
    wie ? telMisluktePoging(db, wie, venster) : undefined,
    adres ? telMisluktePoging(db, adres, venster) : undefined,
  ]);
}

function adresVan(req: Verzoek<unknown>): string | undefined {
  const adres = clientAdres(req.event);
  return adres ? adresSleutel(adres) : undefined;
}

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

/** The second step (issue #10): the TOTP code; a wrong or replayed one counts as a failed sign-in. */
export async function inloggenMfa(req: Verzoek<typeof ROUTES.inloggenMfa>): Promise<SessieTokens> {
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
