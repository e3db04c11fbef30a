/**
 * The texts of Leerlingen > Overzicht as the handling of registrations needs it (TRT-01 … TRT-13):
 * filters, columns and marks, the pupil's menu and its dialogs. Menu labels, buttons and
 * explanations are the manual's ("Aanmeldingen behandelen"). Merged by ./nl.ts.
 */
export const overzichtNl = {
  "overzicht.filters": "Filters",
  "overzicht.filter.alle": "Alle",
  "overzicht.filter.status": "Status",
  "overzicht.filter.status.aangemeld": "Aangemeld (nog geen status)",
  "overzicht.filter.status.aanvulling-gevraagd": "Aanvulling gevraagd",
  "overzicht.filter.status.aangevuld": "Aangevuld",
  "overzicht.filter.status.geplaatst": "Geplaatst",
  "overzicht.filter.status.uitgeloot": "Uitgeloot",
  "overzicht.filter.status.toegewezen": "Toegewezen na CP&L",
  "overzicht.filter.afdeling": "Afdeling",
  "overzicht.filter.advies": "Advies",
  "overzicht.filter.voorrang": "Voorrang",
  "overzicht.filter.voorrang.aangevraagd": "Aangevraagd",
  "overzicht.filter.voorrang.toegekend": "Toegekend",
  "overzicht.filter.voorrang.afgewezen": "Afgewezen",
  "overzicht.filter.voorrang.geen": "Geen voorrang",
  "overzicht.filter.oso": "OSO",
  "overzicht.filter.oso.geen": "Niet klaargezet",
  "overzicht.filter.oso.klaargezet": "Klaargezet",
  "overzicht.filter.oso.opgehaald": "Opgehaald",
  "overzicht.filter.tafelmiddag": "Tafelmiddag",
  "overzicht.filter.ja": "Ja",
  "overzicht.filter.nee": "Nee",
  "overzicht.filter.okidoc": "Oki-doc",
  "overzicht.filter.okidoc.beschikbaar": "Beschikbaar",
  "overzicht.filter.okidoc.niet-beschikbaar": "Niet beschikbaar",
  "overzicht.filter.groep": "Toon groep",
  "overzicht.filter.groep.alle": "Alle leerlingen",
  "overzicht.zoeken": "Zoeken",
  "overzicht.zoekenUitleg": "Zoek op de inhoud van de kolommen of op ELK-nummer.",
  "overzicht.filtersWissen": "Filters wissen",
  "overzicht.zoekopdrachtWissen": "Zoekopdracht wissen",
  "overzicht.gevonden": "{aantal} van de {totaal} aangemelde leerlingen",
  "overzicht.gevondenEen": "1 van de {totaal} aangemelde leerlingen",
  "overzicht.geenResultaat":
    "Geen leerlingen gevonden die aan de filters en de zoekopdracht voldoen. Wis de filters of de zoekopdracht om alle leerlingen weer te zien.",
  "overzicht.bijwerken": "Het overzicht wordt bijgewerkt…",

  "overzicht.kolom.status": "Status",
  "overzicht.kolom.okidoc": "Oki-doc",
  "overzicht.kolom.tafelmiddag": "Tafelmiddag",
  "overzicht.kolom.tafelmiddagKort": "TM",
  "overzicht.kolom.oso": "OSO",
  "overzicht.kolom.groepen": "Groepen",
  "overzicht.kolom.menu": "Menu",
  "overzicht.sorteren": "Sorteren op {kolom}",
  "overzicht.sortering.op": "oplopend gesorteerd",
  "overzicht.sortering.af": "aflopend gesorteerd",
  "overzicht.alleSelecteren": "Alle leerlingen op deze pagina selecteren",
  "overzicht.selecteer": "{naam} selecteren",
  "overzicht.geplaatstOp": "op {afdeling}",
  "overzicht.overgezetDoor": "Overgezet door {school}",

  "overzicht.voorrang.aangevraagd": "Voorrang aangevraagd",
  "overzicht.voorrang.toegekend": "Voorrang toegekend",
  "overzicht.voorrang.afgewezen": "Voorrang afgewezen",
  "overzicht.voorrang.reden": "{markering}: {reden}",
  "overzicht.voorrang.broer-zus": "broer of zus op deze school",
  "overzicht.voorrang.kind-medewerker": "kind van een medewerker",
  "overzicht.okidoc.openen": "Oki-doc van {naam} openen (PDF)",
  "overzicht.okidoc.openenKort": "Document openen in PDF-formaat",
  "overzicht.okidoc.niet-vrijgegeven":
    "Geen oki-doc: de basisschool heeft het oki-doc nog niet vrijgegeven. Neem contact op met de basisschool.",
  "overzicht.okidoc.buitenleerling":
    "Buitenleerling: van buitenleerlingen is het oki-doc of onderwijskundig dossier nooit in te zien via ELK. Neem contact op met de basisschool.",
  "overzicht.okidoc.link": "Het oki-doc van {naam} staat klaar: {bestandsnaam}",
  "overzicht.tafelmiddag.vo": "Tafelmiddag aangevraagd door uw school",
  "overzicht.tafelmiddag.po": "Warme overdracht aangevraagd door de basisschool",
  "overzicht.tafelmiddag.beide": "Tafelmiddag aangevraagd door uw school en de basisschool",
  "overzicht.oso.klaargezet": "OSO-dossier klaargezet",
  "overzicht.oso.opgehaald": "OSO-dossier opgehaald",
  "overzicht.legendaTitel": "Betekenis van de tekens",
  "overzicht.legenda.v":
    "V: voorrang — wit is aangevraagd, blauw is toegekend, rood is afgewezen. Controleer het recht op voorrang zo snel mogelijk.",
  "overzicht.legenda.b":
    "B: buitenleerling; van buitenleerlingen is het oki-doc nooit in te zien via ELK. Geen PDF-teken: de basisschool heeft het oki-doc nog niet vrijgegeven.",
  "overzicht.legenda.tm": "TM: tafelmiddag (warme overdracht) aangevraagd.",
  "overzicht.legenda.oso": "OSO: blauw is klaargezet, groen is opgehaald door uw LAS.",

  "overzicht.paginering": "Paginering",
  "overzicht.pagina": "Pagina {pagina} van {aantal}",
  "overzicht.vorige": "Vorige pagina",
  "overzicht.volgende": "Volgende pagina",
  "overzicht.naarPagina": "Pagina {pagina}",

  "overzicht.bulkacties": "Bulkacties",
  "overzicht.geselecteerd": "{aantal} leerlingen geselecteerd",
  "overzicht.geselecteerdEen": "1 leerling geselecteerd",
  "overzicht.selectieWissen": "Selectie wissen",
  "overzicht.geenSelectie": "Selecteer eerst leerlingen met de vinkjes in de eerste kolom.",
  "overzicht.groep.toevoegen": "Toevoegen aan groep",
  "overzicht.groep.intro": "Voeg de {aantal} geselecteerde leerlingen toe aan een groep.",
  "overzicht.groep.introEen": "Voeg de geselecteerde leerling toe aan een groep.",
  "overzicht.groep.veld": "Groep",
  "overzicht.groep.kiezen": "Kies een groep",
  "overzicht.groep.verplicht": "Kies een groep.",
  "overzicht.groep.geen": "Uw school heeft in dit schooljaar nog geen groepen. Maak eerst een groep aan.",
  "overzicht.groep.toegevoegd": "{aantal} leerlingen zijn toegevoegd aan de groep {groep}.",
  "overzicht.groep.toegevoegdEen": "1 leerling is toegevoegd aan de groep {groep}.",

  "behandel.menu": "Onderliggend menu openen: {naam}",
  "behandel.menuLijst": "Menu van {naam}",
  "behandel.menuTitel": "Onderliggend menu openen",
  "behandel.okidoc-inzien": "Oki-doc",
  "behandel.bijlagen": "Bijlagen",
  "behandel.aanvulling-vragen": "Aanvulling vragen",
  "behandel.voorrang-toekennen": "Voorrang toekennen",
  "behandel.voorrang-afkeuren": "Voorrang afkeuren",
  "behandel.plaatsen": "Plaatsen",
  "behandel.niet-plaatsen": "Niet plaatsen",
  "behandel.uitloten": "Uitgeloot",
  "behandel.toewijzen-andere-school": "Toewijzen andere school",
  "behandel.terugtrekken": "Terugtrekken",
  "behandel.tafelmiddag-aanvragen": "Tafelmiddag aanvragen",
  "behandel.tafelmiddag-annuleren": "Tafelmiddag annuleren",
  "behandel.tafelmiddag-po-annuleren": "Tafelmiddag i.o.m. PO annuleren",
  "behandel.historie-tonen": "Toon historie",
  "behandel.notities": "Notities",
  "behandel.advies-setting-aanpassen": "Advies / setting aanpassen",
  "behandel.doorbegeleiden": "Doorbegeleiden",

  "behandel.leerling": "Leerling: {naam} ({elkNummer})",
  "behandel.annuleren": "Annuleren",
  "behandel.sluiten": "Sluiten",
  "behandel.bezig": "Bezig…",
  "behandel.toelichting": "Toelichting",
  "behandel.toelichtingVerplicht": "Vul een toelichting in.",

  "behandel.aanvulling.intro":
    "Geef aan wat u aangevuld wilt zien. De basisschool ontvangt een notificatie met uw bericht en het oki-doc wordt weer bewerkbaar voor de basisschool. Tot de basisschool het oki-doc opnieuw vrijgeeft, is het menu van de leerling beperkt.",
  "behandel.aanvulling.veld": "Wat wilt u aangevuld zien?",
  "behandel.aanvulling.verplicht": "Geef aan wat u aangevuld wilt zien.",
  "behandel.niet-plaatsen.intro":
    "De leerling krijgt de status Niet geplaatst en verdwijnt uit uw overzicht; de leerling kan zich dan bij een andere school aanmelden. De basisschool en de projectleider ontvangen een bericht. Doe dit altijd in overleg met de basisschool en de ouders.",
  "behandel.uitloten.intro":
    "Kies Uitgeloot als de leerling is uitgeloot bij de decentrale loting. De leerling komt op de lijst voor de Centrale Plaatsing en Loting.",
  "behandel.tafelmiddag.intro":
    "Hiermee geeft u aan dat u voor deze leerling een warme overdracht wilt. De basisschool ontvangt hiervan bericht; uw toelichting blijft voor de basisschool en uw school zichtbaar onder Notities.",
  "behandel.tafelmiddag.veld": "Korte toelichting",
  "behandel.plaatsen.intro":
    "Kies de afdeling (richting of profiel) waarvoor de leerling in aanmerking komt. De basisschool ontvangt een bericht na de Centrale Plaatsing en Loting.",
  "behandel.plaatsen.afdeling": "Afdeling",
  "behandel.plaatsen.afdelingKiezen": "Kies een afdeling",
  "behandel.plaatsen.afdelingVerplicht": "Kies een afdeling.",
  "behandel.plaatsen.geenAfdeling":
    "Uw school heeft geen afdeling die past bij het advies van deze leerling. Plaats in ELK op het aangemelde niveau; neem zo nodig contact op met de helpdesk.",
  "behandel.plaatsen.toelichting": "Toelichting voor de basisschool",
  "behandel.plaatsen.toelichtingUitleg": "Dit hoeft niet.",
  "behandel.toewijzen.intro":
    "Na de Centrale Plaatsing en Loting: kies de school en afdeling waaraan de leerling is toegewezen. De leerling verdwijnt uit uw overzicht en verschijnt bij de ontvangende school.",
  "behandel.toewijzen.veld": "School en afdeling",
  "behandel.toewijzen.kiezen": "Kies een school en afdeling",
  "behandel.toewijzen.verplicht": "Kies de school en afdeling waaraan de leerling is toegewezen.",
  "behandel.toewijzen.keuze": "{nummer}e voorkeur: {school} — {afdeling}",
  "behandel.toewijzen.uitleg":
    "Staat de school niet op de voorkeurslijst van de leerling? Neem dan contact op met de helpdesk.",
  "behandel.toewijzen.geenKeuzes":
    "De leerling heeft geen andere scholen op de voorkeurslijst. Neem contact op met de helpdesk.",
  "behandel.toewijzen.knop": "Toewijzen",
  "behandel.terugtrekken.titel": "Leerling terugtrekken",
  "behandel.terugtrekken.intro":
    "Trek een leerling in principe alleen terug als de leerling daar zelf om vraagt. De leerling verdwijnt uit het overzicht en kan zich bij een andere school aanmelden; de basisschool ontvangt een bericht. Vul ter bevestiging uw wachtwoord in.",
  "behandel.terugtrekken.wachtwoord": "Wachtwoord",
  "behandel.terugtrekken.wachtwoordVerplicht": "Vul uw wachtwoord in.",
  "behandel.terugtrekken.knop": "Trek leerling terug",
  "behandel.voorrang-toekennen.vraag":
    "Voorrang toekennen aan {naam} ({reden})? De ouders ontvangen hiervan een mail.",
  "behandel.voorrang-afkeuren.vraag":
    "De voorrang van {naam} ({reden}) afkeuren? De ouders ontvangen hiervan een mail.",
  "behandel.tafelmiddag-annuleren.vraag": "Wilt u de tafelmiddag voor {naam} annuleren?",
  "behandel.tafelmiddag-po-annuleren.vraag":
    "De basisschool heeft voor {naam} een warme overdracht aangevraagd. Annuleer dit verzoek alleen na overleg met de basisschool.",
  "behandel.advies-setting-aanpassen.vraag":
    "Hiermee maakt u de aanmelding van {naam} ongedaan en wordt het oki-doc weer bewerkbaar voor de basisschool.",
  "behandel.doorbegeleiden.vraag": "Wilt u {naam} doorbegeleiden?",
  "behandel.historie.titel": "Historie van {naam}",
  "behandel.historie.intro": "De aanmeldgeschiedenis van de leerling, ook bij andere scholen, oudste eerst.",
  "behandel.historie.geen": "Er is nog geen historie.",
  "behandel.historie.op": "Datum",
  "behandel.historie.school": "School",
  "behandel.historie.omschrijving": "Omschrijving",
  "behandel.historie.door": "Door",
  "behandel.historie.toelichting": "Toelichting",
  "behandel.notities.titel": "Notities bij {naam}",
  "behandel.bijlagen.titel": "Bijlagen bij het oki-doc van {naam}",
  "behandel.bijlagen.geen": "De basisschool heeft geen bijlagen aan het oki-doc toegevoegd.",
  "behandel.bijlagen.lijst": "Bijlagen",
  "behandel.bijlagen.grootte": "{grootte} kB",

  "behandel.gedaan.aanvulling-vragen":
    "Er is een aanvulling op het oki-doc van {naam} gevraagd. De basisschool ontvangt een notificatie.",
  "behandel.gedaan.voorrang-toekennen":
    "De voorrang van {naam} is toegekend. De ouders ontvangen hiervan een mail.",
  "behandel.gedaan.voorrang-afkeuren":
    "De voorrang van {naam} is afgekeurd. De ouders ontvangen hiervan een mail.",
  "behandel.gedaan.plaatsen": "{naam} is geplaatst.",
  "behandel.gedaan.niet-plaatsen":
    "{naam} heeft de status Niet geplaatst en staat niet meer in uw overzicht. De basisschool ontvangt een bericht.",
  "behandel.gedaan.uitloten": "{naam} heeft de status Uitgeloot.",
  "behandel.gedaan.toewijzen-andere-school":
    "{naam} is toegewezen aan een andere school en staat niet meer in uw overzicht.",
  "behandel.gedaan.terugtrekken":
    "{naam} is teruggetrokken en staat niet meer in uw overzicht. De basisschool ontvangt een bericht.",
  "behandel.gedaan.tafelmiddag-aanvragen":
    "De tafelmiddag voor {naam} is aangevraagd. De basisschool ontvangt hiervan bericht.",
  "behandel.gedaan.tafelmiddag-annuleren": "De tafelmiddag voor {naam} is geannuleerd.",
  "behandel.gedaan.tafelmiddag-po-annuleren":
    "De warme overdracht die de basisschool voor {naam} had aangevraagd, is geannuleerd.",
  "behandel.gedaan.advies-setting-aanpassen":
    "De aanmelding van {naam} is ongedaan gemaakt; het oki-doc is weer bewerkbaar voor de basisschool.",
  "behandel.gedaan.doorbegeleiden": "{naam} is doorbegeleid.",
  "behandel.gedaan.algemeen": "De wijziging voor {naam} is opgeslagen.",
} as const;
