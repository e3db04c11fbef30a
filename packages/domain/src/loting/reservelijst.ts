import type { Keuze } from "../aanmelding/voorkeurslijst";
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
