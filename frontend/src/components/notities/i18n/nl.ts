/**
 * The texts of Notities (TRT-12, PO-03), shared by the VO school's pupil menu and the primary
 * school's page of a pupil; merged by src/i18n/nl.ts. The check box is the manual's.
 */
export const notitiesNl = {
  "notities.titel": "Notities",
  "notities.geen": "Er zijn nog geen notities bij deze leerling.",
  "notities.lijst": "Notities bij de leerling",
  "notities.door": "{door}, {organisatie}",
  "notities.alleenEigen": "Alleen eigen organisatie",
  "notities.nieuw": "Nieuwe notitie",
  "notities.nieuwUitleg":
    "Een notitie is zichtbaar voor de basisschool en de VO-school van de leerling, tenzij u hieronder het vinkje aanzet.",
  "notities.verplicht": "Vul een notitie in.",
  "notities.alleenEigenVeld": "Alleen voor eigen organisatie",
  "notities.alleenEigenUitleg": "Alleen de collega's van uw organisatie zien deze notitie.",
  "notities.plaatsen": "Notitie plaatsen",
  "notities.plaatsenBezig": "Bezig met plaatsen…",
  "notities.geplaatst": "De notitie is geplaatst.",
} as const;
