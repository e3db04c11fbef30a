import type { AanleverpuntenLijst, AanleverpuntRegel, AanleverpuntUitkomst, ROUTES } from "@elk/contracts";
import {
  type AanleverpuntRecord,
  getAanleverpunt,
  getSchool,
  keys,
  listScholenByBestuur,
  type Opgeslagen,
  ontsleutel,
  slaAanleverpuntOp,
  versleutel,
  werkAanleverpuntBij,
} from "@elk/data";
import {
  type Actor,
  aanleverpuntMelding,
  GelijktijdigGewijzigdFout,
  NietGevondenFout,
  OngeldigeInvoerFout,
  type School,
  StatusConflictFout,
  sleutelEinde,
  sleutelWeergave,
  vereis,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { getAanleverpuntSleutel } from "../../config/oso";
import { gebeurtenisDoor } from "../../middleware/gebeurtenis";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";
import { getTrafficCenter } from "../../oso/traffic-center-client";

/**
 * OSO > Configureren (OSO-01, OSO-02): the contactpersoon ELK keeps the aanleverpunt of each
 * location of its bestuur — number and key from Mijn OSO, Opslaan, Registreer, Ping. The key goes
 * in encrypted and never comes back out; it is in no log and no history event.
 */

function regel(school: School, a: Opgeslagen<AanleverpuntRecord> | undefined): AanleverpuntRegel {
  const sleutel = sleutelWeergave(a?.sleutelEinde);
  return {
    schoolId: school.id,
    schoolNaam: school.naam,
    brin: school.brin,
    vestigingscode: school.vestigingscode,
    nummer: a?.nummer ?? 0,
    ...(sleutel ? { sleutel } : {}),
    geregistreerd: a?.geregistreerd ?? false,
    magOverdrachtAanvragen: a?.magOverdrachtAanvragen ?? false,
    ...(a?.geregistreerdOp ? { geregistreerdOp: a.geregistreerdOp } : {}),
    ...(a?.laatstePingOp ? { laatstePingOp: a.laatstePingOp } : {}),
    version: a?.version ?? 0,
  };
}

/** A location of the actor's own bestuur; any other is "not found" (nothing about it is revealed). */
async function eigenLocatie(actor: Actor, schoolId: string | undefined): Promise<School> {
  const config = getRegionConfig();
  vereis(actor, "oso.configureren", config);
  const school = await getSchool(getDb(), schoolId ?? "");
  if (!school || school.bestuurId !== actor.bestuurId) throw new NietGevondenFout("De schoollocatie");
  vereis(actor, "oso.configureren", config, { bestuurId: school.bestuurId });
  return school;
}

export async function osoAanleverpunten(
  req: IngelogdVerzoek<typeof ROUTES.osoAanleverpunten>,
): Promise<AanleverpuntenLijst> {
  vereis(req.actor, "oso.configureren", getRegionConfig());
  const db = getDb();
  const scholen = await listScholenByBestuur(db, req.actor.bestuurId ?? "");
  const punten = await Promise.all(scholen.map((s) => getAanleverpunt(db, s.id)));
  return { items: scholen.map((s, i) => regel(s, punten[i])) };
}

/** "OSO opslaan": the number and (when typed) a new key; whatever was registered must be registered again. */
export async function osoAanleverpuntOpslaan(
  req: IngelogdVerzoek<typeof ROUTES.osoAanleverpuntOpslaan>,
): Promise<AanleverpuntRegel> {
  const school = await eigenLocatie(req.actor, req.params.schoolId);
  const db = getDb();
  const sleutel = req.body.sleutel ? req.body.sleutel : undefined;
  const nu = new Date();
  try {
    await slaAanleverpuntOp(
      db,
      {
        schoolId: school.id,
        version: req.body.version,
        nummer: req.body.nummer,
        ...(sleutel
          ? {
              sleutel: {
                versleuteld: versleutel(sleutel, getAanleverpuntSleutel()),
                einde: sleutelEinde(sleutel),
              },
            }
          : {}),
        door: req.actor.naam,
        op: nu.toISOString(),
      },
      gebeurtenisDoor(
        req.actor,
        keys.osoAanleverpunt.item(school.id),
        "aanleverpunt-opgeslagen",
        { nummer: req.body.nummer, sleutelGewijzigd: sleutel !== undefined },
        nu,
      ),
    );
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) {
      throw new StatusConflictFout(
        "Het aanleverpunt is intussen door iemand anders gewijzigd. Vernieuw de pagina en probeer het opnieuw.",
      );
    }
    throw error;
  }
  logger.info("oso aanleverpunt saved", { schoolId: school.id, sleutelGewijzigd: sleutel !== undefined });
  return regel(school, await getAanleverpunt(db, school.id));
}

function ingevuld(
  school: School,
  a: Opgeslagen<AanleverpuntRecord> | undefined,
): {
  a: Opgeslagen<AanleverpuntRecord>;
  sleutel: string;
} {
  if (!a || a.nummer < 1 || !a.sleutelVersleuteld) {
    throw new OngeldigeInvoerFout(
      `Vul voor ${school.naam} eerst het aanleverpuntnummer en de aanleverpuntsleutel uit Mijn OSO in en klik op Opslaan.`,
      { nummer: "Vul het aanleverpuntnummer uit Mijn OSO in." },
    );
  }
  return { a, sleutel: ontsleutel(a.sleutelVersleuteld, getAanleverpuntSleutel()) };
}

/** "Registreer": the Traffic Center checks number, key and BRIN + vestigingscode (OSO-01). */
export async function osoAanleverpuntRegistreren(
  req: IngelogdVerzoek<typeof ROUTES.osoAanleverpuntRegistreren>,
): Promise<AanleverpuntUitkomst> {
  const school = await eigenLocatie(req.actor, req.params.schoolId);
  const db = getDb();
  const { a, sleutel } = ingevuld(school, await getAanleverpunt(db, school.id));
  const uitkomst = await getTrafficCenter().registreer({
    nummer: a.nummer,
    sleutel,
    brin: school.brin,
    vestigingscode: school.vestigingscode,
  });
  const nu = new Date();
  const van = keys.osoAanleverpunt.item(school.id);
  if (!uitkomst.ok) {
    await werkAanleverpuntBij(
      db,
      school.id,
      { geregistreerd: false, magOverdrachtAanvragen: false },
      gebeurtenisDoor(req.actor, van, "aanleverpunt-registratie-mislukt", { fout: uitkomst.fout }, nu),
    );
    logger.info("oso registration refused", { schoolId: school.id, fout: uitkomst.fout });
    const velden: Record<string, string> =
      uitkomst.fout === "sleutel"
        ? { sleutel: "Deze sleutel hoort niet bij het aanleverpuntnummer." }
        : uitkomst.fout === "nummer"
          ? { nummer: "Dit aanleverpuntnummer is bij OSO niet bekend." }
          : {};
    throw new OngeldigeInvoerFout(aanleverpuntMelding(uitkomst.fout, "registratie"), velden);
  }
  await werkAanleverpuntBij(
    db,
    school.id,
    {
      geregistreerd: true,
      magOverdrachtAanvragen: uitkomst.magOverdrachtAanvragen,
      geregistreerdOp: nu.toISOString(),
      cursor: "",
    },
    gebeurtenisDoor(req.actor, van, "aanleverpunt-geregistreerd", { nummer: a.nummer }, nu),
  );
  logger.info("oso aanleverpunt registered", { schoolId: school.id });
  return {
    aanleverpunt: regel(school, await getAanleverpunt(db, school.id)),
    melding: `De registratie van het aanleverpunt van ${school.naam} is geslaagd. De vinkjes OSO en Mag overdr. aanvragen zijn aangezet.`,
  };
}

/** "Ping": does the Traffic Center know the registered aanleverpunt? */
export async function osoAanleverpuntPing(
  req: IngelogdVerzoek<typeof ROUTES.osoAanleverpuntPing>,
): Promise<AanleverpuntUitkomst> {
  const school = await eigenLocatie(req.actor, req.params.schoolId);
  const db = getDb();
  const { a, sleutel } = ingevuld(school, await getAanleverpunt(db, school.id));
  if (!a.geregistreerd) {
    throw new StatusConflictFout(
      `Registreer eerst het aanleverpunt van ${school.naam}; daarna kunt u het pingen.`,
    );
  }
  const uitkomst = await getTrafficCenter().ping({ nummer: a.nummer, sleutel });
  if (!uitkomst.ok) throw new StatusConflictFout(aanleverpuntMelding(uitkomst.fout, "ping"));
  await werkAanleverpuntBij(db, school.id, { laatstePingOp: uitkomst.tijdstip });
  return {
    aanleverpunt: regel(school, await getAanleverpunt(db, school.id)),
    melding: `Ping geslaagd: het OSO Traffic Center kent het aanleverpunt van ${school.naam}.`,
  };
}
