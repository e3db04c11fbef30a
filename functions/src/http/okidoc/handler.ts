import { httpRouter } from "../../middleware/router";
import { poOkidocBijlageToevoegen, poOkidocBijlageVerwijderen } from "./bijlagen";
import { poOkidoc, poOkidocOpslaan } from "./po-okidoc";
import { okidocBijlagen, okidocPdf } from "./vo-okidoc";
import { poOkidocVrijgeven } from "./vrijgeven";

export const handler = httpRouter({
  poOkidoc,
  poOkidocOpslaan,
  poOkidocVrijgeven,
  poOkidocBijlageToevoegen,
  poOkidocBijlageVerwijderen,
  okidocPdf,
  okidocBijlagen,
});
