import { httpRouter } from "../../middleware/router";
import { afdelingenWijzigen } from "./afdelingen-wijzigen";
import { besturen } from "./besturen";
import { bestuurToevoegen } from "./bestuur-toevoegen";
import { bestuurWijzigen } from "./bestuur-wijzigen";
import { nieuwsBeheer } from "./nieuws-beheer";
import { nieuwsIntrekken } from "./nieuws-intrekken";
import { nieuwsPubliceren } from "./nieuws-publiceren";
import { nieuwsToevoegen } from "./nieuws-toevoegen";
import { school } from "./school";
import { schoolToevoegen } from "./school-toevoegen";
import { schoolWijzigen } from "./school-wijzigen";

export const handler = httpRouter({
  besturen,
  bestuurToevoegen,
  bestuurWijzigen,
  schoolToevoegen,
  school,
  schoolWijzigen,
  afdelingenWijzigen,
  nieuwsBeheer,
  nieuwsToevoegen,
  nieuwsPubliceren,
  nieuwsIntrekken,
});
