/**
 * The texts of Leerlingen > Overzicht (REG-05) and the manual registration by a VO school
 * (REG-09), merged by src/i18n/nl.ts. The steps and buttons are the manual's.
 */
export const aanmeldingenNl = {
  "aanmeldingen.titel": "Leerlingenoverzicht",
  "aanmeldingen.intro":
    "De leerlingen die in schooljaar {schooljaar} zijn aangemeld met {school} als school van eerste voorkeur.",
  "aanmeldingen.aantal": "{aantal} aangemelde leerlingen",
  "aanmeldingen.aantalEen": "1 aangemelde leerling",
  "aanmeldingen.geen": "In schooljaar {schooljaar} zijn (nog) geen leerlingen bij deze school aangemeld.",
  "aanmeldingen.elkNummer": "ELK-nummer",
  "aanmeldingen.naam": "Naam",
  "aanmeldingen.advies": "Advies",
  "aanmeldingen.aangemeldOp": "Aangemeld op",
  "aanmeldingen.afdeling": "Afdeling 1e voorkeur",
  "aanmeldingen.kolomB": "B",
  "aanmeldingen.kolomVR": "VR",
  "aanmeldingen.buitenleerling": "Buitenleerling",
  "aanmeldingen.voorrang": "Voorrang",
  "aanmeldingen.voorrang.broer-zus": "Voorrang aangevraagd: broer of zus op deze school",
  "aanmeldingen.voorrang.kind-medewerker": "Voorrang aangevraagd: kind van een medewerker",
  "aanmeldingen.legenda":
    "B: buitenleerling (geen oki-doc in ELK). V: voorrang aangevraagd; de school controleert het recht op voorrang.",

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
} as const;
