import type { accountsNl } from "./nl";

/** English texts of the accounts screens; domain words (bestuur, contactpersoon ELK, oki-doc…) stay Dutch. */
export const accountsEn: Record<keyof typeof accountsNl, string> = {
  "accounts.gebruikers.titel": "Users",
  "accounts.gebruikers.introSchool":
    "The users of your school. A user you add receives an e-mail to choose their own username and password.",
  "accounts.gebruikers.introBestuur":
    "The users of the schools of your bestuur. Create the locatiebeheerder of each school; they then create the other users of their school.",
  "accounts.gebruikers.toevoegen": "Add user",
  "accounts.gebruikers.aantal": "{aantal} users",
  "accounts.gebruikers.geen": "There are no users yet.",
  "accounts.gebruikers.naam": "Name",
  "accounts.gebruikers.gebruikersnaam": "Username",
  "accounts.gebruikers.email": "E-mail address",
  "accounts.gebruikers.rollen": "Roles",
  "accounts.gebruikers.locatie": "Location",
  "accounts.gebruikers.status": "Status",
  "accounts.gebruikers.acties": "Actions",
  "accounts.gebruikers.nietIngesteld": "not set yet",
  "accounts.gebruikers.status.uitgenodigd": "Invited",
  "accounts.gebruikers.status.actief": "Active",
  "accounts.gebruikers.status.geblokkeerd": "Blocked",
  "accounts.gebruikers.wijzigen": "Edit",
  "accounts.gebruikers.wijzigenVan": "Edit {naam}",
  "accounts.gebruikers.resetten": "Reset",
  "accounts.gebruikers.resettenVan": "Reset username and password of {naam}",
  "accounts.gebruikers.blokkeren": "Block",
  "accounts.gebruikers.blokkerenVan": "Block the account of {naam}",
  "accounts.gebruikers.deblokkeren": "Unblock",
  "accounts.gebruikers.deblokkerenVan": "Unblock the account of {naam}",
  "accounts.gebruikers.meekijken": "View as",
  "accounts.gebruikers.meekijkenAls": "View ELK as {naam}",
  "accounts.gebruikers.toegevoegd":
    "The user has been added. An e-mail 'Inloggegevens instellen' has been sent to {email}.",
  "accounts.gebruikers.gewijzigd": "The details of {naam} have been saved.",

  "accounts.resetten.titel": "Reset username and password",
  "accounts.resetten.vraag":
    "Are you sure you want to reset the username and password of {naam}? The current password will stop working. {naam} will receive a new e-mail 'Inloggegevens instellen' at {email}.",
  "accounts.resetten.knop": "Yes, reset",
  "accounts.blokkeren.titel": "Block account",
  "accounts.blokkeren.vraag":
    "Are you sure you want to block the account of {naam}? {naam} is signed out at once and cannot sign in until you unblock the account.",
  "accounts.blokkeren.knop": "Yes, block",
  "accounts.blokkeren.gelukt":
    "The account of {naam} has been blocked. {naam} has been signed out everywhere and can no longer sign in.",
  "accounts.deblokkeren.titel": "Unblock account",
  "accounts.deblokkeren.vraag":
    "Are you sure you want to unblock the account of {naam}? {naam} can then sign in again.",
  "accounts.deblokkeren.knop": "Yes, unblock",
  "accounts.deblokkeren.gelukt": "The account of {naam} has been unblocked. {naam} can sign in again.",
  "accounts.deblokkeren.uitgenodigd":
    "The account of {naam} has been unblocked. A new e-mail 'Inloggegevens instellen' has been sent to {email}.",
  "accounts.annuleren": "Cancel",

  "accounts.formulier.titelToevoegen": "Add user",
  "accounts.formulier.titelWijzigen": "Edit user",
  "accounts.formulier.organisatie": "Organisation",
  "accounts.formulier.gegevens": "User details",
  "accounts.formulier.opslaan": "Save",
  "accounts.formulier.bezig": "Saving…",
  "accounts.veld.organisatieType": "Type of organisation",
  "accounts.veld.organisatieTypeKiezen": "Choose the type of organisation",
  "accounts.veld.organisatieType.vo": "VO (secondary education)",
  "accounts.veld.organisatieType.po": "PO (primary education)",
  "accounts.veld.organisatieType.bestuur": "Bestuur",
  "accounts.veld.organisatieType.regio": "Beheerorganisatie",
  "accounts.veld.school": "School",
  "accounts.veld.schoolKiezen": "Choose the school",
  "accounts.veld.schoolEerstType": "Choose the type of organisation first.",
  "accounts.veld.bestuur": "Bestuur",
  "accounts.veld.bestuurKiezen": "Choose the bestuur",
  "accounts.veld.voornaam": "First name",
  "accounts.veld.tussenvoegsel": "Name prefix",
  "accounts.veld.achternaam": "Last name",
  "accounts.veld.email": "E-mail address",
  "accounts.veld.telefoon": "Phone number",
  "accounts.veld.gebruikersnaam": "Username",
  "accounts.veld.gebruikersnaamNiet":
    "You cannot fill in the username: the user chooses it when setting up the account.",
  "accounts.veld.rollen": "Roles",
  "accounts.veld.rollenUitleg": "Choose at least one role.",
  "accounts.veld.rollenEerstType": "Choose the type of organisation first; the roles will then appear.",
  "accounts.rol.beheren": "Create users for the school, check and partly edit the school's details.",
  "accounts.rol.aanmelden": "Register pupils (aanmelden) during the registration period.",
  "accounts.rol.beoordelenEnPlaatsen": "View and assess the oki-doc, and place pupils.",

  "accounts.link.laden": "Checking the link…",
  "accounts.link.onvolledig":
    "The link is incomplete. Open the link from the e-mail again, or copy the whole address into the address bar.",
  "accounts.naarInloggen": "Go to the sign-in page",

  "accounts.wachtwoord.regels": "Password requirements:",
  "accounts.wachtwoord.wachtwoord": "Password",
  "accounts.wachtwoord.herhaald": "Repeat password",
  "accounts.wachtwoord.nieuw": "New password",
  "accounts.wachtwoord.nieuwHerhaald": "Repeat new password",
  "accounts.wachtwoord.huidig": "Current password",

  "accounts.activeren.titel": "Set up your sign-in details",
  "accounts.activeren.welkom": "Welcome, {naam}.",
  "accounts.activeren.uitleg":
    "You are setting up the sign-in details of your account for {locatieNaam}. Choose a username and a password; you will then be signed in at once.",
  "accounts.activeren.gebruikersnaamUitleg":
    "By default this is your e-mail address; you may change it. The username must be unique: if you have accounts for several school locations, choose a different username for each.",
  "accounts.activeren.knop": "Save sign-in details",
  "accounts.activeren.bezig": "Saving…",

  "accounts.vergeten.titel": "Forgot your password",
  "accounts.vergeten.intro":
    "Enter your username. You will receive an e-mail with a link to set a new password.",
  "accounts.vergeten.knop": "Send",
  "accounts.vergeten.bezig": "Sending…",
  "accounts.vergeten.gebruikersnaamVergeten":
    "Forgot your username too? Contact the contactpersoon ELK of your bestuur. They can reset your username and password; you will then receive a new e-mail to set up your account.",
  "accounts.vergeten.terug": "Back to sign in",

  "accounts.herstellen.titel": "Set a new password",
  "accounts.herstellen.intro": "Choose a new password for your account.",
  "accounts.herstellen.knop": "Save password",
  "accounts.herstellen.gelukt":
    "Your new password has been saved. You can now sign in with your username and the new password.",
  "accounts.herstellen.nieuweLink": "Request a new link",

  "accounts.mij.titel": "My details",
  "accounts.mij.intro": "You are signed in as {gebruikersnaam}, for {locatieNaam}.",
  "accounts.mij.gegevens": "Name and contact details",
  "accounts.mij.gegevensOpgeslagen": "Your details have been saved.",
  "accounts.mij.telefoonUitleg": "If you leave this field empty, no phone number is kept.",
  "accounts.mij.wachtwoordWijzigen": "Change password",
  "accounts.mij.wachtwoordKnop": "Change password",
  "accounts.mij.wachtwoordGewijzigd": "Your password has been changed.",
  "accounts.mij.meekijken":
    "You are viewing ELK as {naam}. The details and password of this account cannot be changed while viewing as another user. Sign out to return to your own account.",
};
