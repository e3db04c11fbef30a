import {
  keys,
  listAanleverpunten,
  markeerOsoDossierOpgehaald,
  ontsleutel,
  registreerOsoGebeurtenis,
  werkAanleverpuntBij,
} from "@elk/data";
import { getDb } from "../config/db";
import { getAanleverpuntSleutel } from "../config/oso";
import { gebeurtenisDoor } from "../middleware/gebeurtenis";
import { logger } from "../middleware/logger";
import type { OsoTrafficCenter } from "../oso/traffic-center";
import { getTrafficCenter, TrafficCenterWeigeringError } from "../oso/traffic-center-client";

/**
 * OSO-02 / OSO-03: every minute, for every registered aanleverpunt, what the Traffic Center says
 * happened since the last time: dossiers the LAS fetched (the OSO dot turns green — only for the
 * version that is still current) and whether the aanleverpunt may still request transfers (the
 * Traffic Center may clear it). One aanleverpunt failing does not stop the others.
 */
export async function werkOsoStatusBij(trafficCenter: OsoTrafficCenter, nu = new Date()): Promise<void> {
  const db = getDb();
  const punten = (await listAanleverpunten(db)).filter((p) => p.geregistreerd && p.sleutelVersleuteld);
  for (const p of punten) {
    try {
      const sleutel = ontsleutel(p.sleutelVersleuteld ?? "", getAanleverpuntSleutel());
      const stand = await trafficCenter.overdrachten({ nummer: p.nummer, sleutel }, p.cursor ?? "");
      for (const o of stand.opgehaald) {
        if (await markeerOsoDossierOpgehaald(db, o.dossierId, o.versie, o.opgehaaldOp)) {
          await registreerOsoGebeurtenis(
            db,
            gebeurtenisDoor(
              "systeem",
              keys.aanmelding.item(o.dossierId),
              "oso-dossier-opgehaald",
              { versie: o.versie },
              nu,
            ),
          );
        }
      }
      await werkAanleverpuntBij(db, p.schoolId, {
        cursor: stand.cursor,
        magOverdrachtAanvragen: stand.magOverdrachtAanvragen,
      });
      if (stand.opgehaald.length > 0)
        logger.info("oso transfers fetched", { schoolId: p.schoolId, aantal: stand.opgehaald.length });
    } catch (error) {
      if (error instanceof TrafficCenterWeigeringError) {
        // The Traffic Center no longer knows this number or key: it may not request transfers.
        await werkAanleverpuntBij(db, p.schoolId, { magOverdrachtAanvragen: false });
      }
      logger.warn("oso status failed", {
        schoolId: p.schoolId,
        error: error instanceof Error ? error.name : "unknown",
      });
    }
  }
}

export async function handler(): Promise<void> {
  await werkOsoStatusBij(getTrafficCenter());
}
