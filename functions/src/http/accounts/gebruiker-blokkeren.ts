import type { GebruikerRegel, ROUTES } from "@elk/contracts";
import { getGebruiker, keys, vervangGebruiker } from "@elk/data";
import { blokkeer, deblokkeer, NietGevondenFout, nieuweUitnodiging } from "@elk/domain";
import { meldOveralAf, zetIdentiteitAan } from "../../accounts/cognito";
import { nieuwLinkToken } from "../../accounts/links";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { stuurInloggegevens } from "./account-gegevens";
import { alsRegel } from "./gebruiker-regel";

/**
 * Issue #10: an administrator blocks an account — whoever may reset it (ACC-05), never the own.
 * Every session ends at once: its tokens and renewals are refused from this moment
 * (`sessiesOngeldigVanaf`, middleware/actor.ts, accounts/sessies.ts), sign-in is refused, its
 * links die, and the Cognito identity is signed out everywhere and disabled.
 */
export async function gebruikerBlokkeren(
  req: IngelogdVerzoek<typeof ROUTES.gebruikerBlokkeren>,
): Promise<GebruikerRegel> {
  const config = getRegionConfig();
  const db = getDb();
  const gebruiker = await getGebruiker(db, req.params.gebruikerId ?? "");
  if (!gebruiker) throw new NietGevondenFout("De gebruiker");
  const status = blokkeer(req.actor, gebruiker, config);

  const nu = new Date();
  const geblokkeerd = { ...gebruiker, status, sessiesOngeldigVanaf: nu.toISOString() };
  // ELK's status is what refuses the account everywhere, so it is written first; the pool follows.
  await vervangGebruiker(db, geblokkeerd, {
    gebeurtenis: gebeurtenisDoor(
      req.actor,
      keys.gebruiker.item(gebruiker.id),
      "gebruiker-geblokkeerd",
      { statusVoor: gebruiker.status },
      nu,
    ),
  });
  await zetIdentiteitAan(gebruiker.cognitoUsername, false);
  await meldOveralAf(gebruiker.cognitoUsername);
  // Tokens carry their issue time in whole seconds and those of this second are refused
  // (middleware/actor.ts): the answer waits for the second to end, so a sign-in after an
  // unblocking is never of it.
  await new Promise((r) =>
    setTimeout(r, Math.max(0, 1000 - (Date.now() - Math.floor(nu.getTime() / 1000) * 1000))),
  );
  return alsRegel({ ...geblokkeerd, version: gebruiker.version + 1 }, req.actor, config);
}

/**
 * Issue #10: unblocking gives the account back its status; sessions and links of before the block
 * stay dead. An account that was never set up gets a new "Inloggegevens instellen".
 */
export async function gebruikerDeblokkeren(
  req: IngelogdVerzoek<typeof ROUTES.gebruikerDeblokkeren>,
): Promise<GebruikerRegel> {
  const config = getRegionConfig();
  const db = getDb();
  const gebruiker = await getGebruiker(db, req.params.gebruikerId ?? "");
  if (!gebruiker) throw new NietGevondenFout("De gebruiker");
  const status = deblokkeer(req.actor, gebruiker, config);

  const nu = new Date();
  const link = status === "uitgenodigd" ? nieuwLinkToken() : undefined;
  const uitnodiging = link ? nieuweUitnodiging("inloggegevens", gebruiker.id, link.hash, nu) : undefined;
  // The pool first: should the table write fail, the account is still blocked in ELK.
  await zetIdentiteitAan(gebruiker.cognitoUsername, true);
  const gedeblokkeerd = { ...gebruiker, status };
  await vervangGebruiker(db, gedeblokkeerd, {
    nieuweLink: uitnodiging,
    gebeurtenis: gebeurtenisDoor(
      req.actor,
      keys.gebruiker.item(gebruiker.id),
      "gebruiker-gedeblokkeerd",
      { statusNa: status },
      nu,
    ),
  });
  if (link && uitnodiging) await stuurInloggegevens(config, gebruiker, uitnodiging, link.token);
  return alsRegel({ ...gedeblokkeerd, version: gebruiker.version + 1 }, req.actor, config);
}
