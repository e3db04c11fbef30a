import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { RegionConfig } from "../regio/region-config";

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

function dagenLater(datum: string, dagen: number): string {
  const d = new Date(`${datum}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** The first calendar year of a school year: "2026-2027" → 2026; a date in spring belongs to the year before. */
function startjaar(schooljaarOfDatum: string): number {
  const jaar = Number(schooljaarOfDatum.slice(0, 4));
  const maand = Number(schooljaarOfDatum.slice(5, 7));
  return /^\d{4}-\d{4}$/.test(schooljaarOfDatum) || maand >= 8 ? jaar : jaar - 1;
}

/**
 * REG-10 / LOT-04: a school year's calendar until the region administrator sets it. The region's
 * configuration gives the registration period and the announcement of one school year; another
 * year gets them moved by whole weeks (52 a year), so a period that starts on a Monday still does.
 * Between them: the VO schools handle the registrations until the day before the decentral
 * lottery (which draws among registrations without a status), held ten days after the period
 * closes; CP&L is the day before the configured announcement, announced at 16:00 the next day.
 */
export function standaardKalender(schooljaar: string, regio: RegionConfig["kalender"]): Kalender {
  const weken = (startjaar(schooljaar) - startjaar(regio.aanmeldperiode.van)) * 52;
  const verschuif = (datum: string) => dagenLater(datum, weken * 7);
  const aanmeldperiode = {
    van: verschuif(regio.aanmeldperiode.van),
    tot: verschuif(regio.aanmeldperiode.tot),
  };
  const decentraleLoting = dagenLater(aanmeldperiode.tot, 10);
  const geconfigureerd = verschuif(dagenLater(nederlandseDatum(new Date(regio.bekendmaking)), -1));
  const centralePlaatsing =
    geconfigureerd > decentraleLoting ? geconfigureerd : dagenLater(decentraleLoting, 7);
  return {
    schooljaar,
    aanmeldperiode,
    behandelperiode: { van: aanmeldperiode.van, tot: dagenLater(decentraleLoting, -1) },
    decentraleLoting,
    centralePlaatsing,
    bekendmaking: standaardBekendmaking(centralePlaatsing),
  };
}

/** REG-07: the days on which an ouderinlog can be requested — the seven days before the period. */
export function weekVoorAanmeldperiode(kalender: Pick<Kalender, "aanmeldperiode">): {
  van: string;
  tot: string;
} {
  return {
    van: dagenLater(kalender.aanmeldperiode.van, -7),
    tot: dagenLater(kalender.aanmeldperiode.van, -1),
  };
}

/** REG-10: a school year's calendar lies inside that school year (1 August to 31 July). */
export function controleerKalenderInSchooljaar(k: Kalender): Kalender {
  const start = startjaar(k.schooljaar);
  const van = `${start}-08-01`;
  const tot = `${start + 1}-07-31`;
  const datums: Array<[string, string]> = [
    ["aanmeldperiode.van", k.aanmeldperiode.van],
    ["aanmeldperiode.tot", k.aanmeldperiode.tot],
    ["behandelperiode.van", k.behandelperiode.van],
    ["behandelperiode.tot", k.behandelperiode.tot],
    ["decentraleLoting", k.decentraleLoting],
    ["centralePlaatsing", k.centralePlaatsing],
    ["bekendmaking", nederlandseDatum(new Date(k.bekendmaking))],
  ];
  const velden = Object.fromEntries(
    datums
      .filter(([, datum]) => datum < van || datum > tot)
      .map(([veld]) => [
        veld,
        `Kies een datum in schooljaar ${k.schooljaar} (1 augustus ${start} tot en met 31 juli ${start + 1}).`,
      ]),
  );
  if (Object.keys(velden).length > 0) throw new OngeldigeInvoerFout("De kalender klopt niet.", velden);
  return k;
}

/**
 * PAR-01 / LOT-04: parents see the school's decisions only from the announcement on; before it,
 * a registration in handling is simply "aangemeld".
 */
export function statusVoorOuders<S extends string>(
  status: S,
  kalender: Pick<Kalender, "bekendmaking">,
  nu: Date,
): S | "aangemeld" {
  const inBehandeling = status === "geplaatst" || status === "uitgeloot" || status === "toegewezen";
  return inBehandeling && !isBekendgemaakt(kalender, nu) ? "aangemeld" : status;
}

/** LOT-04: has the placement of this school year been announced at this moment? */
export function isBekendgemaakt(kalender: Pick<Kalender, "bekendmaking">, nu: Date): boolean {
  return nu.getTime() >= new Date(kalender.bekendmaking).getTime();
}
