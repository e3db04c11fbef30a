import type { leerlingenNl } from "./nl";

/** English texts of Leerlingen groep 8 and the ouderinlog; domain words stay Dutch. */
export const leerlingenEn: Record<keyof typeof leerlingenNl, string> = {
  "leerlingen.roepnaam": "First name (roepnaam)",
  "leerlingen.tussenvoegsel": "Surname prefix",
  "leerlingen.achternaam": "Surname",
  "leerlingen.bsn": "BSN or onderwijsnummer",
  "leerlingen.bsnUitleg":
    "The citizen service number, or the onderwijsnummer if the pupil has no BSN. ELK checks it with the elfproef and afterwards shows only its last three digits.",
  "leerlingen.geboortedatum": "Date of birth",
  "leerlingen.geslacht": "Gender",
  "leerlingen.geslacht.kiezen": "Choose the gender",
  "leerlingen.geslacht.man": "Male",
  "leerlingen.geslacht.vrouw": "Female",
  "leerlingen.geslacht.anders": "Other",
  "leerlingen.advies": "Basisschooladvies",
  "leerlingen.advies.geen": "Not known yet",
  "leerlingen.adviesUitleg":
    "Pupils with a PrO advice are registered by the school itself; their parents get no ouderinlog.",
  "leerlingen.adviesUitlegOuder":
    "Does your child have a PrO advice? Then the school registers your child and you need no ouderinlog.",
  "leerlingen.adres": "Address",
  "leerlingen.straat": "Street",
  "leerlingen.huisnummer": "House number",
  "leerlingen.postcode": "Postcode",
  "leerlingen.plaats": "Town",
  "leerlingen.emailOuders": "Parents' e-mail address",
  "leerlingen.emailOudersUitleg":
    "The parents receive the ouderinlog at this address. Brothers and sisters with the same address share one login.",
  "leerlingen.emailOudersUitlegOuder": "You receive the ouderinlog at this address.",
  "leerlingen.opslaan": "Save",
  "leerlingen.opslaanBezig": "Saving…",
  "leerlingen.annuleren": "Cancel",
  "leerlingen.opnieuwLaden": "Reload",
  "leerlingen.wijzigen": "Edit",
  "leerlingen.wijzigenVan": "Edit the details of {naam}",

  "leerlingen.po.titel": "Group 8 leerlingen",
  "leerlingen.po.intro":
    "The group 8 pupils of {school} in school year {schooljaar}. Add them one by one or from a CSV file, and send the parents their ouderinlog: with it they register their child in the registration period through the ouderportaal.",
  "leerlingen.po.pro":
    "Pupils with a PrO advice follow the usual route: the school registers them and the parents get no ouderinlog.",
  "leerlingen.po.toevoegen": "Add pupil",
  "leerlingen.po.importeren": "Import CSV",
  "leerlingen.po.aantal": "{aantal} pupils",
  "leerlingen.po.aantalEen": "1 pupil",
  "leerlingen.po.geen": "No pupils have been added for school year {schooljaar} yet.",

  "leerlingen.tabel.naam": "Name",
  "leerlingen.tabel.elkNummer": "ELK-nummer",
  "leerlingen.tabel.advies": "Advice",
  "leerlingen.tabel.bsn": "BSN",
  "leerlingen.tabel.onderwijsnummer": "onderwijsnummer",
  "leerlingen.tabel.emailOuders": "Parents' e-mail",
  "leerlingen.tabel.ouderinlog": "Ouderinlog",
  "leerlingen.tabel.acties": "Actions",

  "leerlingen.formulier.toevoegenTitel": "Add pupil",
  "leerlingen.formulier.wijzigenTitel": "Edit the details of {naam}",
  "leerlingen.formulier.vast": "The BSN, date of birth and gender cannot be changed once the pupil is added.",
  "leerlingen.toegevoegd": "{naam} has been added with ELK-nummer {elkNummer}.",
  "leerlingen.gewijzigd": "The details of {naam} have been saved.",

  "leerlingen.ouderinlog.verstuurdOp": "Sent on {datum}",
  "leerlingen.ouderinlog.nogNiet": "Not sent yet",
  "leerlingen.ouderinlog.eerstAdvies": "Fill in the advice first",
  "leerlingen.ouderinlog.pro": "None: PrO advice",
  "leerlingen.ouderinlog.versturen": "Send ouderinlog",
  "leerlingen.ouderinlog.opnieuw": "Send again",
  "leerlingen.ouderinlog.versturenVan": "Send the ouderinlog to the parents of {naam}",
  "leerlingen.ouderinlog.opnieuwVan": "Send the ouderinlog again to the parents of {naam}",
  "leerlingen.ouderinlog.titel": "Send ouderinlog?",
  "leerlingen.ouderinlog.opnieuwTitel": "Send ouderinlog again?",
  "leerlingen.ouderinlog.vraag":
    "The parents of {naam} receive an e-mail at {email} with their login to the ouderportaal. With it they register their child in the registration period.",
  "leerlingen.ouderinlog.knop": "Send",

  "leerlingen.import.titel": "Import pupils from a CSV file",
  "leerlingen.import.uitleg":
    "Save the list of pupils as a CSV file with a semicolon (;) as separator, as Dutch Excel does. The first line names the columns:",
  "leerlingen.import.kolommen":
    "Required are roepnaam, achternaam, bsn (or the onderwijsnummer), geboortedatum (dd-mm-yyyy), geslacht (m, v or x), straat, huisnummer, postcode, plaats and emailOuders. Tussenvoegsel and advies (such as havo/vwo or PrO) may stay empty.",
  "leerlingen.import.allesOfNiets":
    "The pupils go into school year {schooljaar}. Every row is checked before anything is saved: if one row has an error, nothing is imported. Then correct the file and import it again. At most 300 pupils at a time.",
  "leerlingen.import.bestand": "CSV file",
  "leerlingen.import.inhoud": "Content of the file",
  "leerlingen.import.inhoudUitleg":
    "The chosen file appears here. You can also paste the lines, with the header line at the top.",
  "leerlingen.import.knop": "Import",
  "leerlingen.import.bezig": "Importing…",
  "leerlingen.import.fouten": "Errors per row",

  "ouderinlogAanvragen.titel": "Request an ouderinlog",
  "ouderinlogAanvragen.intro":
    "Is your child in group 8 of a primary school taking part in the Kernprocedure Amsterdam, and do you want to register your child at a school in Amstelland? Then request an ouderinlog in the week before the registration period. You receive it by e-mail; with it you register your child in the registration period through the ouderportaal of {productNaam}.",
  "ouderinlogAanvragen.nietVoor":
    "Is your child at a primary school in Amstelland? Then the primary school sends you the ouderinlog and you need not request anything.",
  "ouderinlogAanvragen.eenKernprocedure":
    "Please note: a pupil can register in only one of the two Kernprocedures.",
  "ouderinlogAanvragen.leerling": "Your child's details",
  "ouderinlogAanvragen.basisschool": "Primary school",
  "ouderinlogAanvragen.basisschoolNaam": "Name of the primary school",
  "ouderinlogAanvragen.basisschoolPlaats": "Town of the primary school",
  "ouderinlogAanvragen.knop": "Request ouderinlog",
  "ouderinlogAanvragen.bezig": "Sending…",
  "ouderinlogAanvragen.naarInloggen": "To the sign-in page",
};
