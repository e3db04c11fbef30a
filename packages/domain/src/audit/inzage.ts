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

export function historieVoorOuders<G extends { tijdstip: string; soort: string }>(
  gebeurtenissen: readonly G[],
  bekendgemaakt: boolean,
): Array<{ tijdstip: string; soort: string }> {
  return gebeurtenissen
    .filter((g) => bekendgemaakt || OUDER_STAPPEN.has(g.soort))
    .map((g) => ({ tijdstip: g.tijdstip, soort: g.soort }))
    .sort((a, b) => a.tijdstip.localeCompare(b.tijdstip));
}
