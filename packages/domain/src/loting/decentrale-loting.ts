import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import {
  type Capaciteitseenheid,
  capaciteitseenheden,
  eenheidSleutel,
  type LotingAfdeling,
  type LotingCapaciteitsgroep,
} from "./capaciteit";
import { vergelijkId } from "./rangorde";
import { controleerSeedFormaat, lotingnummers } from "./seed";

/** A 1st-choice registration without a status, taking part in the decentral lottery (LOT-02). */
export interface DecentraleAanmelding {
  leerlingId: string;
  /** The afdeling of the 1st choice. */
  afdelingId: string;
  /** Granted voorrang (REG-03): a class, lower first — ELK uses 1 for granted voorrang; absent: none. */
  voorrangsklasse?: number;
  /** "Stay at this school on an equivalent afdeling" (REG-03). */
  gelijkwaardigeAfdelingWens?: boolean;
  /** The same id for the members of a meerling registering at this school together. */
  meerlingId?: string;
}

export interface DecentraleLotingInvoer {
  seed: string;
  /** The afdelingen of the school (or schools) drawing, with the seats available to the draw. */
  afdelingen: readonly LotingAfdeling[];
  capaciteitsgroepen: readonly LotingCapaciteitsgroep[];
  aanmeldingen: readonly DecentraleAanmelding[];
}

export interface DecentraleLotingUitslag {
  leerlingId: string;
  /** The 1st-choice afdeling. */
  afdelingId: string;
  uitkomst: "geplaatst" | "uitgeloot";
  /** The afdeling the pupil is placed on: its own or an equivalent one; null when uitgeloot. */
  geplaatstOp: string | null;
  viaGelijkwaardigeAfdeling: boolean;
  /** Whether the pupil's afdeling or capaciteitsgroep was over-subscribed, so a draw decided. */
  geloot: boolean;
  /** The number it drew with; the members of a meerling share one. */
  lotingnummer: number;
  /** Place on the reserve list of its afdeling or capaciteitsgroep (1 = first) when it lost the draw. */
  reservepositie: number | null;
}

export interface EenheidNaLoting extends Capaciteitseenheid {
  /** 1st-choice registrations for this unit. */
  aanmeldingen: number;
  overingeschreven: boolean;
  /** Placed on it, including pupils moved here from an equivalent afdeling. */
  geplaatst: number;
  /** Seats left for the CP&L; null: no limit. */
  resterend: number | null;
}

export interface DecentraleLotingUitkomst {
  /** In the order of `aanmeldingen`. */
  uitslagen: DecentraleLotingUitslag[];
  eenheden: EenheidNaLoting[];
}

interface Lot {
  leden: DecentraleAanmelding[];
  klasse: number;
  nummer: number;
  /** Seats needed per unit key. */
  nodig: Map<string, number>;
}

/**
 * LOT-02 — the decentral lottery of an over-subscribed afdeling or capaciteitsgroep, among the
 * 1st-choice registrations without a status.
 *
 * 1. Every registration draws `lotingnummer(seed, leerlingId)`. The members of a meerling (the
 *    same `meerlingId` at the same school) are one lot: they share the number of the member with
 *    the smallest id and the best voorrang class among them.
 * 2. Lots go in order of voorrang class (granted voorrang first), then lottery number (lower
 *    first), then id. A lot is placed when every unit it needs still has a seat for each of its
 *    members; otherwise all its members are uitgeloot.
 *    **Meerling at the boundary**: when fewer seats are left than the meerling has members, the
 *    whole meerling is uitgeloot and the seats go on to the next lots in order that fit (a single
 *    pupil, or a smaller meerling). Capacity is never exceeded and a meerling is never split; a
 *    region that wants to place the meerling anyway raises the capacity by the missing seats and
 *    re-runs the same draw (same seed, same numbers).
 * 3. Who lost the draw and asked to stay at the school on an equivalent afdeling is then placed
 *    there if its unit has a seat left and was not itself over-subscribed ("moet er op deze
 *    gelijkwaardige afdeling geloot worden, dan loot de leerling niet mee") — in the same order,
 *    with the same number: there is no second draw. A meerling moves only as a whole, and only if
 *    every member asked for it. The rest is uitgeloot and goes to the CP&L.
 *
 * Units that are not over-subscribed place every registration (no draw decides there, `geloot`
 * is false) — unless a member of a meerling lost the draw on another unit, as the meerling is one lot.
 * The reserve list of a unit is the order in which its pupils lost the draw.
 */
export function decentraleLoting(invoer: DecentraleLotingInvoer): DecentraleLotingUitkomst {
  controleerSeedFormaat(invoer.seed);
  const eenheidVan = capaciteitseenheden(invoer.afdelingen, invoer.capaciteitsgroepen);
  const afdelingen = new Map(invoer.afdelingen.map((a) => [a.id, a]));

  const gezien = new Set<string>();
  const vraag = new Map<string, number>();
  for (const aanmelding of invoer.aanmeldingen) {
    if (gezien.has(aanmelding.leerlingId)) {
      throw new OngeldigeInvoerFout(`Leerling ${aanmelding.leerlingId} staat twee keer in de loting.`);
    }
    gezien.add(aanmelding.leerlingId);
    const eenheid = eenheidVan.get(aanmelding.afdelingId);
    if (!eenheid) {
      throw new OngeldigeInvoerFout(
        `Leerling ${aanmelding.leerlingId} is aangemeld bij een onbekende afdeling: ${aanmelding.afdelingId}.`,
      );
    }
    if (aanmelding.voorrangsklasse !== undefined && !Number.isFinite(aanmelding.voorrangsklasse)) {
      throw new OngeldigeInvoerFout(
        `De voorrangsklasse van leerling ${aanmelding.leerlingId} is geen getal.`,
      );
    }
    const sleutel = eenheidSleutel(eenheid);
    vraag.set(sleutel, (vraag.get(sleutel) ?? 0) + 1);
  }

  const eenheden = new Map<string, EenheidNaLoting>();
  for (const eenheid of eenheidVan.values()) {
    const sleutel = eenheidSleutel(eenheid);
    if (eenheden.has(sleutel)) continue;
    const aantal = vraag.get(sleutel) ?? 0;
    eenheden.set(sleutel, {
      ...eenheid,
      aanmeldingen: aantal,
      overingeschreven: eenheid.capaciteit !== null && aantal > eenheid.capaciteit,
      geplaatst: 0,
      resterend: eenheid.capaciteit,
    });
  }
  const eenheidVanAfdeling = (afdelingId: string): EenheidNaLoting =>
    eenheden.get(eenheidSleutel(eenheidVan.get(afdelingId) as Capaciteitseenheid)) as EenheidNaLoting;

  const loten = maakLoten(invoer, afdelingen);
  const nummers = lotingnummers(
    invoer.seed,
    loten.map((lot) => lot.leden[0]?.leerlingId ?? ""),
  );
  for (const lot of loten) {
    lot.nummer = nummers.get(lot.leden[0]?.leerlingId ?? "") ?? 0;
    for (const lid of lot.leden) {
      const sleutel = eenheidSleutel(eenheidVan.get(lid.afdelingId) as Capaciteitseenheid);
      lot.nodig.set(sleutel, (lot.nodig.get(sleutel) ?? 0) + 1);
    }
  }
  loten.sort(
    (x, y) =>
      x.klasse - y.klasse ||
      x.nummer - y.nummer ||
      vergelijkId(x.leden[0]?.leerlingId ?? "", y.leden[0]?.leerlingId ?? ""),
  );

  const uitslag = new Map<string, DecentraleLotingUitslag>();
  const reserve = new Map<string, number>();
  const uitgeloot: Lot[] = [];
  for (const lot of loten) {
    const past = [...lot.nodig].every(([sleutel, n]) => {
      const resterend = eenheden.get(sleutel)?.resterend ?? null;
      return resterend === null || resterend >= n;
    });
    if (past) {
      for (const [sleutel, n] of lot.nodig) neem(eenheden.get(sleutel) as EenheidNaLoting, n);
    } else {
      uitgeloot.push(lot);
    }
    for (const lid of lot.leden) {
      const eenheid = eenheidVanAfdeling(lid.afdelingId);
      let reservepositie: number | null = null;
      if (!past) {
        reservepositie = (reserve.get(eenheidSleutel(eenheid)) ?? 0) + 1;
        reserve.set(eenheidSleutel(eenheid), reservepositie);
      }
      uitslag.set(lid.leerlingId, {
        leerlingId: lid.leerlingId,
        afdelingId: lid.afdelingId,
        uitkomst: past ? "geplaatst" : "uitgeloot",
        geplaatstOp: past ? lid.afdelingId : null,
        viaGelijkwaardigeAfdeling: false,
        geloot: eenheid.overingeschreven,
        lotingnummer: lot.nummer,
        reservepositie,
      });
    }
  }

  // Step 3: the equivalent afdeling, in the same order, without a second draw.
  for (const lot of uitgeloot) {
    if (!lot.leden.every((lid) => lid.gelijkwaardigeAfdelingWens)) continue;
    const genomen: [EenheidNaLoting, string, string][] = [];
    for (const lid of lot.leden) {
      const afdeling = afdelingen.get(lid.afdelingId);
      const doel = (afdeling?.gelijkwaardigAan ?? [])
        .map((id) => afdelingen.get(id))
        .find((kandidaat) => {
          if (!kandidaat || kandidaat.id === lid.afdelingId || kandidaat.schoolId !== afdeling?.schoolId) {
            return false;
          }
          const eenheid = eenheidVanAfdeling(kandidaat.id);
          return !eenheid.overingeschreven && (eenheid.resterend === null || eenheid.resterend > 0);
        });
      if (!doel) break;
      const eenheid = eenheidVanAfdeling(doel.id);
      neem(eenheid, 1);
      genomen.push([eenheid, lid.leerlingId, doel.id]);
    }
    if (genomen.length < lot.leden.length) {
      for (const [eenheid] of genomen) geefTerug(eenheid);
      continue;
    }
    for (const [, leerlingId, afdelingId] of genomen) {
      const u = uitslag.get(leerlingId) as DecentraleLotingUitslag;
      uitslag.set(leerlingId, {
        ...u,
        uitkomst: "geplaatst",
        geplaatstOp: afdelingId,
        viaGelijkwaardigeAfdeling: true,
      });
    }
  }

  return {
    uitslagen: invoer.aanmeldingen.map((a) => uitslag.get(a.leerlingId) as DecentraleLotingUitslag),
    eenheden: [...eenheden.values()],
  };
}

function maakLoten(invoer: DecentraleLotingInvoer, afdelingen: ReadonlyMap<string, LotingAfdeling>): Lot[] {
  const meerlingen = new Map<string, Lot>();
  const loten: Lot[] = [];
  for (const aanmelding of invoer.aanmeldingen) {
    const klasse = aanmelding.voorrangsklasse ?? Number.POSITIVE_INFINITY;
    if (aanmelding.meerlingId === undefined) {
      loten.push({ leden: [aanmelding], klasse, nummer: 0, nodig: new Map() });
      continue;
    }
    const school = afdelingen.get(aanmelding.afdelingId)?.schoolId ?? "";
    const sleutel = JSON.stringify([school, aanmelding.meerlingId]);
    const lot = meerlingen.get(sleutel);
    if (lot) {
      lot.leden.push(aanmelding);
      lot.klasse = Math.min(lot.klasse, klasse);
    } else {
      const nieuw: Lot = { leden: [aanmelding], klasse, nummer: 0, nodig: new Map() };
      meerlingen.set(sleutel, nieuw);
      loten.push(nieuw);
    }
  }
  for (const lot of loten) lot.leden.sort((x, y) => vergelijkId(x.leerlingId, y.leerlingId));
  return loten;
}

function neem(eenheid: EenheidNaLoting, n: number): void {
  eenheid.geplaatst += n;
  if (eenheid.resterend !== null) eenheid.resterend -= n;
}

function geefTerug(eenheid: EenheidNaLoting): void {
  eenheid.geplaatst -= 1;
  if (eenheid.resterend !== null) eenheid.resterend += 1;
}
