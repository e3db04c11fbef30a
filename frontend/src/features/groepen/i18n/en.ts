import type { groepenNl } from "./nl";

/** English texts of Instellingen > Groepen; domain words (ELK-nummer, oki-doc…) stay Dutch. */
export const groepenEn: Record<keyof typeof groepenNl, string> = {
  "groepen.titel": "Groups",
  "groepen.intro":
    "Groups divide the pupils registered or placed at your school, for instance by level or to share out the assessing. A pupil can be in several groups.",
  "groepen.introNotificaties":
    "Note: the contact persons of a group receive the notifications about the pupils in that group.",
  "groepen.toevoegen": "Add group",
  "groepen.geen": "There are no groups in this school year yet.",
  "groepen.aantal": "{aantal} groups",
  "groepen.naam": "Name",
  "groepen.leerlingen": "Pupils",
  "groepen.contactpersonen": "Contact persons",
  "groepen.acties": "Actions",
  "groepen.eenLeerling": "1 pupil",
  "groepen.aantalLeerlingen": "{aantal} pupils",
  "groepen.leerlingenTonen": "Show pupils",
  "groepen.wijzigenVan": "Edit group {naam}",
  "groepen.wijzigen": "Edit",
  "groepen.verwijderenVan": "Remove group {naam}",
  "groepen.verwijderen": "Remove",
  "groepen.verwijderenTitel": "Remove group",
  "groepen.verwijderenVraag":
    "Are you sure you want to remove the group {naam}? The pupils stay registered; the contact persons no longer receive notifications through this group.",
  "groepen.annuleren": "Cancel",
  "groepen.toegevoegd": "The group {naam} has been added.",
  "groepen.gewijzigd": "The group {naam} has been saved.",
  "groepen.verwijderd": "The group {naam} has been removed.",
  "groepen.formulier.titelToevoegen": "Add group",
  "groepen.formulier.titelWijzigen": "Edit group",
  "groepen.formulier.opslaan": "Save",
  "groepen.formulier.bezig": "Saving…",
  "groepen.veld.naam": "Name of the group",
  "groepen.veld.naamUitleg": "For instance Aanmeldingen havo/vwo, Aanmeldingen vwo or Niet plaatsen.",
  "groepen.veld.leerlingen": "Pupils",
  "groepen.veld.leerlingenUitleg":
    "Choose from the pupils registered or placed at your school. You can also fill the group later.",
  "groepen.veld.zoeken": "Find a pupil",
  "groepen.veld.zoekenUitleg": "By name or ELK-nummer.",
  "groepen.veld.gevonden": "Found: {aantal}",
  "groepen.veld.gekozen": "Chosen: {aantal}",
  "groepen.veld.geenLeerlingen": "No pupils have been registered or placed in this school year yet.",
  "groepen.veld.geenGevonden": "No pupils found.",
  "groepen.veld.contactpersonen": "Contact persons",
  "groepen.veld.contactpersonenUitleg":
    "Choose from the users of your school. They receive the notifications about the pupils in this group.",
  "groepen.status.aangemeld": "registered",
  "groepen.status.geplaatst": "placed",
  "groepen.status.uitgeloot": "not drawn",
  "groepen.status.toegewezen": "assigned",
};
