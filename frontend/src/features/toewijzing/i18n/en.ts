import type { toewijzingNl } from "./nl";

export const toewijzingEn: Record<keyof typeof toewijzingNl, string> = {
  "toewijzing.titel": "Correct an assignment",
  "toewijzing.intro":
    "Did the 1st-choice school assign a pupil to the wrong school after the CP&L, or must a pupil be placed at a school that is not on its voorkeurslijst? Find the pupil by ELK-nummer and assign the right school and afdeling.",
  "toewijzing.elkNummer": "ELK-nummer",
  "toewijzing.zoeken": "Search",
  "toewijzing.zoekenBezig": "Searching…",
  "toewijzing.leerling": "Pupil",
  "toewijzing.huidigeSchool": "Current school",
  "toewijzing.status": "Status",
  "toewijzing.toegewezenDoor": "Assigned by",
  "toewijzing.voorkeurslijst": "Voorkeurslijst",
  "toewijzing.nietToegewezen":
    "This pupil was not assigned after the CP&L. Only an assignment can be corrected here.",
  "toewijzing.school": "School",
  "toewijzing.kiesSchool": "Choose a school",
  "toewijzing.afdeling": "Afdeling",
  "toewijzing.kiesAfdeling": "Choose an afdeling",
  "toewijzing.corrigeren": "Correct the assignment",
  "toewijzing.corrigerenBezig": "Correcting…",
  "toewijzing.gecorrigeerd": "{naam} is assigned to {school}, {afdeling}.",
};
