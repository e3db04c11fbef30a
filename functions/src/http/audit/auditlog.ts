import type { AuditLijst, AuditRegel, ROUTES } from "@elk/contracts";
import { type AuditRecord, getAanmelding, getLeerling, listAudit } from "@elk/data";
import {
  auditCategorieFilter,
  auditPagina,
  auditPeriode,
  BULK_EXPORT_DREMPEL,
  ongebruikelijkeExporteurs,
  ROL_NAMEN,
  type Rol,
  vereis,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import type { IngelogdVerzoek } from "../../middleware/router";

/** Rows per page of the audit view. */
export const AUDIT_PER_PAGINA = 50;

/**
 * Issue #10 (PRIV): the region-wide audit trail for the region administrator — every read of an
 * oki-doc, a bijlage, an export (with BSN: "bsn") and every action while looking along, newest
 * first, with the bulk-export alerts of the period. The caller is judged before the query: anyone
 * else gets 403 whatever it asks. Read only: no route changes or removes a record.
 */
export async function auditlog(req: IngelogdVerzoek<typeof ROUTES.auditlog>): Promise<AuditLijst> {
  vereis(req.actor, "audit.bekijken", getRegionConfig());
  const periode = auditPeriode({ van: req.query.van, tot: req.query.tot }, new Date());
  const categorie = auditCategorieFilter(req.query.soort);
  const pagina = auditPagina(req.query.pagina);
  const db = getDb();
  const { records, meldingen, afgekapt } = await listAudit(db, periode.dagen);

  const ongebruikelijk = ongebruikelijkeExporteurs(
    records.flatMap((r) =>
      r.door === "systeem" ? [] : [{ dag: r.dag, soort: r.soort, gebruikerId: r.door.gebruikerId }],
    ),
  );
  const gemeld = new Set(meldingen.map((m) => `${m.dag}#${m.gebruikerId}`));
  const isOngebruikelijk = (r: AuditRecord) =>
    r.door !== "systeem" &&
    (r.categorie === "export" || r.categorie === "bsn") &&
    (ongebruikelijk.has(`${r.dag}#${r.door.gebruikerId}`) || gemeld.has(`${r.dag}#${r.door.gebruikerId}`));

  const gefilterd = records.filter((r) =>
    categorie === undefined
      ? true
      : categorie === "meekijken"
        ? r.meekijkendDoor !== undefined || r.categorie === "meekijken"
        : categorie === "melding"
          ? isOngebruikelijk(r)
          : r.categorie === categorie,
  );
  const paginas = Math.max(1, Math.ceil(gefilterd.length / AUDIT_PER_PAGINA));
  const deel = gefilterd.slice((pagina - 1) * AUDIT_PER_PAGINA, pagina * AUDIT_PER_PAGINA);
  const elkNummers = await elkNummersVan(deel);

  return {
    van: periode.van,
    tot: periode.tot,
    pagina,
    paginas,
    totaal: gefilterd.length,
    items: deel.map((r): AuditRegel => {
      const aanmeldingId = r.betreft.entiteit === "AANMELDING" ? r.betreft.id : undefined;
      const elkNummer = r.elkNummer ?? elkNummers.get(`${r.betreft.entiteit}#${r.betreft.id}`);
      return {
        id: r.id,
        tijdstip: r.tijdstip,
        soort: r.soort,
        categorie: r.categorie,
        wie:
          r.door === "systeem"
            ? { naam: "Systeem", rollen: [] }
            : {
                naam: r.door.naam,
                gebruikerId: r.door.gebruikerId,
                rollen: (r.door.rollen ?? []).map((rol) => ROL_NAMEN[rol as Rol] ?? rol),
                ...(r.door.locatieNaam ? { locatie: r.door.locatieNaam } : {}),
              },
        ...(r.meekijkendDoor ? { meekijkendDoor: r.meekijkendDoor.naam } : {}),
        ...(aanmeldingId ? { aanmeldingId } : {}),
        ...(r.betreft.entiteit === "EXPORT" ? { exportId: r.betreft.id } : {}),
        ...(elkNummer ? { elkNummer } : {}),
        details: r.details,
        ongebruikelijk: isOngebruikelijk(r),
      };
    }),
    meldingen: meldingen.map((m) => ({
      dag: m.dag,
      tijdstip: m.tijdstip,
      naam: m.naam,
      ...(m.locatieNaam ? { locatie: m.locatieNaam } : {}),
      aantal: m.aantal,
      drempel: m.drempel,
    })),
    drempel: BULK_EXPORT_DREMPEL,
    afgekapt,
  };
}

/** The ELK-nummers of the registrations and pupils on the page, one read each. */
async function elkNummersVan(records: readonly AuditRecord[]): Promise<Map<string, string>> {
  const db = getDb();
  const teLezen = [
    ...new Set(
      records
        .filter(
          (r) => !r.elkNummer && (r.betreft.entiteit === "AANMELDING" || r.betreft.entiteit === "LEERLING"),
        )
        .map((r) => `${r.betreft.entiteit}#${r.betreft.id}`),
    ),
  ];
  const gevonden = await Promise.all(
    teLezen.map(async (sleutel): Promise<[string, string | undefined]> => {
      const [entiteit, id = ""] = sleutel.split("#");
      const item = entiteit === "AANMELDING" ? await getAanmelding(db, id) : await getLeerling(db, id);
      return [sleutel, item?.elkNummer];
    }),
  );
  return new Map(gevonden.filter((g): g is [string, string] => g[1] !== undefined));
}
