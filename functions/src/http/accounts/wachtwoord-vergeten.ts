import type { ROUTES } from "@elk/contracts";
import {
  gebruikLink,
  getGebruiker,
  getGebruikerByGebruikersnaam,
  getUitnodiging,
  keys,
  maakUitnodiging,
} from "@elk/data";
import {
  controleerNieuwWachtwoord,
  controleerUitnodiging,
  GelijktijdigGewijzigdFout,
  isLinkIngetrokken,
  LinkOngeldigFout,
  nieuweUitnodiging,
  WACHTWOORD_REGELS,
} from "@elk/domain";
import { wachtwoordHerstellen as wachtwoordHerstellenMail } from "@elk/mail";
import { zetWachtwoord } from "../../accounts/cognito";
import { hashLinkToken, linkNaar, nieuwLinkToken } from "../../accounts/links";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { verstuur } from "../../config/outbox";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { Verzoek } from "../../middleware/router";

const BERICHT =
  "Als deze gebruikersnaam bij ons bekend is, ontvang je binnen enkele minuten een e-mail met een link om een nieuw wachtwoord in te stellen. Ben je je gebruikersnaam vergeten? Neem dan contact op met je contactpersoon ELK.";

/**
 * "Wachtwoord vergeten" (ACC-05) by username. The answer is the same whether the username exists
 * or not; only an active account receives the mail.
 */
export async function wachtwoordVergeten(req: Verzoek<typeof ROUTES.wachtwoordVergeten>) {
  const config = getRegionConfig();
  const db = getDb();
  const gebruiker = await getGebruikerByGebruikersnaam(db, req.body.gebruikersnaam);
  if (gebruiker?.status === "actief" && gebruiker.gebruikersnaam) {
    const link = nieuwLinkToken();
    const nu = new Date();
    const uitnodiging = nieuweUitnodiging("wachtwoord", gebruiker.id, link.hash, nu);
    await maakUitnodiging(
      db,
      uitnodiging,
      gebeurtenisDoor("systeem", keys.gebruiker.item(gebruiker.id), "wachtwoord-vergeten", {}, nu),
    );
    await verstuur(
      gebruiker.email,
      wachtwoordHerstellenMail(config, {
        naam: gebruiker.naam,
        gebruikersnaam: gebruiker.gebruikersnaam,
        link: linkNaar("/wachtwoord-herstellen", link.token),
        geldigTot: uitnodiging.verlooptOp,
      }),
      config.mail.antwoordAan,
    );
  }
  return { verstuurd: true as const, bericht: BERICHT };
}

async function geldigeHerstelLink(token: string) {
  const db = getDb();
  const uitnodiging = controleerUitnodiging(
    await getUitnodiging(db, hashLinkToken(token)),
    "wachtwoord",
    new Date(),
  );
  const gebruiker = await getGebruiker(db, uitnodiging.gebruikerId);
  if (gebruiker?.status !== "actief") throw new LinkOngeldigFout("onbekend");
  // Issue #10: a link asked for before a block (or reset) stays dead after unblocking.
  if (isLinkIngetrokken(uitnodiging, gebruiker.sessiesOngeldigVanaf)) throw new LinkOngeldigFout("verlopen");
  return { uitnodiging, gebruiker };
}

export async function wachtwoordHerstellenControleren(
  req: Verzoek<typeof ROUTES.wachtwoordHerstellenControleren>,
) {
  const { gebruiker } = await geldigeHerstelLink(req.body.token);
  return { gebruikersnaam: gebruiker.gebruikersnaam ?? "", wachtwoordRegels: [...WACHTWOORD_REGELS] };
}

/** The new password, typed twice; the link is used up first, so it can never be used twice. */
export async function wachtwoordHerstellen(req: Verzoek<typeof ROUTES.wachtwoordHerstellen>) {
  controleerNieuwWachtwoord(req.body.wachtwoord, req.body.wachtwoordHerhaald);
  const { uitnodiging, gebruiker } = await geldigeHerstelLink(req.body.token);
  const nu = new Date().toISOString();
  await gebruikLink(
    getDb(),
    uitnodiging.tokenHash,
    nu,
    gebeurtenisDoor("systeem", keys.gebruiker.item(gebruiker.id), "wachtwoord-hersteld"),
  ).catch((error: unknown) => {
    // Lost a race with a second click on the same link.
    throw error instanceof GelijktijdigGewijzigdFout ? new LinkOngeldigFout("gebruikt") : error;
  });
  await zetWachtwoord(gebruiker.cognitoUsername, req.body.wachtwoord);
  return { gelukt: true as const };
}
