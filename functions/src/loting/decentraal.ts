import { getAanmelding, getLeerlingenVanAanmeldingen } from "@elk/data";
import {
  type DecentraleLotingUitslag,
  type DecentraleRegistratie,
  type DecentraleVoorbereiding,
  decentraleInvoerVoor,
  decentraleUitslagPerEenheid,
  voerLotingUit,
} from "@elk/domain";
import { getDb } from "../config/db";
import { legLotingnummerVast, lootUitAlsSysteem } from "../http/behandelen/uitvoeren";
import { type Gegevens, leesGegevens, meerlingSleutel, type RunSoort, type ToepasContext } from "./run";

/** LOT-02: the engine's input from the registrations as they are (see decentraleInvoerVoor). */
export async function decentraalVoorbereiden(g: Gegevens): Promise<DecentraleVoorbereiding> {
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

/**
 * LOT-02 applied: every pupil the draw puts out is *Uitgeloot* by the system, with its place on
 * the 1st-choice school's reserve list; every pupil a draw decided keeps its lottery number;
 * winners stay *aangemeld* (the school places them). A registration that has its number already
 * is left as it is.
 */
export const DECENTRALE_RUN: RunSoort<"decentraal", DecentraleLotingUitslag> = {
  soort: "decentraal",
  naam: (schooljaar) => `De decentrale loting van ${schooljaar}`,
  gebeurtenis: "decentrale-loting-definitief",
  trek: async (schooljaar, seed) => {
    const v = await decentraalVoorbereiden(await leesGegevens(schooljaar));
    const run = voerLotingUit("decentrale-loting", seed, v.invoer);
    return { run, samenvatting: decentraleUitslagPerEenheid(v, run.uitkomst.uitslagen).samenvatting };
  },
  // Only where a draw decided: a pupil on a unit with room for all has no number to keep.
  teDoen: (uitslagen) => uitslagen.filter((u) => u.geloot || u.uitkomst === "uitgeloot"),
  pas: pasToe,
  teller: "verwerkt",
};

async function pasToe(u: DecentraleLotingUitslag, c: ToepasContext): Promise<"gedaan" | "al"> {
  const a = await getAanmelding(getDb(), u.leerlingId);
  // Done already (a resumed run), or changed by hand since: leave it.
  if (a?.status !== "aangemeld" || a.schooljaar !== c.schooljaar) return "al";
  if (a.lotingnummers?.decentraal !== undefined) return "al";
  if (u.uitkomst === "uitgeloot") {
    await lootUitAlsSysteem({
      aanmelding: a,
      lotingnummer: u.lotingnummer,
      ...(u.reservepositie !== null ? { reservepositie: u.reservepositie } : {}),
      gegevens: { commitment: c.commitment, reservepositie: u.reservepositie },
      scholen: c.scholen,
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
              c.scholen.get(schoolId)?.afdelingen.find((af) => af.id === afdelingId)?.naam ?? afdelingId,
            commitment: c.commitment,
          },
        }
      : { soort: "ingeloot", gegevens: { commitment: c.commitment } },
  });
  return "gedaan";
}
