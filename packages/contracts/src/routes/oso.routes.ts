import {
  AanleverpuntenLijst,
  AanleverpuntOpslaan,
  AanleverpuntRegel,
  AanleverpuntUitkomst,
  OsoDossierRegel,
  OsoKlaarzetten,
  OsoKlaarzettenUitkomst,
  OsoOverdrachten,
  OsoOverdrachtenQuery,
} from "../oso.schema";
import type { RouteDef } from "../route-def";

/**
 * OSO (issue 8): aanleverpunten (OSO-01, OSO-02), dossiers klaarzetten (OSO-03, OSO-04) and the
 * transfer monitor (OSO-05). A location or pupil outside the user's reach is "not found".
 */
export const osoRoutes = {
  osoAanleverpunten: {
    id: "osoAanleverpunten",
    method: "GET",
    path: "/api/oso/aanleverpunten",
    context: "oso",
    auth: "jwt",
    summary:
      "OSO > Configureren: de schoollocaties van het bestuur met BRIN, vestigingscode en aanleverpunt (OSO-01)",
    response: AanleverpuntenLijst,
  },
  osoAanleverpuntOpslaan: {
    id: "osoAanleverpuntOpslaan",
    method: "PUT",
    path: "/api/oso/aanleverpunten/{schoolId}",
    context: "oso",
    auth: "jwt",
    summary: "OSO opslaan: aanleverpuntnummer en -sleutel uit Mijn OSO (de sleutel versleuteld, nooit terug)",
    body: AanleverpuntOpslaan,
    response: AanleverpuntRegel,
  },
  osoAanleverpuntRegistreren: {
    id: "osoAanleverpuntRegistreren",
    method: "POST",
    path: "/api/oso/aanleverpunten/{schoolId}/registreer",
    context: "oso",
    auth: "jwt",
    summary: "Registreer aanleverpunt bij het OSO Traffic Center; zet OSO en Mag overdr. aanvragen (OSO-01)",
    response: AanleverpuntUitkomst,
  },
  osoAanleverpuntPing: {
    id: "osoAanleverpuntPing",
    method: "POST",
    path: "/api/oso/aanleverpunten/{schoolId}/ping",
    context: "oso",
    auth: "jwt",
    summary: "Ping: controleren of het Traffic Center het aanleverpunt kent",
    response: AanleverpuntUitkomst,
  },
  osoKlaarzetten: {
    id: "osoKlaarzetten",
    method: "POST",
    path: "/api/oso/dossiers",
    context: "oso",
    auth: "jwt",
    summary:
      "Bulkacties > OSO-dossiers klaarzetten voor de geselecteerde geplaatste leerlingen (OSO-03, OSO-04)",
    body: OsoKlaarzetten,
    response: OsoKlaarzettenUitkomst,
  },
  osoOverdrachten: {
    id: "osoOverdrachten",
    method: "GET",
    path: "/api/oso/overdrachten",
    context: "oso",
    auth: "jwt",
    summary: "OSO > Overdrachten: de OSO-dossiers van de eigen school met status, tijden en fouten (OSO-05)",
    query: OsoOverdrachtenQuery,
    response: OsoOverdrachten,
  },
  osoOpnieuw: {
    id: "osoOpnieuw",
    method: "POST",
    path: "/api/oso/dossiers/{aanmeldingId}/opnieuw",
    context: "oso",
    auth: "jwt",
    summary: "Een mislukt OSO-dossier opnieuw laten maken (OSO-05)",
    response: OsoDossierRegel,
  },
} as const satisfies Record<string, RouteDef>;
