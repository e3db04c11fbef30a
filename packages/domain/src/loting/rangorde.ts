const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

/**
 * The single tie-break of the CP&L: every pupil's place in the order of lottery numbers, lower
 * first; equal numbers (rare: 52 random bits) are ordered by id, code unit by code unit, so the
 * order never depends on the order of the input.
 *
 * A stable LSD radix sort on the IEEE-754 bits (four 16-bit passes) keeps this linear: sorting a
 * million numbers with a comparator costs more than the matching itself.
 */
export function rangOpLoting(lotingnummers: Float64Array, ids: readonly string[]): Int32Array {
  const n = lotingnummers.length;
  const hoog = new Uint32Array(n);
  const laag = new Uint32Array(n);
  const bits = new Float64Array(1);
  const woorden = new Uint32Array(bits.buffer);
  const [h, l] = LITTLE_ENDIAN ? [1, 0] : [0, 1];
  for (let i = 0; i < n; i++) {
    // + 0 turns -0 into 0, so both sort as one value.
    bits[0] = (lotingnummers[i] as number) + 0;
    let hi = woorden[h] as number;
    let lo = woorden[l] as number;
    // Sortable as unsigned: flip every bit of a negative number, only the sign bit of a positive one.
    if (hi & 0x80000000) {
      hi = ~hi >>> 0;
      lo = ~lo >>> 0;
    } else {
      hi = (hi | 0x80000000) >>> 0;
    }
    hoog[i] = hi;
    laag[i] = lo;
  }

  let volgorde = new Int32Array(n);
  for (let i = 0; i < n; i++) volgorde[i] = i;
  let hulp = new Int32Array(n);
  const telling = new Int32Array(65537);
  for (const [woord, verschuiving] of [
    [laag, 0],
    [laag, 16],
    [hoog, 0],
    [hoog, 16],
  ] as const) {
    telling.fill(0);
    for (let i = 0; i < n; i++) {
      const b = (((woord[i] as number) >>> verschuiving) & 0xffff) + 1;
      telling[b] = (telling[b] as number) + 1;
    }
    for (let b = 0; b < 65536; b++) telling[b + 1] = (telling[b + 1] as number) + (telling[b] as number);
    for (let k = 0; k < n; k++) {
      const i = volgorde[k] as number;
      const b = ((woord[i] as number) >>> verschuiving) & 0xffff;
      hulp[telling[b] as number] = i;
      telling[b] = (telling[b] as number) + 1;
    }
    [volgorde, hulp] = [hulp, volgorde];
  }

  // Equal numbers: by id.
  for (let k = 0; k < n; ) {
    let einde = k + 1;
    const waarde = lotingnummers[volgorde[k] as number] as number;
    while (einde < n && lotingnummers[volgorde[einde] as number] === waarde) einde++;
    if (einde - k > 1) {
      const gelijk = Array.from(volgorde.subarray(k, einde)).sort((a, b) =>
        vergelijkId(ids[a] ?? "", ids[b] ?? ""),
      );
      volgorde.set(gelijk, k);
    }
    k = einde;
  }

  const rang = new Int32Array(n);
  for (let k = 0; k < n; k++) rang[volgorde[k] as number] = k;
  return rang;
}

/** Code unit order, the same everywhere (no locale). */
export function vergelijkId(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
