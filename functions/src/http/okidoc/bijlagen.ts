import type { OkidocBijlageRegel, ROUTES } from "@elk/contracts";
import {
  getOkidoc,
  getOkidocBijlage,
  keys,
  listOkidocBijlagenVanUploader,
  verwijderOkidocBijlage,
  voegOkidocBijlageToe,
} from "@elk/data";
import {
  bestandToegang,
  controleerOkidocBijlage,
  NietGevondenFout,
  vereisOkidocBewerkbaar,
} from "@elk/domain";
import { bewaarBijlage, verwijderBestand } from "../../bestanden/bijlage";
import { getDb } from "../../config/db";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { eigenLeerling, okidocS3 } from "./gedeeld";

/**
 * PO-01: attach a file to the oki-doc while it can be edited. The file goes to the private,
 * encrypted files bucket first; only then its record, so a listed bijlage always has its file.
 * It is stored as `bezig`: no VO school has it until the malware scan found it clean (issue #10).
 */
export async function poOkidocBijlageToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.poOkidocBijlageToevoegen>,
): Promise<OkidocBijlageRegel> {
  const db = getDb();
  const { actor } = req;
  const leerling = await eigenLeerling(db, actor, req.params.leerlingId);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const [okidoc, bestaand] = await Promise.all([
    getOkidoc(db, leerling.id),
    listOkidocBijlagenVanUploader(db, leerling.id),
  ]);
  vereisOkidocBewerkbaar(okidoc?.status ?? "concept");
  const nu = new Date();
  return bewaarBijlage({
    upload: body,
    controleer: (bestand) => controleerOkidocBijlage(bestand, bestaand.length),
    s3Key: (id) => okidocS3.bijlage(leerling.schooljaar, leerling.id, id),
    metadata: { leerling: leerling.id },
    schrijf: async (bestand) => {
      const bijlage = { ...bestand, leerlingId: leerling.id, toegevoegdOp: nu.toISOString() };
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
          { bestandsnaam: bijlage.bestandsnaam },
          nu,
        ),
      );
      const { id, bestandsnaam, contentType, grootte, toegevoegdOp, scan } = bijlage;
      const { melding } = bestandToegang(scan, "uploader");
      return { id, bestandsnaam, contentType, grootte, toegevoegdOp, scan, ...(melding ? { melding } : {}) };
    },
  });
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
