import {
  OkidocBijlagen,
  OkidocBijlageRegel,
  OkidocBijlageToevoegen,
  OkidocBijlageVerwijderd,
  OkidocOpslaan,
  OkidocPdf,
  OkidocVrijgeven,
  PoOkidoc,
} from "../okidoc.schema";
import type { RouteDef } from "../route-def";

/**
 * The oki-doc (issue 5): the primary school's form, bijlagen and release (PO-01, TRT-03), and the
 * VO school's download of the released PDF and bijlagen (TRT-02). Downloads are short-lived
 * presigned links: the API answers JSON only.
 */
export const okidocRoutes = {
  poOkidoc: {
    id: "poOkidoc",
    method: "GET",
    path: "/api/po/leerlingen/{leerlingId}/okidoc",
    context: "okidoc",
    auth: "jwt",
    summary:
      "Het oki-doc van een eigen leerling: formulier, ingevulde velden, status, gevraagde aanvulling en bijlagen (PO-01)",
    response: PoOkidoc,
  },
  poOkidocOpslaan: {
    id: "poOkidocOpslaan",
    method: "PUT",
    path: "/api/po/leerlingen/{leerlingId}/okidoc",
    context: "okidoc",
    auth: "jwt",
    summary:
      "Het oki-doc opslaan (concept of na een gevraagde aanvulling), op basis van de gelezen versie (PO-01, TRT-03)",
    body: OkidocOpslaan,
    response: PoOkidoc,
  },
  poOkidocVrijgeven: {
    id: "poOkidocVrijgeven",
    method: "POST",
    path: "/api/po/leerlingen/{leerlingId}/okidoc/vrijgeven",
    context: "okidoc",
    auth: "jwt",
    summary:
      "Het oki-doc vrijgeven: alleen als het compleet is; daarna alleen-lezen. Na een gevraagde aanvulling: aangevuld, met een notificatie aan de VO-school (PO-01, TRT-03)",
    body: OkidocVrijgeven,
    response: PoOkidoc,
  },
  poOkidocBijlageToevoegen: {
    id: "poOkidocBijlageToevoegen",
    method: "POST",
    path: "/api/po/leerlingen/{leerlingId}/okidoc/bijlagen",
    context: "okidoc",
    auth: "jwt",
    summary:
      "Een bijlage aan het oki-doc toevoegen: PDF, Word, OpenDocument, Excel, JPG, PNG of tekst (PO-01)",
    body: OkidocBijlageToevoegen,
    response: OkidocBijlageRegel,
  },
  poOkidocBijlageVerwijderen: {
    id: "poOkidocBijlageVerwijderen",
    method: "DELETE",
    path: "/api/po/leerlingen/{leerlingId}/okidoc/bijlagen/{bijlageId}",
    context: "okidoc",
    auth: "jwt",
    summary: "Een bijlage van het oki-doc verwijderen, zolang het oki-doc bewerkt kan worden (PO-01)",
    response: OkidocBijlageVerwijderd,
  },
  okidocPdf: {
    id: "okidocPdf",
    method: "GET",
    path: "/api/aanmeldingen/{aanmeldingId}/okidoc",
    context: "okidoc",
    auth: "jwt",
    summary:
      "De PDF van het vrijgegeven oki-doc, als link die 5 minuten geldig is; niet voor buitenleerlingen (TRT-02)",
    response: OkidocPdf,
  },
  okidocBijlagen: {
    id: "okidocBijlagen",
    method: "GET",
    path: "/api/aanmeldingen/{aanmeldingId}/okidoc/bijlagen",
    context: "okidoc",
    auth: "jwt",
    summary: "De bijlagen van het vrijgegeven oki-doc, elk als link die 5 minuten geldig is (TRT-02)",
    response: OkidocBijlagen,
  },
} as const satisfies Record<string, RouteDef>;
