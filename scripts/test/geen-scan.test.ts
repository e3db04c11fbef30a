import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

/**
 * Issue 11: every request path is served by GetItem or Query on a known key (packages/data/src/keys.ts)
 * — a Scan reads the whole table, its cost grows with the region and it competes with every
 * other request. This test reads the source of the Lambdas (functions/src) and of every package
 * (packages/data/src and the others) and fails on any DynamoDB Scan: the Scan command and its
 * paginator, a `.scan(` call, the "Scan" operation named as a string, and PartiQL statements
 * (ExecuteStatement), which scan when their WHERE misses the key. `ScanIndexForward`, the
 * direction of a Query, is not a Scan. The source is parsed (TypeScript's own parser), so words
 * in comments do not count.
 */
const ROOT = resolve(import.meta.dirname, "../..");
/** functions/src and the src of every package that has one (a package may hold only its package.json). */
const MAPPEN = [
  "functions/src",
  ...readdirSync(join(ROOT, "packages"))
    .map((p) => `packages/${p}/src`)
    .filter((m) => existsSync(join(ROOT, m))),
];

/**
 * Files allowed to scan, each with the reason (a maintenance script outside every request path).
 */
const TOEGESTAAN: Record<string, string> = {
  "packages/data/src/bewaren.repo.ts":
    "Issue #10 retention: the daily job (EventBridge Scheduler, never a request) finds every pupil, registration and SWV request of school years past retention; no index lists a school year's buitenleerlingen.",
};

const VERBODEN_NAMEN = new Set([
  "ScanCommand",
  "ScanCommandInput",
  "ScanCommandOutput",
  "ScanInput",
  "ScanOutput",
  "paginateScan",
  "ParallelScan",
  "ExecuteStatementCommand",
  "BatchExecuteStatementCommand",
  "paginateExecuteStatement",
]);

interface Vondst {
  bestand: string;
  regel: number;
  wat: string;
}

/** Every Scan in one source text, by its syntax tree. */
export function vindScans(bestand: string, bron: string): Vondst[] {
  const sf = ts.createSourceFile(bestand, bron, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const vondsten: Vondst[] = [];
  const meld = (node: ts.Node, wat: string) =>
    vondsten.push({ bestand, regel: sf.getLineAndCharacterOfPosition(node.getStart(sf)).line + 1, wat });
  const bezoek = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && VERBODEN_NAMEN.has(node.text)) meld(node, node.text);
    else if (
      ts.isCallExpression(node) &&
      ts.isPropertyAccessExpression(node.expression) &&
      /^(scan|parallelScan)$/i.test(node.expression.name.text)
    )
      meld(node, `.${node.expression.name.text}(…)`);
    else if (
      (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) &&
      /^(Scan|DynamoDB_\d+\.Scan)$/.test(node.text)
    )
      meld(node, `"${node.text}"`);
    ts.forEachChild(node, bezoek);
  };
  bezoek(sf);
  return vondsten;
}

function bronbestanden(map: string): string[] {
  const uit: string[] = [];
  const loop = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const pad = join(dir, e.name);
      if (e.isDirectory()) {
        if (e.name !== "node_modules" && e.name !== "dist") loop(pad);
      } else if (/\.(ts|tsx|mts|cts|js|mjs)$/.test(e.name) && !e.name.endsWith(".d.ts")) uit.push(pad);
    }
  };
  loop(join(ROOT, map));
  return uit;
}

describe("no DynamoDB Scan in a request path (issue 11)", () => {
  it("the check finds each form of a Scan, and not a Query's ScanIndexForward or a comment", () => {
    const bron = `
      import { ScanCommand, QueryCommand } from "@aws-sdk/lib-dynamodb";
      // a ScanCommand in a comment, and "Scan" in one too
      await doc.send(new ScanCommand({ TableName }));
      await doc.send(new QueryCommand({ TableName, ScanIndexForward: false }));
      await oudeClient.scan({ TableName }).promise();
      await raw.send({ operation: "Scan" });
      for await (const p of paginateScan({ client }, {})) {}
      await doc.send(new ExecuteStatementCommand({ Statement: "SELECT * FROM t" }));
    `;
    expect(vindScans("voorbeeld.ts", bron).map((v) => `${v.regel}:${v.wat}`)).toEqual([
      "2:ScanCommand",
      "4:ScanCommand",
      "6:.scan(…)",
      '7:"Scan"',
      "8:paginateScan",
      "9:ExecuteStatementCommand",
    ]);
  });

  it("functions/src and packages/*/src hold no Scan (outside the written allow-list)", () => {
    const bestanden = MAPPEN.flatMap(bronbestanden);
    expect(bestanden.some((b) => b.includes("packages/data/src/"))).toBe(true);
    expect(bestanden.some((b) => b.includes("functions/src/http/"))).toBe(true);
    const vondsten = bestanden
      .map((b) => relative(ROOT, b))
      .filter((b) => !(b in TOEGESTAAN))
      .flatMap((b) => vindScans(b, readFileSync(join(ROOT, b), "utf8")));
    expect(
      vondsten.map((v) => `${v.bestand}:${v.regel} ${v.wat}`),
      "a Scan in a request path: serve the screen by GetItem or Query on a key of packages/data/src/keys.ts",
    ).toEqual([]);
    for (const [bestand, reden] of Object.entries(TOEGESTAAN))
      expect(reden.length, bestand).toBeGreaterThan(20);
  });
});
