import { randomUUID } from "node:crypto";
import {
  type GebruikerRecord,
  getKalender,
  getOuderAccountByEmail,
  keys,
  type LeerlingRecord,
  maakOuderAccountAan,
  type Opgeslagen,
  werkOuderAccountBij,
} from "@elk/data";
import {
  type Actor,
  AlInGebruikFout,
  bepaalOuderinlog,
  controleerOuderinlog,
  leerlingNaam,
  nieuwOuderAccount,
  ouderinlogUitnodiging,
} from "@elk/domain";
import { ouderinlog } from "@elk/mail";
import { linkNaar, nieuwLinkToken } from "../../accounts/links";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { verstuur } from "../../config/outbox";
import { cognitoUsernameVoor } from "../../middleware/actor";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";

/**
 * ACC-09: send the parents their ouderinlog — a new account for a new address, this child added
 * to the account of an address that has one. Returns the moment it was sent.
 */
export async function stuurOuderinlog(
  leerling: Opgeslagen<LeerlingRecord>,
  door: Actor | "systeem",
  nu: Date,
): Promise<string> {
  controleerOuderinlog(leerling);
  const config = getRegionConfig();
  const db = getDb();
  const kalender = await getKalender(db, leerling.schooljaar, config);
  const verstuurdOp = nu.toISOString();
  const leerlingGebeurtenis = gebeurtenisDoor(
    door,
    keys.leerling.item(leerling.id),
    "ouderinlog-verstuurd",
    {},
    nu,
  );

  for (let poging = 1; ; poging++) {
    const bestaand = await getOuderAccountByEmail(db, leerling.emailOuders);
    const besluit = bepaalOuderinlog(leerling.id, bestaand);
    const ouderId = bestaand?.id ?? randomUUID();
    const link = besluit.soort === "nieuw-account" || besluit.nieuweLink ? nieuwLinkToken() : undefined;
    const uitnodiging = link ? ouderinlogUitnodiging(ouderId, link.hash, nu, kalender) : undefined;
    try {
      if (besluit.soort === "nieuw-account" && uitnodiging) {
        const ouder: GebruikerRecord = {
          ...nieuwOuderAccount(ouderId, leerling, nu),
          cognitoUsername: cognitoUsernameVoor(ouderId),
        };
        await maakOuderAccountAan(db, {
          ouder,
          uitnodiging,
          leerling,
          verstuurdOp,
          gebeurtenissen: [
            gebeurtenisDoor(
              door,
              keys.gebruiker.item(ouderId),
              "ouderinlog-aangemaakt",
              { leerlingId: leerling.id },
              nu,
            ),
            leerlingGebeurtenis,
          ],
        });
      } else if (bestaand && besluit.soort === "bestaand-account") {
        await werkOuderAccountBij(db, {
          ouder: { ...bestaand, leerlingIds: besluit.leerlingIds },
          uitnodiging,
          leerling,
          verstuurdOp,
          gebeurtenissen: [
            gebeurtenisDoor(
              door,
              keys.gebruiker.item(ouderId),
              "ouderinlog-bijgewerkt",
              { leerlingId: leerling.id },
              nu,
            ),
            leerlingGebeurtenis,
          ],
        });
      }
    } catch (error) {
      // Brothers and sisters sent at the same moment to one new address: the later joins the first's account.
      if (poging < 3 && error instanceof AlInGebruikFout && error.claim === "OUDER_EMAIL") continue;
      throw error;
    }
    const appUrl = process.env.APP_URL ?? "http://localhost:3000";
    await verstuur(
      leerling.emailOuders,
      ouderinlog(config, {
        kind: leerlingNaam(leerling),
        aanmeldperiode: kalender.aanmeldperiode,
        link:
          link && uitnodiging
            ? { url: linkNaar("/activeren", link.token), geldigTot: uitnodiging.verlooptOp }
            : undefined,
        appUrl,
      }),
      config.mail.antwoordAan,
    );
    return verstuurdOp;
  }
}
