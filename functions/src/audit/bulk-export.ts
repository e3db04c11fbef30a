import { randomUUID } from "node:crypto";
import {
  type Db,
  type ExportRecord,
  listGebruikersByOrganisatie,
  notificatieItems,
  schrijfBulkExportMelding,
  telExportsVanGebruiker,
} from "@elk/data";
import {
  auditDag,
  BULK_EXPORT_DREMPEL,
  BULK_EXPORT_MELDING,
  isOngebruikelijkAantalExports,
} from "@elk/domain";
import { opmaak, tekstversie } from "@elk/mail";
import { getRegionConfig } from "../config/env";
import { verstuur } from "../config/outbox";
import { logger } from "../middleware/logger";

/**
 * Issue #10 (PRIV): the alert on unusual bulk exports, in the app. When a user has started more
 * than BULK_EXPORT_DREMPEL exports (each holds pupils' personal data) on one Dutch calendar day,
 * the audit trail gets an alert — once per user per day — and every region administrator a
 * notification and a mail through the outbox. Run by the exports worker for each export it takes.
 * Returns whether the alert was raised now.
 */
export async function controleerBulkExport(db: Db, e: ExportRecord, nu: Date = new Date()): Promise<boolean> {
  const dag = auditDag(e.aangevraagdOp);
  const aantal = await telExportsVanGebruiker(db, dag, e.door.gebruikerId);
  if (!isOngebruikelijkAantalExports(aantal, BULK_EXPORT_DREMPEL)) return false;

  const beheerders = (await listGebruikersByOrganisatie(db, { organisatieType: "regio" })).filter(
    (g) => g.rollen.includes("regiobeheerder") && g.status === "actief",
  );
  const tekst = `${e.door.naam} (${e.schoolNaam}) heeft vandaag ${aantal} exports met persoonsgegevens gemaakt: meer dan ${BULK_EXPORT_DREMPEL}. Bekijk het auditlog.`;
  const nieuw = await schrijfBulkExportMelding(
    db,
    {
      dag,
      tijdstip: nu.toISOString(),
      gebruikerId: e.door.gebruikerId,
      naam: e.door.naam,
      locatieNaam: e.schoolNaam,
      aantal,
      drempel: BULK_EXPORT_DREMPEL,
    },
    notificatieItems(
      beheerders.map((b) => b.id),
      { id: randomUUID(), op: nu.toISOString(), soort: BULK_EXPORT_MELDING, tekst },
    ),
  );
  if (!nieuw) return false;
  logger.warn("bulk export alert", { gebruikerId: e.door.gebruikerId, aantal, drempel: BULK_EXPORT_DREMPEL });

  const regio = getRegionConfig();
  const aanhef = "Beste regiobeheerder,";
  const alineas = [
    tekst,
    "Elke export bevat persoonsgegevens van leerlingen. Ga na of dit aantal past bij het werk van deze gebruiker. In het auditlog (Instellingen > Auditlog) staat welke exports het zijn.",
  ];
  for (const b of beheerders) {
    await verstuur(b.email, {
      onderwerp: `Melding: ongebruikelijk veel exports door ${e.door.naam}`,
      tekst: tekstversie(aanhef, alineas, regio),
      html: opmaak(regio, aanhef, alineas),
    });
  }
  return true;
}
