/**
 * AVG inzage (issue #10, PRIV): what a parent sees of a registration's history in the download of
 * everything held about the child. Before the announcement (LOT-04) only the steps the parents
 * took themselves: any later event — a decision, a lottery, a school reading the oki-doc — would
 * tell the placement early. From the announcement on, every event, without the staff's names.
 */
const OUDER_STAPPEN = new Set([
  "voorkeurslijst-opgeslagen",
  "aangemeld",
  "aanmelding-ingetrokken",
  "buitenleerling-aangemaakt",
]);

/** The Dutch description of a history event for the parents; unknown kinds read as their words. */
const OUDER_OMSCHRIJVING: Readonly<Record<string, string>> = {
  "voorkeurslijst-opgeslagen": "Voorkeurslijst opgeslagen",
  aangemeld: "Aangemeld",
  "aanmelding-ingetrokken": "Aanmelding ingetrokken",
  "buitenleerling-aangemaakt": "Geregistreerd door de middelbare school",
  "document-ontvangen": "Document ontvangen",
  "okidoc-gelezen": "Onderwijskundig rapport ingezien door de middelbare school",
  "bijlage-gelezen": "Bijlagen van het onderwijskundig rapport ingezien door de middelbare school",
  "bijlage-gedownload": "Bijlage van het onderwijskundig rapport gedownload door de middelbare school",
  geplaatst: "Geplaatst",
  "niet-geplaatst": "Niet geplaatst",
  afgewezen: "Afgewezen",
  uitgeloot: "Uitgeloot",
  ingeloot: "Ingeloot",
  "decentrale-loting": "Loting door de school",
  "centrale-loting": "Centrale loting",
  "centrale-plaatsing": "Centrale plaatsing",
  "cpl-niet-geplaatst": "Niet geplaatst bij de centrale plaatsing",
  "notitie-geplaatst": "Notitie geplaatst door een school",
  "toewijzing-corrigeren": "Plaatsing gecorrigeerd",
  "registratie-verplaatsen": "Aanmelding verplaatst naar een andere school",
  "tafelmiddag-aanvragen": "Warme overdracht aangevraagd",
  "po-tafelmiddag-aanvragen": "Warme overdracht aangevraagd door de basisschool",
};

export function ouderOmschrijving(soort: string): string {
  const bekend = OUDER_OMSCHRIJVING[soort];
  if (bekend) return bekend;
  const woorden = soort.replaceAll("-", " ");
  return woorden.charAt(0).toUpperCase() + woorden.slice(1);
}

export function historieVoorOuders<G extends { tijdstip: string; soort: string }>(
  gebeurtenissen: readonly G[],
  bekendgemaakt: boolean,
): Array<{ tijdstip: string; soort: string; omschrijving: string }> {
  return gebeurtenissen
    .filter((g) => bekendgemaakt || OUDER_STAPPEN.has(g.soort))
    .map((g) => ({ tijdstip: g.tijdstip, soort: g.soort, omschrijving: ouderOmschrijving(g.soort) }))
    .sort((a, b) => a.tijdstip.localeCompare(b.tijdstip));
}

/**
 * The schools' notes about the child (TRT-15), for the parents' copy: from the announcement on,
 * as the decisions (a note may tell the placement early), with the school's name and without the
 * staff's names.
 */
export function notitiesVoorOuders<N extends { op: string; tekst: string; organisatieNaam: string }>(
  notities: readonly N[],
  bekendgemaakt: boolean,
): Array<{ op: string; organisatie: string; tekst: string }> {
  if (!bekendgemaakt) return [];
  return notities
    .map((n) => ({ op: n.op, organisatie: n.organisatieNaam, tekst: n.tekst }))
    .sort((a, b) => a.op.localeCompare(b.op));
}
