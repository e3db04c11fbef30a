import { notitiesNl } from "../components/notities/i18n/nl";
import { voorkeurslijstNl } from "../components/voorkeurslijst/i18n/nl";
import { aanmeldingenNl } from "../features/aanmeldingen/i18n/nl";
import { accountsNl } from "../features/accounts/i18n/nl";
import { auditNl } from "../features/audit/i18n/nl";
import { authNl } from "../features/auth/i18n/nl";
import { behandelenNl } from "../features/behandelen/i18n/nl";
import { besturenNl } from "../features/besturen/i18n/nl";
import { groepenNl } from "../features/groepen/i18n/nl";
import { kalenderNl } from "../features/kalender/i18n/nl";
import { leerlingenNl } from "../features/leerlingen/i18n/nl";
import { lotingNl } from "../features/loting/i18n/nl";
import { nieuwsBeheerNl } from "../features/nieuws-beheer/i18n/nl";
import { notificatiesNl } from "../features/notificaties/i18n/nl";
import { okidocNl } from "../features/okidoc/i18n/nl";
import { osoNl } from "../features/oso/i18n/nl";
import { ouderGegevensNl } from "../features/ouderportaal/i18n/gegevens-nl";
import { ouderportaalNl } from "../features/ouderportaal/i18n/nl";
import { overzichtenNl } from "../features/overzichten/i18n/nl";
import { scholenNl } from "../features/scholen/i18n/nl";
import { swvNl } from "../features/swv/i18n/nl";
import { toewijzingNl } from "../features/toewijzing/i18n/nl";

/**
 * Every UI string in Dutch, the default language. Keys are typed: en.ts must translate each one.
 * `{naam}`-style placeholders are filled in by `t(key, { naam })`.
 */
export const nl = {
  "app.naarInhoud": "Naar de inhoud",
  "app.laden": "Bezig met laden…",
  "app.opnieuwProberen": "Opnieuw proberen",
  "app.fout.algemeen": "Er ging iets mis. Probeer het later opnieuw.",
  "app.fout.druk": "Het is op dit moment erg druk. Probeer het over een minuut opnieuw.",
  "app.fout.netwerk": "ELK is niet bereikbaar. Controleer uw internetverbinding en probeer het opnieuw.",
  "app.fout.titel": "Er ging iets mis",
  "app.ondertitel": "Elektronisch Loket Kernprocedure {regio}",
  "app.naarHome": "Naar de homepagina",

  "taal.kiezen": "Taal",
  "taal.nl": "Nederlands",
  "taal.en": "English",

  "inloggen.titel": "Inloggen",
  "inloggen.intro": "Log in met de gebruikersnaam en het wachtwoord van uw account.",
  "inloggen.gebruikersnaam": "Gebruikersnaam",
  "inloggen.wachtwoord": "Wachtwoord",
  "inloggen.knop": "Inloggen",
  "inloggen.bezig": "Bezig met inloggen…",
  "inloggen.gebruikersnaamVerplicht": "Vul uw gebruikersnaam in.",
  "inloggen.wachtwoordVerplicht": "Vul uw wachtwoord in.",
  "inloggen.wachtwoordVergeten": "Wachtwoord vergeten?",
  "inloggen.mfa.titel": "Code uit uw authenticator-app",
  "inloggen.mfa.intro": "Uw wachtwoord is juist. Vul nu de code in die uw authenticator-app voor ELK toont.",
  "inloggen.mfa.instellenTitel": "Tweestapsverificatie instellen",
  "inloggen.mfa.instellenIntro":
    "Voor uw rol is een tweede stap bij het inloggen verplicht. Voeg ELK toe aan een authenticator-app op uw telefoon (bijvoorbeeld Microsoft Authenticator, Google Authenticator of FreeOTP): open de link hieronder op uw telefoon, of kies in de app voor handmatig invoeren en typ het geheim over. Vul daarna de code in die de app toont.",
  "inloggen.mfa.geheimLabel": "Geheim:",
  "inloggen.mfa.openInApp": "Open in uw authenticator-app",
  "inloggen.mfa.code": "Code",
  "inloggen.mfa.codeUitleg": "Zes cijfers; de app toont elke 30 seconden een nieuwe code.",
  "inloggen.mfa.codeVerplicht": "Vul de code uit uw authenticator-app in.",
  "inloggen.mfa.knop": "Bevestigen",
  "inloggen.mfa.annuleren": "Opnieuw inloggen",
  "inloggen.mfa.opnieuw": "Opnieuw inloggen",
  "inloggen.sessieVerlopen": "Uw sessie is verlopen. Log opnieuw in.",
  "inloggen.ouderinlog.vraag": "Leerling van een basisschool in de Kernprocedure Amsterdam?",
  "inloggen.ouderinlog.link": "Vraag in de week vóór de aanmeldperiode een ouderinlog aan.",

  "kop.hoofdmenu": "Hoofdmenu",
  "kop.home": "Home",
  "kop.servicemenu": "Servicemenu",
  "kop.notificaties": "Notificaties",
  "kop.geenNotificaties": "Er zijn geen notificaties.",
  "kop.gebruikersmenu": "Gebruikersmenu van {naam}",
  "kop.rollen": "Rollen",
  "kop.uitloggen": "Uitloggen",
  "kop.mijnGegevens": "Mijn gegevens",
  "kop.locatie": "Ingelogd voor locatie",
  "kop.schooljaar": "Schooljaar",
  "kop.meekijken":
    "U kijkt mee als {naam} (ingelogd als {door}). Log uit om terug te gaan naar uw eigen account.",

  "voet.beheer": "{productNaam} wordt beheerd door {beheerorganisatie}.",
  "voet.helpdesk": "Helpdesk: {naam}",

  "home.welkom": "Welkom bij {productNaam}",
  "home.nieuws": "Nieuws",
  "home.geenNieuws": "Er zijn nog geen nieuwsberichten.",
  "home.gepubliceerdOp": "Gepubliceerd op",
  "home.bron": "Bron",
  "home.bron.beheerorganisatie": "Beheerorganisatie",
  "home.bron.ELK": "ELK",

  "scholen.titel": "Scholen",
  "scholen.titelEen": "Schoolgegevens",
  "scholen.intro":
    "De scholen van uw bestuur. Klik op de naam van een school of op het potlood om haar gegevens en afdelingen te bekijken en aan te passen.",
  "scholen.ontbreekt":
    "Staat een school er niet (goed) in? Mail de beheerorganisatie de officiële naam, naam, schooltype, bestuur, het bezoekadres, BRIN-nummer en de vestigingscode.",
  "scholen.aantal": "{aantal} scholen",
  "scholen.geen": "Er zijn geen scholen gevonden.",
  "scholen.naam": "Naam",
  "scholen.officieleNaam": "Officiële naam",
  "scholen.brin": "BRIN",
  "scholen.vestigingscode": "Vestigingscode",
  "scholen.schooltype": "Schooltype",
  "scholen.particulier": "particulier",
  "scholen.bestuur": "Bestuur",
  "scholen.adres": "Bezoekadres",
  "scholen.plaats": "Plaats",
  "scholen.telefoon": "Telefoon",

  "contact.titel": "Contactpersonen",
  "contact.perBestuur": "Overzicht contactpersonen ELK per bestuur",
  "contact.bestuur": "Bestuur",
  "contact.contactpersoon": "Contactpersoon ELK",
  "contact.email": "E-mailadres",
  "contact.geen": "Er zijn nog geen contactpersonen bekend.",
  "contact.vragen": "Vragen?",
  "contact.vragenTekst":
    "Neem eerst contact op met de locatiebeheerder van uw school. Kan die u niet helpen, dan de contactpersoon ELK van uw bestuur. Komt ook die er niet uit, dan neemt die contact op met de helpdesk:",
  "contact.helpdeskEmail": "E-mail",
  "contact.helpdeskTelefoon": "Telefoon",
  "contact.helpdeskWebsite": "Website",

  "nietGevonden.titel": "Pagina niet gevonden",
  "nietGevonden.tekst": "Deze pagina bestaat niet (meer), of u heeft er geen toegang toe.",

  "formulier.verplichtVeld": "verplicht veld",

  ...accountsNl,
  ...authNl,
  ...scholenNl,
  ...besturenNl,
  ...nieuwsBeheerNl,
  ...voorkeurslijstNl,
  ...ouderportaalNl,
  ...aanmeldingenNl,
  ...behandelenNl,
  ...notitiesNl,
  ...leerlingenNl,
  ...kalenderNl,
  ...auditNl,
  ...ouderGegevensNl,
  ...toewijzingNl,
  ...lotingNl,
  ...groepenNl,
  ...notificatiesNl,
  ...okidocNl,
  ...overzichtenNl,
  ...osoNl,
  ...swvNl,
} as const;

export type MessageKey = keyof typeof nl;
export type Messages = Record<MessageKey, string>;
