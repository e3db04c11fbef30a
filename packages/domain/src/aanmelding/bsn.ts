import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/**
 * Burgerservicenummer and onderwijsnummer (REG-08, REG-09). Both are nine digits checked by an
 * "elfproef": for a BSN the weighted sum 9·d1 + 8·d2 + … + 2·d8 − 1·d9 is divisible by 11; an
 * onderwijsnummer starts with 10 and its sum with weights 9…1 leaves 5 when divided by 11.
 */
const NEGEN_CIJFERS = /^\d{9}$/;

function gewogenSom(nummer: string, laatsteGewicht: number): number {
  let som = 0;
  for (let i = 0; i < 8; i++) som += Number(nummer[i]) * (9 - i);
  return som + Number(nummer[8]) * laatsteGewicht;
}

/** Spaces, dots and dashes are how people type them; an eight-digit BSN lost its leading zero. */
export function normaliseerNummer(invoer: string): string {
  const cijfers = invoer.replace(/[\s.-]/g, "");
  return /^\d{8}$/.test(cijfers) ? `0${cijfers}` : cijfers;
}

export function isGeldigBsn(invoer: string): boolean {
  const bsn = normaliseerNummer(invoer);
  return NEGEN_CIJFERS.test(bsn) && bsn !== "000000000" && gewogenSom(bsn, -1) % 11 === 0;
}

export function isGeldigOnderwijsnummer(invoer: string): boolean {
  const nummer = normaliseerNummer(invoer);
  return NEGEN_CIJFERS.test(nummer) && nummer.startsWith("10") && gewogenSom(nummer, 1) % 11 === 5;
}

export type Identificatie = { soort: "bsn" | "onderwijsnummer"; nummer: string };

/** "Heeft de leerling geen Burgerservicenummer, vul dan het onderwijsnummer in." */
export function controleerBsnOfOnderwijsnummer(invoer: string, veld = "bsn"): Identificatie {
  const nummer = normaliseerNummer(invoer);
  if (isGeldigOnderwijsnummer(nummer)) return { soort: "onderwijsnummer", nummer };
  if (isGeldigBsn(nummer)) return { soort: "bsn", nummer };
  const bericht = NEGEN_CIJFERS.test(nummer)
    ? "Dit is geen geldig burgerservicenummer of onderwijsnummer: de elfproef klopt niet. Controleer het nummer."
    : "Een burgerservicenummer of onderwijsnummer heeft 9 cijfers.";
  throw new OngeldigeInvoerFout(bericht, { [veld]: bericht });
}

/** Shown masked except where the task needs it (ARCHITECTURE.md, Data): only the last three digits. */
export function maskeerBsn(bsn: string): string {
  const nummer = normaliseerNummer(bsn);
  return `******${nummer.slice(-3)}`;
}
