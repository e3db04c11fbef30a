import {
  CplDownload,
  CplRunInvoer,
  CplStand,
  CplUitkomst,
  DecentraleStand,
  DecentraleUitkomst,
} from "../loting.schema";
import type { RouteDef } from "../route-def";

/**
 * The Centrale Plaatsing en Loting (LOT-03, issue 6): the region administrator commits a seed,
 * previews the outcome, makes it final (the seed is revealed, the run stored and assigned) and
 * downloads the run for anyone to check with `npx tsx scripts/loting-controle.ts`.
 */
export const lotingRoutes = {
  cplStand: {
    id: "cplStand",
    method: "GET",
    path: "/api/loting/{schooljaar}/cpl",
    context: "loting",
    auth: "jwt",
    summary:
      "De Centrale Plaatsing en Loting van een schooljaar: commitment, capaciteit per afdeling, leerlingen in de CP&L (LOT-03)",
    response: CplStand,
  },
  cplSeedVastleggen: {
    id: "cplSeedVastleggen",
    method: "POST",
    path: "/api/loting/{schooljaar}/cpl/seed",
    context: "loting",
    auth: "jwt",
    summary:
      "Een seed maken en geheim vastleggen; alleen de commitment (SHA-256) wordt gepubliceerd (LOT-03)",
    response: CplStand,
  },
  cplVoorbeeld: {
    id: "cplVoorbeeld",
    method: "POST",
    path: "/api/loting/{schooljaar}/cpl/voorbeeld",
    context: "loting",
    auth: "jwt",
    summary: "Voorbeeld: de uitkomst, eventueel met extra capaciteit per afdeling, zonder iets toe te wijzen",
    body: CplRunInvoer,
    response: CplUitkomst,
  },
  cplDefinitief: {
    id: "cplDefinitief",
    method: "POST",
    path: "/api/loting/{schooljaar}/cpl/definitief",
    context: "loting",
    auth: "jwt",
    summary:
      "Definitief maken: de seed onthullen, de run opslaan en elke geplaatste leerling toewijzen aan de school van de CP&L",
    body: CplRunInvoer,
    response: CplStand,
  },
  cplReservelijsten: {
    id: "cplReservelijsten",
    method: "POST",
    path: "/api/loting/{schooljaar}/cpl/reservelijsten",
    context: "loting",
    auth: "jwt",
    summary:
      "Tweede ronde van een centrale loting: vrijgekomen plaatsen naar de eerste op de reservelijst, die een plaats hoger op de eigen lijst opschuift (alleen regio's met een centrale loting); de lotingverwerker doet het werk",
    response: CplStand,
  },
  cplRunDownload: {
    id: "cplRunDownload",
    method: "POST",
    path: "/api/loting/{schooljaar}/cpl/run",
    context: "loting",
    auth: "jwt",
    summary: "Een kortlevende downloadlink van de opgeslagen run (LotingRun JSON) om na te rekenen",
    response: CplDownload,
  },
  decentraleStand: {
    id: "decentraleStand",
    method: "GET",
    path: "/api/loting/{schooljaar}/decentraal",
    context: "loting",
    auth: "jwt",
    summary:
      "De decentrale loting van een schooljaar: commitment en de overingeschreven afdelingen en capaciteitsgroepen (LOT-02)",
    response: DecentraleStand,
  },
  decentraleSeedVastleggen: {
    id: "decentraleSeedVastleggen",
    method: "POST",
    path: "/api/loting/{schooljaar}/decentraal/seed",
    context: "loting",
    auth: "jwt",
    summary:
      "Een eigen seed voor de decentrale loting maken en geheim vastleggen; alleen de commitment wordt gepubliceerd",
    response: DecentraleStand,
  },
  decentraleVoorbeeld: {
    id: "decentraleVoorbeeld",
    method: "POST",
    path: "/api/loting/{schooljaar}/decentraal/voorbeeld",
    context: "loting",
    auth: "jwt",
    summary:
      "Voorbeeld: per overingeschreven afdeling of capaciteitsgroep aangemeld, capaciteit, ingeloot en uitgeloot, zonder iets te wijzigen",
    response: DecentraleUitkomst,
  },
  decentraleDefinitief: {
    id: "decentraleDefinitief",
    method: "POST",
    path: "/api/loting/{schooljaar}/decentraal/definitief",
    context: "loting",
    auth: "jwt",
    summary:
      "Definitief maken: de seed onthullen, de run opslaan en elke uitgelote leerling de status Uitgeloot geven",
    response: DecentraleStand,
  },
  decentraleRunDownload: {
    id: "decentraleRunDownload",
    method: "POST",
    path: "/api/loting/{schooljaar}/decentraal/run",
    context: "loting",
    auth: "jwt",
    summary:
      "Een kortlevende downloadlink van de opgeslagen decentrale loting (LotingRun JSON) om na te rekenen",
    response: CplDownload,
  },
} as const satisfies Record<string, RouteDef>;
