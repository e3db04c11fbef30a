/**
 * The load generator of the stack benchmarks: a fixed number of concurrent clients, each taking
 * the next job from a shared list until none is left, over keep-alive HTTP connections (as
 * browsers keep theirs); every request's latency is kept per route.
 */
import { Agent, request } from "node:http";

export interface Antwoord {
  status: number;
  tekst: string;
  ms: number;
}

export class HttpKlant {
  private readonly agent: Agent;
  private readonly url: URL;
  readonly latenties = new Map<string, number[]>();
  readonly fouten = new Map<string, number>();
  readonly voorbeeldFouten: string[] = [];

  constructor(basis: string, verbindingen: number) {
    this.url = new URL(basis);
    this.agent = new Agent({ keepAlive: true, maxSockets: verbindingen, maxFreeSockets: verbindingen });
  }

  /** One request; `route` names it in the statistics; a status other than `verwacht` counts as an error. */
  stuur(
    route: string,
    method: string,
    pad: string,
    opties: { token?: string; body?: unknown; verwacht?: number } = {},
  ): Promise<Antwoord> {
    const body = opties.body === undefined ? undefined : JSON.stringify(opties.body);
    const start = performance.now();
    return new Promise<Antwoord>((klaar) => {
      const req = request(
        {
          host: this.url.hostname,
          port: this.url.port,
          method,
          path: pad,
          agent: this.agent,
          headers: {
            "content-type": "application/json",
            ...(opties.token ? { authorization: `Bearer ${opties.token}` } : {}),
            ...(body ? { "content-length": Buffer.byteLength(body) } : {}),
          },
        },
        (res) => {
          const delen: Buffer[] = [];
          res.on("data", (d: Buffer) => delen.push(d));
          res.on("end", () =>
            klaar({
              status: res.statusCode ?? 0,
              tekst: Buffer.concat(delen).toString("utf8"),
              ms: performance.now() - start,
            }),
          );
          res.on("error", (e) => klaar({ status: 0, tekst: String(e), ms: performance.now() - start }));
        },
      );
      req.on("error", (e) => klaar({ status: 0, tekst: String(e), ms: performance.now() - start }));
      if (body) req.write(body);
      req.end();
    }).then((a) => {
      const lijst = this.latenties.get(route) ?? [];
      lijst.push(a.ms);
      this.latenties.set(route, lijst);
      if (a.status !== (opties.verwacht ?? 200)) {
        this.fouten.set(route, (this.fouten.get(route) ?? 0) + 1);
        if (this.voorbeeldFouten.length < 5)
          this.voorbeeldFouten.push(`${route}: ${a.status} ${a.tekst.slice(0, 300)}`);
      }
      return a;
    });
  }

  aantalFouten(): number {
    return [...this.fouten.values()].reduce((a, b) => a + b, 0);
  }

  sluit(): void {
    this.agent.destroy();
  }
}

/**
 * Runs `werk` for every job with `gelijk` clients at a time and returns the wall time (ms). A
 * client that throws stops the run: a benchmark should not measure a broken path.
 */
export async function metClienten<T>(
  taken: readonly T[],
  gelijk: number,
  werk: (taak: T, client: number) => Promise<void>,
): Promise<number> {
  let volgende = 0;
  const start = performance.now();
  await Promise.all(
    Array.from({ length: Math.min(gelijk, taken.length) }, async (_, client) => {
      while (volgende < taken.length) {
        const taak = taken[volgende++] as T;
        await werk(taak, client);
      }
    }),
  );
  return performance.now() - start;
}

export interface Verdeling {
  n: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  gemiddeld: number;
}

export function percentiel(gesorteerd: readonly number[], q: number): number {
  if (gesorteerd.length === 0) return Number.NaN;
  return gesorteerd[
    Math.min(gesorteerd.length - 1, Math.max(0, Math.ceil(q * gesorteerd.length) - 1))
  ] as number;
}

export function verdeling(xs: readonly number[]): Verdeling {
  const s = [...xs].sort((a, b) => a - b);
  return {
    n: s.length,
    p50: percentiel(s, 0.5),
    p95: percentiel(s, 0.95),
    p99: percentiel(s, 0.99),
    max: s[s.length - 1] ?? Number.NaN,
    gemiddeld: s.reduce((a, b) => a + b, 0) / Math.max(1, s.length),
  };
}

export function mediaan(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? (s[m] as number) : ((s[m - 1] as number) + (s[m] as number)) / 2;
}

export const ms = (x: number) => (x >= 100 ? x.toFixed(0) : x.toFixed(1));
