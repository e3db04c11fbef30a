import type { OuderinlogAangevraagd, ROUTES } from "@elk/contracts";
import { getKalender, getLeerling, keys, maakLeerlingAan } from "@elk/data";
import {
  AlInGebruikFout,
  controleerOuderinlogAanvraag,
  kalenderVoorOuderinlogAanvraag,
  magOuderinlogOpnieuw,
  NietGevondenFout,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { Verzoek } from "../../middleware/router";
import { bekendeLeerling, leerlingRecord } from "./nieuwe-leerling";
import { stuurOuderinlog } from "./ouderinlog";

/**
 * REG-07: parents of a pupil of the other Kernprocedure request an ouderinlog in the week before
 * the registration period. The pupil is added with an ELK-nummer and the ouderinlog sent. The
 * answer is the same whether the BSN was known or not, so nobody learns which pupils exist; a
 * known pupil of the other Kernprocedure gets its ouderinlog again, to the address it already has.
 */
export async function ouderinlogAanvragen(
  req: Verzoek<typeof ROUTES.ouderinlogAanvragen>,
): Promise<OuderinlogAangevraagd> {
  const config = getRegionConfig();
  const db = getDb();
  const nu = new Date();
  const kalenders = await Promise.all(
    config.kalender.schooljaren.map((jaar) => getKalender(db, jaar, config)),
  );
  const { schooljaar } = kalenderVoorOuderinlogAanvraag(kalenders, nu);
  const aanvraag = controleerOuderinlogAanvraag(req.body, schooljaar);

  const bekend = await bekendeLeerling(aanvraag.identificatie, schooljaar);
  let leerlingId =
    bekend && magOuderinlogOpnieuw(bekend, aanvraag.gegevens.emailOuders) ? bekend.id : undefined;
  if (!bekend) {
    const leerling = await leerlingRecord(aanvraag, schooljaar, {
      anderKernprocedure: { basisschool: aanvraag.basisschool },
    });
    try {
      await maakLeerlingAan(
        db,
        leerling,
        gebeurtenisDoor("systeem", keys.leerling.item(leerling.id), "ouderinlog-aangevraagd", {
          elkNummer: leerling.elkNummer,
        }),
      );
      leerlingId = leerling.id;
    } catch (error) {
      // The same request twice at once: the first one sends the ouderinlog.
      if (!(error instanceof AlInGebruikFout && error.claim === "BSN")) throw error;
    }
  }
  if (leerlingId) {
    const leerling = await getLeerling(db, leerlingId);
    if (!leerling) throw new NietGevondenFout("De leerling");
    await stuurOuderinlog(leerling, "systeem", nu);
  }
  return {
    verstuurd: true,
    bericht: `Dank u wel. Als de gegevens kloppen, ontvangt u binnen enkele minuten een e-mail op ${aanvraag.gegevens.emailOuders} met de ouderinlog van ${config.productNaam}. Geen e-mail ontvangen? Kijk ook bij uw ongewenste e-mail, of neem contact op met ${config.helpdesk.naam} (${config.helpdesk.email}).`,
  };
}
