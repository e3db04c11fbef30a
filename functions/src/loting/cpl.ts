import {
  type CplLotingRecord,
  getAanmelding,
  getLeerlingenVanAanmeldingen,
  type Opgeslagen,
} from "@elk/data";
import {
  type CentralePlaatsingUitslag,
  type CplRegistratie,
  cplInvoerVoor,
  cplSamenvatting,
  type ExtraCapaciteit,
  heeftDecentraleLoting,
  vanCplAfdelingId,
  voerLotingUit,
} from "@elk/domain";
import { getDb } from "../config/db";
import { getRegionConfig } from "../config/env";
import { legLotingnummerVast, wijsToeAlsSysteem } from "../http/behandelen/uitvoeren";
import { type Gegevens, leesGegevens, meerlingSleutel, type RunSoort, type ToepasContext } from "./run";

/** LOT-03: the engine's input from the registrations as they are — who is uitgeloot, seats, meerlingen. */
export async function cplVoorbereiden(g: Gegevens, extra: readonly ExtraCapaciteit[]) {
  const deelnemerStatus = heeftDecentraleLoting(getRegionConfig()) ? "uitgeloot" : "aangemeld";
  const uitgeloot = g.aanmeldingen.filter((a) => a.status === deelnemerStatus);
  const leerlingen = await getLeerlingenVanAanmeldingen(
    getDb(),
    uitgeloot.filter((a) => a.eersteKeuze.meerling),
  );
  const registraties: CplRegistratie[] = g.aanmeldingen.map((a) => {
    const l = leerlingen.get(a.leerlingId);
    return {
      id: a.id,
      status: a.status,
      schoolId: a.schoolId,
      keuzes: a.keuzes,
      meerling: a.eersteKeuze.meerling,
      meerlingSleutel: l ? meerlingSleutel(l) : undefined,
      plaatsing: a.plaatsing,
      toewijzing: a.toewijzing,
    };
  });
  const scholen = [...g.scholen.values()].sort((x, y) => x.naam.localeCompare(y.naam, "nl-NL"));
  return cplInvoerVoor(scholen, registraties, extra, getRegionConfig().plaatsingsprocedure);
}
export type CplVoorbereiding = Awaited<ReturnType<typeof cplVoorbereiden>>;

/**
 * LOT-03 applied: every pupil the CP&L placed is assigned by the system (*Toewijzen andere
 * school*), the others keep their lottery number (PAR-01); a pupil no longer uitgeloot is left.
 */
export const CPL_RUN: RunSoort<"cpl", CentralePlaatsingUitslag> = {
  soort: "cpl",
  naam: (schooljaar) => `De Centrale Plaatsing en Loting van ${schooljaar}`,
  gebeurtenis: "cpl-definitief",
  trek: async (schooljaar, seed, r: Opgeslagen<CplLotingRecord>) => {
    const v = await cplVoorbereiden(await leesGegevens(schooljaar), r.extraCapaciteit ?? []);
    const run = voerLotingUit("centrale-plaatsing", seed, v.invoer);
    return { run, samenvatting: cplSamenvatting(run.uitkomst.uitslagen) };
  },
  teDoen: (uitslagen) => [...uitslagen],
  pas: wijsUitslagToe,
  teller: "toegewezen",
};

async function wijsUitslagToe(u: CentralePlaatsingUitslag, c: ToepasContext): Promise<"gedaan" | "al"> {
  const doel = u.geplaatstOp;
  const a = await getAanmelding(getDb(), u.leerlingId);
  // Assigned already (a resumed run), or changed by hand since: leave it.
  if (a?.status !== "uitgeloot" || a.schooljaar !== c.schooljaar) return "al";
  if (!doel) {
    if (a.lotingnummers?.cpl !== undefined) return "al";
    await legLotingnummerVast({
      aanmelding: a,
      soort: "cpl",
      lotingnummer: u.lotingnummer,
      gebeurtenis: { soort: "cpl-niet-geplaatst", gegevens: { commitment: c.commitment } },
    });
    return "al";
  }
  await wijsToeAlsSysteem({
    lotingnummer: u.lotingnummer,
    aanmelding: a,
    schoolId: doel.schoolId,
    afdelingId: vanCplAfdelingId(doel.schoolId, doel.afdelingId),
    gegevens: { voorkeur: u.voorkeur, lotingnummer: u.lotingnummer, commitment: c.commitment },
    scholen: c.scholen,
    config: c.config,
  });
  return "gedaan";
}
