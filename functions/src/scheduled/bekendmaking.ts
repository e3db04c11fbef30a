import { randomUUID } from "node:crypto";
import { TransactWriteCommand } from "@aws-sdk/lib-dynamodb";
import {
  type AanmeldingRecord,
  getLeerling,
  getMeta,
  keys,
  listAanmeldingenBySchool,
  listAlleScholen,
  listGebruikersByOrganisatie,
  notificatieItems,
  putMeta,
  schrijf,
} from "@elk/data";
import {
  behandelendeSchool,
  GelijktijdigGewijzigdFout,
  isBekendgemaakt,
  plaatsingsBericht,
} from "@elk/domain";
import { plaatsingBekendgemaakt } from "@elk/mail";
import { getDb } from "../config/db";
import { getRegionConfig } from "../config/env";
import { verstuur } from "../config/outbox";
import { kalenderVoor } from "../http/aanmelden/kalender";
import { logger } from "../middleware/logger";

/** The users of a primary school who receive its messages (PO-03): its active accounts. */
export async function poGebruikers(schoolId: string): Promise<string[]> {
  const lijst = await listGebruikersByOrganisatie(getDb(), { organisatieType: "po", schoolId });
  return lijst.filter((g) => g.status !== "geblokkeerd").map((g) => g.id);
}

/**
 * LOT-04 / MAIL-01 / TRT-05: tell the parents and the primary school of a placed pupil, once. The
 * registration's mark and the primary school's messages are written in one transaction, only if
 * it was not marked yet — two runs never tell twice, and the school's message cannot be lost
 * while the mark stands. The parents' mail follows (queued, or kept for the outbox job while SQS
 * is away); should even that fail, mark and messages are taken back, so the next run tries again.
 */
export async function maakPlaatsingBekend(
  a: Pick<
    AanmeldingRecord,
    "id" | "leerlingId" | "leerlingNaam" | "elkNummer" | "keuzes" | "schoolId" | "plaatsing" | "poSchoolId"
  >,
  schoolNaam: string,
  nu: Date,
): Promise<boolean> {
  const db = getDb();
  const leerling = await getLeerling(db, a.leerlingId);
  if (!leerling) return false;
  const poSchoolId = a.poSchoolId ?? leerling.poSchoolId;
  const berichten = poSchoolId
    ? notificatieItems(await poGebruikers(poSchoolId), {
        id: randomUUID(),
        op: nu.toISOString(),
        soort: "plaatsen",
        tekst: plaatsingsBericht(
          a.leerlingNaam,
          schoolNaam,
          a.plaatsing?.afdelingNaam ?? "",
          a.plaatsing?.toelichting,
        ),
        leerlingId: a.leerlingId,
        aanmeldingId: a.id,
        leerlingNaam: a.leerlingNaam,
        elkNummer: a.elkNummer,
      })
    : [];
  try {
    await schrijf(db, {
      bijwerken: [
        {
          key: keys.aanmelding.item(a.id),
          zet: { bekendgemaaktOp: nu.toISOString() },
          voorwaarde: {
            expressie:
              "attribute_exists(PK) AND #status = :geplaatst AND attribute_not_exists(bekendgemaaktOp)",
            namen: { "#status": "status" },
            waarden: { ":geplaatst": "geplaatst" },
          },
        },
      ],
      nieuw: berichten,
    });
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) return false;
    throw error;
  }
  try {
    await verstuur(
      leerling.emailOuders,
      plaatsingBekendgemaakt(getRegionConfig(), {
        leerlingNaam: a.leerlingNaam,
        school: schoolNaam,
        afdeling: a.plaatsing?.afdelingNaam ?? "",
        appUrl: process.env.APP_URL ?? "http://localhost:3000",
      }),
    );
  } catch (error) {
    await db.doc.send(
      new TransactWriteCommand({
        TransactItems: [
          {
            Update: {
              TableName: db.tableName,
              Key: keys.aanmelding.item(a.id),
              UpdateExpression: "REMOVE bekendgemaaktOp",
            },
          },
          ...berichten.map((b) => ({
            Delete: { TableName: db.tableName, Key: { PK: b.PK, SK: b.SK } },
          })),
        ],
      }),
    );
    throw error;
  }
  return true;
}

/**
 * LOT-04: from the announcement moment of a school year on — not a minute earlier — the parents
 * of every placed pupil get their mail (the ouderportaal and the primary schools' messages follow
 * the same moment by themselves). Runs every minute; a school year is gone through once per
 * announcement moment, and pupils placed later are told when they are placed (behandelen).
 */
export async function kondigAan(nu: Date): Promise<{ verstuurd: number }> {
  const config = getRegionConfig();
  const db = getDb();
  let verstuurd = 0;
  for (const schooljaar of config.kalender.schooljaren) {
    const kalender = await kalenderVoor(schooljaar);
    if (!isBekendgemaakt(kalender, nu)) continue;
    const gedaan = await getMeta(db, `BEKENDMAKING#${schooljaar}`);
    if (gedaan?.moment === kalender.bekendmaking) continue;
    const scholen = (await listAlleScholen(db)).filter((s) => s.schooltype === "VO");
    for (const school of scholen) {
      const lijst = await listAanmeldingenBySchool(db, school.id, schooljaar);
      for (const a of lijst) {
        if (a.status !== "geplaatst" || a.bekendgemaaktOp || behandelendeSchool(a) !== school.id) continue;
        if (await maakPlaatsingBekend(a, school.naam, nu)) verstuurd += 1;
      }
    }
    await putMeta(db, `BEKENDMAKING#${schooljaar}`, {
      moment: kalender.bekendmaking,
      klaarOp: nu.toISOString(),
    });
    logger.info("bekendmaking", { schooljaar, verstuurd });
  }
  return { verstuurd };
}

/** EventBridge's scheduled event (every minute); `time` is the moment it fired. */
export async function handler(event: { time?: string }): Promise<{ verstuurd: number }> {
  return kondigAan(event.time ? new Date(event.time) : new Date());
}
