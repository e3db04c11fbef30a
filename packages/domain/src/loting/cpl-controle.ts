import type { CplInvoer } from "./cpl";
import { vergelijkId } from "./rangorde";

/** A pupil and a programma that would both rather have each other than what they got. */
export interface BlokkerendPaar {
  leerlingId: string;
  programmaId: string;
  reden: "lege-plaats" | "verdringt";
}

/**
 * Checks a CP&L outcome from the definitions alone, independent of the engine: no programma over
 * capacity, every pupil on one of its own choices, and no blocking pair. Returns what is wrong,
 * or an empty list.
 */
export function controleerCplUitkomst(
  invoer: CplInvoer,
  toewijzing: ReadonlyMap<string, string | null>,
): { overCapaciteit: string[]; nietGekozen: string[]; blokkerendeParen: BlokkerendPaar[] } {
  const programmas = new Map(invoer.programmas.map((p) => [p.id, p]));
  const lot = new Map(invoer.leerlingen.map((l) => [l.id, l.lotingnummer]));
  const klasse = (programmaId: string, leerlingId: string): number =>
    programmas.get(programmaId)?.voorrang?.[leerlingId] ?? Number.POSITIVE_INFINITY;
  const beter = (programmaId: string, x: string, y: string): boolean => {
    const kx = klasse(programmaId, x);
    const ky = klasse(programmaId, y);
    if (kx !== ky) return kx < ky;
    const lx = lot.get(x) ?? 0;
    const ly = lot.get(y) ?? 0;
    if (lx !== ly) return lx < ly;
    return vergelijkId(x, y) < 0;
  };
  const geplaatst = new Map<string, string[]>();
  for (const [leerlingId, programmaId] of toewijzing) {
    if (programmaId === null) continue;
    const lijst = geplaatst.get(programmaId) ?? [];
    lijst.push(leerlingId);
    geplaatst.set(programmaId, lijst);
  }
  const slechtste = new Map<string, string>();
  for (const [programmaId, lijst] of geplaatst) {
    let s = lijst[0] as string;
    for (const l of lijst) if (beter(programmaId, s, l)) s = l;
    slechtste.set(programmaId, s);
  }

  const overCapaciteit = [...geplaatst]
    .filter(([id, lijst]) => lijst.length > (programmas.get(id)?.capaciteit ?? 0))
    .map(([id]) => id);
  const nietGekozen: string[] = [];
  const blokkerendeParen: BlokkerendPaar[] = [];
  for (const leerling of invoer.leerlingen) {
    const toegewezen = toewijzing.get(leerling.id) ?? null;
    const positie = toegewezen === null ? leerling.keuzes.length : leerling.keuzes.indexOf(toegewezen);
    if (positie < 0) {
      nietGekozen.push(leerling.id);
      continue;
    }
    for (const programmaId of leerling.keuzes.slice(0, positie)) {
      const capaciteit = programmas.get(programmaId)?.capaciteit ?? 0;
      const bezet = geplaatst.get(programmaId)?.length ?? 0;
      if (bezet < capaciteit) {
        blokkerendeParen.push({ leerlingId: leerling.id, programmaId, reden: "lege-plaats" });
      } else if (bezet > 0 && beter(programmaId, leerling.id, slechtste.get(programmaId) as string)) {
        blokkerendeParen.push({ leerlingId: leerling.id, programmaId, reden: "verdringt" });
      }
    }
  }
  return { overCapaciteit, nietGekozen, blokkerendeParen };
}
