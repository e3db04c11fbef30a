import type { osoNl } from "./nl";

/** English texts of OSO; domain words (aanleverpunt, ELK-nummer, LAS, Mijn OSO…) stay Dutch. */
export const osoEn: Record<keyof typeof osoNl, string> = {
  "oso.configureren.titel": "Configure OSO aanleverpunten",
  "oso.configureren.intro":
    "To transfer OSO dossiers, ELK must be registered in OSO for each school location. Below are all your school locations, with their BRIN and vestigingscode filled in. You need the number and the key of the aanleverpunt you created for ELK in Mijn OSO at Kennisnet.",
  "oso.configureren.stap1":
    "At the school location, change the 0 in the column Aanleverpuntnummer into the number from Mijn OSO.",
  "oso.configureren.stap2": "Paste the copied key into the column Aanleverpuntsleutel.",
  "oso.configureren.stap3": "Click Save, then Register. Do this for each school location separately.",
  "oso.configureren.stap4":
    "Later, Ping checks whether the OSO Traffic Center knows the registered aanleverpunt.",
  "oso.configureren.hulp":
    "Do you get an error message? Check that you entered the right aanleverpunt number and key, at the right BRIN and vestigingscode. If you did, contact the OSO Servicedesk of Kennisnet.",
  "oso.configureren.ontbreekt":
    "Is a school location missing? E-mail the beheerorganisatie its official name, name, school type, bestuur, visiting address, BRIN number and vestigingscode.",
  "oso.configureren.bijschrift": "School locations of your bestuur with their OSO aanleverpunt",
  "oso.configureren.geen": "Your bestuur has no school locations in ELK yet.",
  "oso.configureren.school": "School",
  "oso.configureren.brin": "BRIN",
  "oso.configureren.vestigingscode": "Vestigingscode",
  "oso.configureren.nummer": "Aanleverpunt number",
  "oso.configureren.sleutel": "Aanleverpunt key",
  "oso.configureren.oso": "OSO",
  "oso.configureren.mag": "May request transfers",
  "oso.configureren.acties": "Actions",
  "oso.configureren.nummerVan": "Aanleverpunt number {school}",
  "oso.configureren.sleutelVan": "Aanleverpunt key {school}",
  "oso.configureren.sleutelOpgeslagen": "Stored: {sleutel}. Leave empty to keep this key.",
  "oso.configureren.sleutelGeen": "No key stored yet.",
  "oso.configureren.nummerOngeldig": "Enter the aanleverpunt number from Mijn OSO (a whole number).",
  "oso.configureren.vinkjeAan": "{kolom}: yes",
  "oso.configureren.vinkjeUit": "{kolom}: no",
  "oso.configureren.opslaan": "Save",
  "oso.configureren.opslaanVan": "Save OSO {school}",
  "oso.configureren.registreer": "Register",
  "oso.configureren.registreerVan": "Register aanleverpunt {school}",
  "oso.configureren.ping": "Ping",
  "oso.configureren.pingVan": "Ping aanleverpunt {school}",
  "oso.configureren.opgeslagen":
    "The aanleverpunt of {school} has been saved. Click Register to register it with OSO.",
  "oso.configureren.kolommenTitel": "About the columns “OSO” and “May request transfers”",
  "oso.configureren.kolommen1":
    "The columns “OSO” and “May request transfers” belong to the OSO standard. Registering an aanleverpunt ticks them automatically. You need not do anything with them.",
  "oso.configureren.kolommen2":
    "In a very rare case the OSO Traffic Center clears “May request transfers”: when someone tries to transfer a faulty OSO dossier from that aanleverpunt. This keeps the Traffic Center from being overloaded. After saving a new number or key, register the aanleverpunt again.",

  "oso.overdrachten.titel": "OSO transfers",
  "oso.overdrachten.intro":
    "The OSO dossiers of {school} in school year {schooljaar}. You request a dossier that is ready from your own LAS; it then shows as fetched. When something about the dossier changes in ELK, ELK prepares a new version. This list updates by itself.",
  "oso.overdrachten.aanleverpuntGoed":
    "Your school's aanleverpunt is registered with OSO and may request transfers.",
  "oso.overdrachten.nietGeregistreerd":
    "Your school's aanleverpunt is not registered with OSO yet. Until it is, ELK cannot prepare OSO dossiers. Ask the contactpersoon ELK of your bestuur to register the aanleverpunt in OSO > Configure.",
  "oso.overdrachten.magNiet":
    "Your school's aanleverpunt may not request transfers: the OSO Traffic Center cleared “May request transfers”. Until this changes, ELK cannot prepare OSO dossiers. Ask the contactpersoon ELK of your bestuur to register the aanleverpunt again in OSO > Configure.",
  "oso.overdrachten.geen":
    "No OSO dossiers have been prepared in school year {schooljaar} yet. You do this in Leerlingen > Overview: select the placed pupils with the check boxes before their names and choose Bulk actions > Prepare OSO dossiers.",
  "oso.overdrachten.aantal": "{aantal} OSO dossiers",
  "oso.overdrachten.aantalEen": "1 OSO dossier",
  "oso.overdrachten.leerling": "Pupil",
  "oso.overdrachten.elkNummer": "ELK-nummer",
  "oso.overdrachten.status": "Status",
  "oso.overdrachten.versie": "Version",
  "oso.overdrachten.aangevraagd": "Requested",
  "oso.overdrachten.klaarOp": "Ready on",
  "oso.overdrachten.opgehaaldOp": "Fetched on",
  "oso.overdrachten.fout": "Error",
  "oso.overdrachten.acties": "Actions",
  "oso.overdrachten.door": "by {naam}",
  "oso.overdrachten.opgehaaldVersie": "version {versie}",
  "oso.overdrachten.status.in-wachtrij": "Queued",
  "oso.overdrachten.status.klaar": "Ready to fetch",
  "oso.overdrachten.status.opgehaald": "Fetched by the LAS",
  "oso.overdrachten.status.fout": "Error",
  "oso.overdrachten.opnieuw": "Try again",
  "oso.overdrachten.opnieuwVan": "Try again: OSO dossier of {naam}",
  "oso.overdrachten.opnieuwGedaan": "ELK is building the OSO dossier of {naam} again.",

  "oso.klaarzetten.menu": "Prepare OSO dossiers",
  "oso.klaarzetten.geenSelectie":
    "First select the pupils whose OSO dossier you want to prepare. Without a selection ELK makes no OSO dossiers.",
  "oso.klaarzetten.bezig": "Preparing OSO dossiers…",
  "oso.klaarzetten.nietMogelijk": "No OSO dossier for:",
  "oso.klaarzetten.leerling": "{naam} ({elkNummer}): {reden}",
  "oso.klaarzetten.onbekend": "A pupil: {reden}",
  "oso.klaarzetten.sluiten": "Close",
};
