import { randomUUID } from "node:crypto";
import { PutObjectCommand } from "@aws-sdk/client-s3";
import type { ROUTES } from "@elk/contracts";
import { keys, listDocumenten, registreerDocument } from "@elk/data";
import { bestandToegang, controleerDocument, DOCUMENT_TYPEN, vereisInhoudPastBijType } from "@elk/domain";
import { getDb } from "../../config/db";
import { requireEnv } from "../../config/env";
import { getS3 } from "../../config/s3";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { kindVanOuder } from "./gedeeld";

/**
 * REG-11: the parents of a buitenleerling see what they sent, and an upload button; each
 * document with the malware scan's state (issue #10) — the parents uploaded it.
 */
export async function documenten(req: IngelogdVerzoek<typeof ROUTES.documenten>) {
  const leerling = await kindVanOuder(req.actor, req.params.leerlingId);
  const lijst = await listDocumenten(getDb(), leerling.id);
  return {
    items: lijst.map(({ id, bestandsnaam, contentType, grootte, geuploadOp, scan }) => {
      const { melding } = bestandToegang(scan, "uploader");
      return {
        id,
        bestandsnaam,
        contentType,
        grootte,
        geuploadOp,
        scan: scan ?? "bezig",
        ...(melding ? { melding } : {}),
      };
    }),
    magUploaden: leerling.buitenleerling !== undefined,
  };
}

/** REG-11: the file goes to the private, encrypted files bucket; its record and history to the table. */
export async function documentUploaden(req: IngelogdVerzoek<typeof ROUTES.documentUploaden>) {
  const leerling = await kindVanOuder(req.actor, req.params.leerlingId);
  const inhoud = Buffer.from(req.body.inhoud, "base64");
  controleerDocument(leerling, {
    bestandsnaam: req.body.bestandsnaam,
    contentType: req.body.contentType,
    grootte: inhoud.length,
  });
  vereisInhoudPastBijType(
    req.body.contentType,
    inhoud,
    DOCUMENT_TYPEN[req.body.contentType] ?? "PDF, JPG of PNG",
  );
  const nu = new Date();
  const id = randomUUID();
  const s3Key = `documenten/${leerling.schooljaar}/${leerling.id}/${id}`;
  await getS3().send(
    new PutObjectCommand({
      Bucket: requireEnv("FILES_BUCKET"),
      Key: s3Key,
      Body: inhoud,
      ContentType: req.body.contentType,
      Metadata: { leerling: leerling.id },
    }),
  );
  const document = {
    id,
    leerlingId: leerling.id,
    bestandsnaam: req.body.bestandsnaam,
    contentType: req.body.contentType,
    grootte: inhoud.length,
    s3Key,
    geuploadOp: nu.toISOString(),
    // Issue #10: nobody but the parents has it until the malware scan found it clean.
    scan: "bezig" as const,
  };
  await registreerDocument(
    getDb(),
    document,
    gebeurtenisDoor(
      req.actor,
      keys.leerling.item(leerling.id),
      "document-ontvangen",
      { bestandsnaam: document.bestandsnaam },
      nu,
    ),
  );
  return {
    id,
    bestandsnaam: document.bestandsnaam,
    contentType: document.contentType,
    grootte: document.grootte,
    geuploadOp: document.geuploadOp,
    scan: document.scan,
    melding: bestandToegang(document.scan, "uploader").melding,
  };
}
