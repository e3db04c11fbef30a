import type { InloggenAntwoord, ROUTES } from "@elk/contracts";
import {
  getGebruikerByGebruikersnaam,
  misluktePogingen,
  telMisluktePoging,
  wisMisluktePogingen,
} from "@elk/data";
import {
  InloggenMisluktFout,
  inlogSleutel,
  inlogVenster,
  isGeblokkeerd,
  TeVeelInlogpogingenFout,
} from "@elk/domain";
import { meldAan } from "../../accounts/cognito";
import { getDb } from "../../config/clients";
import { logger } from "../../middleware/logger";
import type { Verzoek } from "../../middleware/router";

/**
 * Sign-in by the ELK username (ACC-03): the username lives in DynamoDB and maps to the internal
 * Cognito username. Unknown user, an account not (yet) active and a wrong password all give the
 * same answer. Too many failures for a username in a window (issue #10, inlogpogingen.ts): 429
 * without trying the password, known username or not.
 */
export async function inloggen(req: Verzoek<typeof ROUTES.inloggen>): Promise<InloggenAntwoord> {
  const db = getDb();
  const wie = inlogSleutel(req.body.gebruikersnaam);
  const venster = inlogVenster(new Date());
  if (isGeblokkeerd(await misluktePogingen(db, wie, venster.start))) {
    logger.warn("sign-in refused: too many failures", { venster: venster.start });
    throw new TeVeelInlogpogingenFout();
  }
  try {
    const gebruiker = await getGebruikerByGebruikersnaam(db, req.body.gebruikersnaam);
    if (gebruiker?.status !== "actief") throw new InloggenMisluktFout();
    const tokens = await meldAan(gebruiker.cognitoUsername, req.body.wachtwoord);
    await wisMisluktePogingen(db, wie, venster.start);
    return tokens;
  } catch (error) {
    if (error instanceof InloggenMisluktFout) await telMisluktePoging(db, wie, venster);
    throw error;
  }
}
