import { randomUUID } from "node:crypto";
import { DeleteObjectCommand, PutObjectCommand } from "@aws-sdk/client-s3";
import type { OkidocBijlageRegel, ROUTES } from "@elk/contracts";
import {
  getOkidoc,
  getOkidocBijlage,
  keys,
  listOkidocBijlagen,
  verwijderOkidocBijlage,
  voegOkidocBijlageToe,
} from "@elk/data";
import { controleerOkidocBijlage, NietGevondenFout, vereisOkidocBewerkbaar } from "@elk/domain";
import { getDb, getS3 } from "../../config/clients";
import { requireEnv } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";
import { eigenLeerling, okidocS3 } from "./gedeeld";

/**
 * PO-01: attach a file to the oki-doc while it can be edited. The file goes to the private,
 * encrypted files bucket first; only then its record, so a listed bijlage always has its file.
 */
export async function poOkidocBijlageToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.poOkidocBijlageToevoegen>,
): Promise<OkidocBijlageRegel> {
  const db = getDb();
  const { actor, body } = req;
  const leerling = await eigenLeerling(db, actor, req.params.leerlingId);
  const [okidoc, bestaand] = await Promise.all([
    getOkidoc(db, leerling.id),
    listOkidocBijlagen(db, leerling.id),
  ]);
  vereisOkidocBewerkbaar(okidoc?.status ?? "concept");
  const inhoud = Buffer.from(body.inhoud, "base64");
  const { bestandsnaam, contentType } = controleerOkidocBijlage(
    { bestandsnaam: body.bestandsnaam, contentType: body.contentType, grootte: inhoud.length },
    bestaand.length,
  );
  const nu = new Date();
  const id = randomUUID();
  const s3Key = okidocS3.bijlage(leerling.schooljaar, leerling.id, id);
  await getS3().send(
    new PutObjectCommand({
      Bucket: requireEnv("FILES_BUCKET"),
      Key: s3Key,
      Body: inhoud,
      ContentType: contentType,
      Metadata: { leerling: leerling.id },
    }),
  );
  const bijlage = {
    id,
    leerlingId: leerling.id,
    bestandsnaam,
    contentType,
    grootte: inhoud.length,
    s3Key,
    toegevoegdOp: nu.toISOString(),
  };
  await voegOkidocBijlageToe(
    db,
    bijlage,
    okidoc
      ? undefined
      : {
          leerlingId: leerling.id,
          schooljaar: leerling.schooljaar,
          poSchoolId: leerling.poSchoolId ?? "",
          status: "concept",
          velden: {},
          gewijzigdOp: bijlage.toegevoegdOp,
        },
    gebeurtenisDoor(
      actor,
      keys.leerling.item(leerling.id),
      "okidoc-bijlage-toegevoegd",
      { bestandsnaam },
      nu,
    ),
  ).catch(async (error: unknown) => {
    await verwijderBestand(s3Key);
    throw error;
  });
  return { id, bestandsnaam, contentType, grootte: bijlage.grootte, toegevoegdOp: bijlage.toegevoegdOp };
}

/** PO-01: remove a bijlage while the oki-doc can be edited; its file goes with it. */
export async function poOkidocBijlageVerwijderen(
  req: IngelogdVerzoek<typeof ROUTES.poOkidocBijlageVerwijderen>,
): Promise<{ verwijderd: true }> {
  const db = getDb();
  const { actor } = req;
  const leerling = await eigenLeerling(db, actor, req.params.leerlingId);
  const [okidoc, bijlage] = await Promise.all([
    getOkidoc(db, leerling.id),
    getOkidocBijlage(db, leerling.id, req.params.bijlageId ?? ""),
  ]);
  if (!okidoc || !bijlage) throw new NietGevondenFout("De bijlage");
  vereisOkidocBewerkbaar(okidoc.status);
  const nu = new Date();
  await verwijderOkidocBijlage(
    db,
    bijlage,
    nu.toISOString(),
    gebeurtenisDoor(
      actor,
      keys.leerling.item(leerling.id),
      "okidoc-bijlage-verwijderd",
      { bestandsnaam: bijlage.bestandsnaam },
      nu,
    ),
  );
  await verwijderBestand(bijlage.s3Key);
  return { verwijderd: true };
}

/** A file no record points to any more; should deleting fail, the file stays unreachable. */
async function verwijderBestand(s3Key: string): Promise<void> {
  try {
    await getS3().send(new DeleteObjectCommand({ Bucket: requireEnv("FILES_BUCKET"), Key: s3Key }));
  } catch (error) {
    logger.warn("bijlage file not deleted", { error: error instanceof Error ? error.name : "onbekend" });
  }
}
