import type { AanmeldingStatus } from "../aanmelding/leerling";
import type { Keuze } from "../aanmelding/voorkeurslijst";
import { eenheidSleutel, type LotingAfdeling, type LotingCapaciteitsgroep } from "./capaciteit";
import { type CplSchool, cplAfdelingId, meerlingenVan } from "./cpl-invoer";
import type {
  DecentraleAanmelding,
  DecentraleLotingInvoer,
  DecentraleLotingUitslag,
} from "./decentrale-loting";

/**
 * LOT-02 in the app: from the registrations of a school year and the VO schools to the input of
 * `decentraleLoting`, and its outcome back per over-subscribed afdeling or capaciteitsgroep.
 *
 * - **Deelnemers**: every registration with the status *aangemeld* at its 1st-choice school — the
 *   manual's "alle leerlingen die geen status hebben" — keyed by its registration id (the stored
 *   run holds no names). A registration whose 1st-choice afdeling no longer exists is left out.
 * - **Voorrang**: class 1 only where the school *granted* it (TRT-04, `voorrangToegekend`); a claim
 *   not yet decided or refused draws like everyone else.
 * - **Gelijkwaardige afdeling**: the parents' wish at the 1st choice (REG-03), with the school's
 *   equivalent afdelingen in the order the school lists them.
 * - **Seats**: per afdeling its capacity, or per capaciteitsgroep the group's, minus the pupils
 *   already *geplaatst* or *toegewezen* on it (placed before the draw); never below 0. An afdeling
 *   with neither has no limit.
 * - **Meerlingen**: as the CP&L (`meerlingenVan`): marked *meerling* at the same 1st-choice school
 *   with the same `meerlingSleutel`.
 * - Afdeling and group ids are not unique across schools, so the engine gets `schoolId/id`.
 */
export interface DecentraleSchool extends CplSchool {
  afdelingen: readonly {
    id: string;
    naam: string;
    capaciteit?: number;
    capaciteitsgroepId?: string;
    gelijkwaardigAan?: readonly string[];
  }[];
}

export interface DecentraleRegistratie {
  id: string;
  status: AanmeldingStatus;
  /** The school that holds it now (TRT-08); absent: the 1st choice. */
  schoolId?: string;
  keuzes: readonly Keuze[];
  eersteKeuze: { gelijkwaardigeAfdelingWens?: boolean; meerling?: boolean };
  /** The 1st-choice school granted the voorrang asked for (TRT-04). */
  voorrangToegekend?: boolean;
  /** Equal for pupils that may be a meerling (surname, birth date, address). */
  meerlingSleutel?: string;
  plaatsing?: { afdelingId: string };
  toewijzing?: { afdelingId: string };
}

/** One afdeling with its own capacity, or one capaciteitsgroep, as the screen shows it. */
export interface DecentraleEenheid {
  /** The engine's unit key (`afdeling:school/id` or `capaciteitsgroep:school/id`). */
  sleutel: string;
  soort: "afdeling" | "capaciteitsgroep";
  schoolId: string;
  schoolNaam: string;
  naam: string;
  /** Seats available to the draw: capacity minus pupils geplaatst or toegewezen on it. */
  capaciteit: number;
  /** 1st-choice registrations without a status on it. */
  aanmeldingen: number;
  overingeschreven: boolean;
}

export interface DecentraleVoorbereiding {
  invoer: Omit<DecentraleLotingInvoer, "seed">;
  /** Every unit with a capacity, in the order of the schools. */
  eenheden: DecentraleEenheid[];
}

const BEZET: readonly AanmeldingStatus[] = ["geplaatst", "toegewezen"];

export function decentraleInvoerVoor(
  scholen: readonly DecentraleSchool[],
  registraties: readonly DecentraleRegistratie[],
): DecentraleVoorbereiding {
  const afdelingVan = new Map<string, DecentraleSchool["afdelingen"][number]>();
  for (const s of scholen) for (const a of s.afdelingen) afdelingVan.set(cplAfdelingId(s.id, a.id), a);

  const bezet = new Map<string, number>();
  const deelnemers: (DecentraleAanmelding & { schoolId: string; r: DecentraleRegistratie })[] = [];
  for (const r of registraties) {
    const eerste = r.keuzes[0];
    if (!eerste) continue;
    const schoolId = r.schoolId ?? eerste.schoolId;
    if (r.status === "aangemeld" && schoolId === eerste.schoolId) {
      const afdelingId = cplAfdelingId(eerste.schoolId, eerste.afdelingId);
      if (!afdelingVan.has(afdelingId)) continue;
      deelnemers.push({
        leerlingId: r.id,
        afdelingId,
        schoolId,
        r,
        ...(r.voorrangToegekend ? { voorrangsklasse: 1 } : {}),
        ...(r.eersteKeuze.gelijkwaardigeAfdelingWens ? { gelijkwaardigeAfdelingWens: true } : {}),
      });
    } else if (BEZET.includes(r.status)) {
      const afdelingId = r.plaatsing?.afdelingId ?? r.toewijzing?.afdelingId ?? eerste.afdelingId;
      const sleutel = cplAfdelingId(schoolId, afdelingId);
      bezet.set(sleutel, (bezet.get(sleutel) ?? 0) + 1);
    }
  }
  const meerlingVan = meerlingenVan(
    deelnemers.map((d) => ({
      id: d.leerlingId,
      schoolId: d.schoolId,
      meerling: d.r.eersteKeuze.meerling,
      meerlingSleutel: d.r.meerlingSleutel,
    })),
  );

  const afdelingen: LotingAfdeling[] = [];
  const capaciteitsgroepen: LotingCapaciteitsgroep[] = [];
  const eenheden: DecentraleEenheid[] = [];
  const vraag = new Map<string, number>();
  const eenheidVan = new Map<string, string>();
  for (const s of scholen) {
    for (const g of s.capaciteitsgroepen) {
      const id = cplAfdelingId(s.id, g.id);
      const inGebruik = s.afdelingen
        .filter((a) => a.capaciteitsgroepId === g.id)
        .reduce((n, a) => n + (bezet.get(cplAfdelingId(s.id, a.id)) ?? 0), 0);
      const capaciteit = Math.max(0, g.capaciteit - inGebruik);
      capaciteitsgroepen.push({ id, capaciteit });
      eenheden.push({
        sleutel: eenheidSleutel({ soort: "capaciteitsgroep", id }),
        soort: "capaciteitsgroep",
        schoolId: s.id,
        schoolNaam: s.naam,
        naam: g.naam,
        capaciteit,
        aanmeldingen: 0,
        overingeschreven: false,
      });
    }
    for (const a of s.afdelingen) {
      const id = cplAfdelingId(s.id, a.id);
      const gelijkwaardigAan = (a.gelijkwaardigAan ?? []).map((g) => cplAfdelingId(s.id, g));
      const groep = a.capaciteitsgroepId
        ? s.capaciteitsgroepen.find((g) => g.id === a.capaciteitsgroepId)
        : undefined;
      if (groep) {
        const groepId = cplAfdelingId(s.id, groep.id);
        afdelingen.push({ id, schoolId: s.id, capaciteitsgroepId: groepId, gelijkwaardigAan });
        eenheidVan.set(id, eenheidSleutel({ soort: "capaciteitsgroep", id: groepId }));
      } else if (a.capaciteit !== undefined) {
        const capaciteit = Math.max(0, a.capaciteit - (bezet.get(id) ?? 0));
        afdelingen.push({ id, schoolId: s.id, capaciteit, gelijkwaardigAan });
        const sleutel = eenheidSleutel({ soort: "afdeling", id });
        eenheidVan.set(id, sleutel);
        eenheden.push({
          sleutel,
          soort: "afdeling",
          schoolId: s.id,
          schoolNaam: s.naam,
          naam: a.naam,
          capaciteit,
          aanmeldingen: 0,
          overingeschreven: false,
        });
      } else {
        afdelingen.push({ id, schoolId: s.id, gelijkwaardigAan });
      }
    }
  }
  for (const d of deelnemers) {
    const sleutel = eenheidVan.get(d.afdelingId);
    if (sleutel) vraag.set(sleutel, (vraag.get(sleutel) ?? 0) + 1);
  }
  for (const e of eenheden) {
    e.aanmeldingen = vraag.get(e.sleutel) ?? 0;
    e.overingeschreven = e.aanmeldingen > e.capaciteit;
  }
  const aanmeldingen: DecentraleAanmelding[] = deelnemers.map(({ schoolId: _s, r: _r, ...d }) => {
    const meerlingId = meerlingVan.get(d.leerlingId);
    return meerlingId ? { ...d, meerlingId } : d;
  });
  return { invoer: { afdelingen, capaciteitsgroepen, aanmeldingen }, eenheden };
}

/** An over-subscribed unit after the draw: who drew a place, who lost, who moved to an equivalent afdeling. */
export interface DecentraleEenheidUitslag extends DecentraleEenheid {
  ingeloot: number;
  uitgeloot: number;
  naarGelijkwaardig: number;
}

export interface DecentraleSamenvatting {
  /** Registrations in the draw (every 1st choice without a status). */
  deelnemers: number;
  /** Of them, on an over-subscribed afdeling or capaciteitsgroep. */
  geloot: number;
  uitgeloot: number;
  naarGelijkwaardig: number;
}

/** The outcome per over-subscribed unit, and in numbers. */
export function decentraleUitslagPerEenheid(
  v: DecentraleVoorbereiding,
  uitslagen: readonly DecentraleLotingUitslag[],
): { eenheden: DecentraleEenheidUitslag[]; samenvatting: DecentraleSamenvatting } {
  const eenheidVan = new Map<string, string>();
  for (const a of v.invoer.afdelingen) {
    eenheidVan.set(
      a.id,
      a.capaciteitsgroepId !== undefined
        ? eenheidSleutel({ soort: "capaciteitsgroep", id: a.capaciteitsgroepId })
        : eenheidSleutel({ soort: "afdeling", id: a.id }),
    );
  }
  const per = new Map<string, DecentraleEenheidUitslag>();
  for (const e of v.eenheden) {
    if (e.overingeschreven) per.set(e.sleutel, { ...e, ingeloot: 0, uitgeloot: 0, naarGelijkwaardig: 0 });
  }
  const samenvatting: DecentraleSamenvatting = {
    deelnemers: uitslagen.length,
    geloot: 0,
    uitgeloot: 0,
    naarGelijkwaardig: 0,
  };
  for (const u of uitslagen) {
    if (u.geloot) samenvatting.geloot += 1;
    if (u.uitkomst === "uitgeloot") samenvatting.uitgeloot += 1;
    if (u.viaGelijkwaardigeAfdeling) samenvatting.naarGelijkwaardig += 1;
    const e = per.get(eenheidVan.get(u.afdelingId) ?? "");
    if (!e) continue;
    if (u.uitkomst === "uitgeloot") e.uitgeloot += 1;
    else if (u.viaGelijkwaardigeAfdeling) e.naarGelijkwaardig += 1;
    else e.ingeloot += 1;
  }
  return { eenheden: [...per.values()], samenvatting };
}
