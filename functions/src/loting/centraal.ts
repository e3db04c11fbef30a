import {
  type AanmeldingRecord,
  getAanmelding,
  getLoting,
  lotingSleutel,
  type Opgeslagen,
  type ReserverondeRecord,
  werkLotingBij,
} from "@elk/data";
import {
  type Actor,
  type CentralePlaatsingInvoer,
  type CentralePlaatsingUitslag,
  cplAfdelingId,
  cplSamenvatting,
  GeenToegangFout,
  GelijktijdigGewijzigdFout,
  heeftDecentraleLoting,
  huidigeVoorkeur,
  type Reserveplaats,
  reservelijsten,
  StatusConflictFout,
  schuifDoorVanReservelijsten,
  vanCplAfdelingId,
  voerLotingUit,
} from "@elk/domain";
import { getDb } from "../config/db";
import { getRegionConfig } from "../config/env";
import { plaatsCentraalAlsSysteem } from "../http/behandelen/uitvoeren";
import { gebeurtenisDoor } from "../middleware/gebeurtenis";
import { logger } from "../middleware/logger";
import { cplVoorbereiden } from "./cpl";
import { type GetrokkenRun, leesGegevens, type RunSoort, STIL_MS, stuur, type ToepasContext } from "./run";

/**
 * The central draw of a region without a decentral lottery (RegionConfig "centrale-loting",
 * Amsterdam): one DA-STB over every choice of every registration *aangemeld*, made final as any
 * run is (loting/run.ts). Applying it places every pupil where the draw put it and keeps its
 * reserve places; the second round (`verwerkReservelijsten`) later gives freed seats to those
 * reserve lists.
 */

export type CentraleUitslag = CentralePlaatsingUitslag & { reserveplaatsen: Reserveplaats[] };

/** The reserve places of a pupil with the app's afdeling ids (the run holds the engine's). */
const alsAfdeling = (r: Reserveplaats): Reserveplaats => ({
  ...r,
  afdelingId: vanCplAfdelingId(r.schoolId, r.afdelingId),
});

export const CENTRALE_RUN: RunSoort<"cpl", CentraleUitslag> = {
  soort: "cpl",
  naam: (schooljaar) => `De centrale loting van ${schooljaar}`,
  gebeurtenis: "centrale-loting-definitief",
  trek: async (schooljaar, seed, r) => {
    const v = await cplVoorbereiden(await leesGegevens(schooljaar), r.extraCapaciteit ?? []);
    const run = voerLotingUit("centrale-plaatsing", seed, v.invoer);
    return { run, samenvatting: cplSamenvatting(run.uitkomst.uitslagen) };
  },
  // The reserve lists follow from the stored run alone, so a resumed run finds the same places.
  uitslagenVan: (run: GetrokkenRun) => {
    const invoer = run.invoer as Omit<CentralePlaatsingInvoer, "seed">;
    const uitslagen = run.uitkomst.uitslagen as CentralePlaatsingUitslag[];
    const lijsten = reservelijsten(invoer, uitslagen);
    return uitslagen.map((u) => ({
      ...u,
      reserveplaatsen: (lijsten.get(u.leerlingId) ?? []).map(alsAfdeling),
    }));
  },
  teDoen: (uitslagen) => [...uitslagen],
  pas: plaatsUitslag,
  teller: "toegewezen",
};

async function plaatsUitslag(u: CentraleUitslag, c: ToepasContext): Promise<"gedaan" | "al"> {
  const a = await getAanmelding(getDb(), u.leerlingId);
  // Placed already (a resumed run), or changed by hand since: leave it.
  if (a?.status !== "aangemeld" || a.schooljaar !== c.schooljaar) return "al";
  const doel = u.geplaatstOp
    ? {
        schoolId: u.geplaatstOp.schoolId,
        afdelingId: vanCplAfdelingId(u.geplaatstOp.schoolId, u.geplaatstOp.afdelingId),
      }
    : null;
  await plaatsCentraalAlsSysteem({
    aanmelding: a,
    opdracht: doel
      ? {
          ...doel,
          voorkeur:
            a.keuzes.findIndex((k) => k.schoolId === doel.schoolId && k.afdelingId === doel.afdelingId) + 1,
          lotingnummer: u.lotingnummer,
          ronde: "loting",
        }
      : null,
    lotingnummer: u.lotingnummer,
    reserveplaatsen: u.reserveplaatsen,
    gegevens: { commitment: c.commitment },
    scholen: c.scholen,
    config: c.config,
  });
  return "gedaan";
}

/** Moves the record lists (the count is always whole). */
const LIJST_MAX = 500;

/**
 * The second round asked (Amsterdam): recorded on the run's record as *bezig* — from the version
 * read, so of two asked at once one gets a 409 — and queued for the lottery worker. While one is
 * bezig and moving, asking again is a 409; one that stood still may be asked again.
 */
export async function vraagReserverondeAan(actor: Actor, schooljaar: string): Promise<void> {
  const config = getRegionConfig();
  if (heeftDecentraleLoting(config)) throw new GeenToegangFout();
  const db = getDb();
  const r = await getLoting(db, "cpl", schooljaar);
  if (r?.status !== "definitief") {
    throw new StatusConflictFout(
      `Maak eerst de centrale loting van ${schooljaar} definitief; daarna zijn er reservelijsten.`,
    );
  }
  const nu = new Date();
  const bezig = "De reservelijsten worden al verwerkt. Wacht tot de tweede ronde klaar is.";
  if (r.reserveronde?.status === "bezig" && !isStilSinds(r.reserveronde.op, nu)) {
    throw new StatusConflictFout(bezig);
  }
  try {
    await werkLotingBij(
      db,
      "cpl",
      r,
      {
        reserveronde: {
          status: "bezig",
          op: nu.toISOString(),
          door: actor.naam,
          aantal: 0,
          verplaatst: [],
          mislukt: 0,
        },
      },
      gebeurtenisDoor(actor, lotingSleutel("cpl", schooljaar), "reservelijsten-aangevraagd", {}, nu),
    );
  } catch (error) {
    if (error instanceof GelijktijdigGewijzigdFout) throw new StatusConflictFout(bezig);
    throw error;
  }
  await stuur({ soort: "reservelijsten", schooljaar, vanaf: 0 });
}

export function isStilSinds(op: string, nu = new Date()): boolean {
  return nu.getTime() - Date.parse(op) > STIL_MS;
}

/**
 * The second round, in the lottery worker: every seat freed since the draw — a pupil withdrawn,
 * a capacity raised — goes to the first on that afdeling's reserve list who ranked it higher than
 * where it is now, and the seat that pupil leaves to the next (`schuifDoorVanReservelijsten`).
 * Computed from the registrations as they are; each move its own transaction from the version
 * read, one by one in the order the seats were freed, stopping at the first that fails (a later
 * move may take the seat that one would have freed): the rest waits for the next round.
 */
export async function werkReserverondeBij(schooljaar: string): Promise<void> {
  const config = getRegionConfig();
  const db = getDb();
  const r = await getLoting(db, "cpl", schooljaar);
  const ronde = r?.reserveronde;
  if (r?.status !== "definitief" || ronde?.status !== "bezig") {
    logger.warn("reserve round message without a round asked", { schooljaar });
    return;
  }
  const nu = new Date();
  const g = await leesGegevens(schooljaar);
  const { invoer } = await cplVoorbereiden(g, r.extraCapaciteit ?? []);
  const perId = new Map(g.aanmeldingen.map((a) => [a.id, a]));
  const zetten = schuifDoorVanReservelijsten({
    afdelingen: invoer.afdelingen,
    capaciteitsgroepen: invoer.capaciteitsgroepen,
    leerlingen: g.aanmeldingen
      .filter(
        (a) =>
          (a.status === "geplaatst" || a.status === "uitgeloot") &&
          (a.reserveplaatsen?.length ?? 0) > 0 &&
          a.lotingnummers?.cpl !== undefined,
      )
      .map((a) => {
        const schoolId = a.schoolId ?? a.keuzes[0]?.schoolId ?? "";
        const voorkeur = huidigeVoorkeur(a);
        return {
          leerlingId: a.id,
          geplaatstOp:
            a.status === "geplaatst" && a.plaatsing
              ? { schoolId, afdelingId: cplAfdelingId(schoolId, a.plaatsing.afdelingId) }
              : null,
          voorkeur: Number.isFinite(voorkeur) ? voorkeur : null,
          lotingnummer: a.lotingnummers?.cpl ?? 0,
          reserveplaatsen: (a.reserveplaatsen ?? []).map((p) => ({
            ...p,
            afdelingId: cplAfdelingId(p.schoolId, p.afdelingId),
          })),
        };
      }),
  });

  const verplaatst: ReserverondeRecord["verplaatst"] = [];
  let mislukt = 0;
  for (const [i, z] of zetten.entries()) {
    const a = perId.get(z.leerlingId) as Opgeslagen<AanmeldingRecord>;
    const afdelingId = vanCplAfdelingId(z.naar.schoolId, z.naar.afdelingId);
    try {
      await plaatsCentraalAlsSysteem({
        aanmelding: a,
        opdracht: {
          schoolId: z.naar.schoolId,
          afdelingId,
          voorkeur: z.voorkeur,
          lotingnummer: z.lotingnummer,
          ronde: "reservelijst",
        },
        lotingnummer: z.lotingnummer,
        reserveplaatsen: a.reserveplaatsen ?? [],
        scholen: g.scholen,
        config,
        nu,
      });
    } catch (error) {
      logger.warn("reserve list move not applied", {
        aanmeldingId: a.id,
        error: error instanceof Error ? error.name : String(error),
      });
      mislukt = zetten.length - i;
      break;
    }
    const school = g.scholen.get(z.naar.schoolId);
    verplaatst.push({
      aanmeldingId: a.id,
      elkNummer: a.elkNummer,
      leerlingNaam: a.leerlingNaam,
      ...(z.van ? { van: g.scholen.get(z.van.schoolId)?.naam ?? z.van.schoolId } : {}),
      naar: {
        schoolNaam: school?.naam ?? z.naar.schoolId,
        afdelingNaam: school?.afdelingen.find((af) => af.id === afdelingId)?.naam ?? afdelingId,
      },
      voorkeur: z.voorkeur,
    });
  }

  const bijgewerkt = await getLoting(db, "cpl", schooljaar);
  if (bijgewerkt) {
    verplaatst.sort((x, y) => x.leerlingNaam.localeCompare(y.leerlingNaam, "nl-NL"));
    await werkLotingBij(
      db,
      "cpl",
      bijgewerkt,
      {
        reserveronde: {
          ...ronde,
          status: "klaar",
          aantal: verplaatst.length,
          verplaatst: verplaatst.slice(0, LIJST_MAX),
          mislukt,
        },
      },
      gebeurtenisDoor("systeem", lotingSleutel("cpl", schooljaar), "reservelijsten-verwerkt", {
        verplaatst: verplaatst.length,
        mislukt,
      }),
    );
  }
  logger.info("reserve round applied", { schooljaar, verplaatst: verplaatst.length, mislukt });
}
