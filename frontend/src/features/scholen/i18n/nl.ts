/**
 * The texts of Instellingen > Scholen (ORG-01 … ORG-04), merged into the app's messages by
 * src/i18n/nl.ts. Wording follows the manual ("Schoolgegevens", the pencil, "opslaan").
 */
export const scholenNl = {
  "scholen.introBeheer":
    "Alle scholen van de regio. Klik op de naam van een school of op het potlood om haar gegevens en afdelingen te bekijken en aan te passen.",
  "scholen.introWijzigen":
    "Vul de adres- en vestigingsgegevens van de school in of aan: klik op het potlood, pas de gegevens aan en klik op Opslaan.",
  "scholen.introLezen": "De gegevens van de school.",
  "scholen.acties": "Acties",
  "scholen.wijzigen": "Wijzigen",
  "scholen.wijzigenVan": "Gegevens van {naam} wijzigen",
  "scholen.verwijderen": "Verwijderen",
  "scholen.terug": "Terug naar alle scholen",
  "scholen.zoeken": "Zoek een school",
  "scholen.zoekenUitleg": "Op naam, BRIN-nummer, plaats of bestuur.",
  "scholen.geenGevonden": "Er zijn geen scholen die hierbij passen.",
  "scholen.toevoegen": "School toevoegen",
  "scholen.toevoegenTitel": "School toevoegen",
  "scholen.toegevoegd": "De school {naam} is toegevoegd.",
  "scholen.toegevoegdOpenen": "Gegevens en afdelingen bekijken",
  "scholen.opslaan": "Opslaan",
  "scholen.opslaanBezig": "Bezig met opslaan…",
  "scholen.annuleren": "Annuleren",
  "scholen.opnieuwLaden": "Gegevens opnieuw laden",

  "scholen.formulier.alleenBeheer":
    "Schooltype, bestuur, BRIN-nummer en vestigingscode kan alleen de beheerorganisatie wijzigen.",
  "scholen.schooltype.VO": "VO (voortgezet onderwijs)",
  "scholen.schooltype.PO": "PO (basisonderwijs)",
  "scholen.schooltype.kiezen": "Kies het schooltype",
  "scholen.bestuurKiezen": "Kies het bestuur",
  "scholen.particulierVeld": "Particuliere school",
  "scholen.particulierUitleg":
    "Een particuliere basisschool gebruikt geen OSO; haar leerlingen worden aangemeld als buitenleerling.",
  "scholen.straat": "Straat",
  "scholen.huisnummer": "Huisnummer",
  "scholen.postcode": "Postcode",
  "scholen.brinNummer": "BRIN-nummer",
  "scholen.brinUitleg": "2 cijfers en 2 letters, bijvoorbeeld 20AC.",
  "scholen.vestigingscodeUitleg": "2 cijfers, bijvoorbeeld 00.",

  "scholen.gegevens.titel": "Adres- en vestigingsgegevens",
  "scholen.gegevens.wijzigen": "Gegevens wijzigen",
  "scholen.gegevens.wijzigenTitel": "Gegevens van {naam} wijzigen",
  "scholen.gegevens.opgeslagen": "De schoolgegevens zijn opgeslagen.",

  "scholen.afdelingen.titel": "Afdelingen",
  "scholen.afdelingen.intro":
    "Per afdeling de adviezen die zij toelaat, haar capaciteit (eigen, of gedeeld in een capaciteitsgroep) en de afdelingen die als gelijkwaardig gelden.",
  "scholen.afdelingen.wijzigen": "Afdelingen wijzigen",
  "scholen.afdelingen.opgeslagen": "De afdelingen zijn opgeslagen.",
  "scholen.afdelingen.geen": "Deze school heeft nog geen afdelingen.",
  "scholen.afdelingen.naam": "Afdeling",
  "scholen.afdelingen.adviezen": "Toegelaten adviezen",
  "scholen.afdelingen.capaciteit": "Capaciteit",
  "scholen.afdelingen.gelijkwaardig": "Gelijkwaardig aan",
  "scholen.afdelingen.nieuwe": "Afdeling {nummer}",
  "scholen.afdelingen.naamVan": "Naam van afdeling {nummer}",
  "scholen.afdelingen.adviezenVan": "Toegelaten adviezen van {naam}",
  "scholen.afdelingen.gelijkwaardigVan": "{naam} is gelijkwaardig aan",
  "scholen.afdelingen.capaciteitVia": "Capaciteit van {naam}: eigen of van een capaciteitsgroep",
  "scholen.afdelingen.capaciteitVan": "Capaciteit van {naam}",
  "scholen.afdelingen.eigenCapaciteit": "Eigen capaciteit",
  "scholen.afdelingen.inGroep": "{capaciteit} (gedeeld: {groep})",
  "scholen.afdelingen.verwijderen": "Afdeling {naam} verwijderen",
  "scholen.afdelingen.toevoegen": "Afdeling toevoegen",
  "scholen.afdelingen.opslaan": "Afdelingen opslaan",

  "scholen.groepen.titel": "Capaciteitsgroepen",
  "scholen.groepen.uitleg":
    "Afdelingen in dezelfde capaciteitsgroep delen één capaciteit. Kies de groep bij de capaciteit van elke afdeling die erbij hoort.",
  "scholen.groepen.naam": "Capaciteitsgroep",
  "scholen.groepen.afdelingen": "Afdelingen",
  "scholen.groepen.nieuwe": "Capaciteitsgroep {nummer}",
  "scholen.groepen.naamVan": "Naam van capaciteitsgroep {nummer}",
  "scholen.groepen.capaciteitVan": "Capaciteit van capaciteitsgroep {naam}",
  "scholen.groepen.verwijderen": "Capaciteitsgroep {naam} verwijderen",
  "scholen.groepen.toevoegen": "Capaciteitsgroep toevoegen",
} as const;
