import type { ROUTES } from "@elk/contracts";
import { getGebruiker, keys, vervangGebruiker } from "@elk/data";
import {
  controleerResetten,
  NietGevondenFout,
  nieuweUitnodiging,
  normaliseerGebruikersnaam,
} from "@elk/domain";
import { blokkeerWachtwoord } from "../../accounts/cognito";
import { nieuwLinkToken } from "../../accounts/links";
import { getDb } from "../../config/clients";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { stuurInloggegevens } from "./account-gegevens";

/**
 * ACC-05: the contactpersoon ELK resets a user's username and password. The old username is
 * given back, the old password stops working, and the user receives "Inloggegevens instellen" again.
 */
export async function gebruikerResetten(req: IngelogdVerzoek<typeof ROUTES.gebruikerResetten>) {
  const config = getRegionConfig();
  const db = getDb();
  const gebruiker = await getGebruiker(db, req.params.gebruikerId ?? "");
  if (!gebruiker) throw new NietGevondenFout("De gebruiker");
  controleerResetten(req.actor, gebruiker, config);

  const link = nieuwLinkToken();
  const nu = new Date();
  const uitnodiging = nieuweUitnodiging("inloggegevens", gebruiker.id, link.hash, nu);
  const oudeNaam = gebruiker.gebruikersnaam;
  await vervangGebruiker(
    db,
    { ...gebruiker, status: "uitgenodigd", gebruikersnaam: undefined },
    {
      vrijgeven: oudeNaam
        ? [{ soort: "GEBRUIKERSNAAM", waarde: normaliseerGebruikersnaam(oudeNaam), eigenaar: gebruiker.id }]
        : [],
      nieuweLink: uitnodiging,
      gebeurtenis: gebeurtenisDoor(req.actor, keys.gebruiker.item(gebruiker.id), "gebruiker-gereset", {}, nu),
    },
  );
  await blokkeerWachtwoord(gebruiker.cognitoUsername);
  await stuurInloggegevens(config, gebruiker, uitnodiging, link.token);
  return {
    verstuurd: true as const,
    bericht: `Er is een nieuwe e-mail 'Inloggegevens instellen' verstuurd naar ${gebruiker.email}.`,
  };
}
