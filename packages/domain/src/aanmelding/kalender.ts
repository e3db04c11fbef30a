import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/**
 * The calendar of a school year's procedure, set by the region administrator. Dates are
 * calendar days in the Netherlands ("2027-03-08"); the announcement is a moment.
 */
export interface Kalender {
  schooljaar: string;
  aanmeldperiode: { van: string; tot: string };
  behandelperiode: { van: string; tot: string };
  decentraleLoting: string;
  centralePlaatsing: string;
  /** LOT-04: from this moment parents see the placement; by default 16:00 the day after CP&L. */
  bekendmaking: string;
}

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

/** The Dutch calendar day of a moment (Europe/Amsterdam), as "yyyy-mm-dd". */
export function nederlandseDatum(moment: Date): string {
  return new Intl.DateTimeFormat("en-CA", {
    timeZone: "Europe/Amsterdam",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
  }).format(moment);
}

/** The UTC moment of a Dutch wall-clock time: CET (+1) in winter, CEST (+2) in summer. */
export function nederlandseTijd(datum: string, tijd: string): Date {
  const alsUtc = new Date(`${datum}T${tijd}:00Z`);
  for (const uren of [2, 1]) {
    const kandidaat = new Date(alsUtc.getTime() - uren * 3600_000);
    const deel = new Intl.DateTimeFormat("en-GB", {
      timeZone: "Europe/Amsterdam",
      hour: "2-digit",
      minute: "2-digit",
      hourCycle: "h23",
    }).format(kandidaat);
    if (deel === tijd && nederlandseDatum(kandidaat) === datum) return kandidaat;
  }
  throw new Error(`no Dutch time ${datum} ${tijd}`);
}

function volgendeDag(datum: string): string {
  const d = new Date(`${datum}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

/** LOT-04: "op de dag na de Centrale Plaatsing en Loting vanaf 16.00 uur". */
export function standaardBekendmaking(centralePlaatsing: string): string {
  return nederlandseTijd(volgendeDag(centralePlaatsing), "16:00").toISOString();
}

/** REG-10: registration is possible on the days of the period, both ends included, Dutch time. */
export function isBinnenAanmeldperiode(kalender: Pick<Kalender, "aanmeldperiode">, nu: Date): boolean {
  const vandaag = nederlandseDatum(nu);
  return vandaag >= kalender.aanmeldperiode.van && vandaag <= kalender.aanmeldperiode.tot;
}

/** REG-07: pupils of the other Kernprocedure request an ouderinlog in the week before the period. */
export function isWeekVoorAanmeldperiode(kalender: Pick<Kalender, "aanmeldperiode">, nu: Date): boolean {
  const vandaag = nederlandseDatum(nu);
  const start = new Date(`${kalender.aanmeldperiode.van}T12:00:00Z`);
  start.setUTCDate(start.getUTCDate() - 7);
  return vandaag >= start.toISOString().slice(0, 10) && vandaag < kalender.aanmeldperiode.van;
}

/** The steps follow each other: registering, handling, the decentral lottery, CP&L, the announcement. */
export function controleerKalender(k: Kalender): Kalender {
  const velden: Record<string, string> = {};
  const datums: Array<[string, string]> = [
    ["aanmeldperiode.van", k.aanmeldperiode.van],
    ["aanmeldperiode.tot", k.aanmeldperiode.tot],
    ["behandelperiode.van", k.behandelperiode.van],
    ["behandelperiode.tot", k.behandelperiode.tot],
    ["decentraleLoting", k.decentraleLoting],
    ["centralePlaatsing", k.centralePlaatsing],
  ];
  for (const [veld, waarde] of datums) {
    if (!DATUM.test(waarde) || Number.isNaN(new Date(`${waarde}T12:00:00Z`).getTime())) {
      velden[veld] = "Vul een geldige datum in (jjjj-mm-dd).";
    }
  }
  if (Object.keys(velden).length === 0) {
    if (k.aanmeldperiode.tot < k.aanmeldperiode.van)
      velden["aanmeldperiode.tot"] = "Het einde ligt vóór het begin.";
    if (k.behandelperiode.van < k.aanmeldperiode.van)
      velden["behandelperiode.van"] = "De behandelperiode begint niet vóór de aanmeldperiode.";
    if (k.behandelperiode.tot < k.behandelperiode.van)
      velden["behandelperiode.tot"] = "Het einde ligt vóór het begin.";
    if (k.decentraleLoting <= k.aanmeldperiode.tot)
      velden.decentraleLoting = "De decentrale loting is na de aanmeldperiode.";
    if (k.centralePlaatsing <= k.decentraleLoting)
      velden.centralePlaatsing = "De centrale plaatsing en loting is na de decentrale loting.";
    const bekend = new Date(k.bekendmaking);
    if (Number.isNaN(bekend.getTime())) velden.bekendmaking = "Vul een geldig moment in.";
    else if (nederlandseDatum(bekend) <= k.centralePlaatsing)
      velden.bekendmaking = "De bekendmaking is na de centrale plaatsing en loting.";
  }
  if (Object.keys(velden).length > 0) throw new OngeldigeInvoerFout("De kalender klopt niet.", velden);
  return k;
}
