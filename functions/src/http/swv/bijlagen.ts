import type { ROUTES, SwvAanvraagDetail, SwvBijlageLink } from "@elk/contracts";
import {
  getSwvBijlage,
  keys,
  listSwvBijlagen,
  registreerSwvInzage,
  type SwvBijlage,
  verwijderSwvBijlage,
  voegSwvBijlageToe,
} from "@elk/data";
import {
  BEZIG_MELDING,
  bestandToegang,
  controleerSwvActie,
  controleerSwvBijlage,
  NietGevondenFout,
  StatusConflictFout,
} from "@elk/domain";
import { bewaarBijlage, verwijderBestand } from "../../bestanden/bijlage";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { downloadLink } from "../okidoc/gedeeld";
import { door, eigenAanvraag, swvS3, weergave } from "./gedeeld";

/**
 * A bijlage to a concept, as the oki-doc takes them: the file goes to the private, encrypted files
 * bucket first, then its record — so a listed bijlage always has its file.
 */
export async function swvBijlageToevoegen(
  req: IngelogdVerzoek<typeof ROUTES.swvBijlageToevoegen>,
): Promise<SwvAanvraagDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const vorige = await eigenAanvraag(db, actor, config, req.params.aanvraagId);
  controleerSwvActie(actor, config, "bijlage-toevoegen", vorige);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const bestaand = await listSwvBijlagen(db, vorige.id);
  const nu = new Date();
  const bijlage = await bewaarBijlage({
    upload: body,
    controleer: (bestand) => controleerSwvBijlage(bestand, bestaand.length),
    s3Key: (id) => swvS3.bijlage(vorige.schooljaar, vorige.id, id),
    metadata: { aanvraag: vorige.id },
    schrijf: async (bestand) => {
      const nieuw: SwvBijlage = {
        ...bestand,
        aanvraagId: vorige.id,
        toegevoegdOp: nu.toISOString(),
        toegevoegdDoor: door(actor),
      };
      await voegSwvBijlageToe(
        db,
        nieuw,
        vorige,
        gebeurtenisDoor(
          actor,
          keys.swvAanvraag.item(vorige.id),
          "bijlage-toegevoegd",
          { bestandsnaam: nieuw.bestandsnaam },
          nu,
        ),
      );
      return nieuw;
    },
  });
  return weergave(db, actor, config, {
    ...vorige,
    gewijzigdOp: bijlage.toegevoegdOp,
    version: vorige.version + 1,
  });
}

/** Remove a bijlage of a concept; its file goes with it. */
export async function swvBijlageVerwijderen(
  req: IngelogdVerzoek<typeof ROUTES.swvBijlageVerwijderen>,
): Promise<SwvAanvraagDetail> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const vorige = await eigenAanvraag(db, actor, config, req.params.aanvraagId);
  controleerSwvActie(actor, config, "bijlage-verwijderen", vorige);
  const bijlage = await getSwvBijlage(db, vorige.id, req.params.bijlageId ?? "");
  if (!bijlage) throw new NietGevondenFout("De bijlage");
  const nu = new Date();
  await verwijderSwvBijlage(
    db,
    bijlage,
    vorige,
    nu.toISOString(),
    gebeurtenisDoor(
      actor,
      keys.swvAanvraag.item(vorige.id),
      "bijlage-verwijderd",
      { bestandsnaam: bijlage.bestandsnaam },
      nu,
    ),
  );
  await verwijderBestand(bijlage.s3Key);
  return weergave(db, actor, config, {
    ...vorige,
    gewijzigdOp: nu.toISOString(),
    version: vorige.version + 1,
  });
}

/**
 * A bijlage through a link that works for five minutes, for both roles in every state: the
 * approver reads what it approves. Every download is recorded in the request's history (audit).
 */
export async function swvBijlage(req: IngelogdVerzoek<typeof ROUTES.swvBijlage>): Promise<SwvBijlageLink> {
  const config = getRegionConfig();
  const db = getDb();
  const { actor } = req;
  const aanvraag = await eigenAanvraag(db, actor, config, req.params.aanvraagId);
  controleerSwvActie(actor, config, "inzien", aanvraag);
  const bijlage = await getSwvBijlage(db, aanvraag.id, req.params.bijlageId ?? "");
  if (!bijlage) throw new NietGevondenFout("De bijlage");
  // Issue #10: nobody downloads a file before the malware scan found it clean; an unsafe one is gone.
  const toegang = bestandToegang(bijlage.scan, "ander");
  if (!toegang.vermelden) throw new NietGevondenFout("De bijlage");
  if (!toegang.downloaden) throw new StatusConflictFout(toegang.melding ?? BEZIG_MELDING);
  await registreerSwvInzage(
    db,
    gebeurtenisDoor(actor, keys.swvAanvraag.item(aanvraag.id), "bijlage-gedownload", {
      bijlageId: bijlage.id,
      bestandsnaam: bijlage.bestandsnaam,
    }),
  );
  return {
    url: await downloadLink(bijlage.s3Key, bijlage.bestandsnaam, bijlage.contentType),
    bestandsnaam: bijlage.bestandsnaam,
  };
}
