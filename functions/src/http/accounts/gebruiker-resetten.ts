import type { ROUTES } from "@elk/contracts";
import { getGebruiker, keys, vervangGebruiker, verwijderMfa } from "@elk/data";
import {
  controleerResetbaar,
  controleerResetten,
  NietGevondenFout,
  nieuweUitnodiging,
  normaliseerGebruikersnaam,
} from "@elk/domain";
import { blokkeerWachtwoord, meldOveralAf } from "../../accounts/cognito";
import { nieuwLinkToken } from "../../accounts/links";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { stuurInloggegevens } from "./account-gegevens";

/**
 * ACC-05: the contactpersoon ELK resets a user's username and password. The old username is
 * given back, the old password stops working, and the user receives "Inloggegevens instellen" again.
 * Issue #10: every session of the account ends, and its second factor is set up anew.
 */
export async function gebruikerResetten(req: IngelogdVerzoek<typeof ROUTES.gebruikerResetten>) {
  const config = getRegionConfig();
  const db = getDb();
  const gebruiker = await getGebruiker(db, req.params.gebruikerId ?? "");
  if (!gebruiker) throw new NietGevondenFout("De gebruiker");
  controleerResetten(req.actor, gebruiker, config);
  controleerResetbaar(gebruiker);

  const link = nieuwLinkToken();
  const nu = new Date();
  const uitnodiging = nieuweUitnodiging("inloggegevens", gebruiker.id, link.hash, nu);
  const oudeNaam = gebruiker.gebruikersnaam;
  await vervangGebruiker(
    db,
    // Issue #10: every session of the account ends now, also once it is set up again.
    {
      ...gebruiker,
      status: "uitgenodigd",
      gebruikersnaam: undefined,
      sessiesOngeldigVanaf: nu.toISOString(),
    },
    {
      vrijgeven: oudeNaam
        ? [{ soort: "GEBRUIKERSNAAM", waarde: normaliseerGebruikersnaam(oudeNaam), eigenaar: gebruiker.id }]
        : [],
      nieuweLink: uitnodiging,
      gebeurtenis: gebeurtenisDoor(req.actor, keys.gebruiker.item(gebruiker.id), "gebruiker-gereset", {}, nu),
    },
  );
  await blokkeerWachtwoord(gebruiker.cognitoUsername);
  await meldOveralAf(gebruiker.cognitoUsername);
  // A lost phone is a reason for a reset: the new sign-in sets up a new second factor.
  await verwijderMfa(db, gebruiker.id);
  // Tokens carry their issue time in whole seconds and those of the reset's second are refused
  // (middleware/actor.ts): the link goes out only once that second is over, so the new sign-in's
  // tokens are never of it.
  await new Promise((r) =>
    setTimeout(r, Math.max(0, 1000 - (Date.now() - Math.floor(nu.getTime() / 1000) * 1000))),
  );
  await stuurInloggegevens(config, gebruiker, uitnodiging, link.token);
  return {
    verstuurd: true as const,
    bericht: `Er is een nieuwe e-mail 'Inloggegevens instellen' verstuurd naar ${gebruiker.email}.`,
  };
}
