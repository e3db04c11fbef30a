import type { InloggenAntwoord, ROUTES } from "@elk/contracts";
import {
  cognitoSubClaim,
  getGebruiker,
  getGebruikerByGebruikersnaam,
  getUitnodiging,
  keys,
  usernameClaim,
  vervangGebruiker,
} from "@elk/data";
import {
  AccountGeblokkeerdFout,
  AlInGebruikFout,
  controleerGebruikersnaam,
  controleerNieuwWachtwoord,
  controleerUitnodiging,
  gebruikersnaamBezetBericht,
  inlogSleutel,
  isLinkIngetrokken,
  LinkOngeldigFout,
  WACHTWOORD_REGELS,
} from "@elk/domain";
import { gebruikersnaamBevestiging } from "@elk/mail";
import { meldAan, zorgVoorIdentiteit } from "../../accounts/cognito";
import { hashLinkToken } from "../../accounts/links";
import { naWachtwoord } from "../../accounts/sessies";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { verstuur } from "../../config/outbox";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { Verzoek } from "../../middleware/router";

async function geldigeLink(token: string) {
  const db = getDb();
  const uitnodiging = controleerUitnodiging(
    await getUitnodiging(db, hashLinkToken(token)),
    "inloggegevens",
    new Date(),
  );
  const gebruiker = await getGebruiker(db, uitnodiging.gebruikerId);
  // Issue #10: a blocked account is told so; a link of before a reset or block is dead.
  if (gebruiker?.status === "geblokkeerd") throw new AccountGeblokkeerdFout();
  if (gebruiker?.status !== "uitgenodigd") throw new LinkOngeldigFout("gebruikt");
  if (isLinkIngetrokken(uitnodiging, gebruiker.sessiesOngeldigVanaf)) throw new LinkOngeldigFout("verlopen");
  return { uitnodiging, gebruiker };
}

/** The screen behind the link: who is invited, for which location, and the password rules (ACC-03). */
export async function activerenControleren(req: Verzoek<typeof ROUTES.activerenControleren>) {
  const { gebruiker } = await geldigeLink(req.body.token);
  return {
    naam: gebruiker.naam,
    email: gebruiker.email,
    locatieNaam: gebruiker.locatieNaam,
    wachtwoordRegels: [...WACHTWOORD_REGELS],
  };
}

/**
 * "Stel gegevens in" (ACC-03): the chosen username (unique, case-insensitive) and the password
 * twice. The link is used up in the same transaction that activates the account and claims the
 * username; then the user is signed in at once and receives a mail stating the username.
 */
export async function activeren(req: Verzoek<typeof ROUTES.activeren>): Promise<InloggenAntwoord> {
  const config = getRegionConfig();
  const db = getDb();
  const gebruikersnaam = controleerGebruikersnaam(req.body.gebruikersnaam);
  controleerNieuwWachtwoord(req.body.wachtwoord, req.body.wachtwoordHerhaald);
  const { uitnodiging, gebruiker } = await geldigeLink(req.body.token);

  // Refuse a taken name before touching Cognito; the claim in the transaction settles any race.
  const bezet = await getGebruikerByGebruikersnaam(db, gebruikersnaam);
  if (bezet && bezet.id !== gebruiker.id) {
    throw new AlInGebruikFout(gebruikersnaamBezetBericht(gebruikersnaam), "GEBRUIKERSNAAM");
  }
  const sub = await zorgVoorIdentiteit(gebruiker.cognitoUsername, req.body.wachtwoord);
  const nu = new Date();
  await vervangGebruiker(
    db,
    { ...gebruiker, status: "actief", gebruikersnaam, cognitoSub: sub },
    {
      claims: [usernameClaim(gebruiker, gebruikersnaam), cognitoSubClaim(gebruiker, sub)],
      gebruikLink: { tokenHash: uitnodiging.tokenHash, nu: nu.toISOString() },
      gebeurtenis: gebeurtenisDoor(
        { gebruikerId: gebruiker.id, naam: gebruiker.naam },
        keys.gebruiker.item(gebruiker.id),
        "account-ingesteld",
        { gebruikersnaam },
        nu,
      ),
    },
  );
  // Issue #10: a role that requires a second factor sets it up here before any token goes out.
  const tokens = await naWachtwoord(
    { ...gebruiker, status: "actief", gebruikersnaam },
    await meldAan(gebruiker.cognitoUsername, req.body.wachtwoord),
    inlogSleutel(gebruikersnaam),
  );
  await verstuur(
    gebruiker.email,
    gebruikersnaamBevestiging(config, {
      naam: gebruiker.naam,
      gebruikersnaam,
      locatieNaam: gebruiker.locatieNaam,
      appUrl: process.env.APP_URL ?? "http://localhost:3000",
    }),
    config.mail.antwoordAan,
  );
  return tokens;
}
