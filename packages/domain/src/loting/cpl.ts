import { OngeldigeInvoerFout } from "../fouten/domein-fout";
import { rangOpLoting } from "./rangorde";

/**
 * LOT-03 — the matching of the Centrale Plaatsing en Loting: pupil-proposing deferred acceptance
 * with a single tie-breaking lottery (DA-STB, as Amsterdam uses since 2016).
 *
 * A programma (an afdeling, or a capaciteitsgroep of afdelingen sharing seats) ranks the pupils who
 * chose it by voorrang class (lower number first; pupils it does not list after all it lists),
 * then by lottery number (lower first), then by id. Every pupil proposes down its list; a full
 * programma keeps its best applicants and lets the worst go, who proposes to its next choice.
 * The outcome is the pupil-optimal stable matching: no pupil and programma prefer each other to
 * what they got (no blocking pair, no empty seat a pupil wants), and no pupil can get a better
 * programma by ranking untruthfully. It does not depend on the order of the input.
 */
export interface CplProgramma {
  id: string;
  /** Seats left for the CP&L (after the decentral round). */
  capaciteit: number;
  /** Voorrang classes per pupil id; lower is higher. */
  voorrang?: Readonly<Record<string, number>>;
}

export interface CplLeerling {
  id: string;
  /** Programma ids, most wanted first; a repeated id counts once, at its first place. */
  keuzes: readonly string[];
  /** The pupil's single lottery number (`lotingnummer(seed, id)`), lower is better. */
  lotingnummer: number;
}

export interface CplInvoer {
  programmas: readonly CplProgramma[];
  leerlingen: readonly CplLeerling[];
}

/**
 * The input in typed arrays with integer indices, built once; `losCplOp` works on this alone.
 * Pupil i's choices are `keuzes[keuzeStart[i] .. keuzeStart[i + 1])`, and `sleutel` holds, per
 * choice, the rank the chosen programma gives the pupil (lower is better, unique per programma).
 */
export interface CplInstantie {
  readonly programmaIds: readonly string[];
  readonly leerlingIds: readonly string[];
  /** Per programma; never more than the number of pupils who chose it, which changes nothing. */
  readonly capaciteit: Int32Array;
  readonly keuzeStart: Int32Array;
  readonly keuzes: Int32Array;
  readonly sleutel: Float64Array;
}

export function compileerCpl(invoer: CplInvoer): CplInstantie {
  const programmaIds: string[] = [];
  const programmaIndex = new Map<string, number>();
  const capaciteit = new Int32Array(invoer.programmas.length);
  invoer.programmas.forEach((programma, p) => {
    if (typeof programma.id !== "string" || programma.id === "") {
      throw new OngeldigeInvoerFout(`Programma ${p + 1} heeft geen id.`);
    }
    if (programmaIndex.has(programma.id)) {
      throw new OngeldigeInvoerFout(`Programma ${programma.id} staat twee keer in de invoer.`);
    }
    if (!Number.isInteger(programma.capaciteit) || programma.capaciteit < 0) {
      throw new OngeldigeInvoerFout(
        `De capaciteit van programma ${programma.id} is geen geheel getal van 0 of meer.`,
      );
    }
    programmaIndex.set(programma.id, p);
    programmaIds.push(programma.id);
  });

  const n = invoer.leerlingen.length;
  const leerlingIds: string[] = new Array(n);
  const leerlingIndex = new Map<string, number>();
  const loting = new Float64Array(n);
  const keuzeStart = new Int32Array(n + 1);
  let totaal = 0;
  invoer.leerlingen.forEach((leerling, i) => {
    if (typeof leerling.id !== "string" || leerling.id === "") {
      throw new OngeldigeInvoerFout(`Leerling ${i + 1} heeft geen id.`);
    }
    if (leerlingIndex.has(leerling.id)) {
      throw new OngeldigeInvoerFout(`Leerling ${leerling.id} staat twee keer in de invoer.`);
    }
    if (!Number.isFinite(leerling.lotingnummer)) {
      throw new OngeldigeInvoerFout(`Leerling ${leerling.id} heeft geen geldig lotingnummer.`);
    }
    leerlingIndex.set(leerling.id, i);
    leerlingIds[i] = leerling.id;
    loting[i] = leerling.lotingnummer;
    totaal += leerling.keuzes.length;
  });

  const keuzes = new Int32Array(totaal);
  const aanvragen = new Int32Array(programmaIds.length);
  let a = 0;
  for (let i = 0; i < n; i++) {
    keuzeStart[i] = a;
    const leerling = invoer.leerlingen[i] as CplLeerling;
    for (const programmaId of leerling.keuzes) {
      const p = programmaIndex.get(programmaId);
      if (p === undefined) {
        throw new OngeldigeInvoerFout(
          `Leerling ${leerling.id} kiest een onbekend programma: ${programmaId}.`,
        );
      }
      let dubbel = false;
      for (let b = keuzeStart[i] as number; b < a; b++) if (keuzes[b] === p) dubbel = true;
      if (dubbel) continue;
      keuzes[a++] = p;
      aanvragen[p] = (aanvragen[p] as number) + 1;
    }
  }
  keuzeStart[n] = a;
  for (let p = 0; p < capaciteit.length; p++) {
    capaciteit[p] = Math.min(invoer.programmas[p]?.capaciteit ?? 0, aanvragen[p] as number);
  }

  // Voorrang classes become dense ranks shared by all programmas: only the order within one
  // programma matters, and `klasse * n + lotingrang` is then exact in a double.
  const klassen = new Set<number>();
  for (const programma of invoer.programmas) {
    for (const [leerlingId, klasse] of Object.entries(programma.voorrang ?? {})) {
      if (!Number.isFinite(klasse)) {
        throw new OngeldigeInvoerFout(`De voorrang van ${leerlingId} bij ${programma.id} is geen getal.`);
      }
      klassen.add(klasse);
    }
  }
  const klasseRang = new Map([...klassen].sort((x, y) => x - y).map((k, r) => [k, r]));
  const geenVoorrang = klasseRang.size;

  const rang = rangOpLoting(loting, leerlingIds);
  const sleutel = new Float64Array(a);
  for (let i = 0; i < n; i++) {
    const basis = geenVoorrang * n + (rang[i] as number);
    for (let b = keuzeStart[i] as number; b < (keuzeStart[i + 1] as number); b++) sleutel[b] = basis;
  }
  invoer.programmas.forEach((programma, p) => {
    for (const [leerlingId, klasse] of Object.entries(programma.voorrang ?? {})) {
      const i = leerlingIndex.get(leerlingId);
      if (i === undefined) continue;
      for (let b = keuzeStart[i] as number; b < (keuzeStart[i + 1] as number); b++) {
        if (keuzes[b] === p) sleutel[b] = (klasseRang.get(klasse) as number) * n + (rang[i] as number);
      }
    }
  });

  return { programmaIds, leerlingIds, capaciteit, keuzeStart, keuzes, sleutel };
}

/**
 * Deferred acceptance on the typed arrays: per pupil the index of its programma, or -1.
 *
 * Pupils enter one by one (McVitie–Wilson); a pupil who is let go proposes on at once, so no queue
 * is needed. Each programma keeps its tentatively accepted pupils in a max-heap on the key, laid
 * out in one shared array, so "is this proposer better than the worst accepted" is one comparison
 * and nothing is allocated per proposal. The outcome is the same in whatever order pupils enter.
 */
export function losCplOp(instantie: CplInstantie): Int32Array {
  const { capaciteit, keuzeStart, keuzes, sleutel } = instantie;
  const n = instantie.leerlingIds.length;
  const aantalProgrammas = capaciteit.length;
  const heapBegin = new Int32Array(aantalProgrammas + 1);
  for (let p = 0; p < aantalProgrammas; p++) {
    heapBegin[p + 1] = (heapBegin[p] as number) + (capaciteit[p] as number);
  }
  const heapSleutel = new Float64Array(heapBegin[aantalProgrammas] as number);
  const heapLeerling = new Int32Array(heapBegin[aantalProgrammas] as number);
  const grootte = new Int32Array(aantalProgrammas);
  const volgende = new Int32Array(n);

  // Typed-array reads are in bounds by construction; `as number` only tells the compiler so
  // (noUncheckedIndexedAccess) without a runtime check in the hot loop.
  for (let instromer = 0; instromer < n; instromer++) {
    let i = instromer;
    let a = keuzeStart[i] as number;
    let eind = keuzeStart[i + 1] as number;
    while (a < eind) {
      const p = keuzes[a] as number;
      const k = sleutel[a] as number;
      a++;
      const cap = capaciteit[p] as number;
      const basis = heapBegin[p] as number;
      const g = grootte[p] as number;
      if (g < cap) {
        // A free seat: insert and sift up.
        let c = g;
        while (c > 0) {
          const ouder = (c - 1) >> 1;
          const ks = heapSleutel[basis + ouder] as number;
          if (ks >= k) break;
          heapSleutel[basis + c] = ks;
          heapLeerling[basis + c] = heapLeerling[basis + ouder] as number;
          c = ouder;
        }
        heapSleutel[basis + c] = k;
        heapLeerling[basis + c] = i;
        grootte[p] = g + 1;
        volgende[i] = a;
        break;
      }
      if (cap === 0 || k >= (heapSleutel[basis] as number)) continue;
      // Full, and the proposer beats the worst accepted: that one is let go.
      const losgelaten = heapLeerling[basis] as number;
      let c = 0;
      for (;;) {
        let kind = 2 * c + 1;
        if (kind >= cap) break;
        if (
          kind + 1 < cap &&
          (heapSleutel[basis + kind + 1] as number) > (heapSleutel[basis + kind] as number)
        ) {
          kind++;
        }
        const ks = heapSleutel[basis + kind] as number;
        if (ks <= k) break;
        heapSleutel[basis + c] = ks;
        heapLeerling[basis + c] = heapLeerling[basis + kind] as number;
        c = kind;
      }
      heapSleutel[basis + c] = k;
      heapLeerling[basis + c] = i;
      volgende[i] = a;
      i = losgelaten;
      a = volgende[i] as number;
      eind = keuzeStart[i + 1] as number;
    }
  }

  const toewijzing = new Int32Array(n).fill(-1);
  for (let p = 0; p < aantalProgrammas; p++) {
    const basis = heapBegin[p] as number;
    for (let t = 0; t < (grootte[p] as number); t++) toewijzing[heapLeerling[basis + t] as number] = p;
  }
  return toewijzing;
}

/** Per pupil id its programma id, or null; in the order of the input. */
export function cplToewijzing(instantie: CplInstantie, toewijzing: Int32Array): Map<string, string | null> {
  const uit = new Map<string, string | null>();
  instantie.leerlingIds.forEach((id, i) => {
    const p = toewijzing[i] as number;
    uit.set(id, p < 0 ? null : (instantie.programmaIds[p] ?? null));
  });
  return uit;
}

/** LOT-03 in one call: compile, match, map back to ids. */
export function cpl(invoer: CplInvoer): Map<string, string | null> {
  const instantie = compileerCpl(invoer);
  return cplToewijzing(instantie, losCplOp(instantie));
}
