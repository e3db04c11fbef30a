/** Notificaties (GRP-04, PO-03): top right and on their own page. */
export const notificatiesNl = {
  "notificaties.titel": "Notificaties",
  "notificaties.knopMetAantal": "Notificaties, {aantal} ongelezen",
  "notificaties.intro":
    "Hier verschijnen de notificaties over de leerlingen die aan u gekoppeld zijn, de nieuwste bovenaan. Op een VO-school krijgt u ze als contactpersoon van een groep waarin de leerling zit.",
  "notificaties.geen": "Er zijn geen notificaties.",
  "notificaties.ongelezen": "{aantal} ongelezen",
  "notificaties.nieuw": "Nieuw",
  "notificaties.markeer": "Markeer als gelezen",
  "notificaties.markeerVan": "Markeer als gelezen: {tekst}",
  "notificaties.alles": "Alles als gelezen markeren",
  "notificaties.alleTonen": "Alle notificaties",
  "notificaties.lijst": "Notificaties, nieuwste eerst",
  "notificaties.leerling": "Leerling",
} as const;
