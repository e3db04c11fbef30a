import type { OsoDossierRegel, OsoKlaarzettenUitkomst, OsoOverdrachten, ROUTES } from "@elk/contracts";
import {
  getAanleverpunt,
  getAanmelding,
  getLeerling,
  getOsoDossier,
  getSchool,
  listOsoDossiers,
  type OsoDossierRecord,
  vraagOsoDossierAan,
  werkOsoDossierBij,
} from "@elk/data";
import {
  type Actor,
  behandelendeSchool,
  GeenToegangFout,
  NietGevondenFout,
  osoDossierReden,
  StatusConflictFout,
  standaardSchooljaar,
  TijdelijkeStoringFout,
  vereis,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { getRegionConfig } from "../../config/env";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";
import { osoVerzender, stuurOsoBerichten } from "../../oso/wachtrij";

/**
 * OSO-03 / OSO-04 / OSO-05: "Dossiers klaarzetten" from the overview's Bulkacties, and OSO >
 * Overdrachten, the school's transfers. Only the user's own school's pupils; any other id is
 * treated as unknown.
 */

function eigenSchool(actor: Actor, actie: "oso.klaarzetten" | "oso.monitoren"): string {
  const schoolId = actor.schoolId;
  vereis(actor, actie, getRegionConfig(), { schoolId });
  if (!schoolId || actor.organisatieType !== "vo") throw new GeenToegangFout();
  return schoolId;
}

/** The school year asked, or the one the app opens on (as the overview does). */
function schooljaarVan(gevraagd: string | undefined): string {
  const config = getRegionConfig();
  const schooljaar = gevraagd ?? standaardSchooljaar(config, new Date());
  if (!config.kalender.schooljaren.includes(schooljaar)) throw new NietGevondenFout("Het schooljaar");
  return schooljaar;
}

export function dossierRegel(d: OsoDossierRecord): OsoDossierRegel {
  return {
    aanmeldingId: d.aanmeldingId,
    elkNummer: d.elkNummer,
    leerlingNaam: d.leerlingNaam,
    status: d.status,
    versie: d.versie,
    aangevraagdOp: d.aangevraagdOp,
    aangevraagdDoor: d.aangevraagdDoor,
    ...(d.klaarOp ? { klaarOp: d.klaarOp } : {}),
    ...(d.opgehaaldOp ? { opgehaaldOp: d.opgehaaldOp } : {}),
    ...(d.opgehaaldVersie !== undefined ? { opgehaaldVersie: d.opgehaaldVersie } : {}),
    ...(d.fout ? { fout: d.fout } : {}),
  };
}

async function vereisAanleverpunt(schoolId: string): Promise<void> {
  const a = await getAanleverpunt(getDb(), schoolId);
  if (!a?.geregistreerd || !a.magOverdrachtAanvragen) {
    throw new StatusConflictFout(
      "Het aanleverpunt van uw school is nog niet geregistreerd bij OSO of mag geen overdrachten aanvragen. Vraag de contactpersoon ELK van uw bestuur om het te registreren bij OSO > Configureren.",
    );
  }
}

const WACHTRIJ_FOUT = "Het dossier kon niet in de wachtrij worden gezet. Klik op Opnieuw proberen.";

/** Dossiers whose message did not get on the queue show as failed in OSO > Overdrachten (Opnieuw proberen). */
async function markeerNietInWachtrij(aanmeldingIds: readonly string[]): Promise<void> {
  const nu = new Date().toISOString();
  await metBeperking(aanmeldingIds, OSO_GELIJKTIJDIG, (id) =>
    werkOsoDossierBij(getDb(), id, { status: "fout", fout: WACHTRIJ_FOUT, gewijzigdOp: nu }).catch(
      () => undefined,
    ),
  );
}

/**
 * The dossiers asked for go on the OSO queue; should that fail, none is left "in wachtrij" without a
 * message: each shows as failed in OSO > Overdrachten (Opnieuw proberen), and the request is a 5xx.
 */
async function stuurOfMarkeer(aanmeldingIds: readonly string[]): Promise<void> {
  try {
    await stuurOsoBerichten(aanmeldingIds);
  } catch (error) {
    await markeerNietInWachtrij(aanmeldingIds);
    logger.error("oso dossiers not queued", {
      aantal: aanmeldingIds.length,
      error: error instanceof Error ? error.name : "unknown",
    });
    throw nietInWachtrij(aanmeldingIds.length);
  }
}

/** The 503 of dossiers that did not get on the queue: what stands, and what to do. */
function nietInWachtrij(aantal: number): TijdelijkeStoringFout {
  const wat = aantal === 1 ? "1 dossier kon" : `${aantal} dossiers konden`;
  return new TijdelijkeStoringFout(
    `${wat} door een storing niet in de wachtrij worden gezet. In OSO > Overdrachten staan ze als mislukt; kies daar over een minuut Opnieuw proberen.`,
  );
}

/** How many selected pupils `osoKlaarzetten` looks up and sets ready at the same time (issue #11). */
export const OSO_GELIJKTIJDIG = 16;

/**
 * `werk` for every item, at most `max` at a time; the results in the items' order. After a
 * failure no new item starts, the ones under way finish, then the first error is thrown.
 */
export async function metBeperking<T, R>(
  items: readonly T[],
  max: number,
  werk: (item: T) => Promise<R>,
): Promise<R[]> {
  const uit = new Array<R>(items.length);
  let volgende = 0;
  let fout: { error: unknown } | undefined;
  const draad = async (): Promise<void> => {
    while (!fout && volgende < items.length) {
      const i = volgende++;
      try {
        uit[i] = await werk(items[i] as T);
      } catch (error) {
        fout ??= { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(Math.max(1, max), items.length) }, draad));
  if (fout) throw fout.error;
  return uit;
}

type Uitkomst = { klaar: string } | { nietMogelijk: OsoKlaarzettenUitkomst["nietMogelijk"][number] };

/**
 * OSO-03: the selected placed pupils get a dossier, built by the OSO worker; OSO-04: the others are
 * named with the reason. Issue #11: up to 2,000 pupils under the HTTP Lambdas' 10 s, so the pupils
 * are handled OSO_GELIJKTIJDIG at a time (each PO school read once), and every ten dossiers set
 * ready go on the queue at once in one SendMessageBatch (osoVerzender) — each exactly once. A
 * dossier whose message did not get on the queue is marked failed, and the request is a 5xx.
 */
export async function osoKlaarzetten(
  req: IngelogdVerzoek<typeof ROUTES.osoKlaarzetten>,
): Promise<OsoKlaarzettenUitkomst> {
  const schoolId = eigenSchool(req.actor, "oso.klaarzetten");
  const schooljaar = schooljaarVan(req.body.schooljaar);
  await vereisAanleverpunt(schoolId);
  const db = getDb();
  const ids = [...new Set(req.body.aanmeldingIds)];
  const nu = new Date().toISOString();
  const poScholen = new Map<string, ReturnType<typeof getSchool>>();
  const poSchool = (id: string) => {
    let school = poScholen.get(id);
    if (!school) {
      school = getSchool(db, id);
      poScholen.set(id, school);
    }
    return school;
  };
  const verzender = osoVerzender();
  const zetKlaar = async (id: string): Promise<Uitkomst> => {
    const a = await getAanmelding(db, id);
    if (!a || a.schooljaar !== schooljaar || behandelendeSchool(a) !== schoolId) {
      return {
        nietMogelijk: {
          aanmeldingId: id,
          elkNummer: "",
          naam: "",
          reden: "Deze leerling staat niet in uw overzicht.",
        },
      };
    }
    const leerling = await getLeerling(db, a.leerlingId);
    const po = leerling?.poSchoolId ? await poSchool(leerling.poSchoolId) : undefined;
    const reden = osoDossierReden({
      heeftBasisschoolInElk: po !== undefined,
      basisschoolParticulier: po?.particulier ?? false,
      status: a.status,
    });
    if (!reden.mogelijk) {
      return {
        nietMogelijk: { aanmeldingId: id, elkNummer: a.elkNummer, naam: a.leerlingNaam, reden: reden.reden },
      };
    }
    await vraagOsoDossierAan(
      db,
      {
        aanmeldingId: a.id,
        leerlingId: a.leerlingId,
        schoolId,
        schooljaar,
        elkNummer: a.elkNummer,
        leerlingNaam: a.leerlingNaam,
        aangevraagdDoor: req.actor.naam,
      },
      nu,
    );
    verzender.voegToe(a.id);
    return { klaar: a.id };
  };
  const gedaan = await metBeperking(ids, OSO_GELIJKTIJDIG, zetKlaar).then(
    (uitkomsten) => ({ uitkomsten }),
    (error: unknown) => ({ error }),
  );
  // Also after a failure: the dossiers already set "in wachtrij" get their message, or are marked.
  const { mislukt } = await verzender.sluit();
  if (mislukt.length > 0) await markeerNietInWachtrij(mislukt);
  if ("error" in gedaan) throw gedaan.error;
  if (mislukt.length > 0) throw nietInWachtrij(mislukt.length);
  const { uitkomsten } = gedaan;
  const klaar = uitkomsten.flatMap((u) => ("klaar" in u ? [u.klaar] : []));
  const nietMogelijk = uitkomsten.flatMap((u) => ("nietMogelijk" in u ? [u.nietMogelijk] : []));
  logger.info("oso dossiers requested", {
    schoolId,
    aantal: klaar.length,
    nietMogelijk: nietMogelijk.length,
  });
  const delen = [
    klaar.length === 0
      ? "Er is geen OSO-dossier klaargezet."
      : klaar.length === 1
        ? "ELK zet 1 OSO-dossier klaar. In de kolom OSO komt een blauw bolletje zodra het klaarstaat."
        : `ELK zet ${klaar.length} OSO-dossiers klaar. In de kolom OSO komt een blauw bolletje zodra een dossier klaarstaat.`,
    ...(nietMogelijk.length > 0
      ? [
          nietMogelijk.length === 1
            ? "Voor 1 leerling kan geen OSO-dossier worden klaargezet (zie hieronder)."
            : `Voor ${nietMogelijk.length} leerlingen kan geen OSO-dossier worden klaargezet (zie hieronder).`,
        ]
      : []),
  ];
  return { klaargezet: klaar.length, nietMogelijk, melding: delen.join(" ") };
}

/** OSO-05: the school's transfers, most recently changed first. */
export async function osoOverdrachten(
  req: IngelogdVerzoek<typeof ROUTES.osoOverdrachten>,
): Promise<OsoOverdrachten> {
  const schoolId = eigenSchool(req.actor, "oso.monitoren");
  const schooljaar = schooljaarVan(req.query.schooljaar);
  const db = getDb();
  const [dossiers, aanleverpunt, school] = await Promise.all([
    listOsoDossiers(db, schoolId, schooljaar),
    getAanleverpunt(db, schoolId),
    getSchool(db, schoolId),
  ]);
  return {
    schooljaar,
    schoolNaam: school?.naam ?? "",
    aanleverpunt: {
      geregistreerd: aanleverpunt?.geregistreerd ?? false,
      magOverdrachtAanvragen: aanleverpunt?.magOverdrachtAanvragen ?? false,
    },
    items: dossiers.sort((a, b) => b.gewijzigdOp.localeCompare(a.gewijzigdOp)).map(dossierRegel),
  };
}

/** OSO-05 "Opnieuw proberen": a dossier of the own school is built again. */
export async function osoOpnieuw(req: IngelogdVerzoek<typeof ROUTES.osoOpnieuw>): Promise<OsoDossierRegel> {
  const schoolId = eigenSchool(req.actor, "oso.monitoren");
  const db = getDb();
  const d = await getOsoDossier(db, req.params.aanmeldingId ?? "");
  if (!d || d.schoolId !== schoolId) throw new NietGevondenFout("Het OSO-dossier");
  await vereisAanleverpunt(schoolId);
  await vraagOsoDossierAan(db, { ...d, aangevraagdDoor: req.actor.naam }, new Date().toISOString());
  await stuurOfMarkeer([d.aanmeldingId]);
  const nieuw = await getOsoDossier(db, d.aanmeldingId);
  return dossierRegel(nieuw ?? d);
}
