import type { OverzichtQuery } from "@elk/contracts";

/**
 * TRT-01: the filters, search, sort and page of Leerlingen > Overzicht live in the query string,
 * so a reload or the Back button returns to the same list. The school year is not here: it is
 * the app's shared choice (HOME-04).
 */
export const FILTERS = [
  "status",
  "afdeling",
  "advies",
  "voorrang",
  "oso",
  "tafelmiddag",
  "okidoc",
  "groep",
] as const;
export type Filter = (typeof FILTERS)[number];

export const SORTEERBAAR = ["elkNummer", "naam", "aangemeldOp", "afdeling", "advies", "status"] as const;
export type Sorteer = (typeof SORTEERBAAR)[number];
export type Richting = "op" | "af";

export const PER_PAGINA = 50;

/** Newest registrations first, as the overview has always shown them. */
export const STANDAARD_SORTERING: { sorteer: Sorteer; richting: Richting } = {
  sorteer: "aangemeldOp",
  richting: "af",
};

export interface OverzichtStand {
  filters: Partial<Record<Filter, string>>;
  zoek: string;
  sorteer: Sorteer;
  richting: Richting;
  pagina: number;
}

function isSorteer(waarde: string | null): waarde is Sorteer {
  return waarde !== null && (SORTEERBAAR as readonly string[]).includes(waarde);
}

export function leesStand(parameters: URLSearchParams): OverzichtStand {
  const filters: Partial<Record<Filter, string>> = {};
  for (const filter of FILTERS) {
    const waarde = parameters.get(filter);
    if (waarde) filters[filter] = waarde;
  }
  const sorteer = parameters.get("sorteer");
  const richting = parameters.get("richting");
  const pagina = Number.parseInt(parameters.get("pagina") ?? "", 10);
  return {
    filters,
    zoek: parameters.get("zoek") ?? "",
    ...(isSorteer(sorteer) ? { sorteer, richting: richting === "op" ? "op" : "af" } : STANDAARD_SORTERING),
    pagina: Number.isInteger(pagina) && pagina > 1 ? pagina : 1,
  };
}

/** The query string of a stand; defaults are left out, so a clean overview has a clean URL. */
export function schrijfStand(stand: OverzichtStand): string {
  const parameters = new URLSearchParams();
  for (const filter of FILTERS) {
    const waarde = stand.filters[filter];
    if (waarde) parameters.set(filter, waarde);
  }
  if (stand.zoek.trim()) parameters.set("zoek", stand.zoek.trim());
  if (stand.sorteer !== STANDAARD_SORTERING.sorteer || stand.richting !== STANDAARD_SORTERING.richting) {
    parameters.set("sorteer", stand.sorteer);
    parameters.set("richting", stand.richting);
  }
  if (stand.pagina > 1) parameters.set("pagina", String(stand.pagina));
  const tekst = parameters.toString();
  return tekst ? `?${tekst}` : "";
}

/** What GET /api/aanmeldingen is asked: every value as text, the empty ones left out. */
export function apiQuery(stand: OverzichtStand, schooljaar: string): Record<string, string | undefined> {
  const query: Record<keyof OverzichtQuery, string | undefined> = {
    schooljaar,
    status: stand.filters.status,
    afdeling: stand.filters.afdeling,
    advies: stand.filters.advies,
    voorrang: stand.filters.voorrang,
    oso: stand.filters.oso,
    tafelmiddag: stand.filters.tafelmiddag,
    okidoc: stand.filters.okidoc,
    groep: stand.filters.groep,
    zoek: stand.zoek.trim() || undefined,
    sorteer: stand.sorteer,
    richting: stand.richting,
    pagina: String(stand.pagina),
    perPagina: String(PER_PAGINA),
  };
  return query;
}

export function heeftFilters(stand: OverzichtStand): boolean {
  return FILTERS.some((filter) => Boolean(stand.filters[filter]));
}
