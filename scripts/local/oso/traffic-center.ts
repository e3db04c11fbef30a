/**
 * OSO-06: the local stand-in for the OSO Traffic Center (Kennisnet). In memory, node:http only.
 * ELK talks to it through functions/src/oso/traffic-center-client.ts; the stand-in LAS
 * (./las.ts) plays the receiving schools. All bodies are JSON unless said otherwise.
 *
 * ELK side — an aanleverpunt, authenticated by its number in the path and its key in the
 * `X-OSO-Sleutel` header (never in a URL). A refusal is `{ ok: false, fout, melding? }` with
 * 404 "nummer" (unknown in Mijn OSO, or not registered), 401 "sleutel", 409 "brin-vestiging",
 * 403 "geblokkeerd" (magOverdrachtAanvragen cleared), 422 "ongeldig-dossier".
 *   PUT /aanleverpunten/{nummer}/registratie          body { brin, vestigingscode }
 *       → 200 { ok: true, magOverdrachtAanvragen: true }; (re)registering sets both marks.
 *   GET /aanleverpunten/{nummer}/ping                 (registered only)
 *       → 200 { ok: true, tijdstip }
 *   PUT /aanleverpunten/{nummer}/dossiers/{dossierId}/versies/{versie}
 *       body { ontvanger: { brin, vestigingscode }, xml }   (registered and magOverdrachtAanvragen)
 *       → 200 { ok: true }. The XML is validated with `xmllint --schema <xsdPad>`; an invalid one
 *       is refused with 422 "ongeldig-dossier" and clears magOverdrachtAanvragen of the
 *       aanleverpunt, as the real Traffic Center may do. A valid one goes to the inbox of the
 *       ontvanger (BRIN + vestigingscode). Offering the same versie again replaces it while it
 *       waits and is a no-op once fetched; a higher versie replaces the older one (and may move
 *       it to another ontvanger); a lower versie than the one held is a no-op.
 *   GET /aanleverpunten/{nummer}/overdrachten?sinds=<cursor>   (number + key; registration not needed)
 *       → 200 { ok: true, magOverdrachtAanvragen, opgehaald: [{ dossierId, versie, opgehaaldOp }], cursor }
 *       the fetch events of this aanleverpunt's dossiers after the cursor ("" or absent: all).
 *       A cursor of an earlier run of the stand-in (or before a reset) counts as "".
 *
 * LAS side — the receiving school location, by BRIN + vestigingscode; no authentication here.
 *   GET /scholen/{brin}/{vestigingscode}/dossiers
 *       → 200 { dossiers: [{ dossierId, versie, aangebodenOp }] }   the ones waiting, no XML
 *   GET /scholen/{brin}/{vestigingscode}/dossiers/{dossierId}
 *       → 200 application/xml, the dossier, with header `X-OSO-Versie`. The first fetch of a
 *       versie records the fetch event {dossierId, versie, opgehaaldOp} and takes it out of the
 *       waiting list; fetching it again returns it again without a new event. 404 if unknown here.
 *
 * Beheer — STAND-IN ONLY, for tests and the demo; the real Traffic Center has nothing like it.
 *   DELETE /beheer/aanleverpunten/{nummer}/mag-overdracht-aanvragen → 200 { nummer, magOverdrachtAanvragen: false }
 *   PUT    /beheer/aanleverpunten/{nummer}  body { sleutel, brin, vestigingscode }  → 200: add or
 *          change an aanleverpunt in "Mijn OSO" (a change of key or location undoes its registration)
 *   GET    /beheer/toestand  → 200 the whole state, without keys and without XML
 *   POST   /beheer/reset     → 200: registrations, dossiers and events gone; Mijn OSO as at start
 *   POST   /beheer/storing   body { aantal } → 200: the next `aantal` offered dossiers get 503
 *
 * Malformed requests → 400 { error }; unknown route → 404 { error }; wrong method → 405.
 * Logs name aanleverpunt numbers, dossier ids and BRINs only: never a key, never XML.
 */
import { spawn } from "node:child_process";
import { randomBytes, timingSafeEqual } from "node:crypto";
import { access, constants } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface MijnOsoAanleverpunt {
  nummer: number;
  sleutel: string;
  brin: string;
  vestigingscode: string;
}

export interface TrafficCenterOptions {
  port: number;
  host?: string;
  /**
   * The OSO gegevensset XSD the offered dossiers must validate against; without it (a machine
   * without ../shared/oso) offered dossiers are taken unchecked.
   */
  xsdPad?: string;
  /** "Mijn OSO": the aanleverpunten Kennisnet approved, with their keys. */
  aanleverpunten: MijnOsoAanleverpunt[];
}

export interface TrafficCenterToestand {
  aanleverpunten: {
    nummer: number;
    brin: string;
    vestigingscode: string;
    geregistreerd: boolean;
    magOverdrachtAanvragen: boolean;
  }[];
  dossiers: {
    dossierId: string;
    versie: number;
    aanleverpunt: number;
    ontvanger: { brin: string; vestigingscode: string };
    aangebodenOp: string;
    opgehaaldOp: string | null;
    bytes: number;
  }[];
  opgehaald: {
    volgnummer: number;
    aanleverpunt: number;
    dossierId: string;
    versie: number;
    opgehaaldOp: string;
  }[];
}

export interface StandInTrafficCenter {
  url: string;
  server: Server;
  /** The same as GET /beheer/toestand. */
  toestand(): TrafficCenterToestand;
  close(): Promise<void>;
}

interface AanleverpuntStaat extends MijnOsoAanleverpunt {
  geregistreerd: boolean;
  magOverdrachtAanvragen: boolean;
}

interface DossierStaat {
  dossierId: string;
  versie: number;
  aanleverpunt: number;
  ontvanger: { brin: string; vestigingscode: string };
  xml: string;
  aangebodenOp: string;
  /** When this versie was first fetched; null while it waits in the inbox. */
  opgehaaldOp: string | null;
}

interface Ophaling {
  volgnummer: number;
  aanleverpunt: number;
  dossierId: string;
  versie: number;
  opgehaaldOp: string;
}

const SLEUTEL_HEADER = "x-oso-sleutel";
const MAX_BODY_BYTES = 50 * 1024 * 1024;
const XMLLINT_TIMEOUT_MS = 30_000;

class HttpFout extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

type Weigering = { status: number; fout: string; melding?: string };
const WEIGERING = {
  nummer: { status: 404, fout: "nummer" },
  sleutel: { status: 401, fout: "sleutel" },
  brinVestiging: { status: 409, fout: "brin-vestiging" },
  geblokkeerd: { status: 403, fout: "geblokkeerd" },
} satisfies Record<string, Weigering>;

function log(regel: string): void {
  if (process.env.ELK_QUIET !== "1") console.log(`[oso-traffic-center] ${regel}`);
}

export async function startTrafficCenter(opts: TrafficCenterOptions): Promise<StandInTrafficCenter> {
  if (opts.xsdPad) await controleerXmllint(opts.xsdPad);
  const beginlijst = opts.aanleverpunten.map((a) => leesMijnOso(a, a.nummer));

  const aanleverpunten = new Map<number, AanleverpuntStaat>();
  let storingen = 0;
  const dossiers = new Map<string, DossierStaat>();
  let ophalingen: Ophaling[] = [];
  let volgnummer = 0;
  // Part of every cursor: a cursor from before a reset or restart then reads as "from the start".
  let tijdperk = "";

  function reset(): void {
    aanleverpunten.clear();
    for (const a of beginlijst) {
      aanleverpunten.set(a.nummer, { ...a, geregistreerd: false, magOverdrachtAanvragen: false });
    }
    dossiers.clear();
    ophalingen = [];
    volgnummer = 0;
    tijdperk = randomBytes(4).toString("hex");
  }
  reset();

  function toestand(): TrafficCenterToestand {
    return {
      aanleverpunten: [...aanleverpunten.values()].map(
        ({ nummer, brin, vestigingscode, geregistreerd, magOverdrachtAanvragen }) => ({
          nummer,
          brin,
          vestigingscode,
          geregistreerd,
          magOverdrachtAanvragen,
        }),
      ),
      dossiers: [...dossiers.values()].map(({ xml, ontvanger, ...d }) => ({
        ...d,
        ontvanger: { ...ontvanger },
        bytes: Buffer.byteLength(xml),
      })),
      opgehaald: ophalingen.map((o) => ({ ...o })),
    };
  }

  /** Number and key; a refusal names what to check. */
  function aanleverpuntMetSleutel(nummerTekst: string, req: IncomingMessage): AanleverpuntStaat | Weigering {
    const nummer = leesNummer(nummerTekst);
    const a = nummer === undefined ? undefined : aanleverpunten.get(nummer);
    if (!a) return WEIGERING.nummer;
    const sleutel = req.headers[SLEUTEL_HEADER];
    if (typeof sleutel !== "string" || !sleutelKlopt(sleutel, a.sleutel)) return WEIGERING.sleutel;
    return a;
  }

  function geregistreerd(nummerTekst: string, req: IncomingMessage): AanleverpuntStaat | Weigering {
    const a = aanleverpuntMetSleutel(nummerTekst, req);
    if ("fout" in a) return a;
    if (!a.geregistreerd) return { ...WEIGERING.nummer, melding: "Het aanleverpunt is niet geregistreerd." };
    return a;
  }

  const routes: Route[] = [
    route("PUT", ["aanleverpunten", ":nummer", "registratie"], async ({ req, params }) => {
      const body = leesObject(await leesJson(req));
      const brin = leesTekst(body, "brin");
      const vestigingscode = leesTekst(body, "vestigingscode");
      const a = aanleverpuntMetSleutel(params.nummer, req);
      if ("fout" in a) return weiger(a);
      if (!zelfdeLocatie({ brin, vestigingscode }, a)) return weiger(WEIGERING.brinVestiging);
      a.geregistreerd = true;
      a.magOverdrachtAanvragen = true;
      log(`aanleverpunt ${a.nummer} (${a.brin} ${a.vestigingscode}) geregistreerd`);
      return json(200, { ok: true, magOverdrachtAanvragen: true });
    }),
    route("GET", ["aanleverpunten", ":nummer", "ping"], async ({ req, params }) => {
      const a = geregistreerd(params.nummer, req);
      if ("fout" in a) return weiger(a);
      return json(200, { ok: true, tijdstip: new Date().toISOString() });
    }),
    route(
      "PUT",
      ["aanleverpunten", ":nummer", "dossiers", ":dossierId", "versies", ":versie"],
      async ({ req, params }) => {
        const versie = leesNummer(params.versie);
        if (versie === undefined) throw new HttpFout(400, "versie moet een positief geheel getal zijn");
        const dossierId = params.dossierId;
        if (dossierId.length > 200) throw new HttpFout(400, "dossierId is te lang");
        const body = leesObject(await leesJson(req));
        const ontvangerBody = leesObject(body.ontvanger, "ontvanger");
        const ontvanger = {
          brin: normaal(leesTekst(ontvangerBody, "brin")),
          vestigingscode: normaal(leesTekst(ontvangerBody, "vestigingscode")),
        };
        const xml = leesTekst(body, "xml");
        if (storingen > 0) {
          storingen -= 1;
          throw new HttpFout(503, "storing (stand-in, beheer/storing)");
        }

        const voor = geregistreerd(params.nummer, req);
        if ("fout" in voor) return weiger(voor);
        if (!voor.magOverdrachtAanvragen) return weiger(WEIGERING.geblokkeerd);
        const bestaand = dossiers.get(dossierId);
        if (bestaand && bestaand.aanleverpunt !== voor.nummer) {
          throw new HttpFout(409, "dit dossierId hoort bij een ander aanleverpunt");
        }

        const fouten = opts.xsdPad ? await valideer(xml, opts.xsdPad) : undefined;
        // The state may have changed while xmllint ran: look again.
        const a = geregistreerd(params.nummer, req);
        if ("fout" in a) return weiger(a);
        if (fouten !== undefined) {
          a.magOverdrachtAanvragen = false;
          log(`dossier ${dossierId} v${versie} van aanleverpunt ${a.nummer} ongeldig: vinkje uitgezet`);
          return weiger({ status: 422, fout: "ongeldig-dossier", melding: fouten });
        }
        if (!a.magOverdrachtAanvragen) return weiger(WEIGERING.geblokkeerd);

        const huidig = dossiers.get(dossierId);
        const alGehad =
          huidig !== undefined &&
          (huidig.versie > versie || (huidig.versie === versie && huidig.opgehaaldOp !== null));
        if (!alGehad) {
          dossiers.set(dossierId, {
            dossierId,
            versie,
            aanleverpunt: a.nummer,
            ontvanger,
            xml,
            aangebodenOp: new Date().toISOString(),
            opgehaaldOp: null,
          });
          log(`dossier ${dossierId} v${versie} klaar voor ${ontvanger.brin} ${ontvanger.vestigingscode}`);
        }
        return json(200, { ok: true });
      },
    ),
    route("GET", ["aanleverpunten", ":nummer", "overdrachten"], async ({ req, params, url }) => {
      const a = aanleverpuntMetSleutel(params.nummer, req);
      if ("fout" in a) return weiger(a);
      const sinds = leesCursor(url.searchParams.get("sinds") ?? "", tijdperk);
      const nieuw = ophalingen.filter((o) => o.aanleverpunt === a.nummer && o.volgnummer > sinds);
      const laatste = nieuw.at(-1)?.volgnummer ?? sinds;
      return json(200, {
        ok: true,
        magOverdrachtAanvragen: a.magOverdrachtAanvragen,
        opgehaald: nieuw.map(({ dossierId, versie, opgehaaldOp }) => ({ dossierId, versie, opgehaaldOp })),
        cursor: `${tijdperk}.${laatste}`,
      });
    }),
    route("GET", ["scholen", ":brin", ":vestigingscode", "dossiers"], async ({ params }) => {
      const school = { brin: params.brin, vestigingscode: params.vestigingscode };
      const wachtend = [...dossiers.values()]
        .filter((d) => d.opgehaaldOp === null && zelfdeLocatie(d.ontvanger, school))
        .map(({ dossierId, versie, aangebodenOp }) => ({ dossierId, versie, aangebodenOp }));
      return json(200, { dossiers: wachtend });
    }),
    route("GET", ["scholen", ":brin", ":vestigingscode", "dossiers", ":dossierId"], async ({ params }) => {
      const d = dossiers.get(params.dossierId);
      const school = { brin: params.brin, vestigingscode: params.vestigingscode };
      if (!d || !zelfdeLocatie(d.ontvanger, school)) {
        throw new HttpFout(404, "Geen dossier met dit id voor deze school");
      }
      if (d.opgehaaldOp === null) {
        d.opgehaaldOp = new Date().toISOString();
        volgnummer += 1;
        ophalingen.push({
          volgnummer,
          aanleverpunt: d.aanleverpunt,
          dossierId: d.dossierId,
          versie: d.versie,
          opgehaaldOp: d.opgehaaldOp,
        });
      }
      return {
        status: 200,
        headers: { "content-type": "application/xml; charset=utf-8", "x-oso-versie": String(d.versie) },
        body: d.xml,
      };
    }),
    route(
      "DELETE",
      ["beheer", "aanleverpunten", ":nummer", "mag-overdracht-aanvragen"],
      async ({ params }) => {
        const nummer = leesNummer(params.nummer);
        const a = nummer === undefined ? undefined : aanleverpunten.get(nummer);
        if (!a) throw new HttpFout(404, "Onbekend aanleverpunt");
        a.magOverdrachtAanvragen = false;
        log(`beheer: vinkje "mag overdracht aanvragen" van aanleverpunt ${a.nummer} uitgezet`);
        return json(200, { nummer: a.nummer, magOverdrachtAanvragen: false });
      },
    ),
    route("PUT", ["beheer", "aanleverpunten", ":nummer"], async ({ req, params }) => {
      const nummer = leesNummer(params.nummer);
      if (nummer === undefined) throw new HttpFout(400, "nummer moet een positief geheel getal zijn");
      const nieuw = leesMijnOso(leesObject(await leesJson(req)), nummer);
      const oud = aanleverpunten.get(nummer);
      const blijft =
        oud !== undefined && oud.sleutel === nieuw.sleutel && zelfdeLocatie(oud, nieuw) && oud.geregistreerd;
      aanleverpunten.set(nummer, {
        ...nieuw,
        geregistreerd: blijft,
        magOverdrachtAanvragen: blijft && oud.magOverdrachtAanvragen,
      });
      log(`beheer: aanleverpunt ${nummer} (${nieuw.brin} ${nieuw.vestigingscode}) in Mijn OSO gezet`);
      return json(200, { nummer, brin: nieuw.brin, vestigingscode: nieuw.vestigingscode });
    }),
    // A passing outage: the next `aantal` offered dossiers get 503 (ELK's worker must try again).
    route("POST", ["beheer", "storing"], async ({ req }) => {
      const aantal = leesNummer(String(leesObject(await leesJson(req)).aantal ?? ""));
      if (aantal === undefined) throw new HttpFout(400, "aantal moet een positief geheel getal zijn");
      storingen = aantal;
      log(`beheer: storing voor de volgende ${aantal} aangeboden dossiers`);
      return json(200, { storingen });
    }),
    route("GET", ["beheer", "toestand"], async () => {
      return json(200, toestand());
    }),
    route("POST", ["beheer", "reset"], async () => {
      reset();
      log("beheer: reset");
      return json(200, { ok: true });
    }),
  ];

  const server = createServer((req, res) => {
    void behandel(routes, req, res);
  });
  const host = opts.host ?? "127.0.0.1";
  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(opts.port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  const { port } = server.address() as AddressInfo;
  const url = `http://${host.includes(":") ? `[${host}]` : host}:${port}`;
  log(`luistert op ${url} (${beginlijst.length} aanleverpunten in Mijn OSO)`);

  return {
    url,
    server,
    toestand,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((e) => (e ? reject(e) : resolve()));
        // fetch keeps connections alive; without this close() waits for them to time out.
        server.closeAllConnections();
      }),
  };
}

// ---------------------------------------------------------------------------------------------
// Routing and HTTP

interface Antwoord {
  status: number;
  headers: Record<string, string>;
  body: string;
}

interface Route {
  method: string;
  pad: readonly string[];
  handle(ctx: { req: IncomingMessage; params: Record<string, string>; url: URL }): Promise<Antwoord>;
}

/** The names of the `:params` in a path pattern, so a handler reads only the ones its path has. */
type ParamNamen<P extends readonly string[]> = P[number] extends infer D
  ? D extends `:${infer N}`
    ? N
    : never
  : never;

function route<const P extends readonly string[]>(
  method: string,
  pad: P,
  handle: (ctx: {
    req: IncomingMessage;
    params: Record<ParamNamen<P>, string>;
    url: URL;
  }) => Promise<Antwoord>,
): Route {
  // match() fills every `:param` of the pattern, which is what the narrower type promises.
  return { method, pad, handle: handle as Route["handle"] };
}

async function behandel(routes: Route[], req: IncomingMessage, res: ServerResponse): Promise<void> {
  let antwoord: Antwoord;
  try {
    antwoord = await kiesRoute(routes, req);
  } catch (e) {
    if (e instanceof HttpFout) antwoord = json(e.status, { error: e.message });
    else {
      // The message of an unexpected error may not quote a request; the name and message of our own code do not.
      console.error("[oso-traffic-center] interne fout", e instanceof Error ? e.message : e);
      antwoord = json(500, { error: "Interne fout in het stand-in Traffic Center" });
    }
  }
  if (!req.complete) {
    // A refused request whose body we did not read: the connection cannot be reused.
    antwoord.headers.connection = "close";
  }
  res.writeHead(antwoord.status, antwoord.headers);
  res.end(antwoord.body);
}

async function kiesRoute(routes: Route[], req: IncomingMessage): Promise<Antwoord> {
  const url = new URL(req.url ?? "/", "http://stand-in");
  let delen: string[];
  try {
    delen = url.pathname
      .split("/")
      .filter((d) => d !== "")
      .map(decodeURIComponent);
  } catch {
    throw new HttpFout(400, "Ongeldige codering in het pad");
  }
  let padBestaat = false;
  for (const r of routes) {
    const params = match(r.pad, delen);
    if (!params) continue;
    padBestaat = true;
    if (r.method === req.method) return r.handle({ req, params, url });
  }
  if (padBestaat) throw new HttpFout(405, `Methode ${req.method} niet toegestaan hier`);
  throw new HttpFout(404, "Onbekende route");
}

function match(patroon: readonly string[], delen: string[]): Record<string, string> | undefined {
  if (patroon.length !== delen.length) return undefined;
  const params: Record<string, string> = {};
  for (const [i, p] of patroon.entries()) {
    const deel = delen[i] ?? "";
    if (p.startsWith(":")) params[p.slice(1)] = deel;
    else if (p !== deel) return undefined;
  }
  return params;
}

function json(status: number, body: unknown): Antwoord {
  return {
    status,
    headers: { "content-type": "application/json; charset=utf-8" },
    body: JSON.stringify(body),
  };
}

function weiger(w: Weigering): Antwoord {
  return json(w.status, {
    ok: false,
    fout: w.fout,
    ...(w.melding === undefined ? {} : { melding: w.melding }),
  });
}

async function leesJson(req: IncomingMessage): Promise<unknown> {
  const type = req.headers["content-type"] ?? "";
  if (!type.toLowerCase().startsWith("application/json"))
    throw new HttpFout(400, "Verwacht application/json");
  const delen: Buffer[] = [];
  let grootte = 0;
  for await (const deel of req as AsyncIterable<Buffer>) {
    grootte += deel.length;
    if (grootte > MAX_BODY_BYTES) throw new HttpFout(413, "Verzoek te groot");
    delen.push(deel);
  }
  try {
    return JSON.parse(Buffer.concat(delen).toString("utf8"));
  } catch {
    throw new HttpFout(400, "Ongeldige JSON");
  }
}

function leesObject(waarde: unknown, naam = "body"): Record<string, unknown> {
  if (typeof waarde !== "object" || waarde === null || Array.isArray(waarde)) {
    throw new HttpFout(400, `${naam} moet een object zijn`);
  }
  return waarde as Record<string, unknown>;
}

function leesTekst(body: Record<string, unknown>, veld: string): string {
  const waarde = body[veld];
  if (typeof waarde !== "string" || waarde.trim() === "") throw new HttpFout(400, `${veld} ontbreekt`);
  return waarde;
}

function leesNummer(tekst: string): number | undefined {
  if (!/^[1-9][0-9]{0,14}$/.test(tekst)) return undefined;
  return Number(tekst);
}

function leesCursor(cursor: string, tijdperk: string): number {
  if (cursor === "") return 0;
  const m = /^([0-9a-f]+)\.([0-9]+)$/.exec(cursor);
  if (!m) throw new HttpFout(400, "Ongeldige cursor");
  return m[1] === tijdperk ? Number(m[2]) : 0;
}

function leesMijnOso(body: object, nummer: number): MijnOsoAanleverpunt {
  const b = body as Record<string, unknown>;
  if (!Number.isSafeInteger(nummer) || nummer < 1) throw new HttpFout(400, "nummer moet positief zijn");
  return {
    nummer,
    sleutel: leesTekst(b, "sleutel"),
    brin: normaal(leesTekst(b, "brin")),
    vestigingscode: normaal(leesTekst(b, "vestigingscode")),
  };
}

const normaal = (s: string) => s.trim().toUpperCase();

function zelfdeLocatie(
  a: { brin: string; vestigingscode: string },
  b: { brin: string; vestigingscode: string },
): boolean {
  return normaal(a.brin) === normaal(b.brin) && normaal(a.vestigingscode) === normaal(b.vestigingscode);
}

function sleutelKlopt(gegeven: string, verwacht: string): boolean {
  const g = Buffer.from(gegeven);
  const v = Buffer.from(verwacht);
  return g.length === v.length && timingSafeEqual(g, v);
}

// ---------------------------------------------------------------------------------------------
// XSD validation with xmllint

async function controleerXmllint(xsdPad: string): Promise<void> {
  try {
    await access(xsdPad, constants.R_OK);
  } catch (cause) {
    throw new Error(`Stand-in Traffic Center: XSD niet leesbaar: ${xsdPad}`, { cause });
  }
  const fouten = await valideer('<?xml version="1.0"?><x/>', xsdPad).catch((e: unknown) => {
    throw new Error(
      `Stand-in Traffic Center: xmllint werkt niet (apt-get install libxml2-utils): ${e instanceof Error ? e.message : e}`,
      { cause: e },
    );
  });
  // An element the schema does not declare must fail; if it does not, the schema was not used.
  if (fouten === undefined) throw new Error("Stand-in Traffic Center: xmllint valideert niet tegen de XSD");
}

/**
 * undefined when the XML validates; otherwise a short account of the first errors. The values
 * xmllint quotes are left out (they may be a pupil's data); element names stay.
 */
function valideer(xml: string, xsdPad: string): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const kind = spawn("xmllint", ["--noout", "--nonet", "--schema", xsdPad, "-"], {
      stdio: ["pipe", "ignore", "pipe"],
      timeout: XMLLINT_TIMEOUT_MS,
    });
    let stderr = "";
    kind.stderr.setEncoding("utf8");
    kind.stderr.on("data", (d: string) => {
      if (stderr.length < 64 * 1024) stderr += d;
    });
    // xmllint may stop reading early (a broken document); the exit code tells what happened.
    kind.stdin.on("error", () => {});
    kind.on("error", reject);
    kind.on("close", (code, signal) => {
      if (code === 0) resolve(undefined);
      // 1: not well-formed; 3, 4: not valid against the schema.
      else if (code === 1 || code === 3 || code === 4) resolve(samenvatting(stderr));
      else reject(new Error(`xmllint stopte met ${code ?? signal}`));
    });
    kind.stdin.end(xml);
  });
}

function samenvatting(stderr: string): string {
  const regels = stderr
    .split("\n")
    .filter((r) => /error/i.test(r))
    .slice(0, 5)
    .map((r) =>
      r
        .replace(/^-:(\d+):\s*/, "regel $1: ")
        .replace(/The value '[^']*'/g, "The value '…'")
        .replace(/': '[^']*' is not a valid value/g, "': '…' is not a valid value")
        .replace(/\{http:\/\/www\.edustandaard\.nl\/oso_gegevensset\/2019\/dossier\}/g, ""),
    );
  return (regels.join("\n") || "Het dossier is geen geldig OSO-dossier.").slice(0, 2000);
}
