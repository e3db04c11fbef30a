import type { Keuze } from "../aanmelding/voorkeurslijst";
import {
  capaciteitseenheden,
  eenheidSleutel,
  type LotingAfdeling,
  type LotingCapaciteitsgroep,
} from "./capaciteit";
import {
  type CentralePlaatsingInvoer,
  type CentralePlaatsingUitslag,
  keuzesInDeLoting,
} from "./centrale-plaatsing";
import { vergelijkId } from "./rangorde";

/** A pupil's place on the reserve list of an afdeling it ranked above its placement. */
export interface Reserveplaats {
  schoolId: string;
  afdelingId: string;
  /** Where the pupil put this school on its voorkeurslijst (1 = first). */
  voorkeur: number;
  /** 1 first. */
  positie: number;
}

/**
 * The reserve lists after a central draw (the Amsterdam procedure): every pupil stands on the
 * reserve list of each afdeling it ranked higher than the one it got (of every afdeling it chose,
 * when it got none). A list is ordered by how high the pupil ranked that school, then by lottery
 * number (lower first), then by id — so a freed seat goes to whoever wanted it most, and among
 * them by the same draw. Per pupil its places, in the order of its own list.
 */
export function reservelijsten(
  invoer: Pick<CentralePlaatsingInvoer, "deelnemers" | "vanafEersteKeuze">,
  uitslagen: readonly CentralePlaatsingUitslag[],
): Map<string, Reserveplaats[]> {
  const uitslagVan = new Map(uitslagen.map((u) => [u.leerlingId, u]));
  const wachtenden = new Map<
    string,
    { leerlingId: string; voorkeur: number; lotingnummer: number; keuze: Keuze }[]
  >();
  for (const d of invoer.deelnemers) {
    const uitslag = uitslagVan.get(d.leerlingId);
    if (!uitslag) continue;
    const keuzes = keuzesInDeLoting(d.voorkeurslijst, invoer.vanafEersteKeuze === true);
    for (const keuze of keuzes) {
      const voorkeur =
        d.voorkeurslijst.findIndex(
          (k) => k.schoolId === keuze.schoolId && k.afdelingId === keuze.afdelingId,
        ) + 1;
      if (uitslag.voorkeur !== null && voorkeur >= uitslag.voorkeur) break;
      const lijst = wachtenden.get(keuze.afdelingId) ?? [];
      lijst.push({ leerlingId: d.leerlingId, voorkeur, lotingnummer: uitslag.lotingnummer, keuze });
      wachtenden.set(keuze.afdelingId, lijst);
    }
  }
  const perLeerling = new Map<string, Reserveplaats[]>();
  for (const lijst of wachtenden.values()) {
    lijst.sort(
      (a, b) =>
        a.voorkeur - b.voorkeur || a.lotingnummer - b.lotingnummer || vergelijkId(a.leerlingId, b.leerlingId),
    );
    lijst.forEach((w, i) => {
      const plaatsen = perLeerling.get(w.leerlingId) ?? [];
      plaatsen.push({
        schoolId: w.keuze.schoolId,
        afdelingId: w.keuze.afdelingId,
        voorkeur: w.voorkeur,
        positie: i + 1,
      });
      perLeerling.set(w.leerlingId, plaatsen);
    });
  }
  for (const plaatsen of perLeerling.values()) plaatsen.sort((a, b) => a.voorkeur - b.voorkeur);
  return perLeerling;
}

/** A pupil as the second round sees it: where it is now and the reserve places it holds. */
export interface ReserveRondeLeerling {
  leerlingId: string;
  /** The afdeling it holds a seat on now (engine ids, as in the draw), or null: not placed. */
  geplaatstOp: Keuze | null;
  /** Where it put that afdeling on its list; null when not placed. */
  voorkeur: number | null;
  lotingnummer: number;
  reserveplaatsen: readonly Reserveplaats[];
}

export interface ReserveRondeInvoer {
  /** Every afdeling with its free seats now as its capacity (absent: no limit). */
  afdelingen: readonly LotingAfdeling[];
  capaciteitsgroepen: readonly LotingCapaciteitsgroep[];
  /** The pupils still in the procedure (placed or uitgeloot); one who withdrew is not here. */
  leerlingen: readonly ReserveRondeLeerling[];
}

/** A pupil moved up in the second round: from where (null: was not placed) to where, finally. */
export interface Doorschuiving {
  leerlingId: string;
  van: Keuze | null;
  naar: Keuze;
  voorkeur: number;
  lotingnummer: number;
}

/**
 * The second round of a central draw: every free seat goes to the first on that afdeling's
 * reserve list (ordered as `reservelijsten` ordered it: by rank, then lottery number) who still
 * wants it — who ranked it higher than where it is now. Its old seat is free in turn, and so on,
 * until no afdeling has a free seat and someone who wants it. A pupil only ever moves up its own
 * list, so this ends; the outcome is the final move per pupil, in the order of those last moves.
 */
export function schuifDoorVanReservelijsten(invoer: ReserveRondeInvoer): Doorschuiving[] {
  const eenheidVan = capaciteitseenheden(invoer.afdelingen, invoer.capaciteitsgroepen);
  const vrij = new Map<string, number | null>();
  for (const e of eenheidVan.values()) vrij.set(eenheidSleutel(e), e.capaciteit);
  const sleutelVan = (afdelingId: string): string | undefined => {
    const e = eenheidVan.get(afdelingId);
    return e ? eenheidSleutel(e) : undefined;
  };

  const nu = new Map<string, { plek: Keuze | null; voorkeur: number }>();
  const wachtrij = new Map<string, { leerlingId: string; plaats: Reserveplaats; lotingnummer: number }[]>();
  for (const l of invoer.leerlingen) {
    nu.set(l.leerlingId, { plek: l.geplaatstOp, voorkeur: l.voorkeur ?? Number.POSITIVE_INFINITY });
    for (const plaats of l.reserveplaatsen) {
      const sleutel = sleutelVan(plaats.afdelingId);
      if (sleutel === undefined) continue;
      const lijst = wachtrij.get(sleutel) ?? [];
      lijst.push({ leerlingId: l.leerlingId, plaats, lotingnummer: l.lotingnummer });
      wachtrij.set(sleutel, lijst);
    }
  }
  for (const lijst of wachtrij.values()) {
    lijst.sort(
      (a, b) =>
        a.plaats.voorkeur - b.plaats.voorkeur ||
        a.lotingnummer - b.lotingnummer ||
        vergelijkId(a.leerlingId, b.leerlingId),
    );
  }
  // Who wants a seat of this unit now; one who no longer does never will again (pupils only move up).
  const volgende = new Map<string, number>();
  const lotingnummerVan = new Map(invoer.leerlingen.map((l) => [l.leerlingId, l.lotingnummer]));
  const eenheden = [...wachtrij.keys()].sort();
  // When each pupil made its last move: applied in this order, a seat is only ever taken once free.
  const stap = new Map<string, number>();
  let teller = 0;
  let bewogen = true;
  while (bewogen) {
    bewogen = false;
    for (const sleutel of eenheden) {
      const lijst = wachtrij.get(sleutel) ?? [];
      let i = volgende.get(sleutel) ?? 0;
      while (i < lijst.length) {
        const ruimte = vrij.get(sleutel);
        if (ruimte !== null && (ruimte ?? 0) <= 0) break;
        const w = lijst[i] as (typeof lijst)[number];
        const huidig = nu.get(w.leerlingId) as { plek: Keuze | null; voorkeur: number };
        i += 1;
        if (w.plaats.voorkeur >= huidig.voorkeur) continue;
        if (huidig.plek) {
          const oud = sleutelVan(huidig.plek.afdelingId);
          const oudVrij = oud === undefined ? null : vrij.get(oud);
          if (oud !== undefined && oudVrij !== null && oudVrij !== undefined) vrij.set(oud, oudVrij + 1);
        }
        if (ruimte !== null && ruimte !== undefined) vrij.set(sleutel, ruimte - 1);
        nu.set(w.leerlingId, {
          plek: { schoolId: w.plaats.schoolId, afdelingId: w.plaats.afdelingId },
          voorkeur: w.plaats.voorkeur,
        });
        stap.set(w.leerlingId, teller++);
        bewogen = true;
      }
      volgende.set(sleutel, i);
    }
  }
  const uit: Doorschuiving[] = [];
  for (const l of invoer.leerlingen) {
    const eind = nu.get(l.leerlingId);
    if (!eind?.plek || eind.voorkeur === (l.voorkeur ?? Number.POSITIVE_INFINITY)) continue;
    uit.push({
      leerlingId: l.leerlingId,
      van: l.geplaatstOp,
      naar: eind.plek,
      voorkeur: eind.voorkeur,
      lotingnummer: lotingnummerVan.get(l.leerlingId) ?? l.lotingnummer,
    });
  }
  return uit.sort((x, y) => (stap.get(x.leerlingId) ?? 0) - (stap.get(y.leerlingId) ?? 0));
}
