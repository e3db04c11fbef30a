/** The texts of Leerlingen > Centrale plaatsing en loting (LOT-03), merged by src/i18n/nl.ts. */
export const lotingNl = {
  "loting.titel": "Centrale plaatsing en loting",
  "loting.centraalTitel": "Centrale loting",
  "loting.centraalIntro":
    "In deze regio worden alle aangemelde leerlingen in één centrale loting geplaatst over hun hele voorkeurslijst (deferred acceptance met één lotingnummer per leerling). Wie een school hoger op de lijst had dan de plaats die hij kreeg, staat op de reservelijst van die school: eerst wie de school het hoogst had staan, dan op lotingnummer. Definitief maken is in ELK nog niet gebouwd; het voorbeeld laat de uitkomst zien.",
  "loting.cplTitel": "Centrale Plaatsing en Loting (CP&L)",
  "loting.intro":
    "Leerlingen die bij hun eerste voorkeur zijn uitgeloot, gaan naar de Centrale Plaatsing en Loting (CP&L). Zij worden over hun 2e tot en met 5e voorkeur verdeeld op de plaatsen die nog vrij zijn. Elke leerling loot één keer per school.",
  "loting.seedTitel": "Seed en commitment",
  "loting.geenSeed":
    "Er is nog geen seed vastgelegd. Leg de seed vast vóór het einde van de aanmeldperiode: ELK maakt een geheime seed en publiceert alleen de commitment (de SHA-256 ervan). Na de loting wordt de seed bekendgemaakt, zodat iedereen de loting kan narekenen.",
  "loting.seedVastleggen": "Seed vastleggen",
  "loting.seedVastleggenBezig": "Bezig met vastleggen…",
  "loting.commitment": "Commitment (SHA-256 van de seed)",
  "loting.vastgelegd": "Vastgelegd",
  "loting.vastgelegdOpDoor": "{op} door {door}",
  "loting.naSluiting": "Let op: de seed is na het einde van de aanmeldperiode vastgelegd.",
  "loting.seed": "Seed (bekendgemaakt)",
  "loting.capaciteitTitel": "Capaciteit per afdeling",
  "loting.capaciteitIntro":
    'Vrije plaatsen = capaciteit min de leerlingen die er aangemeld, geplaatst of toegewezen zijn. Alleen afdelingen die een leerling in de CP&L als 2e tot en met 5e voorkeur heeft, staan hieronder. Vul extra capaciteit in om te zien wat er verandert ("wat als er 5 plaatsen bij komen").',
  "loting.capaciteitBijschrift": "Capaciteit per afdeling tegen de aanmeldingen en de leerlingen in de CP&L",
  "loting.deelnemers": "Leerlingen in de CP&L: {aantal}",
  "loting.school": "School",
  "loting.afdeling": "Afdeling",
  "loting.capaciteit": "Capaciteit",
  "loting.geenCapaciteit": "Geen maximum",
  "loting.capaciteitGroep": "{capaciteit} (capaciteitsgroep {groep})",
  "loting.bezet": "Aangemeld, geplaatst of toegewezen",
  "loting.resterend": "Vrij",
  "loting.inCpl": "In de CP&L",
  "loting.extra": "Extra",
  "loting.extraLabel": "Extra capaciteit {school}, {afdeling}",
  "loting.geenAfdelingen": "Geen enkele leerling in de CP&L.",
  "loting.voorbeeld": "Voorbeeld",
  "loting.voorbeeldBezig": "Bezig met berekenen…",
  "loting.uitkomstTitel": "Uitkomst van het voorbeeld",
  "loting.uitkomstIntro":
    "Dit is een voorbeeld: er is niets toegewezen. De seed blijft geheim tot de loting definitief is.",
  "loting.geplaatstVoorkeur": "Geplaatst op {voorkeur}e voorkeur",
  "loting.nietGeplaatst": "Niet geplaatst (blijft uitgeloot)",
  "loting.aantal": "Aantal",
  "loting.uitkomstBijschrift": "Aantallen per voorkeur",
  "loting.leerlingenBijschrift": "Leerlingen in de CP&L met hun plaats",
  "loting.elkNummer": "ELK-nummer",
  "loting.leerling": "Leerling",
  "loting.eersteKeuze": "Eerste voorkeur",
  "loting.geplaatstOp": "Geplaatst op",
  "loting.voorkeur": "Voorkeur",
  "loting.lotingnummer": "Lotingnummer",
  "loting.geenPlaats": "Geen plaats",
  "loting.definitief": "Definitief maken",
  "loting.definitiefBezig": "Bezig met toewijzen…",
  "loting.definitiefVraag":
    "De seed wordt bekendgemaakt, de uitkomst wordt opgeslagen en elke geplaatste leerling wordt toegewezen aan de school van de CP&L. Dit kan niet ongedaan worden gemaakt. Extra capaciteit die nu is ingevuld telt mee.",
  "loting.annuleren": "Annuleren",
  "loting.wordtDefinitief": "Wordt definitief gemaakt",
  "loting.voortgang.label": "Voortgang",
  "loting.voortgang.tekst": "{gedaan} van {totaal} aanmeldingen verwerkt ({procent}%).",
  "loting.voortgang.trekken": "De loting wordt getrokken en opgeslagen…",
  "loting.voortgang.stil":
    "Er is al enkele minuten geen voortgang. Maak de loting opnieuw definitief om verder te gaan; er wordt niet opnieuw geloot.",
  "loting.definitiefGemaakt": "Definitief gemaakt",
  "loting.toegewezen": "{aantal} leerlingen toegewezen.",
  "loting.mislukt":
    "{aantal} toewijzingen zijn niet gelukt. Maak de loting opnieuw definitief om ze alsnog uit te voeren; al toegewezen leerlingen blijven zoals ze zijn.",
  "loting.controleTitel": "Narekenen",
  "loting.controleIntro":
    "Iedereen met het bestand van de run kan controleren dat de seed bij de commitment hoort en dat de uitkomst klopt:",
  "loting.downloaden": "Run downloaden (JSON)",
  "loting.decentraal.titel": "Decentrale loting",
  "loting.decentraal.intro":
    "Een school of afdeling met meer aanmeldingen dan plaatsen loot onder de leerlingen die haar als eerste voorkeur hebben en nog geen status hebben. Toegekende voorrang gaat voor; een meerling loot als één lot. Wie is uitgeloot krijgt de status Uitgeloot en gaat naar de Centrale Plaatsing en Loting; wie is ingeloot blijft aangemeld en wordt door de school geplaatst. De decentrale loting heeft een eigen seed.",
  "loting.decentraal.geenSeed":
    "Er is nog geen seed voor de decentrale loting vastgelegd. ELK maakt een geheime seed en publiceert alleen de commitment (de SHA-256 ervan); na de loting wordt de seed bekendgemaakt.",
  "loting.decentraal.deelnemers": "Leerlingen zonder status bij hun eerste voorkeur: {aantal}",
  "loting.decentraal.eenhedenBijschrift": "Overingeschreven afdelingen en capaciteitsgroepen",
  "loting.decentraal.geenEenheden":
    "Geen enkele afdeling of capaciteitsgroep heeft meer aanmeldingen dan plaatsen.",
  "loting.decentraal.eenheid": "Afdeling of capaciteitsgroep",
  "loting.decentraal.capaciteitsgroep": "{naam} (capaciteitsgroep)",
  "loting.decentraal.aangemeld": "Aangemeld (eerste voorkeur)",
  "loting.decentraal.capaciteit": "Plaatsen voor de loting",
  "loting.decentraal.ingeloot": "Ingeloot",
  "loting.decentraal.uitgeloot": "Uitgeloot",
  "loting.decentraal.naarGelijkwaardig": "Naar gelijkwaardige afdeling",
  "loting.decentraal.uitkomstTitel": "Uitkomst van het voorbeeld (decentrale loting)",
  "loting.decentraal.uitkomstIntro":
    "Dit is een voorbeeld: er is niets gewijzigd. De seed blijft geheim tot de loting definitief is.",
  "loting.decentraal.samenvatting":
    "{geloot} leerlingen loten mee, {uitgeloot} uitgeloot, {naarGelijkwaardig} naar een gelijkwaardige afdeling.",
  "loting.decentraal.definitiefVraag":
    "De seed van de decentrale loting wordt bekendgemaakt, de uitkomst wordt opgeslagen en elke uitgelote leerling krijgt de status Uitgeloot. Dit kan niet ongedaan worden gemaakt.",
  "loting.decentraal.definitiefBezig": "Bezig met verwerken…",
  "loting.decentraal.verwerkt": "{aantal} aanmeldingen verwerkt.",
  "loting.decentraal.mislukt":
    "{aantal} aanmeldingen zijn niet verwerkt. Maak de loting opnieuw definitief om ze alsnog te verwerken; er wordt niet opnieuw geloot.",
} as const;
