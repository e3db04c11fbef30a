import {
  ImportResultaat,
  KalenderDetail,
  KalenderWijzigen,
  LeerlingenImporteren,
  LeerlingenLijst,
  LeerlingenQuery,
  LeerlingRegel,
  LeerlingToevoegen,
  LeerlingWijzigen,
  OuderinlogAangevraagd,
  OuderinlogAanvragen,
  OuderinlogVerstuurd,
} from "../leerlingen.schema";
import type { RouteDef } from "../route-def";

/**
 * Leerlingen (issue 4): the calendar of a school year, the pupils a primary school keeps and
 * imports, and the parents' ouderinlog — sent by the primary school, or requested by the parents
 * of a pupil of the other Kernprocedure.
 */
export const leerlingenRoutes = {
  kalender: {
    id: "kalender",
    method: "GET",
    path: "/api/kalender/{schooljaar}",
    context: "leerlingen",
    auth: "jwt",
    summary:
      "De kalender van een schooljaar: aanmeldperiode, behandelperiode, lotingen, bekendmaking (REG-10, LOT-04)",
    response: KalenderDetail,
  },
  kalenderWijzigen: {
    id: "kalenderWijzigen",
    method: "PUT",
    path: "/api/kalender/{schooljaar}",
    context: "leerlingen",
    auth: "jwt",
    summary:
      "De kalender van een schooljaar vaststellen, op basis van de gelezen versie (beheerorganisatie; REG-10)",
    body: KalenderWijzigen,
    response: KalenderDetail,
  },
  poLeerlingen: {
    id: "poLeerlingen",
    method: "GET",
    path: "/api/po/leerlingen",
    context: "leerlingen",
    auth: "jwt",
    summary: "De leerlingen van de eigen basisschool in een schooljaar; het BSN alleen gemaskeerd (PO-01)",
    query: LeerlingenQuery,
    response: LeerlingenLijst,
  },
  poLeerlingToevoegen: {
    id: "poLeerlingToevoegen",
    method: "POST",
    path: "/api/po/leerlingen",
    context: "leerlingen",
    auth: "jwt",
    summary: "Leerling toevoegen met BSN of onderwijsnummer (elfproef); krijgt een ELK-nummer (PO-01)",
    body: LeerlingToevoegen,
    response: LeerlingRegel,
  },
  poLeerlingenImporteren: {
    id: "poLeerlingenImporteren",
    method: "POST",
    path: "/api/po/leerlingen/import",
    context: "leerlingen",
    auth: "jwt",
    summary:
      "Leerlingen importeren uit een CSV-bestand (;); één foute rij en er wordt niets opgeslagen (PO-01)",
    body: LeerlingenImporteren,
    response: ImportResultaat,
  },
  poLeerlingWijzigen: {
    id: "poLeerlingWijzigen",
    method: "PUT",
    path: "/api/po/leerlingen/{leerlingId}",
    context: "leerlingen",
    auth: "jwt",
    summary:
      "Naam, adres, advies en e-mailadres van de ouders wijzigen, op basis van de gelezen versie (PO-01)",
    body: LeerlingWijzigen,
    response: LeerlingRegel,
  },
  ouderinlogVersturen: {
    id: "ouderinlogVersturen",
    method: "POST",
    path: "/api/po/leerlingen/{leerlingId}/ouderinlog",
    context: "leerlingen",
    auth: "jwt",
    summary:
      "Ouderinlog versturen naar het e-mailadres van de ouders; niet bij een PrO-advies (ACC-09, REG-01)",
    response: OuderinlogVerstuurd,
  },
  ouderinlogAanvragen: {
    id: "ouderinlogAanvragen",
    method: "POST",
    path: "/api/ouderinlog-aanvragen",
    context: "leerlingen",
    auth: "none",
    summary:
      "Ouderinlog aanvragen voor een leerling van de andere Kernprocedure, in de week vóór de aanmeldperiode (REG-07)",
    body: OuderinlogAanvragen,
    response: OuderinlogAangevraagd,
  },
} as const satisfies Record<string, RouteDef>;
