import fc from "fast-check";
import type { CplInvoer, CplLeerling, CplProgramma } from "../src";

/** Test data for the lotteries: small CP&L instances for property tests, from fast-check. */
export interface KleineInstantie {
  programmas: number;
  leerlingen: number;
}

/**
 * A CP&L instance with up to `programmas` programmas (capacity 0–3) and up to `leerlingen`
 * pupils, each with a list in random order over a random subset, some sharing lottery numbers
 * (ties) and some with voorrang class 1 or 2 at some programmas.
 */
export function cplInvoerArb({
  programmas = 4,
  leerlingen = 8,
}: Partial<KleineInstantie> = {}): fc.Arbitrary<CplInvoer> {
  return fc.integer({ min: 1, max: programmas }).chain((aantal) => {
    const ids = Array.from({ length: aantal }, (_, p) => `p${p}`);
    return fc
      .record({
        capaciteiten: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: aantal, maxLength: aantal }),
        leerlingen: fc.array(
          fc.record({
            keuzes: fc.shuffledSubarray(ids),
            lotingnummer: fc.oneof(
              fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }),
              fc.constantFrom(0, 0.25, 0.5),
            ),
            voorrangBij: fc.subarray(ids, { maxLength: Math.min(2, aantal) }),
            klasse: fc.integer({ min: 1, max: 2 }),
          }),
          { maxLength: leerlingen },
        ),
      })
      .map(({ capaciteiten, leerlingen: ruw }) => {
        const voorrang = ids.map(() => ({}) as Record<string, number>);
        const cplLeerlingen: CplLeerling[] = ruw.map((l, i) => {
          const id = `l${i}`;
          for (const p of l.voorrangBij) (voorrang[ids.indexOf(p)] as Record<string, number>)[id] = l.klasse;
          return { id, keuzes: l.keuzes, lotingnummer: l.lotingnummer };
        });
        const cplProgrammas: CplProgramma[] = ids.map((id, p) => ({
          id,
          capaciteit: capaciteiten[p] ?? 0,
          voorrang: voorrang[p] as Record<string, number>,
        }));
        return { programmas: cplProgrammas, leerlingen: cplLeerlingen };
      });
  });
}

/** Deferred acceptance as in the textbook — rounds, objects, sorting — to check the engine against. */
export function referentieDa(invoer: CplInvoer): Map<string, string | null> {
  const programmas = new Map(invoer.programmas.map((p) => [p.id, p]));
  const lot = new Map(invoer.leerlingen.map((l) => [l.id, l.lotingnummer]));
  const sleutel = (programmaId: string, leerlingId: string): [number, number, string] => [
    programmas.get(programmaId)?.voorrang?.[leerlingId] ?? Number.POSITIVE_INFINITY,
    lot.get(leerlingId) ?? 0,
    leerlingId,
  ];
  const vergelijk = (programmaId: string) => (x: string, y: string) => {
    const [kx, lx, ix] = sleutel(programmaId, x);
    const [ky, ly, iy] = sleutel(programmaId, y);
    return kx !== ky ? kx - ky : lx !== ly ? lx - ly : ix < iy ? -1 : ix > iy ? 1 : 0;
  };
  const lijsten = new Map(invoer.leerlingen.map((l) => [l.id, [...new Set(l.keuzes)]]));
  const volgende = new Map(invoer.leerlingen.map((l) => [l.id, 0]));
  const vastgehouden = new Map(invoer.programmas.map((p) => [p.id, [] as string[]]));
  let vrij = invoer.leerlingen.map((l) => l.id);
  while (vrij.length > 0) {
    const aanvragen = new Map<string, string[]>();
    for (const id of vrij) {
      const lijst = lijsten.get(id) ?? [];
      const k = volgende.get(id) ?? 0;
      if (k >= lijst.length) continue;
      volgende.set(id, k + 1);
      const p = lijst[k] as string;
      aanvragen.set(p, [...(aanvragen.get(p) ?? []), id]);
    }
    vrij = [];
    for (const [p, nieuw] of aanvragen) {
      const alle = [...(vastgehouden.get(p) ?? []), ...nieuw].sort(vergelijk(p));
      const capaciteit = programmas.get(p)?.capaciteit ?? 0;
      vastgehouden.set(p, alle.slice(0, capaciteit));
      vrij.push(...alle.slice(capaciteit));
    }
  }
  const uit = new Map<string, string | null>(invoer.leerlingen.map((l) => [l.id, null]));
  for (const [p, ids] of vastgehouden) for (const id of ids) uit.set(id, p);
  return uit;
}

/** All lists a pupil could report over these programmas: every ordered subset, the empty one included. */
export function alleLijsten(ids: readonly string[]): string[][] {
  const uit: string[][] = [[]];
  const bouw = (prefix: string[]) => {
    for (const id of ids) {
      if (prefix.includes(id)) continue;
      const lijst = [...prefix, id];
      uit.push(lijst);
      bouw(lijst);
    }
  };
  bouw([]);
  return uit;
}

export function gesorteerd(toewijzing: ReadonlyMap<string, string | null>): [string, string | null][] {
  return [...toewijzing].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
}
