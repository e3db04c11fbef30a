import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

/** The monorepo root: NodejsFunction bundles from here with the root lockfile and esbuild. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");

export const ROOT_LOCKFILE = join(REPO_ROOT, "package-lock.json");
export const ROOT_TSCONFIG = join(REPO_ROOT, "tsconfig.json");

/** The built SPA; deployed only when it exists, so `cdk synth` works before the frontend is built. */
export const FRONTEND_DIST = join(REPO_ROOT, "frontend", "dist");

export function httpHandlerEntry(context: string): string {
  return join(REPO_ROOT, "functions", "src", "http", context, "handler.ts");
}

export function queueHandlerEntry(name: string): string {
  return join(REPO_ROOT, "functions", "src", "queue", `${name}.ts`);
}

export function scheduledHandlerEntry(name: string): string {
  return join(REPO_ROOT, "functions", "src", "scheduled", `${name}.ts`);
}

export function existingDir(path: string): string | undefined {
  return existsSync(path) ? path : undefined;
}
