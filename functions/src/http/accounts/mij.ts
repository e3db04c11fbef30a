import type { ROUTES } from "@elk/contracts";
import { getGebruiker, keys, vervangGebruiker } from "@elk/data";
import {
  controleerNieuwWachtwoord,
  GeenToegangFout,
  NietIngelogdFout,
  OngeldigeInvoerFout,
} from "@elk/domain";
import { isHuidigWachtwoord, zetWachtwoord } from "../../accounts/cognito";
import { getDb } from "../../config/db";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { naamEnContact } from "./account-gegevens";

/** ACC-08: the user menu changes the signed-in account itself — never while looking along (ACC-07). */
async function eigenAccount(req: IngelogdVerzoek<unknown>) {
  if (req.actor.meekijkendDoor) throw new GeenToegangFout();
  const gebruiker = await getGebruiker(getDb(), req.actor.gebruikerId);
  if (!gebruiker) throw new NietIngelogdFout();
  return gebruiker;
}

export async function mijWijzigen(req: IngelogdVerzoek<typeof ROUTES.mijWijzigen>) {
  const gebruiker = await eigenAccount(req);
  const { body } = req;
  await vervangGebruiker(
    getDb(),
    {
      ...gebruiker,
      ...naamEnContact(body),
    },
    {
      gebeurtenis: gebeurtenisDoor(req.actor, keys.gebruiker.item(gebruiker.id), "eigen-gegevens-gewijzigd"),
    },
  );
  return { gelukt: true as const };
}

export async function mijnWachtwoord(req: IngelogdVerzoek<typeof ROUTES.mijnWachtwoord>) {
  const gebruiker = await eigenAccount(req);
  controleerNieuwWachtwoord(req.body.wachtwoord, req.body.wachtwoordHerhaald);
  if (!(await isHuidigWachtwoord(gebruiker.cognitoUsername, req.body.huidigWachtwoord))) {
    throw new OngeldigeInvoerFout("Het huidige wachtwoord is niet juist.", {
      huidigWachtwoord: "Het huidige wachtwoord is niet juist.",
    });
  }
  await zetWachtwoord(gebruiker.cognitoUsername, req.body.wachtwoord);
  return { gelukt: true as const };
}
