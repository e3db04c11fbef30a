/**
 * The texts of the oki-doc page of Leerlingen groep 8 (PO-01, TRT-03), merged into the app's
 * messages by src/i18n/nl.ts. The form's own labels come with the oki-doc from the API, in Dutch.
 */
export const okidocNl = {
  "okidoc.titel": "Oki-doc van {naam}",
  "okidoc.terug": "Terug naar Leerlingen groep 8",
  "okidoc.intro":
    "Het onderwijskundig document (oki-doc) van {naam}, ELK-nummer {elkNummer}. Vul het in, voeg bijlagen toe en geef het vrij: daarna kunnen de VO-scholen waar de leerling is aangemeld het lezen.",
  "okidoc.geenLeerling": "Kies een leerling in de lijst Leerlingen groep 8.",
  "okidoc.status": "Status",
  "okidoc.status.concept": "Concept, nog niet vrijgegeven",
  "okidoc.status.vrijgegeven": "Vrijgegeven op {datum}",
  "okidoc.status.aanvulling-gevraagd": "Aanvulling gevraagd",
  "okidoc.status.aangevuld": "Aangevuld en opnieuw vrijgegeven op {datum}",
  "okidoc.aanvulling.titel": "{school} vraagt om een aanvulling",
  "okidoc.aanvulling.op": "Gevraagd op {datum}:",
  "okidoc.aanvulling.uitleg":
    "Het oki-doc is weer bewerkbaar. Vul het aan en geef het opnieuw vrij; de VO-school krijgt daarvan een notificatie.",
  "okidoc.aanvulling.eerder": "Eerder gevraagde aanvulling ({school}): {vraag}",
  "okidoc.alleenLezen":
    "Het oki-doc is vrijgegeven en kan niet meer gewijzigd worden. Vraagt een VO-school om een aanvulling, dan kunt u het weer bewerken.",
  "okidoc.advies": "Basisschooladvies",
  "okidoc.advies.kiezen": "Kies het advies",
  "okidoc.advies.vast": "De leerling is aangemeld met dit advies; het kan hier niet meer gewijzigd worden.",
  "okidoc.keuze.kiezen": "Maak een keuze",
  "okidoc.ja": "Ja",
  "okidoc.nee": "Nee",
  "okidoc.nietIngevuld": "Niet ingevuld",
  "okidoc.maxTekens": "Hoogstens {max} tekens.",
  "okidoc.opslaan": "Opslaan",
  "okidoc.opslaanBezig": "Bezig met opslaan…",
  "okidoc.opgeslagen": "Het oki-doc is opgeslagen.",
  "okidoc.ontbreekt": "Nog in te vullen voor het vrijgeven: {aantal} verplichte velden.",
  "okidoc.ontbreektEen": "Nog in te vullen voor het vrijgeven: 1 verplicht veld.",
  "okidoc.compleet": "Alle verplichte velden zijn ingevuld.",
  "okidoc.vrijgeven": "Vrijgeven",
  "okidoc.vrijgeven.titel": "Oki-doc vrijgeven?",
  "okidoc.vrijgeven.vraag":
    "Het oki-doc wordt eerst opgeslagen. Na het vrijgeven kunnen de VO-scholen waar {naam} is aangemeld het oki-doc en de bijlagen lezen, en kunt u het niet meer wijzigen, tenzij een VO-school om een aanvulling vraagt.",
  "okidoc.vrijgeven.bezig": "Bezig met vrijgeven…",
  "okidoc.vrijgegeven": "Het oki-doc is vrijgegeven.",
  "okidoc.annuleren": "Annuleren",
  "okidoc.of": "of",

  "okidoc.bijlagen.titel": "Bijlagen",
  "okidoc.bijlagen.uitleg":
    "Bijvoorbeeld een handelingsplan, een verslag of een toetsoverzicht: {soorten}, hoogstens {max} per bestand en {aantal} bijlagen.",
  "okidoc.bijlagen.bestand": "Bestand",
  "okidoc.bijlagen.toevoegen": "Bijlage toevoegen",
  "okidoc.bijlagen.bezig": "Bezig met toevoegen…",
  "okidoc.bijlagen.toegevoegd": "De bijlage {naam} is toegevoegd.",
  "okidoc.bijlagen.geen": "Er zijn geen bijlagen.",
  "okidoc.bijlagen.lijst": "Bijlagen bij het oki-doc",
  "okidoc.bijlagen.naam": "Naam",
  "okidoc.bijlagen.grootte": "Grootte",
  "okidoc.bijlagen.datum": "Toegevoegd op",
  "okidoc.bijlagen.acties": "Acties",
  "okidoc.bijlagen.verwijderen": "Verwijderen",
  "okidoc.bijlagen.verwijderenVan": "Bijlage {naam} verwijderen",
  "okidoc.bijlagen.verwijderen.titel": "Bijlage verwijderen?",
  "okidoc.bijlagen.verwijderen.vraag": "Weet u zeker dat u de bijlage {naam} wilt verwijderen?",
  "okidoc.bijlagen.verwijderd": "De bijlage {naam} is verwijderd.",
  "okidoc.bijlagen.fout.kies": "Kies een bestand.",
  "okidoc.bijlagen.fout.type":
    "Dit soort bestand kan niet als bijlage worden toegevoegd. Kies een {soorten}-bestand.",
  "okidoc.bijlagen.fout.leeg": "Het bestand is leeg.",
  "okidoc.bijlagen.fout.groot": "Het bestand is te groot ({grootte}): een bijlage is hoogstens {max}.",
  "okidoc.bijlagen.fout.aantal": "Een oki-doc heeft hoogstens {max} bijlagen. Verwijder eerst een bijlage.",

  "okidoc.lijst.knop": "Oki-doc",
  "okidoc.lijst.knopVan": "Oki-doc van {naam}",
} as const;
