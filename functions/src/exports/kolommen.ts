import type { AanmeldingRecord, Groep, LeerlingRecord, OkidocMetToets } from "@elk/data";
import { type ExportSoort, niveauLabel, type School, statusLabel, voorrangMarkering } from "@elk/domain";
import { type Cel, excelDatum, excelDatumTijd, type Kolom } from "./werkboek";

/** What one row of an export is made from. */
export interface ExportBron {
  a: AanmeldingRecord;
  leerling?: LeerlingRecord;
  okidoc?: OkidocMetToets;
  /** The decrypted BSN — only in the buitenleerlingen export, only for the roles allowed. */
  bsn?: string;
  /** LOT-01: the ELK-nummers of probable twins in the same export. */
  meerlingMet?: readonly string[];
}

export interface ExportContext {
  scholen: ReadonlyMap<string, School>;
  groepen: readonly Groep[];
  metBsn: boolean;
}

export interface ExportOpmaak {
  kolommen: Kolom[];
  rij: (bron: ExportBron) => Cel[];
}

const GESLACHT: Record<string, string> = { man: "Man", vrouw: "Vrouw", anders: "Anders" };
const VOORRANG: Record<string, string> = {
  "broer-zus": "Broer/zus",
  "kind-medewerker": "Kind van medewerker",
};
const VOORRANG_STAND: Record<string, string> = {
  aangevraagd: "Aangevraagd",
  toegekend: "Toegekend",
  afgewezen: "Afgewezen",
};
const jaNee = (b: boolean | undefined) => (b ? "Ja" : "Nee");

const t = (kop: string, breedte: number): Kolom => ({ kop, breedte, soort: "tekst" });
const dag = (kop: string): Kolom => ({ kop, breedte: 12, soort: "datum" });
const moment = (kop: string): Kolom => ({ kop, breedte: 17, soort: "datumtijd" });

function schoolNaam(ctx: ExportContext, id: string | undefined): string {
  return (id && ctx.scholen.get(id)?.naam) || "";
}

function afdelingNaam(
  ctx: ExportContext,
  schoolId: string | undefined,
  afdelingId: string | undefined,
): string {
  return ctx.scholen.get(schoolId ?? "")?.afdelingen.find((af) => af.id === afdelingId)?.naam ?? "";
}

/** The afdeling the overview names: the assigned one after TRT-08, else the 1st choice's. */
function afdeling(ctx: ExportContext, a: AanmeldingRecord): string {
  if (a.toewijzing) return a.toewijzing.afdelingNaam;
  return afdelingNaam(ctx, a.keuzes[0]?.schoolId, a.keuzes[0]?.afdelingId);
}

function basisschool(ctx: ExportContext, b: ExportBron): string {
  const l = b.leerling;
  if (!l) return "";
  if (l.poSchoolId) return schoolNaam(ctx, l.poSchoolId);
  return l.buitenleerling?.basisschool?.naam ?? l.anderKernprocedure?.basisschool.naam ?? "";
}

const LEERLING_KOLOMMEN: Kolom[] = [
  t("ELK-nummer", 12),
  t("Roepnaam", 16),
  t("Tussenvoegsel", 10),
  t("Achternaam", 20),
  dag("Geboortedatum"),
];

function leerlingCellen(b: ExportBron): Cel[] {
  const l = b.leerling;
  return [
    b.a.elkNummer,
    l?.roepnaam ?? b.a.leerlingNaam,
    l?.tussenvoegsel,
    l?.achternaam,
    excelDatum(l?.geboortedatum),
  ];
}

const ADRES_KOLOMMEN: Kolom[] = [
  t("Geslacht", 9),
  t("Straat", 22),
  t("Huisnummer", 10),
  t("Postcode", 9),
  t("Plaats", 16),
  t("E-mail ouders", 28),
];

function adresCellen(b: ExportBron): Cel[] {
  const l = b.leerling;
  return [
    l ? GESLACHT[l.geslacht] : undefined,
    l?.adres.straat,
    l?.adres.huisnummer,
    l?.adres.postcode,
    l?.adres.plaats,
    l?.emailOuders,
  ];
}

function aanmeldingen(ctx: ExportContext): ExportOpmaak {
  const keuzeKolommen = [1, 2, 3, 4, 5].flatMap((n) => [
    t(`Keuze ${n} school`, 24),
    t(`Keuze ${n} afdeling`, 16),
  ]);
  return {
    kolommen: [
      ...LEERLING_KOLOMMEN,
      ...ADRES_KOLOMMEN,
      t("Basisschool", 24),
      t("Advies", 14),
      moment("Aangemeld op"),
      t("Aangemeld via", 12),
      t("Status", 18),
      t("Afdeling", 16),
      t("Geplaatst op afdeling", 18),
      t("Voorrang", 18),
      t("Voorrang status", 14),
      t("Meerling", 9),
      t("Gelijkwaardige afdeling", 12),
      ...keuzeKolommen,
      t("Overgezet door (school 1e voorkeur)", 28),
      t("Groepen", 20),
      t("Tafelmiddag", 11),
    ],
    rij: (b) => {
      const a = b.a;
      return [
        ...leerlingCellen(b),
        ...adresCellen(b),
        basisschool(ctx, b),
        a.advies,
        excelDatumTijd(a.aangemeldOp),
        a.via === "school" ? "School" : "Ouderportaal",
        statusLabel(a),
        afdeling(ctx, a),
        a.status === "geplaatst" ? a.plaatsing?.afdelingNaam : undefined,
        a.toewijzing ? undefined : VOORRANG[a.eersteKeuze.voorrang?.soort ?? ""],
        VOORRANG_STAND[voorrangMarkering(a) ?? ""],
        jaNee(a.eersteKeuze.meerling),
        jaNee(a.eersteKeuze.gelijkwaardigeAfdelingWens),
        ...[0, 1, 2, 3, 4].flatMap((i) => {
          const k = a.keuzes[i];
          return [schoolNaam(ctx, k?.schoolId), afdelingNaam(ctx, k?.schoolId, k?.afdelingId)];
        }),
        a.toewijzing?.vanSchoolNaam,
        ctx.groepen
          .filter((g) => g.aanmeldingIds.includes(a.id))
          .map((g) => g.naam)
          .join(", "),
        jaNee(Boolean(a.tafelmiddag?.vo || a.tafelmiddag?.po)),
      ];
    },
  };
}

function decentraleLoting(ctx: ExportContext): ExportOpmaak {
  return {
    kolommen: [
      ...LEERLING_KOLOMMEN,
      t("Postcode", 9),
      t("Huisnummer", 10),
      t("Basisschool", 24),
      t("Advies", 14),
      t("Afdeling", 16),
      moment("Aangemeld op"),
      t("Voorrang", 18),
      t("Voorrang status", 14),
      t("Meerling (opgegeven)", 12),
      t("Mogelijke meerling met", 22),
      t("Gelijkwaardige afdeling", 12),
    ],
    rij: (b) => [
      ...leerlingCellen(b),
      b.leerling?.adres.postcode,
      b.leerling?.adres.huisnummer,
      basisschool(ctx, b),
      b.a.advies,
      afdeling(ctx, b.a),
      excelDatumTijd(b.a.aangemeldOp),
      VOORRANG[b.a.eersteKeuze.voorrang?.soort ?? ""],
      VOORRANG_STAND[voorrangMarkering(b.a) ?? ""],
      jaNee(b.a.eersteKeuze.meerling),
      b.meerlingMet?.join(", "),
      jaNee(b.a.eersteKeuze.gelijkwaardigeAfdelingWens),
    ],
  };
}

function terugtrekkers(ctx: ExportContext): ExportOpmaak {
  return {
    kolommen: [
      ...LEERLING_KOLOMMEN,
      t("Basisschool", 24),
      t("Advies", 14),
      t("Afdeling", 16),
      moment("Aangemeld op"),
      moment("Teruggetrokken op"),
      t("Door", 26),
      t("Toelichting", 40),
    ],
    rij: (b) => {
      const a = b.a;
      const doorOuders = a.status === "ingetrokken";
      return [
        ...leerlingCellen(b),
        basisschool(ctx, b),
        a.advies,
        afdeling(ctx, a),
        excelDatumTijd(a.aangemeldOp),
        excelDatumTijd(doorOuders ? a.ingetrokkenOp : a.besluit?.op),
        doorOuders ? "Ouders (aanmelding ongedaan gemaakt)" : `School (${a.besluit?.door.naam ?? ""})`,
        doorOuders ? undefined : a.besluit?.toelichting,
      ];
    },
  };
}

function buitenleerlingen(ctx: ExportContext): ExportOpmaak {
  return {
    kolommen: [
      t("ELK-nummer", 12),
      ...(ctx.metBsn ? [t("BSN", 11)] : []),
      ...LEERLING_KOLOMMEN.slice(1),
      ...ADRES_KOLOMMEN,
      t("Advies", 14),
      t("Basisschool", 24),
      t("Plaats basisschool", 16),
      t("BRIN basisschool", 10),
      t("Status", 18),
      t("Afdeling", 16),
      moment("Aangemeld op"),
    ],
    rij: (b) => {
      const school = b.leerling?.buitenleerling?.basisschool;
      return [
        b.a.elkNummer,
        ...(ctx.metBsn ? [b.bsn] : []),
        ...leerlingCellen(b).slice(1),
        ...adresCellen(b),
        b.a.advies,
        school?.naam,
        school?.plaats,
        school?.brin,
        statusLabel(b.a),
        afdeling(ctx, b.a),
        excelDatumTijd(b.a.aangemeldOp),
      ];
    },
  };
}

function doorstroomtoets(ctx: ExportContext): ExportOpmaak {
  return {
    kolommen: [
      ...LEERLING_KOLOMMEN,
      t("Basisschool", 24),
      t("Advies", 14),
      t("Bijgesteld advies", 14),
      t("Lezen", 10),
      t("Taalverzorging", 12),
      t("Rekenen", 10),
      t("Doorstroomtoets", 24),
      t("Status", 18),
    ],
    rij: (b) => {
      const v = b.okidoc?.velden ?? {};
      return [
        ...leerlingCellen(b),
        basisschool(ctx, b),
        b.a.advies,
        b.okidoc?.bijgesteldAdvies?.advies,
        niveauLabel(v.niveauLezen),
        niveauLabel(v.niveauTaalverzorging),
        niveauLabel(v.niveauRekenen),
        v.doorstroomtoets,
        statusLabel(b.a),
      ];
    },
  };
}

export const OPMAAK: Readonly<Record<ExportSoort, (ctx: ExportContext) => ExportOpmaak>> = {
  aanmeldingen,
  "decentrale-loting": decentraleLoting,
  terugtrekkers,
  buitenleerlingen,
  doorstroomtoets,
};
