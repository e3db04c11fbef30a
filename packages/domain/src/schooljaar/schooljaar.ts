import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { RegionConfig } from "../regio/region-config";

/** A school year as the Dutch schools write it: "2025-2026". */
export type Schooljaar = `${number}-${number}`;

const SCHOOLJAAR = /^(\d{4})-(\d{4})$/;

export function isSchooljaar(waarde: string): waarde is Schooljaar {
  const m = SCHOOLJAAR.exec(waarde);
  return m !== null && Number(m[2]) === Number(m[1]) + 1;
}

/**
 * The school year a date falls in: a school year starts on 1 August. The PO→VO procedure of
 * spring 2026 belongs to school year 2025-2026.
 */
export function schooljaarVan(datum: Date): Schooljaar {
  const jaar = datum.getUTCFullYear();
  const start = datum.getUTCMonth() >= 7 ? jaar : jaar - 1;
  return `${start}-${start + 1}` as Schooljaar;
}

/** The school year a user works in by default: the current one if the region keeps it, else the newest. */
export function standaardSchooljaar(config: RegionConfig, nu: Date): Schooljaar {
  const huidig = schooljaarVan(nu);
  const jaren = config.kalender.schooljaren;
  if (jaren.includes(huidig)) return huidig;
  const nieuwste = jaren[jaren.length - 1];
  if (nieuwste === undefined || !isSchooljaar(nieuwste)) return huidig;
  return nieuwste;
}

/** HOME-04: only the years the region keeps data for can be chosen. */
export function kiesSchooljaar(config: RegionConfig, gekozen: string): Schooljaar {
  if (!isSchooljaar(gekozen) || !config.kalender.schooljaren.includes(gekozen)) {
    throw new OngeldigeInvoerFout(`Schooljaar ${gekozen} bestaat niet in ${config.productNaam}.`, {
      schooljaar: "Kies een schooljaar uit de lijst.",
    });
  }
  return gekozen;
}
