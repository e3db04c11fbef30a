import type { DecentraleStand, DecentraleUitkomst, ROUTES } from "@elk/contracts";
import {
  type DecentraleLotingRecord,
  getAanmelding,
  getLeerlingenVanAanmeldingen,
  getLoting,
  type Opgeslagen,
} from "@elk/data";
import {
  type DecentraleLotingUitslag,
  type DecentraleRegistratie,
  type DecentraleVoorbereiding,
  decentraleInvoerVoor,
  decentraleUitslagPerEenheid,
  StatusConflictFout,
  voerLotingUit,
} from "@elk/domain";
import { getDb } from "../../config/clients";
import { logger } from "../../middleware/logger";
import type { IngelogdVerzoek } from "../../middleware/router";
import { voScholen } from "../aanmelden/gedeeld";
import type { Scholen } from "../behandelen/gedeeld";
import { legLotingnummerVast, lootUitAlsSysteem } from "../behandelen/uitvoeren";
import {
  type Gegevens,
  leesGegevens,
  legRunSeedVast,
  maakRunDefinitief,
  meerlingSleutel,
  pasRunToe,
  runDownload,
  runStand,
  seedVan,
  vereisLoting,
} from "./cpl";

/**
 * LOT-02 in the app: the region administrator runs the decentral lottery of a school year — its
 * own seed, committed and revealed as the CP&L's; a preview; and a final run whose losers get
 * *Uitgeloot* from the system. Input and outcome: `decentraleInvoerVoor` (domain).
 */

async function voorbereiden(g: Gegevens): Promise<DecentraleVoorbereiding> {
  const leerlingen = await getLeerlingenVanAanmeldingen(
    getDb(),
    g.aanmeldingen.filter((a) => a.status === "aangemeld" && a.eersteKeuze.meerling),
  );
  const registraties: DecentraleRegistratie[] = g.aanmeldingen.map((a) => {
    const l = leerlingen.get(a.leerlingId);
    return {
      id: a.id,
      status: a.status,
      schoolId: a.schoolId,
      keuzes: a.keuzes,
      eersteKeuze: a.eersteKeuze,
      voorrangToegekend: a.voorrangBesluit?.besluit === "toegekend",
      meerlingSleutel: l ? meerlingSleutel(l) : undefined,
      plaatsing: a.plaatsing,
      toewijzing: a.toewijzing,
    };
  });
  const scholen = [...g.scholen.values()].sort((x, y) => x.naam.localeCompare(y.naam, "nl-NL"));
  return decentraleInvoerVoor(scholen, registraties);
}

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

export async function decentraleStand(
  req: IngelogdVerzoek<typeof ROUTES.decentraleStand>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const [r, g] = await Promise.all([getLoting(getDb(), "decentraal", schooljaar), leesGegevens(schooljaar)]);
  return stand(schooljaar, r, await voorbereiden(g));
}

/** LOT-02 commit: the decentral lottery's own seed, stored encrypted; only its SHA-256 is published. */
export async function decentraleSeedVastleggen(
  req: IngelogdVerzoek<typeof ROUTES.decentraleSeedVastleggen>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const r = await legRunSeedVast(req.actor, "decentraal", schooljaar, {
    al: `Voor de decentrale loting van schooljaar ${schooljaar} is de seed al vastgelegd.`,
    log: "decentral lottery seed committed",
  });
  return stand(schooljaar, r, await voorbereiden(await leesGegevens(schooljaar)));
}

const geenSeed = (schooljaar: string) =>
  `Leg eerst de seed van de decentrale loting van schooljaar ${schooljaar} vast; zonder commitment kan er niet geloot worden.`;

const alDefinitief = (schooljaar: string) =>
  `De decentrale loting van ${schooljaar} is al definitief gemaakt. Een loting kan niet opnieuw worden uitgevoerd.`;

/** Voorbeeld: the outcome with the committed seed, per over-subscribed unit; nothing is written. */
export async function decentraleVoorbeeld(
  req: IngelogdVerzoek<typeof ROUTES.decentraleVoorbeeld>,
): Promise<DecentraleUitkomst> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const r = await getLoting(getDb(), "decentraal", schooljaar);
  const seed = seedVan(r, geenSeed(schooljaar));
  if (r?.status !== "vastgelegd") throw new StatusConflictFout(alDefinitief(schooljaar));
  const v = await voorbereiden(await leesGegevens(schooljaar));
  const run = voerLotingUit("decentrale-loting", seed, v.invoer);
  return { schooljaar, ...decentraleUitslagPerEenheid(v, run.uitkomst.uitslagen) };
}

/**
 * Definitief maken (see maakRunDefinitief), then applied: every pupil the draw puts out is
 * *Uitgeloot* by the system, every pupil a draw decided keeps its lottery number; winners stay
 * *aangemeld* (the school places them). A resumed run leaves a registration that has its number
 * already as it is; once done, a further call is a 409.
 */
export async function decentraleDefinitief(
  req: IngelogdVerzoek<typeof ROUTES.decentraleDefinitief>,
): Promise<DecentraleStand> {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  const { r, uitslagen } = await maakRunDefinitief({
    actor: req.actor,
    soort: "decentraal",
    schooljaar,
    gebeurtenis: "decentrale-loting-definitief",
    teksten: {
      geenSeed: geenSeed(schooljaar),
      alDefinitief: alDefinitief(schooljaar),
      bezig: `De decentrale loting van ${schooljaar} wordt al definitief gemaakt. Vernieuw de pagina.`,
    },
    trek: async (seed) => {
      const v = await voorbereiden(await leesGegevens(schooljaar));
      const run = voerLotingUit("decentrale-loting", seed, v.invoer);
      return { run, samenvatting: decentraleUitslagPerEenheid(v, run.uitkomst.uitslagen).samenvatting };
    },
  });
  const scholen = await voScholen();
  await pasRunToe({
    soort: "decentraal",
    r,
    // Only where a draw decided: a pupil on a unit with room for all has no number to keep.
    teDoen: uitslagen.filter((u) => u.geloot || u.uitkomst === "uitgeloot"),
    pas: (u) => pasToe(u, scholen, schooljaar, r.commitment),
    teller: "verwerkt",
    foutBericht: "decentral lottery apply failed",
    log: (verwerkt, mislukt) => logger.info("decentral lottery applied", { schooljaar, verwerkt, mislukt }),
  });
  return stand(
    schooljaar,
    await getLoting(getDb(), "decentraal", schooljaar),
    await voorbereiden(await leesGegevens(schooljaar)),
  );
}

async function pasToe(
  u: DecentraleLotingUitslag,
  scholen: Scholen,
  schooljaar: string,
  gepubliceerd: string,
): Promise<"gedaan" | "al"> {
  const a = await getAanmelding(getDb(), u.leerlingId);
  // Done already (a resumed run), or changed by hand since: leave it.
  if (a?.status !== "aangemeld" || a.schooljaar !== schooljaar) return "al";
  if (a.lotingnummers?.decentraal !== undefined) return "al";
  if (u.uitkomst === "uitgeloot") {
    await lootUitAlsSysteem({
      aanmelding: a,
      lotingnummer: u.lotingnummer,
      gegevens: { commitment: gepubliceerd, reservepositie: u.reservepositie },
      scholen,
    });
    return "gedaan";
  }
  const schoolId = a.keuzes[0]?.schoolId ?? "";
  const afdelingId = (u.geplaatstOp ?? "").slice(schoolId.length + 1);
  await legLotingnummerVast({
    aanmelding: a,
    soort: "decentraal",
    lotingnummer: u.lotingnummer,
    gebeurtenis: u.viaGelijkwaardigeAfdeling
      ? {
          soort: "gelijkwaardige-afdeling",
          gegevens: {
            afdelingId,
            afdeling:
              scholen.get(schoolId)?.afdelingen.find((af) => af.id === afdelingId)?.naam ?? afdelingId,
            commitment: gepubliceerd,
          },
        }
      : { soort: "ingeloot", gegevens: { commitment: gepubliceerd } },
  });
  return "gedaan";
}

export async function decentraleRunDownload(req: IngelogdVerzoek<typeof ROUTES.decentraleRunDownload>) {
  const { schooljaar } = vereisLoting(req.actor, req.params.schooljaar);
  return runDownload(
    "decentraal",
    schooljaar,
    "Er is nog geen definitieve decentrale loting om te downloaden.",
  );
}
