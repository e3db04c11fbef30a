import { type OuderinlogAangevraagd, type OuderinlogAanvragen, ROUTES } from "@elk/contracts";
import { roepAan } from "../../../lib/api-client";

/** REG-07: public, in the week before the registration period; outside it the API says when. */
export function ouderinlogAanvragen(gegevens: OuderinlogAanvragen): Promise<OuderinlogAangevraagd> {
  return roepAan(ROUTES.ouderinlogAanvragen, { body: gegevens });
}
