/**
 * OSO (OSO-01 … OSO-05) in the manual's words: "OSO aanleverpunten configureren", "Uitleg over de
 * kolommen", "Dossiers klaarzetten voor OSO" and the transfers a locatiebeheerder monitors.
 */
export const osoNl = {
  "oso.configureren.titel": "OSO aanleverpunten configureren",
  "oso.configureren.intro":
    "Om OSO-dossiers over te kunnen dragen, moet ELK voor elke schoollocatie geregistreerd zijn in OSO. Hier ziet u een lijst van al uw schoollocaties, met daarin al ingevuld BRIN en vestigingscode. U heeft het aanleverpuntnummer en de sleutel nodig van het aanleverpunt dat u voor ELK heeft aangemaakt in Mijn OSO van Kennisnet.",
  "oso.configureren.stap1":
    "Wijzig bij de schoollocatie in de kolom Aanleverpuntnummer het cijfer 0 in het nummer uit Mijn OSO.",
  "oso.configureren.stap2": "Vul de gekopieerde sleutel in de kolom Aanleverpuntsleutel in.",
  "oso.configureren.stap3":
    "Klik op Opslaan en daarna op Registreer. Dit doet u voor elke schoollocatie apart.",
  "oso.configureren.stap4":
    "Met Ping controleert u later of het OSO Traffic Center het geregistreerde aanleverpunt kent.",
  "oso.configureren.hulp":
    "Krijgt u een foutmelding? Controleer dan of u het juiste aanleverpuntnummer en de juiste sleutel heeft ingevuld, bij de juiste BRIN en vestigingscode. Is dat volgens u het geval? Neem dan contact op met de OSO Servicedesk van Kennisnet.",
  "oso.configureren.ontbreekt":
    "Staat een schoollocatie niet in de lijst? Mail de beheerorganisatie de officiële naam, naam, schooltype, bestuur, het bezoekadres, BRIN-nummer en de vestigingscode.",
  "oso.configureren.bijschrift": "Schoollocaties van uw bestuur met hun OSO-aanleverpunt",
  "oso.configureren.geen": "Uw bestuur heeft nog geen schoollocaties in ELK.",
  "oso.configureren.school": "School",
  "oso.configureren.brin": "BRIN",
  "oso.configureren.vestigingscode": "Vestigingscode",
  "oso.configureren.nummer": "Aanleverpuntnummer",
  "oso.configureren.sleutel": "Aanleverpuntsleutel",
  "oso.configureren.oso": "OSO",
  "oso.configureren.mag": "Mag overdr. aanvragen",
  "oso.configureren.acties": "Acties",
  "oso.configureren.nummerVan": "Aanleverpuntnummer {school}",
  "oso.configureren.sleutelVan": "Aanleverpuntsleutel {school}",
  "oso.configureren.sleutelOpgeslagen": "Opgeslagen: {sleutel}. Leeg laten houdt deze sleutel.",
  "oso.configureren.sleutelGeen": "Nog geen sleutel opgeslagen.",
  "oso.configureren.nummerOngeldig": "Vul het aanleverpuntnummer uit Mijn OSO in (een geheel getal).",
  "oso.configureren.vinkjeAan": "{kolom}: ja",
  "oso.configureren.vinkjeUit": "{kolom}: nee",
  "oso.configureren.opslaan": "Opslaan",
  "oso.configureren.opslaanVan": "OSO opslaan {school}",
  "oso.configureren.registreer": "Registreer",
  "oso.configureren.registreerVan": "Registreer aanleverpunt {school}",
  "oso.configureren.ping": "Ping",
  "oso.configureren.pingVan": "Ping aanleverpunt {school}",
  "oso.configureren.opgeslagen":
    "Het aanleverpunt van {school} is opgeslagen. Klik op Registreer om het te registreren bij OSO.",
  "oso.configureren.kolommenTitel": "Uitleg over de kolommen “OSO” en “Mag overdr. aanvragen”",
  "oso.configureren.kolommen1":
    "De kolommen “OSO” en “Mag overdr. aanvragen” horen bij de OSO-standaard. Deze vinkjes worden bij het registreren van een aanleverpunt automatisch aangezet. Hier hoeft u verder niets mee te doen.",
  "oso.configureren.kolommen2":
    "In een zeer uitzonderlijk geval zet het OSO Traffic Center het vinkje “Mag overdr. aanvragen” uit: als iemand vanaf dat aanleverpunt een foutief OSO-dossier probeert over te dragen. Zo voorkomt het Traffic Center dat het overbevraagd wordt. Na het opslaan van een nieuw nummer of een nieuwe sleutel registreert u het aanleverpunt opnieuw.",

  "oso.overdrachten.titel": "OSO-overdrachten",
  "oso.overdrachten.intro":
    "De OSO-dossiers van {school} in schooljaar {schooljaar}. Een klaargezet dossier vraagt u op vanuit uw eigen LAS; daarna staat het op Opgehaald. Wijzigt er in ELK iets aan het dossier, dan zet ELK een nieuwe versie klaar. Deze lijst wordt vanzelf bijgewerkt.",
  "oso.overdrachten.aanleverpuntGoed":
    "Het aanleverpunt van uw school is geregistreerd bij OSO en mag overdrachten aanvragen.",
  "oso.overdrachten.nietGeregistreerd":
    "Het aanleverpunt van uw school is nog niet geregistreerd bij OSO. Zolang dat zo is, kan ELK geen OSO-dossiers klaarzetten. Vraag de contactpersoon ELK van uw bestuur om het aanleverpunt te registreren bij OSO > Configureren.",
  "oso.overdrachten.magNiet":
    "Het aanleverpunt van uw school mag geen overdrachten aanvragen: het OSO Traffic Center heeft “Mag overdr. aanvragen” uitgezet. Zolang dat zo is, kan ELK geen OSO-dossiers klaarzetten. Vraag de contactpersoon ELK van uw bestuur om het aanleverpunt opnieuw te registreren bij OSO > Configureren.",
  "oso.overdrachten.geen":
    "Er zijn in schooljaar {schooljaar} nog geen OSO-dossiers klaargezet. Dat doet u bij Leerlingen > Overzicht: selecteer de geplaatste leerlingen met de vinkjes voor hun naam en kies Bulkacties > OSO-dossiers klaarzetten.",
  "oso.overdrachten.aantal": "{aantal} OSO-dossiers",
  "oso.overdrachten.aantalEen": "1 OSO-dossier",
  "oso.overdrachten.leerling": "Leerling",
  "oso.overdrachten.elkNummer": "ELK-nummer",
  "oso.overdrachten.status": "Status",
  "oso.overdrachten.versie": "Versie",
  "oso.overdrachten.aangevraagd": "Aangevraagd",
  "oso.overdrachten.klaarOp": "Klaar op",
  "oso.overdrachten.opgehaaldOp": "Opgehaald op",
  "oso.overdrachten.fout": "Fout",
  "oso.overdrachten.acties": "Acties",
  "oso.overdrachten.door": "door {naam}",
  "oso.overdrachten.opgehaaldVersie": "versie {versie}",
  "oso.overdrachten.status.in-wachtrij": "In wachtrij",
  "oso.overdrachten.status.klaar": "Klaar voor ophalen",
  "oso.overdrachten.status.opgehaald": "Opgehaald door het LAS",
  "oso.overdrachten.status.fout": "Fout",
  "oso.overdrachten.opnieuw": "Opnieuw proberen",
  "oso.overdrachten.opnieuwVan": "Opnieuw proberen: OSO-dossier van {naam}",
  "oso.overdrachten.opnieuwGedaan": "ELK maakt het OSO-dossier van {naam} opnieuw.",

  "oso.klaarzetten.menu": "OSO-dossiers klaarzetten",
  "oso.klaarzetten.geenSelectie":
    "Selecteer eerst de leerlingen van wie u het OSO-dossier wilt klaarzetten. Zonder selectie maakt ELK geen OSO-dossiers.",
  "oso.klaarzetten.bezig": "OSO-dossiers worden klaargezet…",
  "oso.klaarzetten.nietMogelijk": "Geen OSO-dossier voor:",
  "oso.klaarzetten.leerling": "{naam} ({elkNummer}): {reden}",
  "oso.klaarzetten.onbekend": "Een leerling: {reden}",
  "oso.klaarzetten.sluiten": "Sluiten",
} as const;
