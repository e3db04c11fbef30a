import { httpRouter } from "../../middleware/router";
import { metOsoWijziging } from "../../oso/wachtrij";
import { kalender } from "./kalender";
import { kalenderWijzigen } from "./kalender-wijzigen";
import { ouderinlogAanvragen } from "./ouderinlog-aanvragen";
import { ouderinlogVersturen } from "./ouderinlog-versturen";
import { poLeerlingToevoegen } from "./po-leerling-toevoegen";
import { poLeerlingWijzigen } from "./po-leerling-wijzigen";
import { poLeerlingen } from "./po-leerlingen";
import { poLeerlingenImporteren } from "./po-leerlingen-importeren";

export const handler = httpRouter({
  kalender,
  kalenderWijzigen,
  poLeerlingen,
  poLeerlingToevoegen,
  poLeerlingenImporteren,
  poLeerlingWijzigen: metOsoWijziging(poLeerlingWijzigen),
  ouderinlogVersturen,
  ouderinlogAanvragen,
});
