import { OngeldigeInvoerFout } from "../fouten/domein-fout";

/** What a lottery needs to know of an afdeling (see `Afdeling` in organisatie). */
export interface LotingAfdeling {
  id: string;
  schoolId: string;
  /** Seats for this round; absent (and not in a capaciteitsgroep): no limit. */
  capaciteit?: number;
  /** Seats shared with other afdelingen of the school (ORG-03); then `capaciteit` is not used. */
  capaciteitsgroepId?: string;
  /** Equivalent afdelingen of the same school, in the order they are tried. */
  gelijkwaardigAan?: readonly string[];
}

export interface LotingCapaciteitsgroep {
  id: string;
  capaciteit: number;
}

/** The thing that has seats: an afdeling of its own, or a capaciteitsgroep. */
export interface Capaciteitseenheid {
  soort: "afdeling" | "capaciteitsgroep";
  id: string;
  /** null: no limit. */
  capaciteit: number | null;
}

/** The unit's key, unique over afdelingen and groups together. */
export function eenheidSleutel(e: Pick<Capaciteitseenheid, "soort" | "id">): string {
  return `${e.soort}:${e.id}`;
}

/** Per afdeling id the unit its seats come from; checks capacities and group references. */
export function capaciteitseenheden(
  afdelingen: readonly LotingAfdeling[],
  capaciteitsgroepen: readonly LotingCapaciteitsgroep[],
): Map<string, Capaciteitseenheid> {
  const groepen = new Map<string, Capaciteitseenheid>();
  for (const g of capaciteitsgroepen) {
    controleerCapaciteit(g.capaciteit, `capaciteitsgroep ${g.id}`);
    groepen.set(g.id, { soort: "capaciteitsgroep", id: g.id, capaciteit: g.capaciteit });
  }
  const uit = new Map<string, Capaciteitseenheid>();
  for (const a of afdelingen) {
    if (uit.has(a.id)) throw new OngeldigeInvoerFout(`Afdeling ${a.id} staat twee keer in de invoer.`);
    if (a.capaciteitsgroepId !== undefined) {
      const groep = groepen.get(a.capaciteitsgroepId);
      if (!groep) {
        throw new OngeldigeInvoerFout(
          `Afdeling ${a.id} hoort bij een onbekende capaciteitsgroep: ${a.capaciteitsgroepId}.`,
        );
      }
      uit.set(a.id, groep);
    } else {
      if (a.capaciteit !== undefined) controleerCapaciteit(a.capaciteit, `afdeling ${a.id}`);
      uit.set(a.id, { soort: "afdeling", id: a.id, capaciteit: a.capaciteit ?? null });
    }
  }
  return uit;
}

function controleerCapaciteit(capaciteit: number, wat: string): void {
  if (!Number.isInteger(capaciteit) || capaciteit < 0) {
    throw new OngeldigeInvoerFout(`De capaciteit van ${wat} is geen geheel getal van 0 of meer.`);
  }
}
