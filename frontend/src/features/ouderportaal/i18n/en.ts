import type { ouderportaalNl } from "./nl";

/** English texts of the ouderportaal; domain words (voorkeurslijst, advies, ELK-nummer…) stay Dutch. */
export const ouderportaalEn: Record<keyof typeof ouderportaalNl, string> = {
  "ouderportaal.titel": "Ouderportaal",
  "ouderportaal.intro":
    "Here you register your child at a school for secondary education: fill in the voorkeurslijst and make the registration final.",
  "ouderportaal.periode": "The registration period runs from {van} up to and including {tot}.",
  "ouderportaal.periode.voor":
    "Registering is only possible in the registration period: from {van} up to and including {tot}. Until then you cannot fill in or change the voorkeurslijst.",
  "ouderportaal.periode.na":
    "The registration period is over (from {van} up to and including {tot}). The registration can no longer be changed.",
  "ouderportaal.bekendmaking": "From {moment} you will see here at which school your child is placed.",
  "ouderportaal.geenKinderen":
    "No child is linked to your login yet. Please contact your child's primary school.",
  "ouderportaal.kinderen": "Your children",

  "ouderportaal.elkNummer": "ELK-nummer",
  "ouderportaal.geboortedatum": "Date of birth",
  "ouderportaal.advies": "Advies (primary school's advice)",
  "ouderportaal.bsn": "BSN",
  "ouderportaal.aanmelding": "Registration",
  "ouderportaal.geenAdvies": "not known yet",

  "ouderportaal.status.geen": "Not registered yet",
  "ouderportaal.status.concept": "Not registered yet: the voorkeurslijst is saved, but not final",
  "ouderportaal.status.aangemeld": "Registered on {moment} at {school}",
  "ouderportaal.status.ingetrokken": "Registration undone on {moment}",
  "ouderportaal.status.beeindigd":
    "The school has ended the registration. Your child can be registered at another school.",
  "ouderportaal.status.geplaatst": "Placed at {school}, afdeling {afdeling}",
  "ouderportaal.status.toegewezen":
    "Assigned to {school}, afdeling {afdeling} after the central placement and lottery. The school will contact you.",
  "ouderportaal.lotingnummer.decentraal": "Lottery number (decentral lottery)",
  "ouderportaal.lotingnummer.cpl": "Lottery number (central placement and lottery)",
  "ouderportaal.reservepositie": "Reserve list {school}",
  "ouderportaal.reserveplaats": "Reserve list {school}, {afdeling} (choice {voorkeur})",
  "ouderportaal.lotingnummer.centraal": "Lottery number (central lottery)",
  "ouderportaal.reservepositieWaarde": "Place {positie}",
  "ouderportaal.status.pro": "Registered by the school (PrO advies)",

  "ouderportaal.pro":
    "{naam} has a PrO advies. Pupils with a PrO advies are not registered through the ouderportaal: they follow the usual route and the school registers them. For questions, please contact the primary school.",
  "ouderportaal.wachtOpAdvies":
    "The advies of {naam} is not known yet. As soon as the primary school has filled it in, you can fill in the voorkeurslijst here.",
  "ouderportaal.invullen": "Fill in the voorkeurslijst",
  "ouderportaal.verder": "Continue with the voorkeurslijst",
  "ouderportaal.bekijken": "View the registration",
  "ouderportaal.voorkeurslijstVan": "{actie}: {naam}",

  "ouderportaal.kind.titel": "Register: {naam}",
  "ouderportaal.kind.gegevens": "Details of {naam}",
  "ouderportaal.terug": "Back to the ouderportaal",
  "ouderportaal.nietGevonden": "This child is not linked to your login.",

  "ouderportaal.stap.lijst": "Step 1 of 2: fill in the voorkeurslijst",
  "ouderportaal.stap.controleren": "Step 2 of 2: check and make final",
  "ouderportaal.opslaan": "Save",
  "ouderportaal.opslaanBezig": "Saving…",
  "ouderportaal.opgeslagen":
    "The voorkeurslijst has been saved. Your child is not registered yet: that only happens when you make the registration final.",
  "ouderportaal.volgende": "Next",
  "ouderportaal.vorige": "Previous",
  "ouderportaal.volgendeUitleg":
    "You can save the list in between. When every voorkeur is filled in, the Next button appears.",
  "ouderportaal.controleren.uitleg":
    "Check the voorkeurslijst. If everything is right, click Make the registration final. You will then receive the voorkeurslijst by e-mail.",
  "ouderportaal.definitief": "Make the registration final",
  "ouderportaal.definitiefBezig": "Registering…",
  "ouderportaal.aangemeld": "Your child is registered. You will receive the voorkeurslijst by e-mail.",
  "ouderportaal.aangemeldBij": "{naam} was registered on {moment} at {school}.",
  "ouderportaal.leesAlleen": "The saved voorkeurslijst (not final):",

  "ouderportaal.ongedaan": "Undo the registration",
  "ouderportaal.ongedaanUitleg":
    "Up to and including {tot} you can undo the registration. After that you can fill in a new voorkeurslijst and register your child again.",
  "ouderportaal.ongedaan.titel": "Undo the registration?",
  "ouderportaal.ongedaan.vraag":
    "The registration of {naam} at {school} will be undone. Your child is then not registered anywhere until you register again.",
  "ouderportaal.ongedaan.bevestig": "Yes, undo",
  "ouderportaal.annuleren": "Cancel",
  "ouderportaal.ongedaanGemaakt":
    "The registration has been undone. You can change the voorkeurslijst and register your child again.",
  "ouderportaal.documenten.titel": "Documents for the VO school",
  "ouderportaal.documenten.uitleg":
    "After the registration the VO school may ask you to send information, for example a school report or the written basisschooladvies. Send those documents to the school here.",
  "ouderportaal.documenten.bestand": "Document",
  "ouderportaal.documenten.eisen": "A PDF, JPG or PNG of at most 4 MB.",
  "ouderportaal.documenten.versturen": "Send document",
  "ouderportaal.documenten.bezig": "Sending…",
  "ouderportaal.documenten.verstuurd": "The document {naam} has been sent to the VO school.",
  "ouderportaal.documenten.fout.kies": "Choose a file.",
  "ouderportaal.documenten.fout.type": "Send a PDF, JPG or PNG.",
  "ouderportaal.documenten.fout.leeg": "The file is empty.",
  "ouderportaal.documenten.fout.groot": "A file is at most 4 MB.",
  "ouderportaal.documenten.geen": "You have not sent any documents yet.",
  "ouderportaal.documenten.verstuurdeDocumenten": "Documents sent",
  "ouderportaal.documenten.naam": "Name",
  "ouderportaal.documenten.scan.bezig": "Being checked for viruses",
  "ouderportaal.documenten.scan.besmet": "Not safe, removed",
  "ouderportaal.documenten.grootte": "Size",
  "ouderportaal.documenten.datum": "Sent on",
};
