import type { AanmeldingStatus } from "../aanmelding/leerling";
import { STATUS_LABELS } from "../behandeling/behandeling";
import type { Afdeling, Capaciteitsgroep } from "../organisatie/organisatie";

/**
 * HOME-02: Overzichten > Status aanmeldingen — how many registrations of a school are in each
 * status, and per afdeling how many are registered and placed against its capacity (or that of
 * its capaciteitsgroep), so a locatiebeheerder sees at a glance where the school is full.
 */
export const STATUS_VOLGORDE: readonly AanmeldingStatus[] = [
  "aangemeld",
  "geplaatst",
  "uitgeloot",
  "toegewezen",
  "niet-geplaatst",
  "teruggetrokken",
  "ingetrokken",
];

export interface StatusTelling {
  status: AanmeldingStatus;
  label: string;
  aantal: number;
}

export interface AfdelingTelling {
  afdelingId: string;
  naam: string;
  /** Registrations holding the pupil here (aangemeld, geplaatst, uitgeloot, toegewezen). */
  aangemeld: number;
  geplaatst: number;
  /** Its own capacity, or its capaciteitsgroep's (then `capaciteitsgroep` names it). */
  capaciteit?: number;
  capaciteitsgroep?: string;
}

export interface StatusOverzicht {
  totaal: number;
  perStatus: StatusTelling[];
  perAfdeling: AfdelingTelling[];
}

export interface GeteldeAanmelding {
  status: AanmeldingStatus;
  /** The afdeling it counts for: the placement, the assignment, or the 1st choice. */
  afdelingId: string;
}

const TELT_VOOR_AFDELING: ReadonlySet<AanmeldingStatus> = new Set([
  "aangemeld",
  "geplaatst",
  "uitgeloot",
  "toegewezen",
]);

export function telStatussen(
  aanmeldingen: readonly GeteldeAanmelding[],
  afdelingen: readonly Afdeling[],
  capaciteitsgroepen: readonly Capaciteitsgroep[],
): StatusOverzicht {
  const perStatus = new Map<AanmeldingStatus, number>();
  const perAfdeling = new Map<string, { aangemeld: number; geplaatst: number }>();
  for (const a of aanmeldingen) {
    perStatus.set(a.status, (perStatus.get(a.status) ?? 0) + 1);
    if (!TELT_VOOR_AFDELING.has(a.status)) continue;
    const t = perAfdeling.get(a.afdelingId) ?? { aangemeld: 0, geplaatst: 0 };
    t.aangemeld += 1;
    if (a.status === "geplaatst") t.geplaatst += 1;
    perAfdeling.set(a.afdelingId, t);
  }
  const groepen = new Map(capaciteitsgroepen.map((g) => [g.id, g]));
  return {
    totaal: aanmeldingen.length,
    perStatus: STATUS_VOLGORDE.map((status) => ({
      status,
      label: STATUS_LABELS[status],
      aantal: perStatus.get(status) ?? 0,
    })),
    perAfdeling: afdelingen.map((af) => {
      const t = perAfdeling.get(af.id) ?? { aangemeld: 0, geplaatst: 0 };
      const groep = af.capaciteitsgroepId ? groepen.get(af.capaciteitsgroepId) : undefined;
      const capaciteit = groep?.capaciteit ?? af.capaciteit;
      return {
        afdelingId: af.id,
        naam: af.naam,
        ...t,
        ...(capaciteit !== undefined ? { capaciteit } : {}),
        ...(groep ? { capaciteitsgroep: groep.naam } : {}),
      };
    }),
  };
}
