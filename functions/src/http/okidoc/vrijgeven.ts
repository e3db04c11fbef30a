import { randomUUID } from "node:crypto";
import type { PoOkidoc, ROUTES } from "@elk/contracts";
import { contactpersonenVanAanmelding, geefOkidocVrij, getOkidoc, keys, notificatieItems } from "@elk/data";
import {
  behandelendeSchool,
  GelijktijdigGewijzigdFout,
  leerlingNaam,
  okidocAangevuldBericht,
  okidocVrijgeven,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";
import { eigenLeerling, lopendeAanmelding, poWeergave } from "./gedeeld";

/**
 * PO-01 / TRT-03: release a complete oki-doc; from then on it is read-only. In the same
 * transaction the running registration shows the new state, both histories record it, and —
 * when it answers a VO school's question — the contact persons of the pupil's groups at that
 * school are notified.
 */
export async function poOkidocVrijgeven(
  req: IngelogdVerzoek<typeof ROUTES.poOkidocVrijgeven>,
): Promise<PoOkidoc> {
  const db = getDb();
  const { actor } = req;
  const leerling = await eigenLeerling(db, actor, req.params.leerlingId);
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const vorige = await getOkidoc(db, leerling.id);
  // Nothing saved yet: the rules say what is missing.
  const status = okidocVrijgeven(vorige?.status ?? "concept", vorige?.velden ?? {}, leerling.advies);
  if (!vorige || vorige.version !== body.version) throw new GelijktijdigGewijzigdFout();

  const nu = new Date();
  const op = nu.toISOString();
  const naam = leerlingNaam(leerling);
  const aanmelding = await lopendeAanmelding(db, leerling.id);
  const soort = status === "aangevuld" ? "okidoc-aangevuld" : "okidoc-vrijgegeven";
  const handelend = aanmelding ? behandelendeSchool(aanmelding) : undefined;
  const ontvangers =
    aanmelding && handelend && status === "aangevuld"
      ? await contactpersonenVanAanmelding(db, handelend, aanmelding.id)
      : [];

  await geefOkidocVrij(db, {
    vorige,
    status,
    vrijgegevenOp: op,
    ...(aanmelding
      ? { aanmelding: { aanmeldingId: aanmelding.id, version: aanmelding.version, okidoc: status } }
      : {}),
    gebeurtenissen: [
      gebeurtenisDoor(actor, keys.leerling.item(leerling.id), soort, {}, nu),
      ...(aanmelding ? [gebeurtenisDoor(actor, keys.aanmelding.item(aanmelding.id), soort, {}, nu)] : []),
    ],
    notificaties: aanmelding
      ? notificatieItems(ontvangers, {
          id: randomUUID(),
          op,
          soort: "okidoc-aangevuld",
          tekst: okidocAangevuldBericht(naam),
          leerlingId: leerling.id,
          aanmeldingId: aanmelding.id,
          leerlingNaam: naam,
          elkNummer: leerling.elkNummer,
        })
      : [],
  });
  logger.info("okidoc vrijgegeven", {
    status,
    aanmelding: aanmelding !== undefined,
    meldingen: ontvangers.length,
  });
  return poWeergave(db, leerling);
}
