import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { buildElkApp, type ElkApp, elkAppOptionsFromContext } from "../bin/elk-app";
import { buildApp, DEFAULT_REGION_ID, type ElkStacks } from "../lib/app";
import { REPO_ROOT } from "../lib/paths";

/** The feature flags of cdk.json, so the tests build what `cdk synth` builds. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, "cdk.json"), "utf8")) as {
    context?: Record<string, unknown>;
  };
  return cdkJson.context ?? {};
}

/** A stand-in for frontend/dist, so the site deployment is part of what the tests check. */
export function fakeSiteDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "elk-site-"));
  writeFileSync(join(dir, "index.html"), "<!doctype html><title>ELK</title>");
  return dir;
}

export interface TestAppOptions {
  regionId?: string;
  /** `null`: no site content; default: a fake built SPA. */
  siteDir?: string | null;
  /** `-c alarmEmail=…`: subscribes that address to the alarm topic. */
  alarmEmail?: string;
  /** `-c bulkExportThreshold=…`. */
  bulkExportThreshold?: number;
}

/** The app as bin/elk.ts builds it, without running esbuild (asset bundling skipped). */
export function buildTestApp(options: TestAppOptions = {}): { app: App } & ElkStacks {
  const app = new App({ context: { ...cdkJsonContext(), "aws:cdk:bundling-stacks": [] } });
  const stacks = buildApp(app, {
    regionId: options.regionId ?? DEFAULT_REGION_ID,
    siteDir: options.siteDir === undefined ? fakeSiteDir() : options.siteDir,
    alarmEmail: options.alarmEmail,
    bulkExportThreshold: options.bulkExportThreshold,
  });
  return { app, ...stacks };
}

/**
 * The whole app as `npx cdk synth` builds it (bin/elk.ts): every region, options read from the
 * context as `-c key=value` gives them (`{ region: "amsterdam", alarmEmail: "…" }`), no esbuild.
 */
export function buildWholeTestApp(context: Record<string, unknown> = {}): { app: App } & ElkApp {
  const app = new App({ context: { ...cdkJsonContext(), ...context, "aws:cdk:bundling-stacks": [] } });
  return { app, ...buildElkApp(app, { ...elkAppOptionsFromContext(app), siteDir: fakeSiteDir() }) };
}

export type NagPackName = "AwsSolutions" | "Serverless";

export interface OpenNagFindings {
  /** The packs that ran, as bin/elk.ts runs them. */
  packs: NagPackName[];
  /** `<rule> at <construct path>` for each finding of that pack and severity nobody acknowledged. */
  of(pack: NagPackName, severity: "error" | "warning"): string[];
}

/**
 * cdk-nag's AwsSolutions and Serverless packs over every stack of an app, as bin/elk.ts adds them.
 * cdk-nag 3 is a policy-validation plugin: `validateScope` is the plugin's own entry point and
 * skips every acknowledged finding (infra/lib/nag.ts).
 */
export function openNagFindings(app: App): OpenNagFindings {
  app.synth();
  const packs = [
    new AwsSolutionsChecks(app, { verbose: true }),
    new ServerlessChecks(app, { verbose: true }),
  ];
  const findings = packs.flatMap((pack) =>
    pack.validateScope(app).violations.map((violation) => ({
      pack: pack.readPackName,
      severity: violation.severity,
      text: `${violation.ruleName} at ${violation.violatingResources.map((r) => r.constructPath).join(", ")}`,
    })),
  );
  return {
    packs: packs.map((pack) => pack.readPackName as NagPackName),
    of: (pack, severity) =>
      findings.filter((f) => f.pack === pack && f.severity === severity).map((f) => f.text),
  };
}

/** Every construct below (and including) a scope. */
export function allConstructs(root: IConstruct): IConstruct[] {
  return [root, ...root.node.children.flatMap(allConstructs)];
}
