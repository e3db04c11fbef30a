/**
 * The texts of the voorkeurslijst builder and its review (REG-02, REG-03), shared by the
 * ouderportaal and the VO school's "Leerling aanmelden" (REG-09); merged by src/i18n/nl.ts.
 * ".ouder" / ".school": the parents read "uw kind", a school "de leerling". Wording of REG-03
 * follows the manual.
 */
export const voorkeurslijstNl = {
  "voorkeurslijst.uitleg.een.ouder":
    "Met het advies {advies} kiest u één school: de school en de afdeling waar u uw kind aanmeldt.",
  "voorkeurslijst.uitleg.meer.ouder":
    "Met het advies {advies} bestaat de voorkeurslijst uit {aantal} scholen. Zet bij voorkeur 1 de school waar uw kind het liefst naartoe gaat. Kies bij elke school een afdeling; elke school kiest u één keer.",
  "voorkeurslijst.uitleg.een.school":
    "Met het advies {advies} bestaat de voorkeurslijst uit één school: de eigen school.",
  "voorkeurslijst.uitleg.meer.school":
    "Met het advies {advies} bestaat de voorkeurslijst uit {aantal} scholen. De eigen school is voorkeur 1; kies bij elke school een afdeling, elke school één keer.",
  "voorkeurslijst.gekozen": "{aantal} van de {totaal} voorkeuren ingevuld.",
  "voorkeurslijst.compleet": "De voorkeurslijst is compleet.",
  "voorkeurslijst.voorkeur": "Voorkeur {nummer}",
  "voorkeurslijst.school": "School",
  "voorkeurslijst.afdeling": "Afdeling",
  "voorkeurslijst.kiesSchool": "Kies een school",
  "voorkeurslijst.kiesAfdeling": "Kies een afdeling",
  "voorkeurslijst.eerstSchool": "Kies eerst een school",
  "voorkeurslijst.eigenSchool":
    "Bij handmatig aanmelden is de eigen school altijd de school van eerste voorkeur.",
  "voorkeurslijst.eersteKeuze": "Alleen bij de school van eerste voorkeur",
  "voorkeurslijst.voorrang": "Voorrang",
  "voorkeurslijst.voorrang.geen": "Geen voorrang",
  "voorkeurslijst.voorrang.broer-zus": "Broer of zus op deze school",
  "voorkeurslijst.voorrang.kind-medewerker": "Kind van een medewerker van deze school",
  "voorkeurslijst.voorrang.nvt": "Voorrang is bij deze school niet van toepassing.",
  "voorkeurslijst.voorrang.geenInRegio": "In deze regio bestaat geen voorrang bij de aanmelding.",
  "voorkeurslijst.naamBroerZus": "Naam van de broer of zus",
  "voorkeurslijst.klas": "Klas",
  "voorkeurslijst.gelijkwaardig.ouder":
    "Bij niet toelaten of uitloten wil ik op deze school blijven, op een gelijkwaardige afdeling",
  "voorkeurslijst.gelijkwaardig.school":
    "Bij niet toelaten of uitloten wil de leerling op deze school blijven, op een gelijkwaardige afdeling",
  "voorkeurslijst.gelijkwaardigUitleg.ouder":
    "Is daar plaats, dan kan uw kind daar geplaatst worden. Moet er op die afdeling geloot worden, dan loot uw kind niet mee: een leerling loot maar één keer op een school.",
  "voorkeurslijst.gelijkwaardigUitleg.school":
    "Is daar plaats, dan kan de leerling daar geplaatst worden. Moet er op die afdeling geloot worden, dan loot de leerling niet mee: een leerling loot maar één keer op een school.",
  "voorkeurslijst.meerling.ouder": "Mijn kind is één van een meerling die zich ook bij deze school aanmeldt",
  "voorkeurslijst.meerling.school":
    "De leerling is één van een meerling die zich ook bij deze school aanmeldt",
  "voorkeurslijst.fout.afdeling": "Voorkeur {nummer}: kies een afdeling.",
  "voorkeurslijst.fout.volgorde":
    "Voorkeur {nummer}: kies hier eerst een school. De lijst staat in volgorde van voorkeur.",
  "voorkeurslijst.fout.naamBroerZus": "Vul de naam van de broer of zus in.",
  "voorkeurslijst.fout.klas": "Vul de klas van de broer of zus in.",

  "voorkeurslijst.overzicht.titel": "Voorkeurslijst",
  "voorkeurslijst.overzicht.nummer": "Voorkeur",
  "voorkeurslijst.overzicht.eersteKeuze": "Bij de school van eerste voorkeur",
  "voorkeurslijst.overzicht.voorrang": "Voorrang",
  "voorkeurslijst.overzicht.geenVoorrang": "Geen voorrang aangevraagd",
  "voorkeurslijst.overzicht.broerZus": "Broer of zus op deze school: {naam} (klas {klas})",
  "voorkeurslijst.overzicht.kindMedewerker": "Kind van een medewerker van deze school",
  "voorkeurslijst.overzicht.gelijkwaardig": "Blijven op een gelijkwaardige afdeling",
  "voorkeurslijst.overzicht.meerling": "Meerling die zich ook hier aanmeldt",
  "voorkeurslijst.ja": "Ja",
  "voorkeurslijst.nee": "Nee",
} as const;
