import type { voorkeurslijstNl } from "./nl";

/** English texts of the voorkeurslijst builder; domain words (voorkeurslijst, afdeling, voorrang…) stay Dutch. */
export const voorkeurslijstEn: Record<keyof typeof voorkeurslijstNl, string> = {
  "voorkeurslijst.uitleg.een.ouder":
    "With the advies {advies} you choose one school: the school and afdeling where you register your child.",
  "voorkeurslijst.uitleg.meer.ouder":
    "With the advies {advies} the voorkeurslijst has {aantal} schools. Put the school your child prefers most at voorkeur 1. Choose an afdeling at each school; choose each school once.",
  "voorkeurslijst.uitleg.een.school":
    "With the advies {advies} the voorkeurslijst has one school: your own school.",
  "voorkeurslijst.uitleg.meer.school":
    "With the advies {advies} the voorkeurslijst has {aantal} schools. Your own school is voorkeur 1; choose an afdeling at each school, each school once.",
  "voorkeurslijst.gekozen": "{aantal} of the {totaal} voorkeuren filled in.",
  "voorkeurslijst.compleet": "The voorkeurslijst is complete.",
  "voorkeurslijst.voorkeur": "Voorkeur {nummer}",
  "voorkeurslijst.school": "School",
  "voorkeurslijst.afdeling": "Afdeling",
  "voorkeurslijst.kiesSchool": "Choose a school",
  "voorkeurslijst.kiesAfdeling": "Choose an afdeling",
  "voorkeurslijst.eerstSchool": "Choose a school first",
  "voorkeurslijst.eigenSchool":
    "When a school registers a pupil by hand, it is always the school of first choice.",
  "voorkeurslijst.eersteKeuze": "Only at the school of first choice",
  "voorkeurslijst.voorrang": "Voorrang (priority)",
  "voorkeurslijst.voorrang.geen": "No voorrang",
  "voorkeurslijst.voorrang.broer-zus": "Brother or sister at this school",
  "voorkeurslijst.voorrang.kind-medewerker": "Child of a member of staff of this school",
  "voorkeurslijst.voorrang.nvt": "Voorrang does not apply at this school.",
  "voorkeurslijst.voorrang.geenInRegio": "There is no priority admission in this region.",
  "voorkeurslijst.naamBroerZus": "Name of the brother or sister",
  "voorkeurslijst.klas": "Class",
  "voorkeurslijst.gelijkwaardig.ouder":
    "If not admitted or not drawn, I want to stay at this school, on an equivalent afdeling",
  "voorkeurslijst.gelijkwaardig.school":
    "If not admitted or not drawn, the pupil wants to stay at this school, on an equivalent afdeling",
  "voorkeurslijst.gelijkwaardigUitleg.ouder":
    "If there is room, your child can be placed there. If that afdeling holds a lottery, your child does not take part: a pupil is drawn only once at a school.",
  "voorkeurslijst.gelijkwaardigUitleg.school":
    "If there is room, the pupil can be placed there. If that afdeling holds a lottery, the pupil does not take part: a pupil is drawn only once at a school.",
  "voorkeurslijst.meerling.ouder":
    "My child is one of a meerling (twins, triplets) also registering at this school",
  "voorkeurslijst.meerling.school":
    "The pupil is one of a meerling (twins, triplets) also registering at this school",
  "voorkeurslijst.fout.afdeling": "Voorkeur {nummer}: choose an afdeling.",
  "voorkeurslijst.fout.volgorde":
    "Voorkeur {nummer}: choose a school here first. The list is in order of preference.",
  "voorkeurslijst.fout.naamBroerZus": "Fill in the name of the brother or sister.",
  "voorkeurslijst.fout.klas": "Fill in the class of the brother or sister.",

  "voorkeurslijst.overzicht.titel": "Voorkeurslijst",
  "voorkeurslijst.overzicht.nummer": "Voorkeur",
  "voorkeurslijst.overzicht.eersteKeuze": "At the school of first choice",
  "voorkeurslijst.overzicht.voorrang": "Voorrang",
  "voorkeurslijst.overzicht.geenVoorrang": "No voorrang requested",
  "voorkeurslijst.overzicht.broerZus": "Brother or sister at this school: {naam} (class {klas})",
  "voorkeurslijst.overzicht.kindMedewerker": "Child of a member of staff of this school",
  "voorkeurslijst.overzicht.gelijkwaardig": "Stay on an equivalent afdeling",
  "voorkeurslijst.overzicht.meerling": "Meerling also registering here",
  "voorkeurslijst.ja": "Yes",
  "voorkeurslijst.nee": "No",
};
