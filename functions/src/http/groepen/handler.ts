import { httpRouter } from "../../middleware/router";
import { groepLeerlingenToevoegen, groepToevoegen, groepVerwijderen, groepWijzigen } from "./groep-opslaan";
import { groepen, groepKandidaten } from "./groepen";
import { alleGelezen, notificatieGelezen, notificaties } from "./notificaties";

export const handler = httpRouter({
  groepen,
  groepKandidaten,
  groepToevoegen,
  groepWijzigen,
  groepVerwijderen,
  groepLeerlingenToevoegen,
  notificaties,
  notificatieGelezen,
  alleGelezen,
});
