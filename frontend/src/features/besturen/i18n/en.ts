import type { besturenNl } from "./nl";

/** English texts of Instellingen > Besturen; domain words (bestuur, contactpersoon ELK) stay Dutch. */
export const besturenEn: Record<keyof typeof besturenNl, string> = {
  "besturen.titel": "Besturen",
  "besturen.intro":
    "The besturen of the region with their contactpersonen ELK. Everyone sees the contactpersonen under Help > Contacts.",
  "besturen.aantal": "{aantal} besturen",
  "besturen.geen": "There are no besturen yet.",
  "besturen.naam": "Name of the bestuur",
  "besturen.kolomNaam": "Bestuur",
  "besturen.contactpersonen": "Contactpersonen ELK",
  "besturen.geenContactpersonen": "no contactpersoon yet",
  "besturen.acties": "Actions",
  "besturen.wijzigen": "Edit",
  "besturen.wijzigenVan": "Edit bestuur {naam}",
  "besturen.verwijderen": "Remove",
  "besturen.toevoegen": "Add bestuur",
  "besturen.toegevoegd": "The bestuur {naam} has been added.",
  "besturen.gewijzigd": "The details of {naam} have been saved.",
  "besturen.opslaan": "Save",
  "besturen.opslaanBezig": "Saving…",
  "besturen.annuleren": "Cancel",
  "besturen.opnieuwLaden": "Reload the besturen",
  "besturen.formulier.titelToevoegen": "Add bestuur",
  "besturen.formulier.titelWijzigen": "Edit bestuur {naam}",
  "besturen.formulier.uitleg": "The administrators of ELK for this bestuur, with their e-mail address.",
  "besturen.formulier.persoon": "contactpersoon {nummer}",
  "besturen.formulier.persoonNaam": "Name of contactpersoon {nummer}",
  "besturen.formulier.persoonEmail": "E-mail address of contactpersoon {nummer}",
  "besturen.formulier.persoonVerwijderen": "Remove {naam}",
  "besturen.formulier.persoonToevoegen": "Add contactpersoon",
};
