export interface NaamDelen {
  voornaam: string;
  tussenvoegsel: string;
  achternaam: string;
}

const TUSSENVOEGSELS = new Set([
  "van",
  "de",
  "der",
  "den",
  "het",
  "'t",
  "ter",
  "ten",
  "te",
  "in",
  "op",
  "aan",
  "uit",
  "von",
  "da",
  "di",
  "du",
  "la",
  "le",
  "'s",
]);

/**
 * Accounts made before first name and last name were kept separately (the demo data, and GET
 * /api/mij, which only gives `naam`) are split to pre-fill a form: first word, the Dutch
 * tussenvoegsel that follows, the rest. The user sees and can correct the result.
 */
export function splitsNaam(naam: string): NaamDelen {
  const [voornaam = "", ...rest] = naam.trim().split(/\s+/).filter(Boolean);
  const tussen: string[] = [];
  while (rest.length > 1 && TUSSENVOEGSELS.has((rest[0] ?? "").toLowerCase())) {
    tussen.push(rest.shift() ?? "");
  }
  return { voornaam, tussenvoegsel: tussen.join(" "), achternaam: rest.join(" ") };
}

/** The parts of a name as the API keeps them, or, for older accounts, as split from `naam`. */
export function naamDelenVan(gebruiker: {
  naam: string;
  voornaam?: string | undefined;
  tussenvoegsel?: string | undefined;
  achternaam?: string | undefined;
}): NaamDelen {
  if (gebruiker.voornaam === undefined && gebruiker.achternaam === undefined)
    return splitsNaam(gebruiker.naam);
  return {
    voornaam: gebruiker.voornaam ?? "",
    tussenvoegsel: gebruiker.tussenvoegsel ?? "",
    achternaam: gebruiker.achternaam ?? "",
  };
}

/** Optional fields left empty are not sent. */
export function ingevuld(waarde: string): string | undefined {
  const getrimd = waarde.trim();
  return getrimd === "" ? undefined : getrimd;
}
