import type { Aanmelding } from "../aanmelding/leerling";
import type { Reserveplaats } from "../loting/reservelijst";
import type { BehandelContext, InBehandeling } from "./behandeling";
import { plaatsingsBericht, statusLabel } from "./behandeling";
import { StatusConflictFout } from "./fouten";

/**
 * The central draw applied (RegionConfig "centrale-loting", Amsterdam): the system places every
 * pupil where the draw put it — at any choice of its voorkeurslijst, the 1st included — and keeps
 * its reserve places (`reservelijsten`). In the second round a freed seat goes to the first on
 * that afdeling's reserve list, who moves up from its placement (or from no placement at all).
 * Not a menu action: nobody signed in does this; the region administrator starts the run.
 */

export type CentraleRonde = "loting" | "reservelijst";

export interface CentralePlaatsingOpdracht {
  schoolId: string;
  afdelingId: string;
  /** Where the pupil put this school on its voorkeurslijst (1 = first). */
  voorkeur: number;
  lotingnummer: number;
  ronde: CentraleRonde;
}

type Centraal = InBehandeling &
  Pick<Aanmelding, "leerlingNaam" | "lotingnummers" | "reserveplaatsen" | "bekendgemaaktOp">;

export interface CentraleUitkomst<A> {
  aanmelding: A;
  gebeurtenis: {
    soort: "centraal-geplaatst" | "reservelijst-geplaatst" | "centraal-niet-geplaatst";
    gegevens: Record<string, unknown>;
  };
  /** The registry must name the new school (REG-04's message). */
  schoolGewijzigd: boolean;
  /** The primary school's message of the placement, sent from the announcement on (TRT-05). */
  berichtPo?: string;
}

/** The place on its own list of the afdeling a pupil holds now; none: after all its choices. */
export function huidigeVoorkeur(a: Pick<Aanmelding, "status" | "keuzes" | "schoolId" | "plaatsing">): number {
  if (a.status !== "geplaatst" || !a.plaatsing) return Number.POSITIVE_INFINITY;
  const schoolId = a.schoolId ?? a.keuzes[0]?.schoolId;
  const i = a.keuzes.findIndex((k) => k.schoolId === schoolId && k.afdelingId === a.plaatsing?.afdelingId);
  return i < 0 ? Number.POSITIVE_INFINITY : i + 1;
}

function vereisVanuit(a: InBehandeling, toegestaan: readonly Aanmelding["status"][]): void {
  if (!toegestaan.includes(a.status)) {
    throw new StatusConflictFout(`Dit kan niet bij een leerling met de status ${statusLabel(a)}.`);
  }
}

/**
 * Placed by the central draw (ronde "loting", from *aangemeld*) or moved up from a reserve list
 * (ronde "reservelijst", from *geplaatst* or *uitgeloot*, only to a school it ranked higher and
 * holds a reserve place at). The registration moves to that school; the reserve places it ranked
 * lower than this one are let go; parents and primary school are told (again) from the
 * announcement on.
 */
export function plaatsNaCentraleLoting<A extends Centraal>(
  a: A,
  opdracht: CentralePlaatsingOpdracht,
  reserveplaatsen: readonly Reserveplaats[],
  ctx: BehandelContext,
): CentraleUitkomst<A> {
  const keuze = a.keuzes[opdracht.voorkeur - 1];
  if (keuze?.schoolId !== opdracht.schoolId || keuze.afdelingId !== opdracht.afdelingId) {
    throw new StatusConflictFout("Deze school en afdeling staan niet op die plaats van de voorkeurslijst.");
  }
  if (opdracht.ronde === "loting") {
    vereisVanuit(a, ["aangemeld"]);
  } else {
    vereisVanuit(a, ["geplaatst", "uitgeloot"]);
    const reserve = a.reserveplaatsen?.some(
      (r) => r.schoolId === opdracht.schoolId && r.afdelingId === opdracht.afdelingId,
    );
    if (!reserve || opdracht.voorkeur >= huidigeVoorkeur(a)) {
      throw new StatusConflictFout(
        "De leerling staat niet op de reservelijst van een afdeling die hij hoger op zijn lijst had.",
      );
    }
  }
  const school = ctx.school(opdracht.schoolId);
  const afdelingNaam =
    school?.afdelingen.find((af) => af.id === opdracht.afdelingId)?.naam ?? opdracht.afdelingId;
  const schoolNaam = school?.naam ?? opdracht.schoolId;
  const vorigeSchool = a.schoolId ?? a.keuzes[0]?.schoolId;
  const schoolGewijzigd = vorigeSchool !== opdracht.schoolId;
  const toelichting = `${opdracht.ronde === "loting" ? "Centrale loting" : "Reservelijst"}: ${opdracht.voorkeur}e voorkeur, lotingnummer ${opdracht.lotingnummer}`;
  const op = ctx.nu.toISOString();
  const hoger = reserveplaatsen.filter((r) => r.voorkeur < opdracht.voorkeur);
  const { bekendgemaaktOp: _verteld, besluit: _besluit, toewijzing: _toewijzing, ...rest } = a;
  const aanmelding = {
    ...rest,
    status: "geplaatst",
    schoolId: opdracht.schoolId,
    plaatsing: {
      afdelingId: opdracht.afdelingId,
      afdelingNaam,
      toelichting,
      op,
      door: { gebruikerId: ctx.actor.gebruikerId, naam: ctx.actor.naam },
    },
    tafelmiddag: schoolGewijzigd ? undefined : a.tafelmiddag,
    lotingnummers: { ...a.lotingnummers, cpl: opdracht.lotingnummer },
    reserveplaatsen: hoger,
  } as A;
  return {
    aanmelding,
    gebeurtenis: {
      soort: opdracht.ronde === "loting" ? "centraal-geplaatst" : "reservelijst-geplaatst",
      gegevens: {
        school: schoolNaam,
        afdeling: afdelingNaam,
        voorkeur: opdracht.voorkeur,
        lotingnummer: opdracht.lotingnummer,
        ...(opdracht.ronde === "reservelijst" && vorigeSchool !== undefined && a.status === "geplaatst"
          ? { van: ctx.school(vorigeSchool)?.naam ?? vorigeSchool }
          : {}),
      },
    },
    schoolGewijzigd,
    berichtPo: plaatsingsBericht(a.leerlingNaam, schoolNaam, afdelingNaam, toelichting),
  };
}

/**
 * Not placed by the central draw: at none of its choices. The pupil is *uitgeloot* at its 1st
 * choice, keeps its lottery number and stands on the reserve list of every afdeling it chose —
 * the second round may still place it.
 */
export function nietGeplaatstNaCentraleLoting<A extends Centraal>(
  a: A,
  lotingnummer: number,
  reserveplaatsen: readonly Reserveplaats[],
  ctx: BehandelContext,
): CentraleUitkomst<A> {
  vereisVanuit(a, ["aangemeld"]);
  const toelichting = `Centrale loting: op geen van de gekozen scholen geplaatst, lotingnummer ${lotingnummer}. De leerling staat op de reservelijsten.`;
  return {
    aanmelding: {
      ...a,
      status: "uitgeloot",
      besluit: {
        toelichting,
        op: ctx.nu.toISOString(),
        door: { gebruikerId: ctx.actor.gebruikerId, naam: ctx.actor.naam },
      },
      lotingnummers: { ...a.lotingnummers, cpl: lotingnummer },
      reserveplaatsen: [...reserveplaatsen],
    },
    gebeurtenis: { soort: "centraal-niet-geplaatst", gegevens: { lotingnummer, toelichting } },
    schoolGewijzigd: false,
  };
}
