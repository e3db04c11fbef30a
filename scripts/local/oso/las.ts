/**
 * OSO-04, OSO-06: the local stand-in for the receiving schools' administration systems (LAS).
 * Every `intervalMs` it asks the stand-in Traffic Center (./traffic-center.ts) for each school's
 * waiting dossiers and fetches them, as a VO school's LAS does when someone there requests the
 * overstapdossier. It keeps nothing: the fetch itself is what ELK learns about (OSO-03's green dot).
 * Logs name the dossier id, versie and BRIN only, never a pupil's data.
 */

export interface LasOptions {
  trafficCenterUrl: string;
  scholen: { brin: string; vestigingscode: string }[];
  intervalMs: number;
}

export interface StandInLas {
  /** Stops the timer and waits for a round in progress. */
  stop(): Promise<void>;
  /** One round now: fetches every waiting dossier of every school; returns how many it fetched. */
  haalNuOp(): Promise<number>;
}

const TIMEOUT_MS = 10_000;

export function startLas(opts: LasOptions): StandInLas {
  const basis = opts.trafficCenterUrl.replace(/\/+$/, "");
  let gestopt = false;
  let timer: NodeJS.Timeout | undefined;
  // Rounds never overlap, so a timed round and haalNuOp do not fetch the same dossier twice.
  let vorige: Promise<unknown> = Promise.resolve();

  function ronde(): Promise<number> {
    const deze = vorige.then(() => haalAllesOp(basis, opts.scholen));
    vorige = deze.catch(() => {});
    return deze;
  }

  function plan(): void {
    if (gestopt) return;
    timer = setTimeout(async () => {
      try {
        await ronde();
      } catch (e) {
        console.error(`[oso-las] ophalen mislukt: ${e instanceof Error ? e.message : String(e)}`);
      }
      plan();
    }, opts.intervalMs);
    // The stand-in alone does not keep a process (or a test run) alive.
    timer.unref();
  }
  plan();

  return {
    haalNuOp: ronde,
    async stop() {
      gestopt = true;
      clearTimeout(timer);
      await vorige;
    },
  };
}

async function haalAllesOp(basis: string, scholen: LasOptions["scholen"]): Promise<number> {
  let aantal = 0;
  for (const school of scholen) {
    const schoolPad = `${basis}/scholen/${encodeURIComponent(school.brin)}/${encodeURIComponent(school.vestigingscode)}`;
    const lijst = await vraag(`${schoolPad}/dossiers`);
    const { dossiers } = (await lijst.json()) as { dossiers: { dossierId: string; versie: number }[] };
    for (const { dossierId } of dossiers) {
      const res = await vraag(`${schoolPad}/dossiers/${encodeURIComponent(dossierId)}`, {
        magOntbreken: true,
      });
      // Between the list and the fetch a new versie may have gone to another school.
      if (!res) continue;
      // Read the whole dossier, as a LAS does before it confirms the transfer.
      const xml = await res.text();
      const versie = res.headers.get("x-oso-versie") ?? "?";
      if (process.env.ELK_QUIET !== "1") {
        console.log(
          `[oso-las] ${school.brin} ${school.vestigingscode} haalde dossier ${dossierId} v${versie} op (${Buffer.byteLength(xml)} bytes)`,
        );
      }
      aantal += 1;
    }
  }
  return aantal;
}

async function vraag(url: string): Promise<Response>;
async function vraag(url: string, opts: { magOntbreken: true }): Promise<Response | undefined>;
async function vraag(url: string, opts?: { magOntbreken: true }): Promise<Response | undefined> {
  const res = await fetch(url, { signal: AbortSignal.timeout(TIMEOUT_MS) });
  if (res.status === 404 && opts?.magOntbreken) {
    await res.body?.cancel();
    return undefined;
  }
  if (!res.ok) {
    await res.body?.cancel();
    throw new Error(`GET ${new URL(url).pathname} gaf ${res.status}`);
  }
  return res;
}
