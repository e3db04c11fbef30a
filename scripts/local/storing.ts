import { createServer, type IncomingMessage, request, type Server, type ServerResponse } from "node:http";

/**
 * Fault injection for the local stack (issue #10, Faults): a small HTTP proxy in front of a
 * stand-in (DynamoDB Local, the SES stand-in, the local SQS) that the functions talk to instead of the stand-in
 * itself, and a control endpoint the stack tests use to make that service fail for a while.
 *
 * - `door`: every request passes (the normal state);
 * - `weg`: the service is down — every connection is cut without an answer;
 * - `beperkt`: the service throttles — a share (`kans`) of the requests gets the service's own
 *   throttling answer (DynamoDB's ProvisionedThroughputExceededException, SES's TooManyRequests),
 *   which the AWS SDK retries with backoff, as against AWS.
 */
export type StoringsModus = "door" | "weg" | "beperkt";

export interface StoringsStand {
  modus: StoringsModus;
  kans: number;
  doorgelaten: number;
  geweigerd: number;
}

export type Dienst = "dynamodb" | "ses" | "sqs";

/** The throttling answer each service gives, as the SDK expects it. */
const BEPERKT: Record<Dienst, { status: number; type: string; body: unknown }> = {
  dynamodb: {
    status: 400,
    type: "ProvisionedThroughputExceededException",
    body: {
      __type: "com.amazonaws.dynamodb.v20120810#ProvisionedThroughputExceededException",
      message: "The level of configured provisioned throughput for the table was exceeded.",
    },
  },
  ses: {
    status: 429,
    type: "TooManyRequestsException",
    body: { message: "Maximum sending rate exceeded." },
  },
  sqs: {
    status: 400,
    type: "ThrottlingException",
    body: { __type: "ThrottlingException", message: "Rate exceeded" },
  },
};

interface Proxy {
  url: string;
  stand: StoringsStand;
  server: Server;
}

function proxyNaar(dienst: Dienst, doel: string, stand: StoringsStand) {
  const target = new URL(doel);
  return (req: IncomingMessage, res: ServerResponse) => {
    const weigeren = stand.modus === "weg" || (stand.modus === "beperkt" && Math.random() < stand.kans);
    if (weigeren) {
      stand.geweigerd++;
      if (stand.modus === "weg") {
        req.socket.destroy();
        return;
      }
      const b = BEPERKT[dienst];
      req.resume();
      res.writeHead(b.status, {
        "content-type": "application/x-amz-json-1.0",
        "x-amzn-errortype": b.type,
        "x-amzn-requestid": "storing",
      });
      res.end(JSON.stringify(b.body));
      return;
    }
    stand.doorgelaten++;
    const uit = request(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: req.headers,
      },
      (antwoord) => {
        res.writeHead(antwoord.statusCode ?? 502, antwoord.headers);
        antwoord.pipe(res);
      },
    );
    uit.on("error", () => res.destroy());
    req.pipe(uit);
  };
}

function luister(server: Server, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(0, host, () => {
      const adres = server.address();
      resolve(typeof adres === "object" && adres ? adres.port : 0);
    });
  });
}

export interface Storingen {
  /** Where the functions reach each service (the proxy). */
  endpoints: Record<Dienst, string>;
  /** The control endpoint: `PUT /storing/<dienst>` with `{ modus, kans? }`, `GET` for the counts. */
  url: string;
  stop: () => Promise<void>;
}

/** Starts a fault proxy in front of each service and the control endpoint for the tests. */
export async function startStoringen(doelen: Record<Dienst, string>, host = "127.0.0.1"): Promise<Storingen> {
  const proxies = {} as Record<Dienst, Proxy>;
  for (const dienst of Object.keys(doelen) as Dienst[]) {
    const stand: StoringsStand = { modus: "door", kans: 0, doorgelaten: 0, geweigerd: 0 };
    const server = createServer(proxyNaar(dienst, doelen[dienst], stand));
    const port = await luister(server, host);
    proxies[dienst] = { url: `http://${host}:${port}`, stand, server };
  }
  const besturing = createServer((req, res) => {
    const dienst = /^\/storing\/(dynamodb|ses|sqs)$/.exec(req.url ?? "")?.[1] as Dienst | undefined;
    const proxy = dienst ? proxies[dienst] : undefined;
    if (!proxy) {
      res.writeHead(404).end();
      return;
    }
    const antwoord = () => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(proxy.stand));
    };
    if (req.method !== "PUT") return antwoord();
    let tekst = "";
    req.on("data", (d: Buffer) => {
      tekst += d.toString("utf8");
    });
    req.on("end", () => {
      const { modus, kans } = JSON.parse(tekst || "{}") as { modus?: StoringsModus; kans?: number };
      if (modus !== "door" && modus !== "weg" && modus !== "beperkt") {
        res.writeHead(400).end();
        return;
      }
      Object.assign(proxy.stand, { modus, kans: kans ?? 1, doorgelaten: 0, geweigerd: 0 });
      antwoord();
    });
  });
  const port = await luister(besturing, host);
  const sluit = (s: Server) =>
    new Promise<void>((r) => {
      s.closeAllConnections?.();
      s.close(() => r());
    });
  return {
    endpoints: Object.fromEntries(
      (Object.keys(proxies) as Dienst[]).map((d) => [d, proxies[d].url]),
    ) as Record<Dienst, string>,
    url: `http://${host}:${port}`,
    stop: async () => {
      for (const p of Object.values(proxies)) await sluit(p.server);
      await sluit(besturing);
    },
  };
}
