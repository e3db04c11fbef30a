import { FoutAntwoord, type RouteDef } from "@elk/contracts";
import { navigate } from "./router";
import { huidigeSessie, wisSessie } from "./session";

export const INLOGPAD = "/inloggen";

/**
 * A failed API call. `message` is the API's Dutch message for the user when `vanServer`;
 * otherwise the UI shows its own (translated) text for `code`.
 */
export class ApiError extends Error {
  override readonly name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly vanServer: boolean,
    options?: { cause?: unknown },
  ) {
    super(message, options);
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
  }

  let antwoord: Response;
  try {
    antwoord = await fetch(route.path, {
      method: route.method,
      headers,
      body: opties.body === undefined ? null : JSON.stringify(opties.body),
      signal: opties.signal ?? null,
    });
  } catch (cause) {
    if (opties.signal?.aborted) throw cause;
    throw new ApiError(0, "NETWERK", "De server is niet bereikbaar.", false, { cause });
  }

  const data = await leesJson(antwoord);
  if (!antwoord.ok) {
    if (antwoord.status === 401 && route.auth === "jwt") return naarInloggen();
    const fout = FoutAntwoord.safeParse(data);
    if (fout.success) throw new ApiError(antwoord.status, fout.data.code, fout.data.message, true);
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
