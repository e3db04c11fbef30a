import {
  type CplInvoer,
  type CplProgramma,
  type Keuze,
  type LotingAfdeling,
  type LotingCapaciteitsgroep,
  lotingnummersOpVolgorde,
  maakRandom,
  type Random,
} from "@elk/domain";

/**
 * Synthetic CP&L instances for the benchmark (issue 6): `leerlingen` pupils × 5 choices over
 * `programmas` programmas, in regions of 100 programmas as pupils choose near home. Popularity is
 * skewed like a real region: lognormal (σ = 1), and capacity grows only with its square root, so
 * the popular programmas are over-subscribed several times while total capacity is 3% above the
 * number of pupils. 5% of pupils have voorrang (class 1) at their 1st choice.
 */
export interface SynthetischeInstantie {
  invoer: CplInvoer;
  /** Time to draw the lottery numbers from the seed, ms. */
  lotingMs: number;
}

export function synthetischeInstantie(
  leerlingen: number,
  programmas: number,
  seed: string,
): SynthetischeInstantie {
  const random = maakRandom(`instantie:${seed}:${leerlingen}:${programmas}`);
  const perRegio = 100;
  const regios = Math.ceil(programmas / perRegio);
  const gewicht = Float64Array.from({ length: programmas }, () => Math.exp(normaal(random)));
  const ruweCapaciteit = Float64Array.from(gewicht, (w) => Math.sqrt(w) * (0.7 + 0.6 * random.volgende()));
  const somCapaciteit = ruweCapaciteit.reduce((s, c) => s + c, 0);
  const capaciteit = Int32Array.from(ruweCapaciteit, (c) =>
    Math.max(1, Math.round((c / somCapaciteit) * leerlingen * 1.03)),
  );

  // Pupils per region in proportion to the region's seats; cumulative weights per region to sample.
  const regioCapaciteit = new Float64Array(regios);
  for (let p = 0; p < programmas; p++) {
    const r = Math.floor(p / perRegio);
    regioCapaciteit[r] = (regioCapaciteit[r] ?? 0) + (capaciteit[p] ?? 0);
  }
  const regioCumulatief = cumulatief(regioCapaciteit);
  const cumulatiefPerRegio = Array.from({ length: regios }, (_, r) =>
    cumulatief(gewicht.subarray(r * perRegio, Math.min(programmas, (r + 1) * perRegio))),
  );

  const ids = Array.from({ length: programmas }, (_, p) => `p${p}`);
  const voorrang: Record<string, number>[] = Array.from({ length: programmas }, () => ({}));
  const pupils: { id: string; keuzes: string[] }[] = new Array(leerlingen);
  const gekozen = new Int32Array(5);
  for (let i = 0; i < leerlingen; i++) {
    const r = trek(regioCumulatief, random.volgende());
    const kansen = cumulatiefPerRegio[r] as Float64Array;
    const aantal = Math.min(5, kansen.length);
    const keuzes: string[] = [];
    for (let k = 0; k < aantal; k++) {
      let p: number;
      do p = r * perRegio + trek(kansen, random.volgende());
      while (gekozen.subarray(0, k).includes(p));
      gekozen[k] = p;
      keuzes.push(ids[p] as string);
    }
    const id = `l${i}`;
    if (random.volgende() < 0.05) (voorrang[gekozen[0] as number] as Record<string, number>)[id] = 1;
    pupils[i] = { id, keuzes };
  }

  const start = performance.now();
  const nummers = lotingnummersOpVolgorde(
    `loting-${seed}`,
    pupils.map((p) => p.id),
  );
  const lotingMs = performance.now() - start;
  const cplProgrammas: CplProgramma[] = ids.map((id, p) => {
    const v = voorrang[p] as Record<string, number>;
    return Object.keys(v).length > 0
      ? { id, capaciteit: capaciteit[p] as number, voorrang: v }
      : { id, capaciteit: capaciteit[p] as number };
  });
  return {
    invoer: {
      programmas: cplProgrammas,
      leerlingen: pupils.map((p, i) => ({ ...p, lotingnummer: nummers[i] as number })),
    },
    lotingMs,
  };
}

/** A standard normal number (Box–Muller). */
export function normaal(random: Random): number {
  const u = 1 - random.volgende();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.volgende());
}

export function cumulatief(gewichten: ArrayLike<number>): Float64Array {
  const uit = new Float64Array(gewichten.length);
  let som = 0;
  for (let i = 0; i < gewichten.length; i++) {
    som += gewichten[i] ?? 0;
    uit[i] = som;
  }
  for (let i = 0; i < uit.length; i++) uit[i] = (uit[i] ?? 0) / som;
  return uit;
}

/** The index whose cumulative share first exceeds u (binary search). */
export function trek(cumulatieveKansen: Float64Array, u: number): number {
  let laag = 0;
  let hoog = cumulatieveKansen.length - 1;
  while (laag < hoog) {
    const midden = (laag + hoog) >> 1;
    if ((cumulatieveKansen[midden] ?? 1) > u) hoog = midden;
    else laag = midden + 1;
  }
  return laag;
}

export type Niveau = "vmbo-bk" | "vmbo-gt" | "havo" | "vwo";

export interface SynthetischeRegio {
  afdelingen: (LotingAfdeling & { niveau: Niveau })[];
  capaciteitsgroepen: LotingCapaciteitsgroep[];
  leerlingen: {
    id: string;
    niveau: Niveau;
    voorkeurslijst: Keuze[];
    voorrang: boolean;
    gelijkwaardigeAfdelingWens: boolean;
    meerlingId?: string;
  }[];
}

const NIVEAUS: readonly [Niveau, number][] = [
  ["vmbo-bk", 0.2],
  ["vmbo-gt", 0.25],
  ["havo", 0.25],
  ["vwo", 0.3],
];

/**
 * A synthetic region for the simulator (docs/cpl.md): `scholen` VO schools on a map with lognormal
 * popularity (σ = 0.6) unrelated to their size; each offers some of vmbo-bk, vmbo-gt, havo and vwo,
 * some a second, equivalent vwo afdeling (tto) and some share havo + vwo seats in a
 * capaciteitsgroep. Seats per level are 8% above the pupils of that level. Pupils list 2 schools
 * (vmbo-bk) or 5 (REG-02), favouring popular schools near home; 8% have voorrang at their 1st
 * choice, 30% of those at a school with a tto afdeling ask for the equivalent afdeling, and 1.5%
 * are twins registering together with the same list.
 */
export function synthetischeRegio(leerlingen: number, scholen: number, seed: string): SynthetischeRegio {
  const random = maakRandom(`regio:${seed}`);
  const school = Array.from({ length: scholen }, (_, s) => {
    const soort = random.volgende();
    const niveaus: Niveau[] =
      soort < 0.25
        ? ["vwo"]
        : soort < 0.5
          ? ["vmbo-bk", "vmbo-gt"]
          : soort < 0.85
            ? ["vmbo-gt", "havo", "vwo"]
            : ["havo", "vwo"];
    return {
      id: `school-${s + 1}`,
      x: random.volgende(),
      y: random.volgende(),
      populariteit: Math.exp(0.6 * normaal(random)),
      grootte: 0.5 + random.volgende(),
      niveaus,
      tto: niveaus.includes("vwo") && random.volgende() < 0.25,
      groep: niveaus.includes("havo") && niveaus.includes("vwo") && random.volgende() < 0.2,
    };
  });

  const leerlingNiveaus = Array.from({ length: leerlingen }, () => {
    let u = random.volgende();
    for (const [niveau, aandeel] of NIVEAUS) {
      if (u < aandeel) return niveau;
      u -= aandeel;
    }
    return "vwo" as Niveau;
  });
  const vraag = new Map<Niveau, number>();
  for (const n of leerlingNiveaus) vraag.set(n, (vraag.get(n) ?? 0) + 1);

  // Seats per level over the schools offering it, by size; a tto afdeling takes a third of the vwo seats.
  const afdelingen: SynthetischeRegio["afdelingen"] = [];
  const capaciteitsgroepen: LotingCapaciteitsgroep[] = [];
  for (const [niveau] of NIVEAUS) {
    const aanbieders = school.filter((s) => s.niveaus.includes(niveau));
    const totaal = aanbieders.reduce((som, s) => som + s.grootte, 0);
    for (const s of aanbieders) {
      const plaatsen = Math.round((((vraag.get(niveau) ?? 0) * 1.08) / totaal) * s.grootte);
      const inGroep = s.groep && (niveau === "havo" || niveau === "vwo");
      const basis = {
        schoolId: s.id,
        niveau,
        ...(inGroep ? { capaciteitsgroepId: `${s.id}/havo-vwo` } : {}),
      };
      if (niveau === "vwo" && s.tto) {
        const tto = Math.round(plaatsen / 3);
        afdelingen.push({
          ...basis,
          id: `${s.id}/vwo`,
          gelijkwaardigAan: [`${s.id}/tto`],
          ...(inGroep ? {} : { capaciteit: plaatsen - tto }),
        });
        afdelingen.push({
          ...basis,
          id: `${s.id}/tto`,
          gelijkwaardigAan: [`${s.id}/vwo`],
          ...(inGroep ? {} : { capaciteit: tto }),
        });
      } else {
        afdelingen.push({
          ...basis,
          id: `${s.id}/${niveau}`,
          gelijkwaardigAan: [],
          ...(inGroep ? {} : { capaciteit: plaatsen }),
        });
      }
      if (inGroep) {
        const groep = capaciteitsgroepen.find((g) => g.id === `${s.id}/havo-vwo`);
        if (groep) groep.capaciteit += plaatsen;
        else capaciteitsgroepen.push({ id: `${s.id}/havo-vwo`, capaciteit: plaatsen });
      }
    }
  }

  const lijst: SynthetischeRegio["leerlingen"] = [];
  for (let i = 0; lijst.length < leerlingen; i++) {
    const niveau = leerlingNiveaus[lijst.length] as Niveau;
    const x = random.volgende();
    const y = random.volgende();
    const kandidaten = school.filter((s) => s.niveaus.includes(niveau));
    const gewicht = kandidaten.map((s) => s.populariteit * Math.exp(-Math.hypot(s.x - x, s.y - y) / 0.35));
    const aantal = Math.min(niveau === "vmbo-bk" ? 2 : 5, kandidaten.length);
    const gekozen: typeof kandidaten = [];
    while (gekozen.length < aantal) {
      const k = trek(cumulatief(gewicht), random.volgende());
      gekozen.push(kandidaten[k] as (typeof kandidaten)[number]);
      gewicht[k] = 0;
    }
    const voorkeurslijst = gekozen.map((s) => ({
      schoolId: s.id,
      afdelingId: niveau === "vwo" && s.tto && random.volgende() < 0.4 ? `${s.id}/tto` : `${s.id}/${niveau}`,
    }));
    const eerste = gekozen[0];
    const leerling = {
      id: `leerling-${i + 1}`,
      niveau,
      voorkeurslijst,
      voorrang: random.volgende() < 0.08,
      gelijkwaardigeAfdelingWens: Boolean(eerste?.tto && niveau === "vwo" && random.volgende() < 0.3),
    };
    if (random.volgende() < 0.0075 && lijst.length + 2 <= leerlingen) {
      lijst.push({ ...leerling, meerlingId: `meerling-${i + 1}` });
      lijst.push({ ...leerling, id: `leerling-${i + 1}-b`, meerlingId: `meerling-${i + 1}` });
    } else {
      lijst.push(leerling);
    }
  }
  return { afdelingen, capaciteitsgroepen, leerlingen: lijst };
}
