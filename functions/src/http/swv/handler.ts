import { httpRouter } from "../../middleware/router";
import { swvAanvraag, swvAanvragen, swvKandidaten } from "./aanvragen";
import { swvBijlage, swvBijlageToevoegen, swvBijlageVerwijderen } from "./bijlagen";
import { swvAanvraagToevoegen, swvAanvraagWijzigen } from "./opstellen";
import { swvAccorderen, swvIndienen, swvTerugsturen } from "./stappen";

/**
 * Aanvragen SWV (Amsterdam): requests for extra support to the samenwerkingsverband. Every route
 * first checks that the actor reaches requests at all (domain: controleerSwvToegang), so where
 * the region does not enable the roles each answers 403.
 */
export const handler = httpRouter({
  swvAanvragen,
  swvKandidaten,
  swvAanvraag,
  swvAanvraagToevoegen,
  swvAanvraagWijzigen,
  swvBijlageToevoegen,
  swvBijlage,
  swvBijlageVerwijderen,
  swvIndienen,
  swvTerugsturen,
  swvAccorderen,
});
