import { randomUUID } from "node:crypto";
import { readFile, stat } from "node:fs/promises";
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { extname, join, normalize } from "node:path";
import { ALL_ROUTES, type Context, type RouteDef } from "@elk/contracts";
import { JwtRsaVerifier } from "aws-jwt-verify";
import { SimpleJwksCache } from "aws-jwt-verify/jwk";
import type { APIGatewayProxyEventV2WithJWTAuthorizer, APIGatewayProxyStructuredResultV2 } from "aws-lambda";

type HttpHandler = (
  event: APIGatewayProxyEventV2WithJWTAuthorizer,
) => Promise<APIGatewayProxyStructuredResultV2>;

/** The same handler modules CDK deploys as Lambdas, one per bounded context. */
const HANDLERS: Record<Context, () => Promise<{ handler: HttpHandler }>> = {
  auth: () => import("../../functions/src/http/auth/handler"),
  portaal: () => import("../../functions/src/http/portaal/handler"),
  accounts: () => import("../../functions/src/http/accounts/handler"),
  organisatie: () => import("../../functions/src/http/organisatie/handler"),
  leerlingen: () => import("../../functions/src/http/leerlingen/handler"),
  aanmelden: () => import("../../functions/src/http/aanmelden/handler"),
  behandelen: () => import("../../functions/src/http/behandelen/handler"),
  okidoc: () => import("../../functions/src/http/okidoc/handler"),
  groepen: () => import("../../functions/src/http/groepen/handler"),
  overzichten: () => import("../../functions/src/http/overzichten/handler"),
  loting: () => import("../../functions/src/http/loting/handler"),
  oso: () => import("../../functions/src/http/oso/handler"),
  swv: () => import("../../functions/src/http/swv/handler"),
  audit: () => import("../../functions/src/http/audit/handler"),
  docs: () => import("../../functions/src/http/docs/handler"),
};

const MAX_BODY = 6 * 1024 * 1024; // Lambda's synchronous payload limit

const MIME: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".woff2": "font/woff2",
  ".map": "application/json",
};

/** The headers CloudFront's response headers policy adds in AWS. */
const SECURITY_HEADERS = {
  "content-security-policy":
    "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'self'",
  "x-content-type-options": "nosniff",
  "x-frame-options": "DENY",
  "referrer-policy": "strict-origin-when-cross-origin",
};

interface CompiledRoute {
  route: RouteDef;
  pattern: RegExp;
  params: string[];
}

function compile(route: RouteDef): CompiledRoute {
  const params: string[] = [];
  const source = route.path
    .replace(/[.*+?^$()|[\]\\]/g, "\\$&")
    .replace(/\\?\{(\w+)\\?\}|\{(\w+)\}/g, (_m, a, b) => {
      params.push(a ?? b);
      return "([^/]+)";
    });
  return { route, pattern: new RegExp(`^${source}$`), params };
}

export interface GatewayOptions {
  port: number;
  frontendDir: string;
  issuer: string;
  clientId: string;
  jwksUri: string;
}

/**
 * A small local API Gateway (HTTP API): turns HTTP requests into APIGatewayProxyEventV2, checks
 * the JWT as the HTTP API's JWT authorizer does (issuer, signature, expiry, client), calls the
 * same handlers, and serves the built frontend as CloudFront would.
 */
export async function startGateway(options: GatewayOptions): Promise<Server> {
  const routes = ALL_ROUTES.map(compile);
  const jwksCache = new SimpleJwksCache({
    // cognito-local serves its JWKS over plain http, which the default (https) fetcher refuses.
    fetcher: { fetch: async (uri: string) => (await fetch(uri)).arrayBuffer() },
  });
  const verifier = JwtRsaVerifier.create(
    {
      issuer: options.issuer,
      jwksUri: options.jwksUri,
      audience: null,
      customJwtCheck: ({ payload }) => {
        if (payload.client_id !== options.clientId && payload.aud !== options.clientId)
          throw new Error("wrong client");
      },
    },
    { jwksCache },
  );

  async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL): Promise<void> {
    const method = req.method ?? "GET";
    let found: { compiled: CompiledRoute; values: string[] } | undefined;
    for (const compiled of routes) {
      if (compiled.route.method !== method) continue;
      const m = compiled.pattern.exec(url.pathname);
      if (m) {
        found = { compiled, values: m.slice(1) };
        break;
      }
    }
    if (!found) return send(res, 404, { message: "Not Found" });
    const { route } = found.compiled;

    const chunks: Buffer[] = [];
    let size = 0;
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) return send(res, 413, { message: "Request Entity Too Large" });
      chunks.push(chunk as Buffer);
    }
    const body = Buffer.concat(chunks).toString("utf8");

    let claims: Record<string, string | number | boolean | string[]> | undefined;
    if (route.auth === "jwt") {
      const header = req.headers.authorization ?? "";
      const token = header.startsWith("Bearer ") ? header.slice(7) : "";
      try {
        const payload = await verifier.verify(token);
        claims = Object.fromEntries(
          Object.entries(payload).map(([k, v]) => [
            k,
            Array.isArray(v)
              ? v.map(String)
              : typeof v === "object"
                ? JSON.stringify(v)
                : (v as string | number | boolean),
          ]),
        );
      } catch {
        // What API Gateway answers when its JWT authorizer refuses a token.
        return send(res, 401, { message: "Unauthorized" });
      }
    }

    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers))
      if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(",") : v;
    const now = Date.now();
    const event = {
      version: "2.0",
      routeKey: `${route.method} ${route.path}`,
      rawPath: url.pathname,
      rawQueryString: url.search.slice(1),
      headers,
      queryStringParameters: url.search ? Object.fromEntries(url.searchParams) : undefined,
      pathParameters: found.compiled.params.length
        ? Object.fromEntries(
            found.compiled.params.map((p, i) => [p, decodeURIComponent(found.values[i] ?? "")]),
          )
        : undefined,
      body: body === "" ? undefined : body,
      isBase64Encoded: false,
      requestContext: {
        accountId: "000000000000",
        apiId: "local",
        domainName: url.host,
        domainPrefix: "local",
        http: {
          method,
          path: url.pathname,
          protocol: "HTTP/1.1",
          sourceIp: req.socket.remoteAddress ?? "127.0.0.1",
          userAgent: headers["user-agent"] ?? "",
        },
        requestId: randomUUID(),
        routeKey: `${route.method} ${route.path}`,
        stage: "$default",
        time: new Date(now).toISOString(),
        timeEpoch: now,
        authorizer: claims
          ? { principalId: "", integrationLatency: 0, jwt: { claims, scopes: [] } }
          : undefined,
      },
    } as unknown as APIGatewayProxyEventV2WithJWTAuthorizer;

    try {
      const { handler } = await HANDLERS[route.context]();
      const result = await handler(event);
      res.writeHead(result.statusCode ?? 200, { ...(result.headers as Record<string, string>) });
      res.end(result.isBase64Encoded ? Buffer.from(result.body ?? "", "base64") : (result.body ?? ""));
    } catch (error) {
      // A handler that throws is what API Gateway reports as a 500 without details.
      console.error("handler crashed", error instanceof Error ? error.stack : error);
      send(res, 500, { message: "Internal Server Error" });
    }
  }

  async function handleStatic(res: ServerResponse, url: URL): Promise<void> {
    const safe = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, "");
    let file = join(options.frontendDir, safe);
    if (!file.startsWith(options.frontendDir)) return send(res, 403, { message: "Forbidden" });
    const info = await stat(file).catch(() => undefined);
    if (!info?.isFile()) file = join(options.frontendDir, "index.html"); // SPA fallback
    const content = await readFile(file).catch(() => undefined);
    if (!content) {
      res.writeHead(503, { "content-type": "text/plain; charset=utf-8" });
      res.end("De frontend is nog niet gebouwd: voer `npm run build:frontend` uit.");
      return;
    }
    const immutable = file.includes(`${join(options.frontendDir, "assets")}`);
    res.writeHead(200, {
      ...SECURITY_HEADERS,
      "content-type": MIME[extname(file)] ?? "application/octet-stream",
      "cache-control": immutable ? "public, max-age=31536000, immutable" : "no-cache",
    });
    res.end(content);
  }

  const server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", `http://${req.headers.host ?? "localhost"}`);
    const work = url.pathname.startsWith("/api/") ? handleApi(req, res, url) : handleStatic(res, url);
    work.catch((error) => {
      console.error("gateway error", error);
      if (!res.headersSent) send(res, 500, { message: "Internal Server Error" });
    });
  });
  await new Promise<void>((resolve) => server.listen(options.port, "127.0.0.1", resolve));
  return server;
}

function send(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { "content-type": "application/json; charset=utf-8" });
  res.end(JSON.stringify(body));
}
