import { overzichtNl } from "./overzicht.nl";

/**
 * The texts of Leerlingen > Overzicht (REG-05, TRT-01) and the manual registration by a VO school
 * (REG-09), merged by src/i18n/nl.ts. The steps and buttons are the manual's.
 */
export const aanmeldingenNl = {
  ...overzichtNl,
  "aanmeldingen.titel": "Leerlingenoverzicht",
  "aanmeldingen.intro":
    "De leerlingen die in schooljaar {schooljaar} zijn aangemeld met {school} als school van eerste voorkeur, of die na de Centrale Plaatsing en Loting aan {school} zijn toegewezen. Kies een leerling en klik op het menuknopje om de aanmelding te behandelen.",
  "aanmeldingen.aantal": "{aantal} aangemelde leerlingen",
  "aanmeldingen.aantalEen": "1 aangemelde leerling",
  "aanmeldingen.geen": "In schooljaar {schooljaar} zijn (nog) geen leerlingen bij deze school aangemeld.",
  "aanmeldingen.elkNummer": "ELK-nummer",
  "aanmeldingen.naam": "Naam",
  "aanmeldingen.advies": "Advies",
  "aanmeldingen.aangemeldOp": "Aangemeld op",
  "aanmeldingen.afdeling": "Afdeling 1e voorkeur",
  "aanmeldingen.kolomVR": "VR",
  "aanmeldingen.buitenleerling": "Buitenleerling",
  "aanmeldingen.voorrang": "Voorrang",
  "aanmeldingen.voorrang.broer-zus": "Voorrang aangevraagd: broer of zus op deze school",
  "aanmeldingen.voorrang.kind-medewerker": "Voorrang aangevraagd: kind van een medewerker",

  "aanmeldingen.aanmelden": "Leerling aanmelden",
  "aanmeldingen.aanmelden.intro":
    "Bij wijze van uitzondering meldt de school een leerling zelf aan. Vul het ELK-nummer in dat op het aanmeldformulier staat en klik op Controleren.",
  "aanmeldingen.elkNummerVeld": "ELK-nummer",
  "aanmeldingen.elkNummerUitleg": "Voorloopnullen hoeft u niet over te nemen.",
  "aanmeldingen.elkNummerVerplicht": "Vul het ELK-nummer in.",
  "aanmeldingen.controleren": "Controleren",
  "aanmeldingen.controlerenBezig": "Bezig met controleren…",
  "aanmeldingen.gevonden": "Leerling: {naam}",
  "aanmeldingen.verderGaan": "Verder gaan",
  "aanmeldingen.annuleren": "Annuleren",

  "aanmeldingen.stap": "Stap {nummer} van 3: {naam}",
  "aanmeldingen.stap.gegevens": "gegevens van de leerling",
  "aanmeldingen.stap.lijst": "voorkeurslijst",
  "aanmeldingen.stap.controleren": "controleren en definitief maken",
  "aanmeldingen.gegevensUitleg": "Deze gegevens van de leerling zijn bij ELK bekend.",
  "aanmeldingen.geboortedatum": "Geboortedatum",
  "aanmeldingen.lengteLijst": "Voorkeurslijst",
  "aanmeldingen.lengteLijst.een": "1 school",
  "aanmeldingen.lengteLijst.meer": "{aantal} scholen",
  "aanmeldingen.geenAdvies": "nog niet bekend",
  "aanmeldingen.geenAfdeling":
    "Uw school heeft geen afdeling die leerlingen met advies {advies} toelaat. Deze leerling kan niet bij uw school worden aangemeld.",
  "aanmeldingen.volgende": "Volgende",
  "aanmeldingen.vorige": "Vorige",
  "aanmeldingen.andereLeerling": "Andere leerling",
  "aanmeldingen.volgendeUitleg":
    "Als alle voorkeuren zijn ingevuld, verschijnt naast Vorige de knop Volgende.",
  "aanmeldingen.controleren.uitleg":
    "Controleer de voorkeurslijst en klik op Aanmelding definitief maken. De ouders ontvangen de voorkeurslijst per e-mail.",
  "aanmeldingen.definitief": "Aanmelding definitief maken",
  "aanmeldingen.definitiefBezig": "Bezig met aanmelden…",
  "aanmeldingen.aangemeld":
    "{naam} is aangemeld. Hiermee is de leerling aan uw school gekoppeld: u ziet de leerling nu in het overzicht.",
  "aanmeldingen.groepTip":
    "Vergeet niet de leerling aan een groep toe te voegen, zodat wie de aanmelding beoordeelt ook de notificaties van de basisschool krijgt.",
  "aanmeldingen.naarOverzicht": "Naar het leerlingenoverzicht",
  "aanmeldingen.nogEen": "Nog een leerling aanmelden",
  "aanmeldingen.buitenleerling.titel": "Buitenleerling aanmelden",
  "aanmeldingen.buitenleerling.intro":
    "Vul het Burgerservicenummer van de leerling in en klik op Controleren. ELK controleert of de leerling niet al op een andere school is aangemeld.",
  "aanmeldingen.bsnVeld": "Burgerservicenummer",
  "aanmeldingen.bsnUitleg":
    "Heeft de leerling geen Burgerservicenummer, vul dan het onderwijsnummer in. Dit is bekend bij de Nederlandse basisschool van de leerling.",
  "aanmeldingen.bsnVerplicht": "Vul het Burgerservicenummer of het onderwijsnummer in.",
  "aanmeldingen.buitenleerling.gegevensUitleg":
    "Vul de gegevens van de leerling in. De leerling heeft geen oki-doc in ELK: heeft u het onderwijskundig dossier nodig, neem dan contact op met de school van herkomst.",
  "aanmeldingen.nietCompleet": "Niet alle verplichte velden zijn ingevuld. Controleer de gemarkeerde velden.",
  "aanmeldingen.roepnaam": "Roepnaam",
  "aanmeldingen.tussenvoegsel": "Tussenvoegsel",
  "aanmeldingen.achternaam": "Achternaam",
  "aanmeldingen.geslacht": "Geslacht",
  "aanmeldingen.geslacht.kiezen": "Kies het geslacht",
  "aanmeldingen.geslacht.man": "Jongen",
  "aanmeldingen.geslacht.vrouw": "Meisje",
  "aanmeldingen.geslacht.anders": "Anders",
  "aanmeldingen.adres": "Adres",
  "aanmeldingen.straat": "Straat",
  "aanmeldingen.huisnummer": "Huisnummer",
  "aanmeldingen.postcode": "Postcode",
  "aanmeldingen.plaats": "Plaats",
  "aanmeldingen.emailOuders": "E-mailadres ouders/verzorgers",
  "aanmeldingen.emailOudersUitleg": "Hierop ontvangen de ouders de ouderinlog en de voorkeurslijst.",
  "aanmeldingen.basisschooladvies": "Basisschooladvies",
  "aanmeldingen.basisschooladviesUitleg": "Vraag wel om een schriftelijk bewijs.",
  "aanmeldingen.advies.kiezen": "Kies het advies",
  "aanmeldingen.basisschool": "Gegevens basisschool",
  "aanmeldingen.basisschoolUitleg":
    "Vul eerst de plaats van de basisschool in, dan de naam. Heeft de leerling geen basisschool in Nederland, dan kunt u dit overslaan.",
  "aanmeldingen.basisschoolPlaats": "Plaats basisschool",
  "aanmeldingen.basisschoolNaam": "Naam basisschool",
  "aanmeldingen.brin": "BRIN-nummer",
  "aanmeldingen.basisschoolTelefoon": "Telefoonnummer basisschool",
  "aanmeldingen.geenBasisschool": "Geen basisschool in Nederland",
  "aanmeldingen.ontbreekt.roepnaam": "Vul de roepnaam in.",
  "aanmeldingen.ontbreekt.achternaam": "Vul de achternaam in.",
  "aanmeldingen.ontbreekt.geboortedatum": "Vul de geboortedatum in.",
  "aanmeldingen.ontbreekt.geslacht": "Kies het geslacht.",
  "aanmeldingen.ontbreekt.straat": "Vul de straat in.",
  "aanmeldingen.ontbreekt.huisnummer": "Vul het huisnummer in.",
  "aanmeldingen.ontbreekt.postcode": "Vul de postcode in.",
  "aanmeldingen.ontbreekt.plaats": "Vul de plaats in.",
  "aanmeldingen.ontbreekt.emailOuders": "Vul het e-mailadres van de ouders/verzorgers in.",
  "aanmeldingen.ontbreekt.advies": "Kies het basisschooladvies.",
  "aanmeldingen.ontbreekt.basisschoolPlaats": "Vul de plaats van de basisschool in.",
  "aanmeldingen.ontbreekt.basisschoolNaam": "Vul de naam van de basisschool in.",
  "aanmeldingen.buitenleerling.aangemeld":
    "{naam} is aangemeld als buitenleerling. Het ELK-nummer is {elkNummer}.",
  "aanmeldingen.buitenleerling.mails":
    "De ouders ontvangen de voorkeurslijst en de ouderinlog per e-mail op {email}.",
  "aanmeldingen.buitenleerling.mailLijst": "De ouders ontvangen de voorkeurslijst per e-mail op {email}.",
  "aanmeldingen.buitenleerling.nogEen": "Nog een buitenleerling aanmelden",
} as const;
