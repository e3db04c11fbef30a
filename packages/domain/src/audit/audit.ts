import { nederlandseDatum } from "../aanmelding/kalender";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/**
 * Issue #10 (PRIV): the region-wide audit trail. Every read of an oki-doc, a bijlage, an export
 * (with or without BSN) and every action taken while looking along (ACC-07) is also written to the
 * region's audit trail, which only the region administrator reads. Pure rules: which history event
 * belongs there, under which category, which of its details may be kept (never a BSN), and when a
 * user's exports are unusual.
 */
export const AUDIT_CATEGORIEEN = ["okidoc", "bijlage", "export", "bsn", "meekijken", "melding"] as const;
export type AuditCategorie = (typeof AUDIT_CATEGORIEEN)[number];

/** History events that are a read of personal data, by their history kind. */
const LEESGEBEURTENISSEN: Readonly<Record<string, AuditCategorie>> = {
  "okidoc-gelezen": "okidoc",
  "bijlage-gelezen": "bijlage",
  "bijlage-gedownload": "bijlage",
  "export-aangevraagd": "export",
  "export-gedownload": "export",
};

/** Starting and ending a look-along session belong in the trail too. */
const MEEKIJK_GEBEURTENISSEN = new Set(["meekijken-gestart", "meekijken-beeindigd"]);

/**
 * ACC-07, issue #10: what a contactpersoon ELK looked at while looking along — a read writes no
 * history, so the router records it in the trail itself, with the route as `actie`.
 */
export const MEEKIJKEN_BEKEKEN = "meekijken-bekeken";

/** The history kind of the alert on unusual bulk exports. */
export const BULK_EXPORT_MELDING = "bulk-export-melding";

/**
 * The audit category of a history event, or undefined when it is not audited: a read of an oki-doc,
 * a bijlage or an export (an export with BSNs is "bsn"), the start of looking along, and anything
 * done while looking along.
 */
export function auditCategorie(
  soort: string,
  gegevens: Readonly<Record<string, unknown>> | undefined,
  meekijkend: boolean,
): AuditCategorie | undefined {
  const lezen = LEESGEBEURTENISSEN[soort];
  if (lezen === "export" && gegevens?.metBsn === true) return "bsn";
  if (lezen) return lezen;
  if (meekijkend || MEEKIJK_GEBEURTENISSEN.has(soort)) return "meekijken";
  return undefined;
}

/** Details kept from the event: a short allow-list of plain values, so no BSN or free text ends up here. */
const TOEGESTANE_DETAILS = ["soort", "metBsn", "selectie", "versie", "status", "actie", "aantal"] as const;
const NEGEN_CIJFERS = /\d{9}/;

export function auditDetails(
  gegevens: Readonly<Record<string, unknown>> | undefined,
): Record<string, string | number | boolean> {
  const details: Record<string, string | number | boolean> = {};
  if (!gegevens) return details;
  for (const sleutel of TOEGESTANE_DETAILS) {
    const waarde = gegevens[sleutel];
    if (typeof waarde === "boolean" || (typeof waarde === "number" && Number.isFinite(waarde))) {
      details[sleutel] = waarde;
    } else if (typeof waarde === "string" && waarde.length <= 60 && !NEGEN_CIJFERS.test(waarde)) {
      details[sleutel] = waarde;
    }
  }
  if (Array.isArray(gegevens.bijlagen)) details.aantal = gegevens.bijlagen.length;
  return details;
}

/** The day an event belongs to: the Dutch calendar day, which the screen filters by. */
export function auditDag(tijdstip: string): string {
  return nederlandseDatum(new Date(tijdstip));
}

/**
 * The alert on unusual bulk exports: more than this many exports (each holds pupils' personal
 * data) started by one user on one day. Overridable per region (`RegionConfig`) is not needed yet.
 */
export const BULK_EXPORT_DREMPEL = 10;

/** "Unusual": strictly more exports than the threshold by one user on one day. */
export function isOngebruikelijkAantalExports(
  aantal: number,
  drempel: number = BULK_EXPORT_DREMPEL,
): boolean {
  return aantal > drempel;
}

/** The users (per day) whose started exports are unusual, as "dag#gebruikerId". */
export function ongebruikelijkeExporteurs(
  records: ReadonlyArray<{ dag: string; soort: string; gebruikerId: string }>,
  drempel: number = BULK_EXPORT_DREMPEL,
): Set<string> {
  const tellingen = new Map<string, number>();
  for (const r of records) {
    if (r.soort !== "export-aangevraagd") continue;
    const sleutel = `${r.dag}#${r.gebruikerId}`;
    tellingen.set(sleutel, (tellingen.get(sleutel) ?? 0) + 1);
  }
  return new Set([...tellingen].filter(([, n]) => isOngebruikelijkAantalExports(n, drempel)).map(([s]) => s));
}

/** The longest period the audit view reads at once (one partition per day). */
export const AUDIT_MAX_DAGEN = 92;

const DATUM = /^\d{4}-\d{2}-\d{2}$/;

function geldigeDatum(tekst: string): boolean {
  if (!DATUM.test(tekst)) return false;
  const d = new Date(`${tekst}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === tekst;
}

/**
 * The period of the audit view: `van` and `tot` as "jjjj-mm-dd" (both included), by default the
 * last seven days up to today. Dutch messages for a bad period.
 */
export function auditPeriode(
  invoer: { van?: string | undefined; tot?: string | undefined },
  nu: Date,
): { van: string; tot: string; dagen: string[] } {
  const velden: Record<string, string> = {};
  const van = invoer.van?.trim() || undefined;
  const tot = invoer.tot?.trim() || undefined;
  if (van !== undefined && !geldigeDatum(van)) velden.van = "Vul een geldige datum in (jjjj-mm-dd).";
  if (tot !== undefined && !geldigeDatum(tot)) velden.tot = "Vul een geldige datum in (jjjj-mm-dd).";
  if (Object.keys(velden).length > 0) throw new OngeldigeInvoerFout("De periode is niet geldig.", velden);
  const eind = tot ?? nederlandseDatum(nu);
  const begin = van ?? verschuif(eind, -6);
  if (begin > eind) {
    throw new OngeldigeInvoerFout("De periode is niet geldig.", {
      van: "De begindatum ligt na de einddatum.",
    });
  }
  const dagen: string[] = [];
  for (let dag = eind; dag >= begin; dag = verschuif(dag, -1)) {
    dagen.push(dag);
    if (dagen.length > AUDIT_MAX_DAGEN) {
      throw new OngeldigeInvoerFout("De periode is niet geldig.", {
        van: `Kies een periode van hoogstens ${AUDIT_MAX_DAGEN} dagen.`,
      });
    }
  }
  return { van: begin, tot: eind, dagen };
}

function verschuif(dag: string, dagen: number): string {
  const d = new Date(`${dag}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + dagen);
  return d.toISOString().slice(0, 10);
}

/** The category filter of the audit view, or a Dutch 400. */
export function auditCategorieFilter(soort: string | undefined): AuditCategorie | undefined {
  const s = soort?.trim();
  if (!s) return undefined;
  if (!(AUDIT_CATEGORIEEN as readonly string[]).includes(s)) {
    throw new OngeldigeInvoerFout("De soort is niet geldig.", {
      soort: `Kies een van: ${AUDIT_CATEGORIEEN.join(", ")}.`,
    });
  }
  return s as AuditCategorie;
}

/** The page number of the audit view, 1 by default, or a Dutch 400. */
export function auditPagina(pagina: string | undefined): number {
  const p = pagina?.trim();
  if (!p) return 1;
  if (!/^\d{1,5}$/.test(p) || Number(p) < 1) {
    throw new OngeldigeInvoerFout("De pagina is niet geldig.", {
      pagina: "Vul een paginanummer in (1 of hoger).",
    });
  }
  return Number(p);
}
