import { notitiesEn } from "../components/notities/i18n/en";
import { voorkeurslijstEn } from "../components/voorkeurslijst/i18n/en";
import { aanmeldingenEn } from "../features/aanmeldingen/i18n/en";
import { accountsEn } from "../features/accounts/i18n/en";
import { auditEn } from "../features/audit/i18n/en";
import { authEn } from "../features/auth/i18n/en";
import { behandelenEn } from "../features/behandelen/i18n/en";
import { besturenEn } from "../features/besturen/i18n/en";
import { groepenEn } from "../features/groepen/i18n/en";
import { kalenderEn } from "../features/kalender/i18n/en";
import { leerlingenEn } from "../features/leerlingen/i18n/en";
import { lotingEn } from "../features/loting/i18n/en";
import { nieuwsBeheerEn } from "../features/nieuws-beheer/i18n/en";
import { notificatiesEn } from "../features/notificaties/i18n/en";
import { okidocEn } from "../features/okidoc/i18n/en";
import { osoEn } from "../features/oso/i18n/en";
import { ouderportaalEn } from "../features/ouderportaal/i18n/en";
import { ouderGegevensEn } from "../features/ouderportaal/i18n/gegevens-en";
import { overzichtenEn } from "../features/overzichten/i18n/en";
import { scholenEn } from "../features/scholen/i18n/en";
import { swvEn } from "../features/swv/i18n/en";
import { toewijzingEn } from "../features/toewijzing/i18n/en";
import type { Messages } from "./nl";

/** English, the second UI language. Domain words (Leerlingen, Aanmelden, ELK-nummer, oki-doc…) stay Dutch. */
export const en: Messages = {
  "app.naarInhoud": "Skip to content",
  "app.laden": "Loading…",
  "app.opnieuwProberen": "Try again",
  "app.fout.algemeen": "Something went wrong. Please try again later.",
  "app.fout.druk": "It is very busy right now. Please try again in a minute.",
  "app.fout.netwerk": "ELK cannot be reached. Check your internet connection and try again.",
  "app.fout.titel": "Something went wrong",
  "app.ondertitel": "Elektronisch Loket Kernprocedure {regio}",
  "app.naarHome": "Go to the home page",

  "taal.kiezen": "Language",
  "taal.nl": "Nederlands",
  "taal.en": "English",

  "inloggen.titel": "Sign in",
  "inloggen.intro": "Sign in with the username and password of your account.",
  "inloggen.gebruikersnaam": "Username",
  "inloggen.wachtwoord": "Password",
  "inloggen.knop": "Sign in",
  "inloggen.bezig": "Signing in…",
  "inloggen.gebruikersnaamVerplicht": "Enter your username.",
  "inloggen.wachtwoordVerplicht": "Enter your password.",
  "inloggen.wachtwoordVergeten": "Forgot your password?",
  "inloggen.mfa.titel": "Code from your authenticator app",
  "inloggen.mfa.intro": "Your password is correct. Now enter the code your authenticator app shows for ELK.",
  "inloggen.mfa.instellenTitel": "Set up two-step verification",
  "inloggen.mfa.instellenIntro":
    "Your role requires a second step when signing in. Add ELK to an authenticator app on your phone (for example Microsoft Authenticator, Google Authenticator or FreeOTP): open the link below on your phone, or choose manual entry in the app and type the secret. Then enter the code the app shows.",
  "inloggen.mfa.geheimLabel": "Secret:",
  "inloggen.mfa.openInApp": "Open in your authenticator app",
  "inloggen.mfa.code": "Code",
  "inloggen.mfa.codeUitleg": "Six digits; the app shows a new code every 30 seconds.",
  "inloggen.mfa.codeVerplicht": "Enter the code from your authenticator app.",
  "inloggen.mfa.knop": "Confirm",
  "inloggen.mfa.annuleren": "Sign in again",
  "inloggen.mfa.opnieuw": "Sign in again",
  "inloggen.sessieVerlopen": "Your session has expired. Please sign in again.",
  "inloggen.ouderinlog.vraag": "Pupil of a primary school in the Kernprocedure Amsterdam?",
  "inloggen.ouderinlog.link": "Request an ouderinlog in the week before the registration period.",

  "kop.hoofdmenu": "Main menu",
  "kop.home": "Home",
  "kop.servicemenu": "Service menu",
  "kop.notificaties": "Notifications",
  "kop.geenNotificaties": "There are no notifications.",
  "kop.gebruikersmenu": "User menu of {naam}",
  "kop.rollen": "Roles",
  "kop.uitloggen": "Sign out",
  "kop.mijnGegevens": "My details",
  "kop.locatie": "Signed in for location",
  "kop.schooljaar": "School year",
  "kop.meekijken":
    "You are viewing ELK as {naam} (signed in as {door}). Sign out to return to your own account.",

  "voet.beheer": "{productNaam} is managed by {beheerorganisatie}.",
  "voet.helpdesk": "Helpdesk: {naam}",

  "home.welkom": "Welcome to {productNaam}",
  "home.nieuws": "News",
  "home.geenNieuws": "There are no news items yet.",
  "home.gepubliceerdOp": "Published on",
  "home.bron": "Source",
  "home.bron.beheerorganisatie": "Beheerorganisatie",
  "home.bron.ELK": "ELK",

  "scholen.titel": "Schools",
  "scholen.titelEen": "School details",
  "scholen.intro":
    "The schools of your bestuur. Click a school's name or the pencil to view and change its details and afdelingen.",
  "scholen.ontbreekt":
    "Is a school missing or wrong? E-mail the beheerorganisatie its official name, name, school type, bestuur, visiting address, BRIN number and vestigingscode.",
  "scholen.aantal": "{aantal} schools",
  "scholen.geen": "No schools were found.",
  "scholen.naam": "Name",
  "scholen.officieleNaam": "Official name",
  "scholen.brin": "BRIN",
  "scholen.vestigingscode": "Vestigingscode",
  "scholen.schooltype": "School type",
  "scholen.particulier": "private",
  "scholen.bestuur": "Bestuur",
  "scholen.adres": "Visiting address",
  "scholen.plaats": "Town",
  "scholen.telefoon": "Phone",

  "contact.titel": "Contacts",
  "contact.perBestuur": "Contactpersonen ELK per bestuur",
  "contact.bestuur": "Bestuur",
  "contact.contactpersoon": "Contactpersoon ELK",
  "contact.email": "E-mail address",
  "contact.geen": "No contactpersonen are known yet.",
  "contact.vragen": "Questions?",
  "contact.vragenTekst":
    "First contact the locatiebeheerder of your school. If they cannot help you, contact the contactpersoon ELK of your bestuur. If they cannot solve it either, they contact the helpdesk:",
  "contact.helpdeskEmail": "E-mail",
  "contact.helpdeskTelefoon": "Phone",
  "contact.helpdeskWebsite": "Website",

  "nietGevonden.titel": "Page not found",
  "nietGevonden.tekst": "This page does not exist (any more), or you have no access to it.",

  "formulier.verplichtVeld": "mandatory field",

  ...accountsEn,
  ...authEn,
  ...scholenEn,
  ...besturenEn,
  ...nieuwsBeheerEn,
  ...voorkeurslijstEn,
  ...ouderportaalEn,
  ...aanmeldingenEn,
  ...behandelenEn,
  ...notitiesEn,
  ...leerlingenEn,
  ...kalenderEn,
  ...auditEn,
  ...ouderGegevensEn,
  ...toewijzingEn,
  ...lotingEn,
  ...groepenEn,
  ...notificatiesEn,
  ...okidocEn,
  ...overzichtenEn,
  ...osoEn,
  ...swvEn,
};
