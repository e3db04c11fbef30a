import type { behandelenNl } from "./nl";

/** English texts of the primary school's view of a registration; domain words stay Dutch. */
export const behandelenEn: Record<keyof typeof behandelenNl, string> = {
  "poAanmelding.titel": "Registration for secondary school",
  "poAanmelding.school": "School",
  "poAanmelding.status": "Status",
  "poAanmelding.geplaatstOp": "{status}, afdeling {afdeling}",
  "poAanmelding.tafelmiddag": "Warm handover",
  "poAanmelding.tafelmiddag.geen": "Not requested",
  "poAanmelding.tafelmiddag.po": "Requested by your school",
  "poAanmelding.tafelmiddag.vo": "Requested by the VO school",
  "poAanmelding.tafelmiddag.beide": "Requested by your school and the VO school",
  "poAanmelding.aanvragen": "Request warm handover (tafelmiddag)",
  "poAanmelding.aanvragen.intro":
    "Say briefly why you want a warm handover. The VO school is informed; your explanation stays visible under Notes.",
  "poAanmelding.toelichting": "Short explanation",
  "poAanmelding.toelichtingVerplicht": "Give a short explanation for the warm handover.",
  "poAanmelding.aanvragenKnop": "Request",
  "poAanmelding.annuleren": "Cancel warm handover",
  "poAanmelding.annuleren.vraag": "Do you want to cancel the request for a warm handover for this pupil?",
  "poAanmelding.terug": "Cancel",
  "poAanmelding.bezig": "Working…",
  "poAanmelding.aangevraagd": "The warm handover has been requested. The VO school is informed.",
  "poAanmelding.geannuleerd": "The request for a warm handover has been cancelled.",
  "poAanmelding.notities": "Notes",
  "poAanmelding.notitiesIntro":
    "Notes of your school and the VO school on this pupil. Notes the VO school keeps for its own organisation are not shown to you.",
};
