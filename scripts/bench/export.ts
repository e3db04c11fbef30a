/**
 * Benchmark (issue 7): a 10,000-row "Export aanmeldingenoverzicht" — the widest export (39
 * columns, choices 1–5) — built by the exports worker's own code (functions/src/exports) from
 * synthetic registrations into an .xlsx buffer. Reports wall time and peak RSS; the file is
 * opened again with exceljs to check its row count. Run: `npx tsx scripts/bench/export.ts [rows]`.
 *
 * Not measured here: the reads from DynamoDB (one Query + a BatchGet per 100 pupils) and the
 * upload to S3, which depend on the network rather than on this code.
 */
import type { AanmeldingRecord, LeerlingRecord } from "@elk/data";
import { EXPORT_TITELS, type School } from "@elk/domain";
import ExcelJS from "exceljs";
import { type ExportBron, OPMAAK } from "../../functions/src/exports/kolommen";
import { schrijfWerkboek } from "../../functions/src/exports/werkboek";

const RIJEN = Number(process.argv[2] ?? 10_000);

const scholen = new Map<string, School>(
  Array.from({ length: 10 }, (_, i) => [
    `vo-${i}`,
    {
      id: `vo-${i}`,
      bestuurId: "b",
      officieleNaam: `VO School ${i}`,
      naam: `VO School ${i}`,
      schooltype: "VO",
      particulier: false,
      brin: `0${i}AB`,
      vestigingscode: "00",
      adres: { straat: "Laan", huisnummer: "1", postcode: "1180 AA", plaats: "Amstelveen" },
      telefoon: "020",
      afdelingen: [
        { id: "havo", naam: "havo", adviezen: ["havo"], capaciteit: 120, gelijkwaardigAan: [] },
        { id: "vwo", naam: "vwo", adviezen: ["vwo"], capaciteit: 90, gelijkwaardigAan: [] },
      ],
      capaciteitsgroepen: [],
    } as School,
  ]),
);

function bron(i: number): ExportBron {
  const leerlingId = `l-${i}`;
  const a = {
    id: `a-${i}`,
    leerlingId,
    schooljaar: "2026-2027",
    elkNummer: String(i).padStart(8, "0"),
    leerlingNaam: `Noor Jansen ${i}`,
    advies: "havo",
    keuzes: [0, 1, 2, 3, 4].map((k) => ({
      schoolId: `vo-${(i + k) % 10}`,
      afdelingId: k % 2 ? "vwo" : "havo",
    })),
    eersteKeuze: { gelijkwaardigeAfdelingWens: i % 7 === 0, meerling: i % 50 === 0 },
    status: i % 3 === 0 ? "geplaatst" : "aangemeld",
    aangemeldOp: new Date(Date.UTC(2027, 2, 10, 8, 0, i % 3600)).toISOString(),
    via: "ouderportaal",
    bsnHash: "x",
  } as unknown as AanmeldingRecord;
  const leerling = {
    id: leerlingId,
    schooljaar: "2026-2027",
    elkNummer: a.elkNummer,
    roepnaam: i % 100 === 0 ? "=1+1" : "Noor",
    achternaam: `Jansen ${i}`,
    geboortedatum: "2014-09-03",
    geslacht: "vrouw",
    adres: {
      straat: "Populierenlaan",
      huisnummer: String(i % 200),
      postcode: "1185 SB",
      plaats: "Amstelveen",
    },
    emailOuders: `ouders${i}@example.org`,
    poSchoolId: "vo-1",
  } as unknown as LeerlingRecord;
  return { a, leerling };
}

let piek = process.memoryUsage().rss;
const meter = setInterval(() => {
  piek = Math.max(piek, process.memoryUsage().rss);
}, 5);

const start = performance.now();
const bronnen = Array.from({ length: RIJEN }, (_, i) => bron(i));
const opmaak = OPMAAK.aanmeldingen({ scholen, groepen: [], metBsn: false });
const bestand = await schrijfWerkboek(
  EXPORT_TITELS.aanmeldingen,
  opmaak.kolommen,
  (function* () {
    for (const b of bronnen) yield opmaak.rij(b);
  })(),
);
const ms = performance.now() - start;
piek = Math.max(piek, process.memoryUsage().rss);
clearInterval(meter);

const controle = new ExcelJS.Workbook();
await controle.xlsx.load(bestand as unknown as ArrayBuffer);
const rijen = (controle.worksheets[0]?.rowCount ?? 0) - 1;

console.log(
  JSON.stringify({
    rijen,
    kolommen: opmaak.kolommen.length,
    ms: Math.round(ms),
    piekRssMb: Math.round(piek / 1024 / 1024),
    bestandKb: Math.round(bestand.length / 1024),
    node: process.version,
  }),
);
if (rijen !== RIJEN) process.exit(1);
