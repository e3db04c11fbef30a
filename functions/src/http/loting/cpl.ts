import type { CplStand, CplUitkomst, ROUTES } from "@elk/contracts";
import { type CplLotingRecord, getLoting, type Opgeslagen, slaCplVoorbeeldOp } from "@elk/data";
import {
  type CentralePlaatsingUitslag,
  cplSamenvatting,
  heeftDecentraleLoting,
  type RegionConfig,
  StatusConflictFout,
  vanCplAfdelingId,
  vereisDecentraleLotingDefinitief,
  voerLotingUit,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { CENTRALE_RUN, isStilSinds, vraagReserverondeAan } from "../../loting/centraal";
import { CPL_RUN, type CplVoorbereiding, cplVoorbereiden } from "../../loting/cpl";
import {
  type Gegevens,
  leesGegevens,
  legRunSeedVast,
  runDownload,
  runStand,
  seedVan,
  vereisLoting,
  vraagDefinitiefAan,
} from "../../loting/run";
import type { IngelogdVerzoek } from "../../middleware/router";

/** LOT-03 in the app: the Centrale Plaatsing en Loting of a school year (the run's life: loting/run.ts). */

function stand(
  schooljaar: string,
  r: Opgeslagen<CplLotingRecord> | undefined,
  v: CplVoorbereiding,
): CplStand {
  const basis = { schooljaar, deelnemers: v.invoer.deelnemers.length, capaciteit: v.capaciteit };
  if (!r) return { ...basis, status: "geen-seed" };
  return {
    ...basis,
    ...runStand("cpl", r, { samenvatting: r.samenvatting, toegewezen: r.toegewezen }),
    ...(r.reserveronde
      ? {
          reserveronde: {
            ...r.reserveronde,
            ...(r.reserveronde.status === "bezig" ? { stil: isStilSinds(r.reserveronde.op) } : {}),
          },
        }
      : {}),
  };
}

async function huidigeStand(schooljaar: string): Promise<CplStand> {
  const [r, g] = await Promise.all([getLoting(getDb(), "cpl", schooljaar), leesGegevens(schooljaar)]);
  return stand(schooljaar, r, await cplVoorbereiden(g, r?.extraCapaciteit ?? []));
}

export async function cplStand(req: IngelogdVerzoek<typeof ROUTES.cplStand>): Promise<CplStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  return huidigeStand(schooljaar);
}

/** LOT-03 commit (see legRunSeedVast): allowed any time before the draw, also before the decentral lottery. */
export async function cplSeedVastleggen(
  req: IngelogdVerzoek<typeof ROUTES.cplSeedVastleggen>,
): Promise<CplStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  await legRunSeedVast(req.actor, "cpl", schooljaar, {
    al: `Voor schooljaar ${schooljaar} is de seed al vastgelegd.`,
    log: "cpl seed committed",
  });
  return huidigeStand(schooljaar);
}

const geenSeed = (schooljaar: string) =>
  `Leg eerst de seed van schooljaar ${schooljaar} vast; zonder commitment kan er niet geloot worden.`;

/** LOT-02 before LOT-03 (vereisDecentraleLotingDefinitief, domain). */
async function vereisDecentraleLotingKlaar(config: RegionConfig, schooljaar: string): Promise<void> {
  if (!heeftDecentraleLoting(config)) return;
  const decentraal = await getLoting(getDb(), "decentraal", schooljaar);
  vereisDecentraleLotingDefinitief(config, schooljaar, decentraal?.status);
}

function uitkomstVoor(
  schooljaar: string,
  g: Gegevens,
  v: CplVoorbereiding,
  uitslagen: readonly CentralePlaatsingUitslag[],
): CplUitkomst {
  const perId = new Map(g.aanmeldingen.map((a) => [a.id, a]));
  return {
    schooljaar,
    samenvatting: cplSamenvatting(uitslagen),
    capaciteit: v.capaciteit,
    leerlingen: uitslagen.map((u) => {
      const a = perId.get(u.leerlingId);
      const eerste = a?.keuzes[0];
      const school = u.geplaatstOp ? g.scholen.get(u.geplaatstOp.schoolId) : undefined;
      const afdelingId = u.geplaatstOp
        ? vanCplAfdelingId(u.geplaatstOp.schoolId, u.geplaatstOp.afdelingId)
        : "";
      return {
        aanmeldingId: u.leerlingId,
        elkNummer: a?.elkNummer ?? "",
        leerlingNaam: a?.leerlingNaam ?? "",
        eersteKeuze: g.scholen.get(eerste?.schoolId ?? "")?.naam ?? "",
        ...(u.geplaatstOp
          ? {
              geplaatstOp: {
                schoolNaam: school?.naam ?? u.geplaatstOp.schoolId,
                afdelingNaam: school?.afdelingen.find((af) => af.id === afdelingId)?.naam ?? afdelingId,
              },
            }
          : {}),
        ...(u.voorkeur !== null ? { voorkeur: u.voorkeur } : {}),
        lotingnummer: u.lotingnummer,
      };
    }),
  };
}

/** Voorbeeld: the outcome with the committed seed and the extra seats asked; only the preview's record is written. */
export async function cplVoorbeeld(req: IngelogdVerzoek<typeof ROUTES.cplVoorbeeld>): Promise<CplUitkomst> {
  const { schooljaar, config } = vereisLoting(req.actor, req.params.schooljaar);
  const db = getDb();
  const r = await getLoting(db, "cpl", schooljaar);
  const seed = seedVan(r, geenSeed(schooljaar));
  if (r?.status !== "vastgelegd") {
    throw new StatusConflictFout(
      `De Centrale Plaatsing en Loting van ${schooljaar} is al definitief gemaakt.`,
    );
  }
  await vereisDecentraleLotingKlaar(config, schooljaar);
  const g = await leesGegevens(schooljaar);
  const v = await cplVoorbereiden(g, req.body.extraCapaciteit);
  const run = voerLotingUit("centrale-plaatsing", seed, v.invoer);
  const uitkomst = uitkomstVoor(schooljaar, g, v, run.uitkomst.uitslagen);
  await slaCplVoorbeeldOp(db, {
    schooljaar,
    op: new Date().toISOString(),
    door: req.actor.naam,
    extraCapaciteit: req.body.extraCapaciteit,
    samenvatting: uitkomst.samenvatting,
  });
  return uitkomst;
}

/**
 * Definitief maken: recorded with the extra seats asked, then drawn and applied by the lottery
 * worker (CPL_RUN, or CENTRALE_RUN where the region draws centrally); the answer is the state with its progress, which the screen follows.
 */
export async function cplDefinitief(req: IngelogdVerzoek<typeof ROUTES.cplDefinitief>): Promise<CplStand> {
  const { schooljaar, config } = vereisLoting(req.actor, req.params.schooljaar);
  await vereisDecentraleLotingKlaar(config, schooljaar);
  const aanvraag = {
    actor: req.actor,
    schooljaar,
    geenSeed: geenSeed(schooljaar),
    extra: { extraCapaciteit: req.body.extraCapaciteit },
  };
  // After a decentral lottery the CP&L assigns the pupils who lost; a central draw places everyone.
  if (heeftDecentraleLoting(config)) await vraagDefinitiefAan({ def: CPL_RUN, ...aanvraag });
  else await vraagDefinitiefAan({ def: CENTRALE_RUN, ...aanvraag });
  return huidigeStand(schooljaar);
}

/**
 * The second round of a central draw (Amsterdam): freed seats to the reserve lists, asked here
 * and done by the lottery worker (loting/centraal.ts); 403 where the region has a decentral lottery and a CP&L instead.
 */
export async function cplReservelijsten(
  req: IngelogdVerzoek<typeof ROUTES.cplReservelijsten>,
): Promise<CplStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  await vraagReserverondeAan(req.actor, schooljaar);
  return huidigeStand(schooljaar);
}

export async function cplRunDownload(req: IngelogdVerzoek<typeof ROUTES.cplRunDownload>) {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  return runDownload("cpl", schooljaar, "Er is nog geen definitieve run om te downloaden.");
}
