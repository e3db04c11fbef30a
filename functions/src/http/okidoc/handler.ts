import { httpRouter } from "../../middleware/router";
import { metOsoWijziging } from "../../oso/wachtrij";
import { poOkidocBijlageToevoegen, poOkidocBijlageVerwijderen } from "./bijlagen";
import { poOkidoc, poOkidocOpslaan } from "./po-okidoc";
import { okidocBijlagen, okidocPdf } from "./vo-okidoc";
import { poOkidocVrijgeven } from "./vrijgeven";

export const handler = httpRouter({
  poOkidoc,
  // OSO-03: what the pupil's OSO dossier holds changed.
  poOkidocOpslaan: metOsoWijziging(poOkidocOpslaan),
  poOkidocVrijgeven: metOsoWijziging(poOkidocVrijgeven),
  poOkidocBijlageToevoegen: metOsoWijziging(poOkidocBijlageToevoegen),
  poOkidocBijlageVerwijderen: metOsoWijziging(poOkidocBijlageVerwijderen),
  okidocPdf,
  okidocBijlagen,
});
