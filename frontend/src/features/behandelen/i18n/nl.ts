/**
 * The texts of the primary school's view of a pupil's registration (PO-03), merged by
 * src/i18n/nl.ts. "Warme overdracht (tafelmiddag)" is the manual's wording.
 */
export const behandelenNl = {
  "poAanmelding.titel": "Aanmelding voortgezet onderwijs",
  "poAanmelding.school": "School",
  "poAanmelding.status": "Status",
  "poAanmelding.geplaatstOp": "{status}, afdeling {afdeling}",
  "poAanmelding.tafelmiddag": "Warme overdracht",
  "poAanmelding.tafelmiddag.geen": "Niet aangevraagd",
  "poAanmelding.tafelmiddag.po": "Aangevraagd door uw school",
  "poAanmelding.tafelmiddag.vo": "Aangevraagd door de VO-school",
  "poAanmelding.tafelmiddag.beide": "Aangevraagd door uw school en de VO-school",
  "poAanmelding.aanvragen": "Warme overdracht (tafelmiddag) aanvragen",
  "poAanmelding.aanvragen.intro":
    "Geef kort aan waarom u een warme overdracht wilt. De VO-school ontvangt hiervan bericht; uw toelichting blijft zichtbaar onder Notities.",
  "poAanmelding.toelichting": "Korte toelichting",
  "poAanmelding.toelichtingVerplicht": "Geef een korte toelichting bij de warme overdracht.",
  "poAanmelding.aanvragenKnop": "Aanvragen",
  "poAanmelding.annuleren": "Warme overdracht annuleren",
  "poAanmelding.annuleren.vraag": "Wilt u het verzoek om een warme overdracht voor deze leerling annuleren?",
  "poAanmelding.terug": "Annuleren",
  "poAanmelding.bezig": "Bezig…",
  "poAanmelding.aangevraagd": "De warme overdracht is aangevraagd. De VO-school ontvangt hiervan bericht.",
  "poAanmelding.geannuleerd": "Het verzoek om een warme overdracht is geannuleerd.",
  "poAanmelding.notities": "Notities",
  "poAanmelding.notitiesIntro":
    "Notities van uw school en de VO-school over deze leerling. Notities die de VO-school alleen voor de eigen organisatie plaatst, ziet u niet.",
} as const;
