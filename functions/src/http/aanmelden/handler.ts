import { httpRouter } from "../../middleware/router";
import { buitenleerlingAanmelden, buitenleerlingControleren } from "./buitenleerling";
import { documenten, documentUploaden } from "./documenten";
import { ouderGegevens } from "./ouder-gegevens";
import {
  aanmeldingIntrekken,
  definitiefAanmelden,
  keuzemogelijkheden,
  mijnKinderen,
  voorkeurslijstOpslaan,
} from "./ouderportaal";
import {
  adviesKeuzemogelijkheden,
  elkNummerControleren,
  schoolAanmelding,
  schoolKeuzemogelijkheden,
} from "./school";

export const handler = httpRouter({
  mijnKinderen,
  keuzemogelijkheden,
  voorkeurslijstOpslaan,
  definitiefAanmelden,
  aanmeldingIntrekken,
  elkNummerControleren,
  schoolAanmelding,
  schoolKeuzemogelijkheden,
  adviesKeuzemogelijkheden,
  buitenleerlingControleren,
  buitenleerlingAanmelden,
  documenten,
  documentUploaden,
  ouderGegevens,
});
