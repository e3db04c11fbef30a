import { FoutAntwoord, MEEKIJKEN_HEADER, type RouteDef } from "@elk/contracts";
import { navigate } from "./router";
import { huidigeMeekijkSessie, huidigeSessie, wisSessie } from "./session";

export const INLOGPAD = "/inloggen";

/**
 * A failed API call. `message` is the API's Dutch message for the user when `vanServer`;
 * otherwise the UI shows its own (translated) text for `code`. `velden` holds the API's Dutch
 * message per form field, to show next to the field.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  readonly velden: Readonly<Record<string, string>>;
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly vanServer: boolean,
    options?: { cause?: unknown; velden?: Readonly<Record<string, string>> },
  ) {
    super(message, options);
    this.velden = options?.velden ?? {};
  }
}

/** Anything with zod's `parse`: the response schemas of @elk/contracts. */
interface Schema<T> {
  parse(data: unknown): T;
}

type Route<T> = Pick<RouteDef, "method" | "path" | "auth"> & { response: Schema<T> };

export interface AanroepOpties {
  body?: unknown;
  signal?: AbortSignal;
  /** Fills `{naam}` in the route's path. */
  params?: Readonly<Record<string, string>>;
  /** Query parameters; undefined ones are left out. */
  query?: Readonly<Record<string, string | undefined>>;
}

/** "/api/gebruikers/{gebruikerId}" with its parameters filled in, plus the query string. */
export function urlVoor(pad: string, opties: Pick<AanroepOpties, "params" | "query"> = {}): string {
  const gevuld = pad.replace(/\{(\w+)\}/g, (_, naam: string) => {
    const waarde = opties.params?.[naam];
    if (waarde === undefined) throw new Error(`no value for {${naam}} in ${pad}`);
    return encodeURIComponent(waarde);
  });
  const query = new URLSearchParams();
  for (const [naam, waarde] of Object.entries(opties.query ?? {})) {
    if (waarde !== undefined) query.set(naam, waarde);
  }
  const zoek = query.toString();
  return zoek ? `${gevuld}?${zoek}` : gevuld;
}

async function leesJson(antwoord: Response): Promise<unknown> {
  try {
    return await antwoord.json();
  } catch {
    return undefined;
  }
}

/** The one way the SPA talks to the API: relative URL, bearer token, response parsed with the contract. */
export async function roepAan<T>(route: Route<T>, opties: AanroepOpties = {}): Promise<T> {
  const headers: Record<string, string> = { Accept: "application/json" };
  if (opties.body !== undefined) headers["Content-Type"] = "application/json";
  if (route.auth === "jwt") {
    const sessie = huidigeSessie();
    if (!sessie) return naarInloggen();
    headers.Authorization = `Bearer ${sessie.accessToken}`;
    // ACC-07: while looking along, every call acts as the other user.
    const meekijken = huidigeMeekijkSessie();
    if (meekijken) headers[MEEKIJKEN_HEADER] = meekijken;
  }

  // A change is sent with its own Idempotency-Key: should the connection drop before the answer,
  // it is sent once more with the same key, and the server acts only once.
  const wijzigt = route.auth === "jwt" && route.method !== "GET";
  if (wijzigt) headers["Idempotency-Key"] = crypto.randomUUID();
  const verstuur = () =>
    fetch(urlVoor(route.path, opties), {
      method: route.method,
      headers,
      body: opties.body === undefined ? null : JSON.stringify(opties.body),
      signal: opties.signal ?? null,
    });
  let antwoord: Response;
  try {
    antwoord = await verstuur().catch(async (eerste: unknown) => {
      if (!wijzigt || opties.signal?.aborted) throw eerste;
      await new Promise((r) => setTimeout(r, 500));
      return verstuur();
    });
  } catch (cause) {
    if (opties.signal?.aborted) throw cause;
    throw new ApiError(0, "NETWERK", "De server is niet bereikbaar.", false, { cause });
  }

  const data = await leesJson(antwoord);
  if (!antwoord.ok) {
    if (antwoord.status === 401 && route.auth === "jwt") return naarInloggen();
    const fout = FoutAntwoord.safeParse(data);
    if (fout.success) {
      throw new ApiError(antwoord.status, fout.data.code, fout.data.message, true, {
        velden: fout.data.velden ?? {},
      });
    }
    throw new ApiError(antwoord.status, "ONBEKEND", `HTTP ${antwoord.status}`, false);
  }
  try {
    return route.response.parse(data);
  } catch (cause) {
    throw new ApiError(
      antwoord.status,
      "ONGELDIG_ANTWOORD",
      "Het antwoord van de server is ongeldig.",
      false,
      {
        cause,
      },
    );
  }
}

/** The session is gone or no longer accepted: back to the sign-in page. */
function naarInloggen(): never {
  wisSessie();
  navigate(INLOGPAD, { replace: true });
  throw new ApiError(401, "NIET_INGELOGD", "Niet ingelogd.", false);
}
