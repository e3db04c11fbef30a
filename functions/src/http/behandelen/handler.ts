import { httpRouter } from "../../middleware/router";
import { aanmelding, aanmeldingZoeken, behandelen } from "./behandelen";
import { historie } from "./historie";
import { notities, notitieToevoegen } from "./notities";
import { aanmeldingen } from "./overzicht";
import { poAanmelding, poBehandelen } from "./po";

export const handler = httpRouter({
  aanmeldingen,
  aanmelding,
  behandelen,
  historie,
  notities,
  notitieToevoegen,
  poAanmelding,
  poBehandelen,
  aanmeldingZoeken,
});
