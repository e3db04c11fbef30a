import type { App } from "aws-cdk-lib";
import { regionConfig } from "../regions";
import { existingDir, FRONTEND_DIST } from "./paths";
import { RegionStack } from "./stacks/region-stack";
import { RegistryStack } from "./stacks/registry-stack";

export const DEFAULT_REGION_ID = "amstelland";

/**
 * AWS region of every stack. Amstelland and any later Dutch region share one AWS region, so the
 * registry can be referenced directly and personal data stays in the EU.
 */
export const AWS_REGION = "eu-west-1";

export interface BuildAppOptions {
  regionId: string;
  /** The built SPA; by default frontend/dist when it exists. `null` deploys no site content. */
  siteDir?: string | null;
  /** Who gets the region's alarm mails (`-c alarmEmail=…`). */
  alarmEmail?: string | undefined;
  /** More export requests than this within 15 minutes raise the bulk-export alarm. */
  bulkExportThreshold?: number | undefined;
}

export interface ElkStacks {
  registry: RegistryStack;
  region: RegionStack;
}

/** Stack names: `Elk-Registry` once, `Elk-<region id>` per region. */
export function regionStackName(regionId: string): string {
  return `Elk-${regionId}`;
}

/** The shared registry stack and one region's stack, as `cdk synth` and the tests build them. */
export function buildApp(app: App, options: BuildAppOptions): ElkStacks {
  const config = regionConfig(options.regionId);
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: AWS_REGION };
  const registry = new RegistryStack(app, "Elk-Registry", {
    env,
    description: "ELK: cross-region registry of ELK-nummers and registration claims",
    tags: { "elk:stack": "registry" },
  });
  const siteDir = options.siteDir === undefined ? existingDir(FRONTEND_DIST) : (options.siteDir ?? undefined);
  const region = new RegionStack(app, regionStackName(config.id), {
    env,
    description: `ELK region ${config.naam}`,
    config,
    registryTable: registry.table,
    bsnGeheim: registry.bsnGeheim,
    siteDir,
    alarmEmail: options.alarmEmail,
    bulkExportThreshold: options.bulkExportThreshold,
  });
  return { registry, region };
}
