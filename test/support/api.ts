import { createHash, randomInt } from "node:crypto";
import { request as httpRequest, type IncomingHttpHeaders } from "node:http";
import { request as httpsRequest } from "node:https";
import { expect, inject } from "vitest";
import "../global-setup";
import { leesStaat, onthoudGeheim, verseCode, wijzigStaat } from "./mfa";

export const DEMO_WACHTWOORD = "Demo-ELK-2026!";

export interface Antwoord<T = Record<string, unknown>> {
  status: number;
  body: T;
  headers: Headers;
}

const adressen = new Map<string, string>();

/**
 * The loopback address the requests of the test file now running come from (issue #10: failed
 * sign-ins are also counted per client address, 50 per window; the whole suite from 127.0.0.1
 * would reach that). Linux routes all of 127.0.0.0/8 to the local host, so each file gets an
 * address of its own, as separate people would have — also when the files share this module (the
 * stack project keeps one module cache for all its files). Browser tests come from 127.0.0.1.
 */
export function bronAdres(): string {
  const bestand = expect.getState().testPath ?? "";
  let adres = adressen.get(bestand);
  if (!adres) {
    adres = `127.${1 + randomInt(254)}.${randomInt(256)}.${1 + randomInt(254)}`;
    adressen.set(bestand, adres);
  }
  return adres;
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
    /** The client address to call from (a loopback address); this file's own by default. */
    bronAdres?: string;
  } = {},
): Promise<Antwoord<T>> {
  const url = new URL(`${options.baseUrl ?? inject("baseUrl")}${path}`);
  const body = options.rawBody ?? (options.body === undefined ? undefined : JSON.stringify(options.body));
  const headers: Record<string, string> = {
    "content-type": "application/json",
    ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
    ...options.headers,
  };
  if (body !== undefined) headers["content-length"] = String(Buffer.byteLength(body));
  const loopback = url.hostname === "127.0.0.1" || url.hostname === "localhost";
  const { status, text, ontvangen } = await new Promise<{
    status: number;
    text: string;
    ontvangen: IncomingHttpHeaders;
  }>((resolve, reject) => {
    const req = (url.protocol === "https:" ? httpsRequest : httpRequest)(
      url,
      { method, headers, ...(loopback ? { localAddress: options.bronAdres ?? bronAdres() } : {}) },
      (res) => {
        const delen: Buffer[] = [];
        res.on("data", (d: Buffer) => delen.push(d));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            text: Buffer.concat(delen).toString("utf8"),
            ontvangen: res.headers,
          }),
        );
        res.on("error", reject);
      },
    );
    req.on("error", reject);
    req.end(body);
  });
  let parsed: unknown;
  try {
    parsed = text ? JSON.parse(text) : {};
  } catch {
    parsed = { raw: text };
  }
  const alsHeaders = new Headers();
  for (const [naam, waarde] of Object.entries(ontvangen)) {
    for (const w of Array.isArray(waarde) ? waarde : waarde === undefined ? [] : [waarde])
      alsHeaders.append(naam, w);
  }
  return { status, body: parsed as T, headers: alsHeaders };
}

interface Tokens {
  accessToken: string;
  idToken: string;
  verlooptOver: number;
  vernieuwToken?: string;
}

interface MfaStap {
  mfa: "vereist" | "instellen";
  sessie: string;
  geheim?: string;
}

/** A session renews only for the password it was opened with (a changed password is a new sign-in). */
const sessieSleutel = (gebruikersnaam: string, wachtwoord: string) =>
  `${gebruikersnaam.trim().toLowerCase()} ${createHash("sha256").update(wachtwoord).digest("hex").slice(0, 16)}`;

/** In-flight sign-ins per stack and username, so callers at once share one code. */
const bezig = new Map<string, Promise<Tokens>>();

/**
 * Sign in through the API; `baseUrl` reaches the other region's stack (REGION-02 tests). Accounts
 * with a second factor (issue #10: regiobeheerder, contactpersoon ELK) give the code their
 * authenticator app would show (test/support/mfa.ts), or set one up when asked; a later call
 * renews the session that passed the code, so every call still gets its own access token.
 */
export async function inloggen(
  gebruikersnaam: string,
  wachtwoord = DEMO_WACHTWOORD,
  baseUrl?: string,
): Promise<string> {
  return (await inloggenMetTokens(gebruikersnaam, wachtwoord, baseUrl)).accessToken;
}

export async function inloggenMetTokens(
  gebruikersnaam: string,
  wachtwoord = DEMO_WACHTWOORD,
  baseUrl?: string,
): Promise<Tokens> {
  const basis = baseUrl ?? inject("baseUrl");
  const wie = `${basis} ${gebruikersnaam.trim().toLowerCase()} ${wachtwoord}`;
  const lopend = bezig.get(wie);
  if (lopend) {
    await lopend.catch(() => undefined);
  }
  const vernieuwToken = leesStaat(basis).sessies[sessieSleutel(gebruikersnaam, wachtwoord)];
  if (vernieuwToken) {
    const res = await api<Tokens>("POST", "/api/auth/vernieuwen", {
      body: { vernieuwToken },
      baseUrl: basis,
    });
    if (res.status === 200) return res.body;
  }
  if (lopend) return inloggenMetTokens(gebruikersnaam, wachtwoord, baseUrl);
  const poging = volledigInloggen(gebruikersnaam, wachtwoord, basis);
  bezig.set(wie, poging);
  try {
    return await poging;
  } finally {
    bezig.delete(wie);
  }
}

async function volledigInloggen(
  gebruikersnaam: string,
  wachtwoord: string,
  baseUrl: string,
): Promise<Tokens> {
  const res = await api<Tokens | MfaStap>("POST", "/api/auth/inloggen", {
    body: { gebruikersnaam, wachtwoord },
    baseUrl,
  });
  if (res.status !== 200)
    throw new Error(`sign-in of ${gebruikersnaam} failed: ${res.status} ${JSON.stringify(res.body)}`);
  if (!("mfa" in res.body)) return res.body;
  const stap = res.body;
  if (stap.mfa === "instellen" && stap.geheim) onthoudGeheim(baseUrl, gebruikersnaam, stap.geheim);
  const code = await verseCode(baseUrl, gebruikersnaam, stap.geheim);
  const mfa = await api<Tokens>("POST", "/api/auth/inloggen/mfa", {
    body: { sessie: stap.sessie, code },
    baseUrl,
  });
  if (mfa.status !== 200)
    throw new Error(`second factor of ${gebruikersnaam} failed: ${mfa.status} ${JSON.stringify(mfa.body)}`);
  const vernieuwToken = mfa.body.vernieuwToken;
  if (vernieuwToken)
    wijzigStaat(baseUrl, (s) => {
      s.sessies[sessieSleutel(gebruikersnaam, wachtwoord)] = vernieuwToken;
    });
  return mfa.body;
}
