import type { Keuze } from "../aanmelding/voorkeurslijst";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import {
  type Capaciteitseenheid,
  capaciteitseenheden,
  eenheidSleutel,
  type LotingAfdeling,
  type LotingCapaciteitsgroep,
} from "./capaciteit";
import { type CplProgramma, compileerCpl, cplToewijzing, losCplOp } from "./cpl";
import type { EenheidNaLoting } from "./decentrale-loting";
import { vergelijkId } from "./rangorde";
import { controleerSeedFormaat, lotingnummers } from "./seed";

/** A pupil in the CP&L: uitgeloot at its 1st choice (LOT-03). */
export interface CplDeelnemer {
  leerlingId: string;
  /** The whole voorkeurslijst, 1st choice first; the CP&L uses choices 2–5. */
  voorkeurslijst: readonly Keuze[];
  /** Members of a meerling share one lottery number in the CP&L too. */
  meerlingId?: string;
  /** Voorrang classes per afdeling id, where a region grants voorrang beyond the 1st choice. */
  voorrang?: Readonly<Record<string, number>>;
}

export interface CentralePlaatsingInvoer {
  seed: string;
  /** Every afdeling on a list, with the seats left after the decentral round as its capacity. */
  afdelingen: readonly LotingAfdeling[];
  capaciteitsgroepen: readonly LotingCapaciteitsgroep[];
  deelnemers: readonly CplDeelnemer[];
  /**
   * One central draw for all (RegionConfig "centrale-loting", Amsterdam): every choice counts,
   * the 1st included. Absent or false: the CP&L after a decentral lottery, choices 2–5.
   */
  vanafEersteKeuze?: boolean;
}

export interface CentralePlaatsingUitslag {
  leerlingId: string;
  /** The school and afdeling it is assigned to (*Toewijzen andere school*), or null: not placed. */
  geplaatstOp: Keuze | null;
  /** The place of that choice on the voorkeurslijst (2–5), or null. */
  voorkeur: number | null;
  lotingnummer: number;
}

/**
 * LOT-03 — the Centrale Plaatsing en Loting of ELK: DA-STB (`cpl`) over choices 2–5 on the seats
 * left, with the rules of the procedure on top:
 * - a pupil never draws twice at the same school: a choice at the school of its 1st choice, where
 *   it lost the draw, is skipped;
 * - afdelingen of a capaciteitsgroep compete for the group's seats as one programma;
 * - one lottery number per pupil, `lotingnummer(seed, leerlingId)`; a meerling shares the number
 *   of its member with the smallest id, so twins with the same list stay together unless exactly
 *   the last seat of a programma falls between them (the CP&L places pupils, not lots);
 * - an afdeling without a capacity takes everyone who gets to it.
 */
/**
 * The choices a pupil draws with: in the CP&L choices 2–5 without the 1st-choice school (a pupil
 * never draws twice at the same school); in a central draw every choice, each school once.
 */
export function keuzesInDeLoting(voorkeurslijst: readonly Keuze[], vanafEersteKeuze: boolean): Keuze[] {
  if (!vanafEersteKeuze) {
    const eersteSchool = voorkeurslijst[0]?.schoolId;
    return voorkeurslijst.slice(1).filter((k) => k.schoolId !== eersteSchool);
  }
  const gezien = new Set<string>();
  return voorkeurslijst.filter((k) => {
    if (gezien.has(k.schoolId)) return false;
    gezien.add(k.schoolId);
    return true;
  });
}

export function centralePlaatsingEnLoting(invoer: CentralePlaatsingInvoer): CentralePlaatsingUitslag[] {
  controleerSeedFormaat(invoer.seed);
  const eenheidVan = capaciteitseenheden(invoer.afdelingen, invoer.capaciteitsgroepen);
  const afdelingen = new Map(invoer.afdelingen.map((a) => [a.id, a]));
  const programmaVan = (afdelingId: string): string =>
    eenheidSleutel(eenheidVan.get(afdelingId) as Capaciteitseenheid);

  const programmas = new Map<string, CplProgramma & { voorrang: Record<string, number> }>();
  for (const eenheid of eenheidVan.values()) {
    programmas.set(eenheidSleutel(eenheid), {
      id: eenheidSleutel(eenheid),
      capaciteit: eenheid.capaciteit ?? invoer.deelnemers.length,
      voorrang: {},
    });
  }

  // A meerling's number is that of its member with the smallest id.
  const eersteLid = new Map<string, string>();
  for (const d of invoer.deelnemers) {
    if (d.meerlingId === undefined) continue;
    const huidig = eersteLid.get(d.meerlingId);
    if (huidig === undefined || vergelijkId(d.leerlingId, huidig) < 0)
      eersteLid.set(d.meerlingId, d.leerlingId);
  }
  const lotSleutel = (d: CplDeelnemer): string =>
    d.meerlingId === undefined ? d.leerlingId : (eersteLid.get(d.meerlingId) ?? d.leerlingId);
  const nummers = lotingnummers(invoer.seed, invoer.deelnemers.map(lotSleutel));

  const keuzesPerLeerling = new Map<string, Keuze[]>();
  const leerlingen = invoer.deelnemers.map((d) => {
    const keuzes = keuzesInDeLoting(d.voorkeurslijst, invoer.vanafEersteKeuze === true);
    for (const k of keuzes) {
      const afdeling = afdelingen.get(k.afdelingId);
      if (!afdeling || afdeling.schoolId !== k.schoolId) {
        throw new OngeldigeInvoerFout(
          `Leerling ${d.leerlingId} kiest een onbekende afdeling: ${k.afdelingId} van school ${k.schoolId}.`,
        );
      }
    }
    keuzesPerLeerling.set(d.leerlingId, keuzes);
    const programmaIds = keuzes.map((k) => programmaVan(k.afdelingId));
    for (const [afdelingId, klasse] of Object.entries(d.voorrang ?? {})) {
      const eenheid = eenheidVan.get(afdelingId);
      if (!eenheid) continue;
      const programma = programmas.get(eenheidSleutel(eenheid));
      if (programma)
        programma.voorrang[d.leerlingId] = Math.min(programma.voorrang[d.leerlingId] ?? klasse, klasse);
    }
    return { id: d.leerlingId, keuzes: programmaIds, lotingnummer: nummers.get(lotSleutel(d)) ?? 0 };
  });

  const instantie = compileerCpl({ programmas: [...programmas.values()], leerlingen });
  const toewijzing = cplToewijzing(instantie, losCplOp(instantie));
  const volledigeLijst = new Map(invoer.deelnemers.map((d) => [d.leerlingId, d.voorkeurslijst]));

  return leerlingen.map((l) => {
    const programmaId = toewijzing.get(l.id) ?? null;
    const keuze =
      programmaId === null
        ? undefined
        : keuzesPerLeerling.get(l.id)?.find((k) => programmaVan(k.afdelingId) === programmaId);
    const lijst = volledigeLijst.get(l.id) ?? [];
    return {
      leerlingId: l.id,
      geplaatstOp: keuze ? { schoolId: keuze.schoolId, afdelingId: keuze.afdelingId } : null,
      voorkeur: keuze
        ? lijst.findIndex((k) => k.schoolId === keuze.schoolId && k.afdelingId === keuze.afdelingId) + 1
        : null,
      lotingnummer: l.lotingnummer,
    };
  });
}

/**
 * The afdelingen and capaciteitsgroepen with the seats left after decentral lotteries as their
 * capacity; units not in `eenheden` keep theirs.
 */
export function naDecentraleLoting(
  afdelingen: readonly LotingAfdeling[],
  capaciteitsgroepen: readonly LotingCapaciteitsgroep[],
  eenheden: readonly EenheidNaLoting[],
): { afdelingen: LotingAfdeling[]; capaciteitsgroepen: LotingCapaciteitsgroep[] } {
  const rest = new Map(eenheden.map((e) => [eenheidSleutel(e), e.resterend]));
  return {
    afdelingen: afdelingen.map((a) => {
      const r = rest.get(eenheidSleutel({ soort: "afdeling", id: a.id }));
      if (a.capaciteitsgroepId !== undefined || r === undefined) return { ...a };
      const { capaciteit: _oud, ...zonder } = a;
      return r === null ? zonder : { ...zonder, capaciteit: r };
    }),
    capaciteitsgroepen: capaciteitsgroepen.map((g) => {
      const r = rest.get(eenheidSleutel({ soort: "capaciteitsgroep", id: g.id }));
      return r === undefined || r === null ? { ...g } : { ...g, capaciteit: r };
    }),
  };
}
