import { randomUUID } from "node:crypto";
import type { ROUTES } from "@elk/contracts";
import { type AanmeldingRecord, getLeerling, getRegistratie, keys, meldBuitenleerlingAan } from "@elk/data";
import {
  AlInGebruikFout,
  controleerBsnOfOnderwijsnummer,
  controleerEigenSchoolEerst,
  controleerNieuweLeerling,
  controleerVoorkeurslijst,
  type Identificatie,
  LeerlingAlAangemeldFout,
  leerlingNaam,
  magViaOuderportaal,
  OngeldigeInvoerFout,
  vereis,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { getRegistry } from "../../config/registry";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import type { IngelogdVerzoek } from "../../middleware/router";
import { bekendeLeerling, hashVan, leerlingRecord } from "../leerlingen/nieuwe-leerling";
import { stuurOuderinlog } from "../leerlingen/ouderinlog";
import { mailVoorkeurslijst } from "./definitief";
import { vereisAanmeldperiode, voScholen, weergave } from "./gedeeld";

/** REG-04 before anything is typed: not registered anywhere (either region), and not known here. */
async function vereisVrij(identificatie: Identificatie, schooljaar: string): Promise<void> {
  const registratie = await getRegistratie(getRegistry(), hashVan(identificatie), schooljaar);
  if (registratie)
    throw new LeerlingAlAangemeldFout(registratie.leerlingNaam, registratie.school, registratie.telefoon);
  const bekend = await bekendeLeerling(identificatie, schooljaar);
  if (bekend) {
    throw new AlInGebruikFout(
      `Deze leerling is al bekend in ELK met ELK-nummer ${bekend.elkNummer}. Meld de leerling aan met dat nummer via 'Leerling aanmelden'.`,
      "BSN",
    );
  }
}

/** REG-09 "Controleren": ELK checks in the background that the pupil is not registered at another school. */
export async function buitenleerlingControleren(
  req: IngelogdVerzoek<typeof ROUTES.buitenleerlingControleren>,
) {
  vereis(req.actor, "leerlingen.aanmelden", getRegionConfig());
  await vereisAanmeldperiode(req.body.schooljaar, new Date());
  await vereisVrij(controleerBsnOfOnderwijsnummer(req.body.bsn), req.body.schooljaar);
  return {
    vrij: true as const,
    bericht:
      "Deze leerling is nog niet bekend in ELK en nergens aangemeld. Klik op Verder gaan om de gegevens in te vullen.",
  };
}

/**
 * REG-08 / REG-09: a VO school registers a buitenleerling: its data, the primary school outside
 * both Kernprocedures, the voorkeurslijst with the own school first. Its ELK-nummer starts with B;
 * it has no oki-doc. The parents receive the voorkeurslijst and their ouderinlog by e-mail.
 */
export async function buitenleerlingAanmelden(req: IngelogdVerzoek<typeof ROUTES.buitenleerlingAanmelden>) {
  const nu = new Date();
  const { actor } = req;
  vereis(actor, "leerlingen.aanmelden", getRegionConfig());
  // The input is judged only once the caller may do this (issue #10).
  const { body } = req;
  const kalender = await vereisAanmeldperiode(body.schooljaar, nu);
  const gecontroleerd = controleerNieuweLeerling(body, body.schooljaar);
  const advies = gecontroleerd.gegevens.advies;
  if (!advies)
    throw new OngeldigeInvoerFout("Vul het basisschooladvies in.", { advies: "Kies het basisschooladvies." });
  controleerEigenSchoolEerst(body.keuzes, actor.schoolId);
  const scholen = await voScholen();
  controleerVoorkeurslijst(advies, body.keuzes, scholen, body.eersteKeuze, true, getRegionConfig());
  await vereisVrij(gecontroleerd.identificatie, body.schooljaar);

  const basisschool = body.basisschool?.naam ? body.basisschool : undefined;
  const leerling = await leerlingRecord(gecontroleerd, body.schooljaar, { buitenleerling: { basisschool } });
  const eerste = scholen.get(body.keuzes[0]?.schoolId ?? "");
  const aanmelding: AanmeldingRecord = {
    id: randomUUID(),
    leerlingId: leerling.id,
    schooljaar: leerling.schooljaar,
    elkNummer: leerling.elkNummer,
    leerlingNaam: leerlingNaam(leerling),
    advies,
    keuzes: body.keuzes,
    eersteKeuze: body.eersteKeuze,
    status: "aangemeld",
    aangemeldOp: nu.toISOString(),
    via: "school",
    bsnHash: leerling.bsnHash,
  };
  await meldBuitenleerlingAan(
    getDb(),
    getRegistry(),
    leerling,
    aanmelding,
    {
      regio: getRegionConfig().id,
      aanmeldingId: aanmelding.id,
      leerlingNaam: aanmelding.leerlingNaam,
      school: eerste?.naam ?? "",
      telefoon: eerste?.telefoon ?? "",
      geregistreerdOp: nu.toISOString(),
    },
    [
      gebeurtenisDoor(actor, keys.leerling.item(leerling.id), "buitenleerling-aangemaakt", {}, nu),
      gebeurtenisDoor(
        actor,
        keys.aanmelding.item(aanmelding.id),
        "aangemeld",
        { via: "school", buitenleerling: true },
        nu,
      ),
    ],
  );
  await mailVoorkeurslijst(leerling, aanmelding, kalender, scholen, nu);
  const opgeslagen = await getLeerling(getDb(), leerling.id);
  // REG-01: a PrO pupil's parents do not use the ouderportaal.
  if (opgeslagen && magViaOuderportaal(advies)) await stuurOuderinlog(opgeslagen, actor, nu);
  return { ...weergave(aanmelding, scholen), elkNummer: leerling.elkNummer, leerlingId: leerling.id };
}
