import {
  DoorstroomtoetsOpslaan,
  DoorstroomtoetsOverzicht,
  ExportDownload,
  ExportStand,
  ExportStarten,
  PoDoorstroomtoets,
  SchooljaarQuery,
  StatusOverzicht,
  StatusOverzichtQuery,
} from "../overzichten.schema";
import type { RouteDef } from "../route-def";

/**
 * Exports and Overzichten (issue 7). An export is built by a worker from the exports queue into
 * the files bucket; the screen follows its progress and fetches it by a short-lived link.
 */
export const overzichtenRoutes = {
  exportStarten: {
    id: "exportStarten",
    method: "POST",
    path: "/api/exports",
    context: "overzichten",
    auth: "jwt",
    summary:
      "Een export maken: aanmeldingenoverzicht (selectie of filters), decentrale loting, terugtrekkers, buitenleerlingen, doorstroomtoets (EXP-01 … EXP-03)",
    body: ExportStarten,
    response: ExportStand,
  },
  exportStand: {
    id: "exportStand",
    method: "GET",
    path: "/api/exports/{exportId}",
    context: "overzichten",
    auth: "jwt",
    summary: "Hoe ver de export is (voortgang), en of hij klaar is",
    response: ExportStand,
  },
  exportDownload: {
    id: "exportDownload",
    method: "POST",
    path: "/api/exports/{exportId}/download",
    context: "overzichten",
    auth: "jwt",
    summary: "Een kortlevende downloadlink van de export; elke download wordt vastgelegd",
    response: ExportDownload,
  },
  doorstroomtoetsOverzicht: {
    id: "doorstroomtoetsOverzicht",
    method: "GET",
    path: "/api/overzichten/doorstroomtoets",
    context: "overzichten",
    auth: "jwt",
    summary:
      "Overzichten > VO – Resultaten doorstroomtoets: alle aangemelde leerlingen met hun uitslag (EXP-03)",
    query: SchooljaarQuery,
    response: DoorstroomtoetsOverzicht,
  },
  statusOverzicht: {
    id: "statusOverzicht",
    method: "GET",
    path: "/api/overzichten/status",
    context: "overzichten",
    auth: "jwt",
    summary:
      "Overzichten > Status aanmeldingen: aantallen per status en per afdeling tegen de capaciteit; de regiobeheerder ziet alle scholen (HOME-02)",
    query: StatusOverzichtQuery,
    response: StatusOverzicht,
  },
  poDoorstroomtoets: {
    id: "poDoorstroomtoets",
    method: "GET",
    path: "/api/po/leerlingen/{leerlingId}/doorstroomtoets",
    context: "overzichten",
    auth: "jwt",
    summary: "De uitslag van de doorstroomtoets van een leerling van de eigen basisschool (PO-02)",
    response: PoDoorstroomtoets,
  },
  poDoorstroomtoetsOpslaan: {
    id: "poDoorstroomtoetsOpslaan",
    method: "PUT",
    path: "/api/po/leerlingen/{leerlingId}/doorstroomtoets",
    context: "overzichten",
    auth: "jwt",
    summary: "De basisschool voert de uitslag in en mag het advies daarna verhogen, nooit verlagen (PO-02)",
    body: DoorstroomtoetsOpslaan,
    response: PoDoorstroomtoets,
  },
} as const satisfies Record<string, RouteDef>;
