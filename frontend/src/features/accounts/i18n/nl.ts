/**
 * The texts of the accounts screens (Instellingen > Gebruikers, the links in mails, Mijn gegevens),
 * merged into the app's messages by src/i18n/nl.ts. Wording follows the manual.
 */
export const accountsNl = {
  "accounts.gebruikers.titel": "Gebruikers",
  "accounts.gebruikers.introSchool":
    "De gebruikers van uw school. Een gebruiker die u toevoegt, ontvangt een e-mail om zelf een gebruikersnaam en wachtwoord in te stellen.",
  "accounts.gebruikers.introBestuur":
    "De gebruikers van de scholen van uw bestuur. Maak per school de locatiebeheerder aan; die maakt daarna de andere gebruikers van de school aan.",
  "accounts.gebruikers.toevoegen": "Gebruiker toevoegen",
  "accounts.gebruikers.aantal": "{aantal} gebruikers",
  "accounts.gebruikers.geen": "Er zijn nog geen gebruikers.",
  "accounts.gebruikers.naam": "Naam",
  "accounts.gebruikers.gebruikersnaam": "Gebruikersnaam",
  "accounts.gebruikers.email": "E-mailadres",
  "accounts.gebruikers.rollen": "Rollen",
  "accounts.gebruikers.locatie": "Locatie",
  "accounts.gebruikers.status": "Status",
  "accounts.gebruikers.acties": "Acties",
  "accounts.gebruikers.nietIngesteld": "nog niet ingesteld",
  "accounts.gebruikers.status.uitgenodigd": "Uitgenodigd",
  "accounts.gebruikers.status.actief": "Actief",
  "accounts.gebruikers.status.geblokkeerd": "Geblokkeerd",
  "accounts.gebruikers.wijzigen": "Wijzigen",
  "accounts.gebruikers.wijzigenVan": "{naam} wijzigen",
  "accounts.gebruikers.resetten": "Resetten",
  "accounts.gebruikers.resettenVan": "Gebruikersnaam en wachtwoord van {naam} resetten",
  "accounts.gebruikers.blokkeren": "Blokkeren",
  "accounts.gebruikers.blokkerenVan": "Account van {naam} blokkeren",
  "accounts.gebruikers.deblokkeren": "Deblokkeren",
  "accounts.gebruikers.deblokkerenVan": "Account van {naam} deblokkeren",
  "accounts.gebruikers.meekijken": "Meekijken",
  "accounts.gebruikers.meekijkenAls": "Meekijken als {naam}",
  "accounts.gebruikers.toegevoegd":
    "De gebruiker is toegevoegd. Er is een e-mail 'Inloggegevens instellen' verstuurd naar {email}.",
  "accounts.gebruikers.gewijzigd": "De gegevens van {naam} zijn opgeslagen.",

  "accounts.resetten.titel": "Gebruikersnaam en wachtwoord resetten",
  "accounts.resetten.vraag":
    "Weet u zeker dat u de gebruikersnaam en het wachtwoord van {naam} wilt resetten? Het huidige wachtwoord werkt daarna niet meer. {naam} ontvangt een nieuwe e-mail 'Inloggegevens instellen' op {email}.",
  "accounts.resetten.knop": "Ja, resetten",
  "accounts.blokkeren.titel": "Account blokkeren",
  "accounts.blokkeren.vraag":
    "Weet u zeker dat u het account van {naam} wilt blokkeren? {naam} wordt meteen uitgelogd en kan niet meer inloggen tot u het account deblokkeert.",
  "accounts.blokkeren.knop": "Ja, blokkeren",
  "accounts.blokkeren.gelukt":
    "Het account van {naam} is geblokkeerd. {naam} is overal uitgelogd en kan niet meer inloggen.",
  "accounts.deblokkeren.titel": "Account deblokkeren",
  "accounts.deblokkeren.vraag":
    "Weet u zeker dat u het account van {naam} wilt deblokkeren? {naam} kan daarna weer inloggen.",
  "accounts.deblokkeren.knop": "Ja, deblokkeren",
  "accounts.deblokkeren.gelukt": "Het account van {naam} is gedeblokkeerd. {naam} kan weer inloggen.",
  "accounts.deblokkeren.uitgenodigd":
    "Het account van {naam} is gedeblokkeerd. Er is een nieuwe e-mail 'Inloggegevens instellen' verstuurd naar {email}.",
  "accounts.annuleren": "Annuleren",

  "accounts.formulier.titelToevoegen": "Gebruiker toevoegen",
  "accounts.formulier.titelWijzigen": "Gebruiker wijzigen",
  "accounts.formulier.organisatie": "Organisatie",
  "accounts.formulier.gegevens": "Gegevens van de gebruiker",
  "accounts.formulier.opslaan": "Opslaan",
  "accounts.formulier.bezig": "Bezig met opslaan…",
  "accounts.veld.organisatieType": "Type organisatie",
  "accounts.veld.organisatieTypeKiezen": "Kies het type organisatie",
  "accounts.veld.organisatieType.vo": "VO (voortgezet onderwijs)",
  "accounts.veld.organisatieType.po": "PO (basisonderwijs)",
  "accounts.veld.organisatieType.bestuur": "Bestuur",
  "accounts.veld.organisatieType.regio": "Beheerorganisatie",
  "accounts.veld.school": "School",
  "accounts.veld.schoolKiezen": "Kies de school",
  "accounts.veld.schoolEerstType": "Kies eerst het type organisatie.",
  "accounts.veld.bestuur": "Bestuur",
  "accounts.veld.bestuurKiezen": "Kies het bestuur",
  "accounts.veld.voornaam": "Voornaam",
  "accounts.veld.tussenvoegsel": "Tussenvoegsel",
  "accounts.veld.achternaam": "Achternaam",
  "accounts.veld.email": "E-mailadres",
  "accounts.veld.telefoon": "Telefoonnummer",
  "accounts.veld.gebruikersnaam": "Gebruikersnaam",
  "accounts.veld.gebruikersnaamNiet":
    "De gebruikersnaam kunt u niet invullen: de gebruiker kiest die zelf bij het instellen van het account.",
  "accounts.veld.rollen": "Rollen",
  "accounts.veld.rollenUitleg": "Kies minstens één rol.",
  "accounts.veld.rollenEerstType": "Kies eerst het type organisatie; daarna ziet u de rollen.",
  "accounts.rol.beheren":
    "Gebruikers aanmaken voor de school, schoolgegevens controleren en deels aanpassen.",
  "accounts.rol.aanmelden": "Leerlingen aanmelden tijdens de aanmeldingsperiode.",
  "accounts.rol.beoordelenEnPlaatsen": "Het oki-doc inzien en beoordelen, en leerlingen plaatsen.",

  "accounts.link.laden": "De link wordt gecontroleerd…",
  "accounts.link.onvolledig":
    "De link is niet volledig. Open de link uit de e-mail opnieuw, of kopieer het hele adres naar de adresbalk.",
  "accounts.naarInloggen": "Naar de inlogpagina",

  "accounts.wachtwoord.regels": "Eisen aan het wachtwoord:",
  "accounts.wachtwoord.wachtwoord": "Wachtwoord",
  "accounts.wachtwoord.herhaald": "Herhaal wachtwoord",
  "accounts.wachtwoord.nieuw": "Nieuw wachtwoord",
  "accounts.wachtwoord.nieuwHerhaald": "Herhaal nieuw wachtwoord",
  "accounts.wachtwoord.huidig": "Huidig wachtwoord",

  "accounts.activeren.titel": "Inloggegevens instellen",
  "accounts.activeren.welkom": "Welkom, {naam}.",
  "accounts.activeren.uitleg":
    "U stelt de inloggegevens in van uw account voor {locatieNaam}. Kies een gebruikersnaam en een wachtwoord; daarna bent u meteen ingelogd.",
  "accounts.activeren.gebruikersnaamUitleg":
    "Standaard is dit uw e-mailadres; u mag het wijzigen. De gebruikersnaam moet uniek zijn: heeft u voor meer schoollocaties een account, kies dan per account een andere gebruikersnaam.",
  "accounts.activeren.knop": "Stel gegevens in",
  "accounts.activeren.bezig": "Bezig met instellen…",

  "accounts.vergeten.titel": "Wachtwoord vergeten",
  "accounts.vergeten.intro":
    "Vul uw gebruikersnaam in. U ontvangt dan een e-mail met een link om een nieuw wachtwoord in te stellen.",
  "accounts.vergeten.knop": "Verstuur",
  "accounts.vergeten.bezig": "Bezig met versturen…",
  "accounts.vergeten.gebruikersnaamVergeten":
    "Bent u ook uw gebruikersnaam vergeten? Neem dan contact op met de contactpersoon ELK van uw bestuur. Die kan uw gebruikersnaam en wachtwoord resetten; u ontvangt dan opnieuw een e-mail om uw account in te stellen.",
  "accounts.vergeten.terug": "Terug naar inloggen",

  "accounts.herstellen.titel": "Nieuw wachtwoord instellen",
  "accounts.herstellen.intro": "Kies een nieuw wachtwoord voor uw account.",
  "accounts.herstellen.knop": "Wachtwoord opslaan",
  "accounts.herstellen.gelukt":
    "Uw nieuwe wachtwoord is opgeslagen. U kunt nu inloggen met uw gebruikersnaam en het nieuwe wachtwoord.",
  "accounts.herstellen.nieuweLink": "Een nieuwe link aanvragen",

  "accounts.mij.titel": "Mijn gegevens",
  "accounts.mij.intro": "U bent ingelogd als {gebruikersnaam}, voor {locatieNaam}.",
  "accounts.mij.gegevens": "Naam en contactgegevens",
  "accounts.mij.gegevensOpgeslagen": "Uw gegevens zijn opgeslagen.",
  "accounts.mij.telefoonUitleg": "Laat u dit veld leeg, dan wordt er geen telefoonnummer bewaard.",
  "accounts.mij.wachtwoordWijzigen": "Wachtwoord wijzigen",
  "accounts.mij.wachtwoordKnop": "Wachtwoord wijzigen",
  "accounts.mij.wachtwoordGewijzigd": "Uw wachtwoord is gewijzigd.",
  "accounts.mij.meekijken":
    "U kijkt mee als {naam}. De gegevens en het wachtwoord van dit account kunt u tijdens het meekijken niet wijzigen. Log uit om terug te gaan naar uw eigen account.",
} as const;
