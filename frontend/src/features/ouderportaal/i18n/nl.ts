/**
 * The texts of the ouderportaal (PAR-01, REG-01 … REG-06), merged into the app's messages by
 * src/i18n/nl.ts. The parents are addressed with "u"; the steps follow the manual.
 */
export const ouderportaalNl = {
  "ouderportaal.titel": "Ouderportaal",
  "ouderportaal.intro":
    "Hier meldt u uw kind aan bij een school voor voortgezet onderwijs: u vult de voorkeurslijst in en maakt de aanmelding definitief.",
  "ouderportaal.periode": "De aanmeldperiode loopt van {van} tot en met {tot}.",
  "ouderportaal.periode.voor":
    "Aanmelden kan alleen in de aanmeldperiode: van {van} tot en met {tot}. Tot dan kunt u de voorkeurslijst niet invullen of wijzigen.",
  "ouderportaal.periode.na":
    "De aanmeldperiode is voorbij (van {van} tot en met {tot}). De aanmelding kan niet meer worden gewijzigd.",
  "ouderportaal.bekendmaking": "Vanaf {moment} ziet u hier op welke school uw kind geplaatst is.",
  "ouderportaal.geenKinderen":
    "Er is nog geen kind aan uw inlog gekoppeld. Neem contact op met de basisschool van uw kind.",
  "ouderportaal.kinderen": "Uw kinderen",

  "ouderportaal.elkNummer": "ELK-nummer",
  "ouderportaal.geboortedatum": "Geboortedatum",
  "ouderportaal.advies": "Basisschooladvies",
  "ouderportaal.bsn": "BSN",
  "ouderportaal.aanmelding": "Aanmelding",
  "ouderportaal.geenAdvies": "nog niet bekend",

  "ouderportaal.status.geen": "Nog niet aangemeld",
  "ouderportaal.status.concept":
    "Nog niet aangemeld: de voorkeurslijst is opgeslagen, maar nog niet definitief",
  "ouderportaal.status.aangemeld": "Aangemeld op {moment} bij {school}",
  "ouderportaal.status.ingetrokken": "Aanmelding ongedaan gemaakt op {moment}",
  "ouderportaal.status.beeindigd":
    "De school heeft de aanmelding beëindigd. Uw kind kan bij een andere school worden aangemeld.",
  "ouderportaal.status.geplaatst": "Geplaatst op {school}, afdeling {afdeling}",
  "ouderportaal.status.toegewezen":
    "Na de centrale plaatsing en loting toegewezen aan {school}, afdeling {afdeling}. De school neemt contact met u op.",
  "ouderportaal.lotingnummer.decentraal": "Lotingnummer (decentrale loting)",
  "ouderportaal.lotingnummer.cpl": "Lotingnummer (centrale plaatsing en loting)",
  "ouderportaal.reservepositie": "Reservelijst {school}",
  "ouderportaal.reserveplaats": "Reservelijst {school}, {afdeling} ({voorkeur}e keuze)",
  "ouderportaal.lotingnummer.centraal": "Lotingnummer (centrale loting)",
  "ouderportaal.reservepositieWaarde": "Plaats {positie}",
  "ouderportaal.status.pro": "Wordt door de school aangemeld (PrO-advies)",

  "ouderportaal.pro":
    "{naam} heeft een PrO-advies. Leerlingen met een PrO-advies worden niet via het ouderportaal aangemeld: zij volgen de gebruikelijke route en de school meldt hen aan. Heeft u vragen, neem dan contact op met de basisschool.",
  "ouderportaal.wachtOpAdvies":
    "Het basisschooladvies van {naam} is nog niet bekend. Zodra de basisschool het advies heeft ingevuld, kunt u hier de voorkeurslijst invullen.",
  "ouderportaal.invullen": "Voorkeurslijst invullen",
  "ouderportaal.verder": "Verder met de voorkeurslijst",
  "ouderportaal.bekijken": "Aanmelding bekijken",
  "ouderportaal.voorkeurslijstVan": "{actie}: {naam}",

  "ouderportaal.kind.titel": "Aanmelden: {naam}",
  "ouderportaal.kind.gegevens": "Gegevens van {naam}",
  "ouderportaal.terug": "Terug naar het ouderportaal",
  "ouderportaal.nietGevonden": "Dit kind staat niet bij uw inlog.",

  "ouderportaal.stap.lijst": "Stap 1 van 2: voorkeurslijst invullen",
  "ouderportaal.stap.controleren": "Stap 2 van 2: controleren en definitief maken",
  "ouderportaal.opslaan": "Opslaan",
  "ouderportaal.opslaanBezig": "Bezig met opslaan…",
  "ouderportaal.opgeslagen":
    "De voorkeurslijst is opgeslagen. Uw kind is nog niet aangemeld: dat gebeurt pas als u de aanmelding definitief maakt.",
  "ouderportaal.volgende": "Volgende",
  "ouderportaal.vorige": "Vorige",
  "ouderportaal.volgendeUitleg":
    "U kunt de lijst tussendoor opslaan. Als alle voorkeuren zijn ingevuld, verschijnt de knop Volgende.",
  "ouderportaal.controleren.uitleg":
    "Controleer de voorkeurslijst. Klopt alles, klik dan op Aanmelding definitief maken. U ontvangt de voorkeurslijst daarna per e-mail.",
  "ouderportaal.definitief": "Aanmelding definitief maken",
  "ouderportaal.definitiefBezig": "Bezig met aanmelden…",
  "ouderportaal.aangemeld": "Uw kind is aangemeld. U ontvangt de voorkeurslijst per e-mail.",
  "ouderportaal.aangemeldBij": "{naam} is op {moment} aangemeld bij {school}.",
  "ouderportaal.leesAlleen": "De opgeslagen voorkeurslijst (nog niet definitief):",

  "ouderportaal.ongedaan": "Aanmelding ongedaan maken",
  "ouderportaal.ongedaanUitleg":
    "Tot en met {tot} kunt u de aanmelding ongedaan maken. Daarna kunt u een nieuwe voorkeurslijst invullen en uw kind opnieuw aanmelden.",
  "ouderportaal.ongedaan.titel": "Aanmelding ongedaan maken?",
  "ouderportaal.ongedaan.vraag":
    "De aanmelding van {naam} bij {school} wordt ongedaan gemaakt. Uw kind is dan nergens aangemeld tot u het opnieuw aanmeldt.",
  "ouderportaal.ongedaan.bevestig": "Ja, ongedaan maken",
  "ouderportaal.annuleren": "Annuleren",
  "ouderportaal.ongedaanGemaakt":
    "De aanmelding is ongedaan gemaakt. U kunt de voorkeurslijst aanpassen en uw kind opnieuw aanmelden.",
  "ouderportaal.documenten.titel": "Documenten voor de VO-school",
  "ouderportaal.documenten.uitleg":
    "De VO-school kan u na de aanmelding vragen om informatie op te sturen, bijvoorbeeld een rapport of het schriftelijke basisschooladvies. Hier stuurt u die documenten naar de school.",
  "ouderportaal.documenten.bestand": "Document",
  "ouderportaal.documenten.eisen": "Een PDF, JPG of PNG van hoogstens 4 MB.",
  "ouderportaal.documenten.versturen": "Document versturen",
  "ouderportaal.documenten.bezig": "Bezig met versturen…",
  "ouderportaal.documenten.verstuurd": "Het document {naam} is verstuurd naar de VO-school.",
  "ouderportaal.documenten.fout.kies": "Kies een bestand.",
  "ouderportaal.documenten.fout.type": "Stuur een PDF, JPG of PNG.",
  "ouderportaal.documenten.fout.leeg": "Het bestand is leeg.",
  "ouderportaal.documenten.fout.groot": "Een bestand is hoogstens 4 MB.",
  "ouderportaal.documenten.geen": "U heeft nog geen documenten verstuurd.",
  "ouderportaal.documenten.verstuurdeDocumenten": "Verstuurde documenten",
  "ouderportaal.documenten.naam": "Naam",
  "ouderportaal.documenten.scan.bezig": "Wordt gecontroleerd op virussen",
  "ouderportaal.documenten.scan.besmet": "Niet veilig, verwijderd",
  "ouderportaal.documenten.grootte": "Grootte",
  "ouderportaal.documenten.datum": "Verstuurd op",
} as const;
