import type { AanmeldingStatus } from "../aanmelding/leerling";
import type { Keuze } from "../aanmelding/voorkeurslijst";
import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import type { LotingAfdeling, LotingCapaciteitsgroep } from "./capaciteit";
import {
  type CentralePlaatsingInvoer,
  type CentralePlaatsingUitslag,
  type CplDeelnemer,
  keuzesInDeLoting,
} from "./centrale-plaatsing";

/**
 * LOT-03 in the app: from the registrations of a school year and the VO schools to the input of
 * `centralePlaatsingEnLoting`, and its outcome back to schools and afdelingen.
 *
 * - **Deelnemers**: every registration with the status *uitgeloot* (TRT-07), keyed by its
 *   registration id (the stored run holds no names), with its whole voorkeurslijst.
 * - **Seats**: every afdeling of every VO school. An afdeling with a capacity keeps
 *   `capaciteit − bezet`, where *bezet* counts the registrations *aangemeld*, *geplaatst* or
 *   *toegewezen* on it (the placement's afdeling, else the assignment's, else the 1st choice's):
 *   a pupil still being assessed at its 1st choice holds its seat. A capaciteitsgroep keeps its
 *   capacity minus what its afdelingen hold together. Never below 0. An afdeling with neither has
 *   no limit. Extra seats ("what if 5 more") are added to the afdeling, or to its group.
 * - **Meerlingen**: registrations marked *meerling* at the same 1st-choice school with the same
 *   `meerlingSleutel` (surname, date of birth and address, made by the caller) share one lottery
 *   number; a lone marked registration is no meerling.
 * - Afdeling ids are not unique across schools, so the engine gets `schoolId/afdelingId`.
 */
export interface CplSchool {
  id: string;
  naam: string;
  afdelingen: readonly {
    id: string;
    naam: string;
    capaciteit?: number;
    capaciteitsgroepId?: string;
  }[];
  capaciteitsgroepen: readonly { id: string; naam: string; capaciteit: number }[];
}

export interface CplRegistratie {
  id: string;
  status: AanmeldingStatus;
  /** The school that holds it now (TRT-08); absent: the 1st choice. */
  schoolId?: string;
  keuzes: readonly Keuze[];
  meerling?: boolean;
  /** Equal for pupils that may be a meerling (surname, birth date, address); see `mogelijkeMeerlingen`. */
  meerlingSleutel?: string;
  plaatsing?: { afdelingId: string };
  toewijzing?: { afdelingId: string };
}

/** Extra seats for the preview or the run, per afdeling of a school. */
export interface ExtraCapaciteit {
  schoolId: string;
  afdelingId: string;
  extra: number;
}

/** One afdeling's seats as the screen shows them. */
export interface CplCapaciteitRegel {
  schoolId: string;
  schoolNaam: string;
  afdelingId: string;
  afdelingNaam: string;
  /** Absent: no limit. */
  capaciteit?: number;
  capaciteitsgroep?: string;
  /** Registrations aangemeld, geplaatst or toegewezen on it. */
  bezet: number;
  /** Seats the CP&L may fill (of the afdeling, or of its group, extra included); absent: no limit. */
  resterend?: number;
  extra: number;
  /** Pupils in the CP&L with this afdeling as their 2nd … 5th choice. */
  inCpl: number;
}

const BEZET: readonly AanmeldingStatus[] = ["aangemeld", "geplaatst", "toegewezen"];

/** The engine's id of an afdeling (or capaciteitsgroep) of a school. */
export function cplAfdelingId(schoolId: string, afdelingId: string): string {
  return `${schoolId}/${afdelingId}`;
}

/** The afdeling of the school, back from the engine's id. */
export function vanCplAfdelingId(schoolId: string, id: string): string {
  return id.startsWith(`${schoolId}/`) ? id.slice(schoolId.length + 1) : id;
}

/** A registration that may belong to a meerling at its 1st-choice school. */
export interface MeerlingLid {
  id: string;
  /** The 1st-choice school. */
  schoolId: string;
  meerling?: boolean;
  meerlingSleutel?: string;
}

/**
 * Meerlingen (LOT-02, LOT-03): registrations marked *meerling* at the same 1st-choice school with
 * the same `meerlingSleutel` form one; a lone marked registration is no meerling. Per member id
 * the meerling's id: the smallest id among its members.
 */
export function meerlingenVan(leden: Iterable<MeerlingLid>): Map<string, string> {
  const groepen = new Map<string, string[]>();
  for (const r of leden) {
    if (!r.meerling || !r.meerlingSleutel) continue;
    const groep = `${r.schoolId}|${r.meerlingSleutel}`;
    groepen.set(groep, [...(groepen.get(groep) ?? []), r.id]);
  }
  const meerlingVan = new Map<string, string>();
  for (const ids of groepen.values()) {
    if (ids.length < 2) continue;
    const meerlingId = [...ids].sort()[0] as string;
    for (const id of ids) meerlingVan.set(id, meerlingId);
  }
  return meerlingVan;
}

export interface CplVoorbereiding {
  invoer: Omit<CentralePlaatsingInvoer, "seed">;
  capaciteit: CplCapaciteitRegel[];
}

/**
 * `procedure` (RegionConfig.plaatsingsprocedure): after a decentral lottery the CP&L takes the
 * pupils *uitgeloot* over choices 2–5 and every registration still *aangemeld* holds its seat; in
 * one central draw ("centrale-loting") every registration *aangemeld* takes part over all its
 * choices and only *geplaatst* or *toegewezen* hold a seat.
 */
export function cplInvoerVoor(
  scholen: readonly CplSchool[],
  registraties: readonly CplRegistratie[],
  extraCapaciteit: readonly ExtraCapaciteit[] = [],
  procedure: "decentrale-loting-en-cpl" | "centrale-loting" = "decentrale-loting-en-cpl",
): CplVoorbereiding {
  const centraal = procedure === "centrale-loting";
  const deelnemerStatus: AanmeldingStatus = centraal ? "aangemeld" : "uitgeloot";
  const houdtPlaats = centraal ? BEZET.filter((s) => s !== "aangemeld") : BEZET;
  const extra = new Map<string, number>();
  for (const e of extraCapaciteit) {
    if (!Number.isInteger(e.extra) || e.extra < 0 || e.extra > 10_000) {
      throw new OngeldigeInvoerFout("Extra capaciteit is een geheel getal van 0 tot en met 10.000.", {
        extraCapaciteit: "Vul een geheel getal van 0 of meer in.",
      });
    }
    const school = scholen.find((s) => s.id === e.schoolId);
    if (!school?.afdelingen.some((a) => a.id === e.afdelingId)) {
      throw new OngeldigeInvoerFout(`Onbekende afdeling ${e.afdelingId} van school ${e.schoolId}.`);
    }
    const sleutel = cplAfdelingId(e.schoolId, e.afdelingId);
    extra.set(sleutel, (extra.get(sleutel) ?? 0) + e.extra);
  }

  const bezet = new Map<string, number>();
  const inCpl = new Map<string, number>();
  const deelnemers: CplDeelnemer[] = [];
  const meerlingLeden: MeerlingLid[] = [];
  for (const r of registraties) {
    const eerste = r.keuzes[0];
    if (r.status === deelnemerStatus) {
      deelnemers.push({
        leerlingId: r.id,
        voorkeurslijst: r.keuzes.map((k) => ({
          schoolId: k.schoolId,
          afdelingId: cplAfdelingId(k.schoolId, k.afdelingId),
        })),
      });
      for (const k of keuzesInDeLoting(r.keuzes, centraal)) {
        const sleutel = cplAfdelingId(k.schoolId, k.afdelingId);
        inCpl.set(sleutel, (inCpl.get(sleutel) ?? 0) + 1);
      }
      if (eerste) meerlingLeden.push({ ...r, schoolId: eerste.schoolId });
    } else if (houdtPlaats.includes(r.status)) {
      const schoolId = r.schoolId ?? eerste?.schoolId;
      const afdelingId = r.plaatsing?.afdelingId ?? r.toewijzing?.afdelingId ?? eerste?.afdelingId;
      if (!schoolId || !afdelingId) continue;
      const sleutel = cplAfdelingId(schoolId, afdelingId);
      bezet.set(sleutel, (bezet.get(sleutel) ?? 0) + 1);
    }
  }
  const meerlingVan = meerlingenVan(meerlingLeden);
  for (const d of deelnemers) {
    const m = meerlingVan.get(d.leerlingId);
    if (m) d.meerlingId = m;
  }

  const afdelingen: LotingAfdeling[] = [];
  const capaciteitsgroepen: LotingCapaciteitsgroep[] = [];
  const capaciteit: CplCapaciteitRegel[] = [];
  for (const s of scholen) {
    const groepRest = new Map<string, number>();
    for (const g of s.capaciteitsgroepen) {
      const gId = cplAfdelingId(s.id, g.id);
      const vanGroep = s.afdelingen.filter((a) => a.capaciteitsgroepId === g.id);
      const inGebruik = vanGroep.reduce((n, a) => n + (bezet.get(cplAfdelingId(s.id, a.id)) ?? 0), 0);
      const extraGroep = vanGroep.reduce((n, a) => n + (extra.get(cplAfdelingId(s.id, a.id)) ?? 0), 0);
      const rest = Math.max(0, g.capaciteit - inGebruik) + extraGroep;
      groepRest.set(g.id, rest);
      capaciteitsgroepen.push({ id: gId, capaciteit: rest });
    }
    for (const a of s.afdelingen) {
      const id = cplAfdelingId(s.id, a.id);
      const groep = a.capaciteitsgroepId
        ? s.capaciteitsgroepen.find((g) => g.id === a.capaciteitsgroepId)
        : undefined;
      const eigenExtra = extra.get(id) ?? 0;
      let resterend: number | undefined;
      if (groep) {
        afdelingen.push({ id, schoolId: s.id, capaciteitsgroepId: cplAfdelingId(s.id, groep.id) });
        resterend = groepRest.get(groep.id);
      } else if (a.capaciteit !== undefined) {
        resterend = Math.max(0, a.capaciteit - (bezet.get(id) ?? 0)) + eigenExtra;
        afdelingen.push({ id, schoolId: s.id, capaciteit: resterend });
      } else {
        afdelingen.push({ id, schoolId: s.id });
      }
      capaciteit.push({
        schoolId: s.id,
        schoolNaam: s.naam,
        afdelingId: a.id,
        afdelingNaam: a.naam,
        ...(groep ? { capaciteit: groep.capaciteit, capaciteitsgroep: groep.naam } : {}),
        ...(!groep && a.capaciteit !== undefined ? { capaciteit: a.capaciteit } : {}),
        bezet: bezet.get(id) ?? 0,
        ...(resterend !== undefined ? { resterend } : {}),
        extra: eigenExtra,
        inCpl: inCpl.get(id) ?? 0,
      });
    }
  }
  // Choices of an afdeling that no longer exists are left out rather than failing the whole run.
  const bekend = new Set(afdelingen.map((a) => a.id));
  for (const d of deelnemers) {
    d.voorkeurslijst = d.voorkeurslijst.filter((k, i) => i === 0 || bekend.has(k.afdelingId));
  }
  return {
    invoer: { afdelingen, capaciteitsgroepen, deelnemers, ...(centraal ? { vanafEersteKeuze: true } : {}) },
    capaciteit,
  };
}

/** The outcome in numbers: placed per choice (2–5 in the CP&L, from 1 in a central draw) and not placed. */
export interface CplSamenvatting {
  deelnemers: number;
  geplaatst: number;
  nietGeplaatst: number;
  perVoorkeur: { voorkeur: number; aantal: number }[];
}

export function cplSamenvatting(uitslagen: readonly CentralePlaatsingUitslag[]): CplSamenvatting {
  const per = new Map<number, number>();
  let geplaatst = 0;
  for (const u of uitslagen) {
    if (u.geplaatstOp && u.voorkeur !== null) {
      geplaatst += 1;
      per.set(u.voorkeur, (per.get(u.voorkeur) ?? 0) + 1);
    }
  }
  return {
    deelnemers: uitslagen.length,
    geplaatst,
    nietGeplaatst: uitslagen.length - geplaatst,
    perVoorkeur: voorkeurenVan(per).map((voorkeur) => ({ voorkeur, aantal: per.get(voorkeur) ?? 0 })),
  };
}

/** 2–5 always (the CP&L's), widened to whatever choices the outcome holds (1 and beyond 5 in a central draw). */
function voorkeurenVan(per: ReadonlyMap<number, number>): number[] {
  const gezien = [...per.keys()];
  const van = Math.min(2, ...gezien);
  const tot = Math.max(5, ...gezien);
  return Array.from({ length: tot - van + 1 }, (_, i) => van + i);
}
