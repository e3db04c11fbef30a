import { PassThrough } from "node:stream";
import { veiligeCeltekst } from "@elk/domain";
// Only the streaming writer, not all of exceljs (issue #11: the exporter's bundle; see exceljs-schrijver.d.ts).
import WorkbookWriter from "exceljs/lib/stream/xlsx/workbook-writer.js";

/**
 * EXP-01 … EXP-03: one sheet with a Dutch header row, frozen, with an auto-filter and set widths.
 * Dates are real Excel dates; ELK-nummers, BSNs and postcodes are text, so leading zeros stay;
 * text that Excel would run as a formula is neutralised. Written with exceljs' streaming writer,
 * so a large export does not hold a whole workbook model in memory.
 */
export type KolomSoort = "tekst" | "datum" | "datumtijd" | "getal";

export interface Kolom {
  kop: string;
  breedte: number;
  soort?: KolomSoort;
}

export type Cel = string | number | Date | undefined;

const NUMFMT: Record<KolomSoort, string | undefined> = {
  tekst: "@",
  datum: "dd-mm-yyyy",
  datumtijd: "dd-mm-yyyy hh:mm",
  getal: undefined,
};

function celwaarde(soort: KolomSoort, waarde: Cel): string | number | Date | null {
  if (waarde === undefined || waarde === "") return null;
  if (soort === "tekst") return veiligeCeltekst(String(waarde));
  return waarde;
}

/** The workbook as a buffer; `bijVoortgang` hears how many rows are written, now and then. */
export async function schrijfWerkboek(
  titel: string,
  kolommen: readonly Kolom[],
  rijen: Iterable<readonly Cel[]>,
  bijVoortgang?: (geschreven: number) => void,
): Promise<Buffer> {
  const stukken: Buffer[] = [];
  const stroom = new PassThrough();
  stroom.on("data", (stuk: Buffer) => stukken.push(stuk));
  const klaar = new Promise<void>((resolve, reject) => {
    stroom.on("end", resolve);
    stroom.on("error", reject);
  });
  const werkboek = new WorkbookWriter({ stream: stroom, useStyles: true });
  werkboek.creator = "ELK";
  const blad = werkboek.addWorksheet(titel.slice(0, 31), {
    views: [{ state: "frozen", ySplit: 1, xSplit: 0 }],
  });
  blad.columns = kolommen.map((k, i) => ({
    key: String(i),
    width: k.breedte,
    style: NUMFMT[k.soort ?? "tekst"] ? { numFmt: NUMFMT[k.soort ?? "tekst"] } : {},
  }));
  blad.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: kolommen.length } };
  const kop = blad.addRow(kolommen.map((k) => k.kop));
  kop.font = { bold: true };
  kop.commit();
  let n = 0;
  for (const rij of rijen) {
    blad.addRow(kolommen.map((k, i) => celwaarde(k.soort ?? "tekst", rij[i]))).commit();
    n += 1;
    if (bijVoortgang && n % 1000 === 0) bijVoortgang(n);
  }
  blad.commit();
  await werkboek.commit();
  await klaar;
  return Buffer.concat(stukken);
}

// Built once: constructing a DateTimeFormat costs far more than using one (10,000 rows).
const AMSTERDAM = new Intl.DateTimeFormat("en-GB", {
  timeZone: "Europe/Amsterdam",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  hourCycle: "h23",
});

/** "2026-03-14T09:30:00Z" → the wall-clock time in the Netherlands, as Excel (which knows no zones) shows it. */
export function excelDatumTijd(iso: string | undefined): Date | undefined {
  if (!iso) return undefined;
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return undefined;
  const delen = Object.fromEntries(AMSTERDAM.formatToParts(d).map((p) => [p.type, p.value]));
  const n = (deel: string) => Number(delen[deel] ?? 0);
  return new Date(Date.UTC(n("year"), n("month") - 1, n("day"), n("hour"), n("minute"), n("second")));
}

/** "2014-05-02" → that day as an Excel date. */
export function excelDatum(dag: string | undefined): Date | undefined {
  const m = dag ? /^(\d{4})-(\d{2})-(\d{2})/.exec(dag) : null;
  return m ? new Date(Date.UTC(+(m[1] ?? 0), +(m[2] ?? 1) - 1, +(m[3] ?? 1))) : undefined;
}
