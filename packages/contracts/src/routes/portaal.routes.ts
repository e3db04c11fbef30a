import { Contactpersonen, MijnGegevens, NieuwsLijst, RegioPubliek, SchoolLijst } from "../portaal.schema";
import type { RouteDef } from "../route-def";

export const portaalRoutes = {
  regio: {
    id: "regio",
    method: "GET",
    path: "/api/regio",
    context: "portaal",
    auth: "none",
    summary: "De regio voor de openbare pagina's: naam, productnaam, helpdesk en huisstijl (REGION-01)",
    response: RegioPubliek,
  },
  mij: {
    id: "mij",
    method: "GET",
    path: "/api/mij",
    context: "portaal",
    auth: "jwt",
    summary: "De ingelogde gebruiker, het menu voor zijn rollen en de regio",
    response: MijnGegevens,
  },
  nieuws: {
    id: "nieuws",
    method: "GET",
    path: "/api/nieuws",
    context: "portaal",
    auth: "jwt",
    summary: "Gepubliceerde nieuwsberichten voor de homepagina (HOME-01)",
    response: NieuwsLijst,
  },
  scholen: {
    id: "scholen",
    method: "GET",
    path: "/api/scholen",
    context: "portaal",
    auth: "jwt",
    summary: "De scholen die de gebruiker mag zien: regio, bestuur of de eigen locatie",
    response: SchoolLijst,
  },
  contactpersonen: {
    id: "contactpersonen",
    method: "GET",
    path: "/api/contactpersonen",
    context: "portaal",
    auth: "jwt",
    summary: "Contactpersonen ELK per bestuur en de helpdesk van de regio (ORG-05, REGION-03)",
    response: Contactpersonen,
  },
} as const satisfies Record<string, RouteDef>;
