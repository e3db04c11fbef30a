import type { aanmeldingenNl } from "./nl";

/** English texts of Leerlingen > Overzicht and Leerling aanmelden; domain words stay Dutch. */
export const aanmeldingenEn: Record<keyof typeof aanmeldingenNl, string> = {
  "aanmeldingen.titel": "Leerlingen overview",
  "aanmeldingen.intro":
    "The pupils registered in school year {schooljaar} with {school} as their school of first choice.",
  "aanmeldingen.aantal": "{aantal} registered pupils",
  "aanmeldingen.aantalEen": "1 registered pupil",
  "aanmeldingen.geen": "No pupils have registered at this school in school year {schooljaar} (yet).",
  "aanmeldingen.elkNummer": "ELK-nummer",
  "aanmeldingen.naam": "Name",
  "aanmeldingen.advies": "Advies",
  "aanmeldingen.aangemeldOp": "Registered on",
  "aanmeldingen.afdeling": "Afdeling 1st choice",
  "aanmeldingen.kolomB": "B",
  "aanmeldingen.kolomVR": "VR",
  "aanmeldingen.buitenleerling": "Buitenleerling",
  "aanmeldingen.voorrang": "Voorrang",
  "aanmeldingen.voorrang.broer-zus": "Voorrang requested: brother or sister at this school",
  "aanmeldingen.voorrang.kind-medewerker": "Voorrang requested: child of a member of staff",
  "aanmeldingen.legenda":
    "B: buitenleerling (no oki-doc in ELK). V: voorrang requested; the school checks the claim.",

  "aanmeldingen.aanmelden": "Leerling aanmelden",
  "aanmeldingen.aanmelden.intro":
    "As an exception, the school registers a pupil itself. Fill in the ELK-nummer on the registration form and click Check.",
  "aanmeldingen.elkNummerVeld": "ELK-nummer",
  "aanmeldingen.elkNummerUitleg": "You may leave out the leading zeros.",
  "aanmeldingen.elkNummerVerplicht": "Fill in the ELK-nummer.",
  "aanmeldingen.controleren": "Check",
  "aanmeldingen.controlerenBezig": "Checking…",
  "aanmeldingen.gevonden": "Leerling: {naam}",
  "aanmeldingen.verderGaan": "Continue",
  "aanmeldingen.annuleren": "Cancel",

  "aanmeldingen.stap": "Step {nummer} of 3: {naam}",
  "aanmeldingen.stap.gegevens": "the pupil's details",
  "aanmeldingen.stap.lijst": "voorkeurslijst",
  "aanmeldingen.stap.controleren": "check and make final",
  "aanmeldingen.gegevensUitleg": "These details of the pupil are known to ELK.",
  "aanmeldingen.geboortedatum": "Date of birth",
  "aanmeldingen.lengteLijst": "Voorkeurslijst",
  "aanmeldingen.lengteLijst.een": "1 school",
  "aanmeldingen.lengteLijst.meer": "{aantal} schools",
  "aanmeldingen.geenAdvies": "not known yet",
  "aanmeldingen.geenAfdeling":
    "Your school has no afdeling that admits pupils with advies {advies}. This pupil cannot be registered at your school.",
  "aanmeldingen.volgende": "Next",
  "aanmeldingen.vorige": "Previous",
  "aanmeldingen.andereLeerling": "Another pupil",
  "aanmeldingen.volgendeUitleg": "When every voorkeur is filled in, the Next button appears beside Previous.",
  "aanmeldingen.controleren.uitleg":
    "Check the voorkeurslijst and click Make the registration final. The parents receive the voorkeurslijst by e-mail.",
  "aanmeldingen.definitief": "Make the registration final",
  "aanmeldingen.definitiefBezig": "Registering…",
  "aanmeldingen.aangemeld":
    "{naam} is registered. The pupil is now linked to your school: you see the pupil in the overview.",
  "aanmeldingen.groepTip":
    "Remember to add the pupil to a group, so that whoever assesses the registration also receives the primary school's notifications.",
  "aanmeldingen.naarOverzicht": "To the leerlingen overview",
  "aanmeldingen.nogEen": "Register another pupil",
};
