import { z } from "zod";
import { requireEnv } from "../config/env";
import type {
  AanbiedUitkomst,
  AangebodenDossier,
  Aanleverpunt,
  AanleverpuntFout,
  OsoTrafficCenter,
  Overdrachten,
  PingUitkomst,
  RegistratieUitkomst,
} from "./traffic-center";

/**
 * ELK's HTTP client for the OSO Traffic Center (OSO-01 … OSO-06): JSON over HTTP, the paths of the
 * local stand-in (scripts/local/oso/traffic-center.ts, where they are documented).
 *
 * - The aanleverpuntsleutel travels only in the `X-OSO-Sleutel` header, never in a URL, and this
 *   module logs nothing, so neither the key nor a dossier ends up in a log.
 * - A refusal the Traffic Center names (`{ fout }` with a 4xx) becomes the interface's result.
 * - Anything else — network failure, timeout, 5xx, an answer we do not understand — throws a
 *   `TrafficCenterError`, so the OSO worker's message goes back to SQS and is retried.
 */

export const SLEUTEL_HEADER = "X-OSO-Sleutel";

/** The Traffic Center could not be reached or gave an answer that is no result: retry later. */
export class TrafficCenterError extends Error {
  override readonly name = "TrafficCenterError";
  constructor(
    message: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(message, options);
  }
}

/** `overdrachten` has no result for a refusal, so a refused aanleverpunt throws this instead. */
export class TrafficCenterWeigeringError extends Error {
  override readonly name = "TrafficCenterWeigeringError";
  constructor(readonly fout: AanleverpuntFout) {
    super(`Het Traffic Center OSO weigert het aanleverpunt (${fout})`);
  }
}

const aanleverpuntFouten = ["nummer", "sleutel", "brin-vestiging", "geblokkeerd"] as const;
const weigering = z.object({ ok: z.literal(false), fout: z.enum(aanleverpuntFouten) });
const aanbiedWeigering = z.object({
  ok: z.literal(false),
  fout: z.enum([...aanleverpuntFouten, "ongeldig-dossier"]),
  melding: z.string().optional(),
});
const registratieOk = z.object({ ok: z.literal(true), magOverdrachtAanvragen: z.boolean() });
const pingOk = z.object({ ok: z.literal(true), tijdstip: z.string() });
const aanbiedOk = z.object({ ok: z.literal(true) });
const overdrachtenOk = z.object({
  ok: z.literal(true),
  magOverdrachtAanvragen: z.boolean(),
  opgehaald: z.array(
    z.object({ dossierId: z.string(), versie: z.number().int().positive(), opgehaaldOp: z.string() }),
  ),
  cursor: z.string(),
});

/** The statuses with which the Traffic Center names a refusal; any other 4xx is a bug on our side. */
const WEIGERING_STATUSSEN = new Set([401, 403, 404, 409, 422]);

type Sleutelhouder = Pick<Aanleverpunt, "nummer" | "sleutel">;

export class HttpTrafficCenter implements OsoTrafficCenter {
  private readonly baseUrl: string;
  private readonly timeoutMs: number;

  constructor(baseUrl: string, options: { timeoutMs?: number } = {}) {
    let url: URL;
    try {
      url = new URL(baseUrl);
    } catch (cause) {
      throw new Error(`Ongeldige URL voor het Traffic Center OSO: ${baseUrl}`, { cause });
    }
    if (url.protocol !== "http:" && url.protocol !== "https:") {
      throw new Error(`Het Traffic Center OSO wordt over http(s) aangesproken, niet ${url.protocol}`);
    }
    this.baseUrl = url.href.replace(/\/+$/, "");
    this.timeoutMs = options.timeoutMs ?? 10_000;
  }

  async registreer(a: Aanleverpunt): Promise<RegistratieUitkomst> {
    const lokaal = lokaleFout(a);
    if (lokaal) return { ok: false, fout: lokaal };
    const antwoord = await this.vraag("PUT", `/aanleverpunten/${a.nummer}/registratie`, a.sleutel, {
      brin: a.brin,
      vestigingscode: a.vestigingscode,
    });
    if (antwoord.ok) return leesOk(antwoord, registratieOk, "registratie");
    return { ok: false, fout: leesWeigering(antwoord, weigering, "registratie").fout };
  }

  async ping(a: Sleutelhouder): Promise<PingUitkomst> {
    const lokaal = lokaleFout(a);
    if (lokaal) return { ok: false, fout: lokaal };
    const antwoord = await this.vraag("GET", `/aanleverpunten/${a.nummer}/ping`, a.sleutel);
    if (antwoord.ok) return leesOk(antwoord, pingOk, "ping");
    return { ok: false, fout: leesWeigering(antwoord, weigering, "ping").fout };
  }

  async biedAan(a: Sleutelhouder, dossier: AangebodenDossier): Promise<AanbiedUitkomst> {
    const lokaal = lokaleFout(a);
    if (lokaal) return { ok: false, fout: lokaal };
    if (!Number.isSafeInteger(dossier.versie) || dossier.versie < 1) {
      throw new RangeError(`Dossierversie moet een positief geheel getal zijn, niet ${dossier.versie}`);
    }
    const pad = `/aanleverpunten/${a.nummer}/dossiers/${encodeURIComponent(dossier.dossierId)}/versies/${dossier.versie}`;
    const antwoord = await this.vraag("PUT", pad, a.sleutel, {
      ontvanger: dossier.ontvanger,
      xml: dossier.xml,
    });
    if (antwoord.ok) {
      leesOk(antwoord, aanbiedOk, "aanbieden");
      return { ok: true };
    }
    const { fout, melding } = leesWeigering(antwoord, aanbiedWeigering, "aanbieden");
    return melding === undefined ? { ok: false, fout } : { ok: false, fout, melding };
  }

  async overdrachten(a: Sleutelhouder, sinds: string): Promise<Overdrachten> {
    const lokaal = lokaleFout(a);
    if (lokaal) throw new TrafficCenterWeigeringError(lokaal);
    const query = sinds === "" ? "" : `?sinds=${encodeURIComponent(sinds)}`;
    const antwoord = await this.vraag("GET", `/aanleverpunten/${a.nummer}/overdrachten${query}`, a.sleutel);
    if (!antwoord.ok)
      throw new TrafficCenterWeigeringError(leesWeigering(antwoord, weigering, "overdrachten").fout);
    const { magOverdrachtAanvragen, opgehaald, cursor } = leesOk(antwoord, overdrachtenOk, "overdrachten");
    return { magOverdrachtAanvragen, opgehaald, cursor };
  }

  private async vraag(
    method: "GET" | "PUT",
    pad: string,
    sleutel: string,
    body?: unknown,
  ): Promise<{ ok: boolean; status: number; pad: string; json: unknown }> {
    const headers: Record<string, string> = { accept: "application/json", [SLEUTEL_HEADER]: sleutel };
    if (body !== undefined) headers["content-type"] = "application/json";
    let res: Response;
    try {
      res = await fetch(`${this.baseUrl}${pad}`, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (cause) {
      // The message names the route only: no key, no dossier.
      const reden = cause instanceof Error && cause.name === "TimeoutError" ? "timeout" : "geen verbinding";
      throw new TrafficCenterError(`Traffic Center OSO: ${method} ${pad} mislukt (${reden})`, undefined, {
        cause,
      });
    }
    let json: unknown;
    try {
      json = await res.json();
    } catch (cause) {
      throw new TrafficCenterError(
        `Traffic Center OSO: ${method} ${pad} gaf ${res.status} zonder leesbaar JSON-antwoord`,
        res.status,
        { cause },
      );
    }
    if (res.status >= 200 && res.status < 300) return { ok: true, status: res.status, pad, json };
    if (WEIGERING_STATUSSEN.has(res.status)) return { ok: false, status: res.status, pad, json };
    throw new TrafficCenterError(`Traffic Center OSO: ${method} ${pad} gaf ${res.status}`, res.status);
  }
}

/** What the Traffic Center would refuse anyway, and what a header cannot carry, is not sent. */
function lokaleFout(a: Sleutelhouder): AanleverpuntFout | undefined {
  if (!Number.isSafeInteger(a.nummer) || a.nummer < 1) return "nummer";
  // A header value holds visible ASCII only; fetch would throw on anything else, which reads as a
  // network failure and would be retried for ever.
  if (!/^[\x21-\x7e]+$/.test(a.sleutel)) return "sleutel";
  return undefined;
}

function leesOk<T>(
  antwoord: { status: number; pad: string; json: unknown },
  schema: z.ZodType<T>,
  wat: string,
): T {
  const gelezen = schema.safeParse(antwoord.json);
  if (!gelezen.success) {
    throw new TrafficCenterError(
      `Traffic Center OSO: onverwacht antwoord op ${wat} (${antwoord.pad})`,
      antwoord.status,
    );
  }
  return gelezen.data;
}

function leesWeigering<T>(
  antwoord: { status: number; pad: string; json: unknown },
  schema: z.ZodType<T>,
  wat: string,
): T {
  const gelezen = schema.safeParse(antwoord.json);
  if (!gelezen.success) {
    // A 404 without a `fout` is a route the Traffic Center does not know: a wrong base URL.
    throw new TrafficCenterError(
      `Traffic Center OSO: ${antwoord.status} op ${wat} (${antwoord.pad}) zonder bekende fout`,
      antwoord.status,
    );
  }
  return gelezen.data;
}

let trafficCenter: OsoTrafficCenter | undefined;

/** The Traffic Center of this deployment, at OSO_TRAFFIC_CENTER_URL; built once per container. */
export function getTrafficCenter(): OsoTrafficCenter {
  trafficCenter ??= new HttpTrafficCenter(requireEnv("OSO_TRAFFIC_CENTER_URL"));
  return trafficCenter;
}
