import type { DecentraleStand, DecentraleUitkomst, ROUTES } from "@elk/contracts";
import { type DecentraleLotingRecord, getLoting, type Opgeslagen } from "@elk/data";
import {
  type DecentraleVoorbereiding,
  decentraleUitslagPerEenheid,
  StatusConflictFout,
  voerLotingUit,
} from "@elk/domain";
import { getDb } from "../../config/db";
import { DECENTRALE_RUN, decentraalVoorbereiden } from "../../loting/decentraal";
import {
  leesGegevens,
  legRunSeedVast,
  runDownload,
  runStand,
  seedVan,
  vereisLoting,
  vraagDefinitiefAan,
} from "../../loting/run";
import type { IngelogdVerzoek } from "../../middleware/router";

/**
 * LOT-02 in the app: the region administrator runs the decentral lottery of a school year — its
 * own seed, committed and revealed as the CP&L's; a preview; and a final run whose losers get
 * *Uitgeloot* from the system (DECENTRALE_RUN, applied by the lottery worker).
 */

function stand(
  schooljaar: string,
  r: Opgeslagen<DecentraleLotingRecord> | undefined,
  v: DecentraleVoorbereiding,
): DecentraleStand {
  const basis = {
    schooljaar,
    deelnemers: v.invoer.aanmeldingen.length,
    eenheden: v.eenheden.filter((e) => e.overingeschreven),
  };
  if (!r) return { ...basis, status: "geen-seed" };
  return { ...basis, ...runStand("decentraal", r, { samenvatting: r.samenvatting, verwerkt: r.verwerkt }) };
}

async function huidigeStand(schooljaar: string): Promise<DecentraleStand> {
  const [r, g] = await Promise.all([getLoting(getDb(), "decentraal", schooljaar), leesGegevens(schooljaar)]);
  return stand(schooljaar, r, await decentraalVoorbereiden(g));
}

export async function decentraleStand(
  req: IngelogdVerzoek<typeof ROUTES.decentraleStand>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  return huidigeStand(schooljaar);
}

/** LOT-02 commit: the decentral lottery's own seed, stored encrypted; only its SHA-256 is published. */
export async function decentraleSeedVastleggen(
  req: IngelogdVerzoek<typeof ROUTES.decentraleSeedVastleggen>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  await legRunSeedVast(req.actor, "decentraal", schooljaar, {
    al: `Voor de decentrale loting van schooljaar ${schooljaar} is de seed al vastgelegd.`,
    log: "decentral lottery seed committed",
  });
  return huidigeStand(schooljaar);
}

const geenSeed = (schooljaar: string) =>
  `Leg eerst de seed van de decentrale loting van schooljaar ${schooljaar} vast; zonder commitment kan er niet geloot worden.`;

/** Voorbeeld: the outcome with the committed seed, per over-subscribed unit; nothing is written. */
export async function decentraleVoorbeeld(
  req: IngelogdVerzoek<typeof ROUTES.decentraleVoorbeeld>,
): Promise<DecentraleUitkomst> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const r = await getLoting(getDb(), "decentraal", schooljaar);
  const seed = seedVan(r, geenSeed(schooljaar));
  if (r?.status !== "vastgelegd") {
    throw new StatusConflictFout(`${DECENTRALE_RUN.naam(schooljaar)} is al definitief gemaakt.`);
  }
  const v = await decentraalVoorbereiden(await leesGegevens(schooljaar));
  const run = voerLotingUit("decentrale-loting", seed, v.invoer);
  return { schooljaar, ...decentraleUitslagPerEenheid(v, run.uitkomst.uitslagen) };
}

/** Definitief maken: recorded, then drawn and applied by the lottery worker; the answer shows the progress. */
export async function decentraleDefinitief(
  req: IngelogdVerzoek<typeof ROUTES.decentraleDefinitief>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  await vraagDefinitiefAan({
    def: DECENTRALE_RUN,
    actor: req.actor,
    schooljaar,
    geenSeed: geenSeed(schooljaar),
  });
  return huidigeStand(schooljaar);
}

export async function decentraleRunDownload(req: IngelogdVerzoek<typeof ROUTES.decentraleRunDownload>) {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  return runDownload(
    "decentraal",
    schooljaar,
    "Er is nog geen definitieve decentrale loting om te downloaden.",
  );
}
