import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App } from "aws-cdk-lib";
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
}

/** The app as bin/elk.ts builds it, without running esbuild (asset bundling skipped). */
export function buildTestApp(options: TestAppOptions = {}): { app: App } & ElkStacks {
  const app = new App({ context: { ...cdkJsonContext(), "aws:cdk:bundling-stacks": [] } });
  const stacks = buildApp(app, {
    regionId: options.regionId ?? DEFAULT_REGION_ID,
    siteDir: options.siteDir === undefined ? fakeSiteDir() : options.siteDir,
  });
  return { app, ...stacks };
}
