import { PutObjectCommand } from "@aws-sdk/client-s3";
import {
  type AanmeldingRecord,
  type ExportRecord,
  getLeerlingenVanAanmeldingen,
  getOkidocsVanLeerlingen,
  listAanmeldingenBySchool,
  listAlleScholen,
  listGroepen,
  listOsoDossiers,
  listTerugtrekkersBySchool,
  type OkidocMetToets,
  ontsleutelBsn,
  werkExportBij,
} from "@elk/data";
import {
  type Actor,
  EXPORT_TITELS,
  exportBestandsnaam,
  hoortInExport,
  mogelijkeMeerlingen,
  type School,
} from "@elk/domain";
import { getBsnSleutels } from "../config/bsn";
import { getDb } from "../config/db";
import { getRegionConfig, requireEnv } from "../config/env";
import { getS3 } from "../config/s3";
import { osoStanden, type Scholen } from "../http/behandelen/gedeeld";
import { filterOverzicht, overzichtRijen } from "../overzicht/aanmeldingen-filter";
import { type ExportBron, OPMAAK } from "./kolommen";
import { schrijfWerkboek } from "./werkboek";
import { XLSX } from "./xlsx";

/** Export files live under exports/, where the bucket's lifecycle rule removes them. */
export const exportSleutel = (e: Pick<ExportRecord, "schoolId" | "id">) =>
  `exports/${e.schoolId}/${e.id}.xlsx`;

/**
 * The registrations of the export, in the overview's order. The aanmeldingenoverzicht is exactly
 * what Leerlingen > Overzicht shows: the ticked pupils, or — none ticked — every pupil under its
 * filters and search (EXP-01). The actor is the one who asked; opties of the rows do not matter.
 */
async function aanmeldingenVoor(
  e: ExportRecord,
  scholen: Scholen,
): Promise<{ lijst: AanmeldingRecord[]; groepen: Awaited<ReturnType<typeof listGroepen>> }> {
  const db = getDb();
  if (e.soort === "terugtrekkers") {
    const lijst = await listTerugtrekkersBySchool(db, e.schoolId, e.schooljaar);
    return {
      lijst: lijst.sort((x, y) => (x.aangemeldOp ?? "").localeCompare(y.aangemeldOp ?? "")),
      groepen: [],
    };
  }
  const [alle, groepen] = await Promise.all([
    listAanmeldingenBySchool(db, e.schoolId, e.schooljaar),
    listGroepen(db, e.schoolId, e.schooljaar),
  ]);
  if (e.soort !== "aanmeldingen") return { lijst: alle.filter((a) => hoortInExport(e.soort, a)), groepen };
  if (e.selectie) {
    const gekozen = new Set(e.selectie);
    return { lijst: alle.filter((a) => gekozen.has(a.id)), groepen };
  }
  const actor: Actor = {
    gebruikerId: e.door.gebruikerId,
    gebruikersnaam: "",
    naam: e.door.naam,
    email: "",
    rollen: [],
    organisatieType: "vo",
    schoolId: e.schoolId,
    locatieNaam: e.schoolNaam,
  };
  const dossiers = await listOsoDossiers(db, e.schoolId, e.schooljaar);
  const rijen = overzichtRijen(actor, alle, scholen, groepen, getRegionConfig(), osoStanden(dossiers));
  return { lijst: filterOverzicht(rijen, e.filter ?? {}).map((r) => r.a), groepen };
}

/**
 * Build the export into the files bucket, reporting progress on its record as it goes: reading
 * (10 %), the pupils' data (up to 60 %), writing rows (up to 95 %), ready (100 %).
 */
export async function bouwExport(e: ExportRecord): Promise<void> {
  const db = getDb();
  await werkExportBij(db, e.id, { status: "bezig", voortgang: 5 });
  const alleScholen = await listAlleScholen(db);
  const scholen = new Map(alleScholen.map((s) => [s.id, s])) as Map<string, School> as Scholen;
  const { lijst, groepen } = await aanmeldingenVoor(e, scholen);
  await werkExportBij(db, e.id, { voortgang: 10, aantal: lijst.length });

  const [leerlingen, okidocs] = await Promise.all([
    getLeerlingenVanAanmeldingen(db, lijst),
    e.soort === "doorstroomtoets"
      ? getOkidocsVanLeerlingen(
          db,
          lijst.map((a) => a.leerlingId),
        )
      : Promise.resolve(new Map()),
  ]);
  await werkExportBij(db, e.id, { voortgang: 60 });

  const meerlingen =
    e.soort === "decentrale-loting"
      ? mogelijkeMeerlingen(
          [...leerlingen.values()].map((l) => ({
            elkNummer: l.elkNummer,
            achternaam: l.achternaam,
            geboortedatum: l.geboortedatum,
            postcode: l.adres.postcode,
            huisnummer: l.adres.huisnummer,
          })),
        )
      : new Map<string, string[]>();
  const sleutels = e.metBsn ? getBsnSleutels() : undefined;
  const bronnen = function* (): Generator<ExportBron> {
    for (const a of lijst) {
      const leerling = leerlingen.get(a.leerlingId);
      yield {
        a,
        leerling,
        okidoc: okidocs.get(a.leerlingId) as OkidocMetToets | undefined,
        bsn: sleutels && leerling ? ontsleutelBsn(leerling.bsnVersleuteld, sleutels) : undefined,
        meerlingMet: meerlingen.get(a.elkNummer),
      };
    }
  };
  const opmaak = OPMAAK[e.soort]({ scholen, groepen, metBsn: e.metBsn });
  const rijen = (function* () {
    for (const b of bronnen()) yield opmaak.rij(b);
  })();
  let laatste = 60;
  const bestand = await schrijfWerkboek(EXPORT_TITELS[e.soort], opmaak.kolommen, rijen, (n) => {
    const stand = 60 + Math.floor((35 * n) / Math.max(lijst.length, 1));
    if (stand >= laatste + 5) {
      laatste = stand;
      void werkExportBij(db, e.id, { voortgang: stand }).catch(() => undefined);
    }
  });
  const s3Key = exportSleutel(e);
  await getS3().send(
    new PutObjectCommand({
      Bucket: requireEnv("FILES_BUCKET"),
      Key: s3Key,
      Body: bestand,
      ContentType: XLSX,
    }),
  );
  await werkExportBij(db, e.id, {
    status: "klaar",
    voortgang: 100,
    s3Key,
    bestandsnaam: exportBestandsnaam(e.soort, e.schoolNaam, new Date(e.aangevraagdOp)),
    klaarOp: new Date().toISOString(),
  });
}
