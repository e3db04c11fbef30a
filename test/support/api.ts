import { inject } from "vitest";
import "../global-setup";

export const DEMO_WACHTWOORD = "Demo-ELK-2026!";

export interface Antwoord<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

/** A small client for the HTTP API through the local gateway, as the SPA would call it. */
export async function api<T = Record<string, unknown>>(
  method: string,
  path: string,
  options: {
    token?: string;
    body?: unknown;
    rawBody?: string;
    headers?: Record<string, string>;
    baseUrl?: string;
  } = {},
): Promise<Antwoord<T>> {
  const res = await fetch(`${options.baseUrl ?? inject("baseUrl")}${path}`, {
    method,
    headers: {
      "content-type": "application/json",
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...options.headers,
    },
    body: options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
  });
  const text = await res.text();
  let body: unknown;
  try {
    body = text ? JSON.parse(text) : {};
  } catch {
    body = { raw: text };
  }
  return { status: res.status, body: body as T, headers: res.headers };
}

/** Sign in through the API; `baseUrl` reaches the other region's stack (REGION-02 tests). */
export async function inloggen(
  gebruikersnaam: string,
  wachtwoord = DEMO_WACHTWOORD,
  baseUrl?: string,
): Promise<string> {
  const res = await api<{ accessToken: string }>("POST", "/api/auth/inloggen", {
    body: { gebruikersnaam, wachtwoord },
    baseUrl,
  });
  if (res.status !== 200)
    throw new Error(`sign-in of ${gebruikersnaam} failed: ${res.status} ${JSON.stringify(res.body)}`);
  return res.body.accessToken;
}
