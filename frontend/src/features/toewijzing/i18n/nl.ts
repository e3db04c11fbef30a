/** The texts of Leerlingen > Toewijzing corrigeren (TRT-08, TRT-14), merged by src/i18n/nl.ts. */
export const toewijzingNl = {
  "toewijzing.titel": "Toewijzing corrigeren",
  "toewijzing.intro":
    "Heeft de school van eerste voorkeur een leerling na de Centrale Plaatsing en Loting aan de verkeerde school toegewezen, of moet een leerling geplaatst worden op een school die niet op de voorkeurslijst staat? Zoek de leerling op ELK-nummer en wijs de juiste school en afdeling toe.",
  "toewijzing.elkNummer": "ELK-nummer",
  "toewijzing.zoeken": "Zoeken",
  "toewijzing.zoekenBezig": "Bezig met zoeken…",
  "toewijzing.leerling": "Leerling",
  "toewijzing.huidigeSchool": "Huidige school",
  "toewijzing.status": "Status",
  "toewijzing.toegewezenDoor": "Toegewezen door",
  "toewijzing.voorkeurslijst": "Voorkeurslijst",
  "toewijzing.nietToegewezen":
    "Deze leerling is niet na de Centrale Plaatsing en Loting toegewezen. Alleen een toewijzing kan hier gecorrigeerd worden.",
  "toewijzing.school": "School",
  "toewijzing.kiesSchool": "Kies een school",
  "toewijzing.afdeling": "Afdeling",
  "toewijzing.kiesAfdeling": "Kies een afdeling",
  "toewijzing.corrigeren": "Toewijzing corrigeren",
  "toewijzing.corrigerenBezig": "Bezig met corrigeren…",
  "toewijzing.gecorrigeerd": "{naam} is toegewezen aan {school}, {afdeling}.",
} as const;
