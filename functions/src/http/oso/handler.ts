import { httpRouter } from "../../middleware/router";
import {
  osoAanleverpunten,
  osoAanleverpuntOpslaan,
  osoAanleverpuntPing,
  osoAanleverpuntRegistreren,
} from "./configureren";
import { osoKlaarzetten, osoOpnieuw, osoOverdrachten } from "./dossiers";

/** OSO (issue 8): aanleverpunten, dossiers klaarzetten and the transfer monitor. */
export const handler = httpRouter({
  osoAanleverpunten,
  osoAanleverpuntOpslaan,
  osoAanleverpuntRegistreren,
  osoAanleverpuntPing,
  osoKlaarzetten,
  osoOverdrachten,
  osoOpnieuw,
});
