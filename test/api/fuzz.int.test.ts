import { ALL_ROUTES, type RouteDef } from "@elk/contracts";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { api, inloggen } from "../support/api";
import { actieveGebruiker } from "../support/autorisatie";
import { kindMetOuder } from "../support/leerlingen";

/*
 * Issue #10 "Bad input": every route of the route table, called by signed-in users of several
 * kinds with inputs generated from its schema — the body's own field names with values of every
 * wrong kind and the usual nasties (huge strings, unicode, HTML and script, formula starters, path
 * tricks), random path parameters and query strings. Whatever comes in: never a 5xx, and every
 * refusal is a JSON answer with a Dutch message. The seed is fixed so a failure can be replayed.
 */

/** Not fuzzed: signing out ends the caller's own session, which the other cases need. */
const NIET = new Set(["uitloggen"]);
/**
 * Routes that take an account away (reset, block): fuzzed on a throwaway user of the file, never on
 * a demo account the later test files sign in with — "demo-plaatser" becomes the throwaway's id.
 */
const NEEMT_ACCOUNT = new Set(["gebruikerResetten", "gebruikerBlokkeren", "gebruikerDeblokkeren"]);
/**
 * Routes on the caller's own second factor (issue #10): a fuzzed password or code counts as a failed
 * sign-in of the caller, so they are fuzzed as the throwaway user only (a locked demo account would
 * fail later files).
 */
const EIGEN_ACCOUNT = new Set([
  "mfaStatus",
  "mfaInstellen",
  "mfaBevestigen",
  "mfaUitzetten",
  "mfaHerstelcodes",
]);
const GEVALLEN_PER_ROUTE = 10;
const SEED = 20261201;

const NASTIG = [
  "",
  " ",
  "x".repeat(20_000),
  "<script>alert(1)</script>",
  '=HYPERLINK("http://evil.example","klik")',
  "+31-cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "../../../../etc/passwd",
  "..\\..\\windows\\win.ini",
  "%00",
  "\u0000",
  "Zoë Çelik-Ünal 🐣",
  "\u202eevil",
  "' OR '1'='1",
  '{"$ne":null}',
  "2026-13-45",
  "999999999",
  "-1",
  "NaN",
];

const waarde: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  w: fc.oneof(
    { depthSize: "small" },
    fc.constantFrom(...NASTIG),
    fc.string(),
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(null),
    fc.array(tie("w"), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), tie("w"), { maxKeys: 3 }),
  ),
})).w;

/** The field names a body schema has (a zod object, possibly wrapped), so values land where they are read. */
function veldenVan(route: RouteDef): string[] {
  let schema = route.body as unknown as { shape?: Record<string, unknown>; def?: { innerType?: unknown } };
  for (let i = 0; i < 4 && schema && !schema.shape && schema.def?.innerType; i++) {
    schema = schema.def.innerType as typeof schema;
  }
  return schema?.shape ? Object.keys(schema.shape) : [];
}

function body(route: RouteDef): fc.Arbitrary<unknown> {
  const velden = veldenVan(route);
  const perVeld =
    velden.length > 0
      ? fc.record(Object.fromEntries(velden.map((v) => [v, waarde])), { requiredKeys: [] })
      : fc.constant({});
  return fc.oneof(perVeld, waarde, fc.constant(undefined));
}

/** In a URL only what fits one: a browser, CloudFront and Node all refuse very long URLs before ELK sees them. */
const IN_URL = NASTIG.filter((n) => n.length < 1000);
const parameter = fc.oneof(
  fc.constantFrom("amstelveen-college", "2026-2027", "demo-plaatser", "onbekend", ...IN_URL),
  fc.string({ minLength: 1, maxLength: 40 }),
);

function pad(route: RouteDef, params: string[], query: Record<string, string>): string {
  let i = 0;
  const gevuld = route.path.replace(/\{[^}]+\}/g, () => encodeURIComponent(params[i++] || "x"));
  const zoek = new URLSearchParams(query).toString();
  return zoek ? `${gevuld}?${zoek}` : gevuld;
}

describe("bad input on every route (issue #10)", () => {
  const tokens: string[] = [];
  let wegwerp: { id: string; token: string };
  beforeAll(async () => {
    const ouder = await kindMetOuder();
    wegwerp = await actieveGebruiker(await inloggen("locatiebeheerder"), { achternaam: "Fuzz" });
    tokens.push(
      await inloggen("regiobeheerder"),
      await inloggen("plaatser"),
      await inloggen("po-gebruiker"),
      await inloggen("contactpersoon"),
      ouder.ouderToken,
    );
  });

  it("ARCH-ERR never a 5xx, every refusal a JSON answer with a Dutch message, whatever the input", async () => {
    const routes = ALL_ROUTES.filter((r) => !NIET.has(r.id));
    const fouten: string[] = [];
    let gevallen = 0;
    for (const [n, route] of routes.entries()) {
      const aantal = (route.path.match(/\{/g) ?? []).length;
      const gevalArb = fc.record({
        body: body(route),
        params: fc.array(parameter, { minLength: aantal, maxLength: aantal }),
        query: fc.dictionary(
          fc.constantFrom("schooljaar", "status", "zoek", "pagina", "sortering", "q", "x"),
          fc.oneof(fc.constantFrom(...IN_URL), fc.string({ maxLength: 30 })),
          { maxKeys: 3 },
        ),
        wie: fc.integer({ min: 0, max: tokens.length - 1 }),
      });
      const voorbeelden = fc.sample(gevalArb, { numRuns: GEVALLEN_PER_ROUTE, seed: SEED + n });
      await Promise.all(
        voorbeelden.map(async (g) => {
          const params = NEEMT_ACCOUNT.has(route.id)
            ? g.params.map((p) => (p === "demo-plaatser" ? wegwerp.id : p))
            : g.params;
          const token = EIGEN_ACCOUNT.has(route.id) ? wegwerp.token : tokens[g.wie];
          const res = await api<{ message?: string }>(route.method, pad(route, params, g.query), {
            token: route.auth === "jwt" ? token : undefined,
            ...(route.method === "GET" || g.body === undefined ? {} : { rawBody: JSON.stringify(g.body) }),
          });
          gevallen += 1;
          const wat = `${route.method} ${route.path} (${route.id}) as caller ${g.wie}`;
          if (res.status >= 500)
            fouten.push(`${wat}: ${res.status} ${JSON.stringify(res.body).slice(0, 200)}`);
          else if (res.status >= 400) {
            const bericht = res.body.message ?? "";
            if (!bericht || /^(Internal|Unauthorized|Forbidden|Not Found|Bad Request)/i.test(bericht)) {
              fouten.push(
                `${wat}: ${res.status} without a Dutch message: ${JSON.stringify(res.body).slice(0, 200)}`,
              );
            }
          }
        }),
      );
    }
    console.log(`Fuzzed ${routes.length} routes, ${gevallen} cases.`);
    expect(fouten).toEqual([]);
  }, 600_000);
});
