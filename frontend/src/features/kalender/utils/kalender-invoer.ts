import type { KalenderDetail, KalenderWijzigen } from "@elk/contracts";
import { nederlandseDatum, nederlandseTijd, standaardBekendmaking } from "@elk/domain";

/** The calendar as the form holds it: days as "jjjj-mm-dd" (date inputs), the announcement split in day and time. */
export interface KalenderInvoer {
  aanmeldVan: string;
  aanmeldTot: string;
  behandelVan: string;
  behandelTot: string;
  decentraleLoting: string;
  centralePlaatsing: string;
  bekendmakingDatum: string;
  bekendmakingTijd: string;
}

/** LOT-04: the region's agreement — 16:00 on the day after CP&L. */
export const STANDAARD_TIJD = "16:00";

/** "16:00": the Dutch wall-clock time of a moment. */
export function nederlandseKloktijd(iso: string): string {
  return new Intl.DateTimeFormat("en-GB", {
    timeZone: "Europe/Amsterdam",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
  }).format(new Date(iso));
}

function isStandaardBekendmaking(kalender: KalenderDetail): boolean {
  try {
    return (
      new Date(kalender.bekendmaking).getTime() ===
      new Date(standaardBekendmaking(kalender.centralePlaatsing)).getTime()
    );
  } catch {
    return false;
  }
}

/**
 * The form starts from the calendar read. An announcement at the agreed moment stays empty, so it
 * moves along when the CP&L date changes; another moment is shown as it is.
 */
export function invoerVan(kalender: KalenderDetail): KalenderInvoer {
  const standaard = isStandaardBekendmaking(kalender);
  return {
    aanmeldVan: kalender.aanmeldperiode.van,
    aanmeldTot: kalender.aanmeldperiode.tot,
    behandelVan: kalender.behandelperiode.van,
    behandelTot: kalender.behandelperiode.tot,
    decentraleLoting: kalender.decentraleLoting,
    centralePlaatsing: kalender.centralePlaatsing,
    bekendmakingDatum: standaard ? "" : nederlandseDatum(new Date(kalender.bekendmaking)),
    bekendmakingTijd: standaard ? "" : nederlandseKloktijd(kalender.bekendmaking),
  };
}

function dagNa(datum: string): string {
  const dag = new Date(`${datum}T12:00:00Z`);
  dag.setUTCDate(dag.getUTCDate() + 1);
  return dag.toISOString().slice(0, 10);
}

export type KalenderVerzoek =
  | { soort: "verzoek"; body: KalenderWijzigen }
  /** A time that does not exist in Dutch time (the hour skipped when summer time starts). */
  | { soort: "tijdBestaatNiet" };

/**
 * PUT /api/kalender/{schooljaar}. The announcement left empty is the API's to fill in (16:00 the
 * day after CP&L); only a time means that day, only a day means 16:00 on it.
 */
export function wijzigenVerzoek(invoer: KalenderInvoer, version: number): KalenderVerzoek {
  const body: KalenderWijzigen = {
    aanmeldperiode: { van: invoer.aanmeldVan, tot: invoer.aanmeldTot },
    behandelperiode: { van: invoer.behandelVan, tot: invoer.behandelTot },
    decentraleLoting: invoer.decentraleLoting,
    centralePlaatsing: invoer.centralePlaatsing,
    version,
  };
  if (invoer.bekendmakingDatum === "" && invoer.bekendmakingTijd === "") return { soort: "verzoek", body };
  const datum = invoer.bekendmakingDatum || (invoer.centralePlaatsing && dagNa(invoer.centralePlaatsing));
  // Without a CP&L date there is no day to announce on; the API names the missing date.
  if (!datum || Number.isNaN(new Date(`${datum}T12:00:00Z`).getTime())) return { soort: "verzoek", body };
  try {
    const moment = nederlandseTijd(datum, invoer.bekendmakingTijd || STANDAARD_TIJD);
    return { soort: "verzoek", body: { ...body, bekendmaking: moment.toISOString() } };
  } catch {
    return { soort: "tijdBestaatNiet" };
  }
}
