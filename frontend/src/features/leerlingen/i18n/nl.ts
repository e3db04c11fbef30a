/**
 * The texts of Leerlingen groep 8 (PO-01), the ouderinlog (ACC-09, REG-01) and the public request
 * of an ouderinlog (REG-07), merged into the app's messages by src/i18n/nl.ts.
 */
export const leerlingenNl = {
  "leerlingen.roepnaam": "Roepnaam",
  "leerlingen.tussenvoegsel": "Tussenvoegsel",
  "leerlingen.achternaam": "Achternaam",
  "leerlingen.bsn": "BSN of onderwijsnummer",
  "leerlingen.bsnUitleg":
    "Het burgerservicenummer, of het onderwijsnummer als de leerling geen BSN heeft. ELK controleert het met de elfproef en toont daarna alleen de laatste drie cijfers.",
  "leerlingen.geboortedatum": "Geboortedatum",
  "leerlingen.geslacht": "Geslacht",
  "leerlingen.geslacht.kiezen": "Kies het geslacht",
  "leerlingen.geslacht.man": "Man",
  "leerlingen.geslacht.vrouw": "Vrouw",
  "leerlingen.geslacht.anders": "Anders",
  "leerlingen.advies": "Basisschooladvies",
  "leerlingen.advies.geen": "Nog niet bekend",
  "leerlingen.adviesUitleg":
    "Leerlingen met een PrO-advies meldt de school zelf aan; hun ouders krijgen geen ouderinlog.",
  "leerlingen.adviesUitlegOuder":
    "Heeft uw kind een PrO-advies? Dan meldt de school uw kind aan en heeft u geen ouderinlog nodig.",
  "leerlingen.adres": "Adres",
  "leerlingen.straat": "Straat",
  "leerlingen.huisnummer": "Huisnummer",
  "leerlingen.postcode": "Postcode",
  "leerlingen.plaats": "Plaats",
  "leerlingen.emailOuders": "E-mailadres ouders",
  "leerlingen.emailOudersUitleg":
    "Hierop ontvangen de ouders de ouderinlog. Broers en zussen met hetzelfde e-mailadres delen één inlog.",
  "leerlingen.emailOudersUitlegOuder": "Hierop ontvangt u de ouderinlog.",
  "leerlingen.opslaan": "Opslaan",
  "leerlingen.opslaanBezig": "Bezig met opslaan…",
  "leerlingen.annuleren": "Annuleren",
  "leerlingen.opnieuwLaden": "Opnieuw laden",
  "leerlingen.wijzigen": "Wijzigen",
  "leerlingen.wijzigenVan": "Gegevens van {naam} wijzigen",

  "leerlingen.po.titel": "Leerlingen groep 8",
  "leerlingen.po.intro":
    "De leerlingen van groep 8 van {school} in schooljaar {schooljaar}. Voeg ze toe, één voor één of uit een CSV-bestand, en stuur de ouders hun ouderinlog: daarmee melden zij hun kind in de aanmeldperiode aan via het ouderportaal.",
  "leerlingen.po.pro":
    "Leerlingen met een PrO-advies volgen de gebruikelijke route: de school meldt hen aan en de ouders krijgen geen ouderinlog.",
  "leerlingen.po.toevoegen": "Leerling toevoegen",
  "leerlingen.po.importeren": "CSV importeren",
  "leerlingen.po.aantal": "{aantal} leerlingen",
  "leerlingen.po.aantalEen": "1 leerling",
  "leerlingen.po.geen": "Er zijn voor schooljaar {schooljaar} nog geen leerlingen toegevoegd.",

  "leerlingen.tabel.naam": "Naam",
  "leerlingen.tabel.elkNummer": "ELK-nummer",
  "leerlingen.tabel.advies": "Advies",
  "leerlingen.tabel.bsn": "BSN",
  "leerlingen.tabel.onderwijsnummer": "onderwijsnummer",
  "leerlingen.tabel.emailOuders": "E-mail ouders",
  "leerlingen.tabel.ouderinlog": "Ouderinlog",
  "leerlingen.tabel.acties": "Acties",

  "leerlingen.formulier.toevoegenTitel": "Leerling toevoegen",
  "leerlingen.formulier.wijzigenTitel": "Gegevens van {naam} wijzigen",
  "leerlingen.formulier.vast":
    "Het BSN, de geboortedatum en het geslacht kunnen na het toevoegen niet meer worden gewijzigd.",
  "leerlingen.toegevoegd": "{naam} is toegevoegd met ELK-nummer {elkNummer}.",
  "leerlingen.gewijzigd": "De gegevens van {naam} zijn opgeslagen.",

  "leerlingen.ouderinlog.verstuurdOp": "Verstuurd op {datum}",
  "leerlingen.ouderinlog.nogNiet": "Nog niet verstuurd",
  "leerlingen.ouderinlog.eerstAdvies": "Eerst advies invullen",
  "leerlingen.ouderinlog.pro": "Geen: PrO-advies",
  "leerlingen.ouderinlog.versturen": "Ouderinlog versturen",
  "leerlingen.ouderinlog.opnieuw": "Opnieuw versturen",
  "leerlingen.ouderinlog.versturenVan": "Ouderinlog versturen naar de ouders van {naam}",
  "leerlingen.ouderinlog.opnieuwVan": "Ouderinlog opnieuw versturen naar de ouders van {naam}",
  "leerlingen.ouderinlog.titel": "Ouderinlog versturen?",
  "leerlingen.ouderinlog.opnieuwTitel": "Ouderinlog opnieuw versturen?",
  "leerlingen.ouderinlog.vraag":
    "De ouders van {naam} krijgen een e-mail op {email} met hun inlog voor het ouderportaal. Daarmee melden zij hun kind in de aanmeldperiode aan.",
  "leerlingen.ouderinlog.knop": "Versturen",

  "leerlingen.import.titel": "Leerlingen importeren uit een CSV-bestand",
  "leerlingen.import.uitleg":
    "Sla de leerlingenlijst op als CSV-bestand met een puntkomma (;) als scheidingsteken, zoals Excel in het Nederlands dat doet. De eerste regel noemt de kolommen:",
  "leerlingen.import.kolommen":
    "Verplicht zijn roepnaam, achternaam, bsn (of het onderwijsnummer), geboortedatum (dd-mm-jjjj), geslacht (m, v of x), straat, huisnummer, postcode, plaats en emailOuders. Tussenvoegsel en advies (zoals havo/vwo of PrO) mogen leeg blijven.",
  "leerlingen.import.allesOfNiets":
    "De leerlingen komen in schooljaar {schooljaar}. Elke rij wordt gecontroleerd voordat er iets wordt opgeslagen: bevat één rij een fout, dan wordt niets geïmporteerd. Verbeter dan het bestand en importeer het opnieuw. Hoogstens 300 leerlingen per keer.",
  "leerlingen.import.bestand": "CSV-bestand",
  "leerlingen.import.inhoud": "Inhoud van het bestand",
  "leerlingen.import.inhoudUitleg":
    "Het gekozen bestand verschijnt hier. U kunt de regels ook plakken, met de kopregel bovenaan.",
  "leerlingen.import.knop": "Importeren",
  "leerlingen.import.bezig": "Bezig met importeren…",
  "leerlingen.import.fouten": "Fouten per rij",

  "ouderinlogAanvragen.titel": "Ouderinlog aanvragen",
  "ouderinlogAanvragen.intro":
    "Zit uw kind in groep 8 van een basisschool die meedoet aan de Kernprocedure Amsterdam, en wilt u uw kind aanmelden bij een school in Amstelland? Vraag dan in de week vóór de aanmeldperiode een ouderinlog aan. U ontvangt die per e-mail; daarmee meldt u uw kind in de aanmeldperiode aan via het ouderportaal van {productNaam}.",
  "ouderinlogAanvragen.nietVoor":
    "Zit uw kind op een basisschool in Amstelland? Dan stuurt de basisschool u de ouderinlog en hoeft u niets aan te vragen.",
  "ouderinlogAanvragen.eenKernprocedure":
    "Let op: een leerling kan zich maar bij één van de twee Kernprocedures aanmelden.",
  "ouderinlogAanvragen.leerling": "Gegevens van uw kind",
  "ouderinlogAanvragen.basisschool": "Basisschool",
  "ouderinlogAanvragen.basisschoolNaam": "Naam van de basisschool",
  "ouderinlogAanvragen.basisschoolPlaats": "Plaats van de basisschool",
  "ouderinlogAanvragen.knop": "Ouderinlog aanvragen",
  "ouderinlogAanvragen.bezig": "Bezig met versturen…",
  "ouderinlogAanvragen.naarInloggen": "Naar de inlogpagina",
} as const;
