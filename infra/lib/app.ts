import type { RegionConfig } from "@elk/domain";
import type { App } from "aws-cdk-lib";
import { regionConfig } from "../regions";
import { existingDir, FRONTEND_DIST } from "./paths";
import { EDGE_REGION, EdgeStack } from "./stacks/edge-stack";
import { RegionStack } from "./stacks/region-stack";
import { RegistryStack } from "./stacks/registry-stack";

export const DEFAULT_REGION_ID = "amstelland";

/**
 * AWS region of the registry and every region stack (their edge stacks, holding only CloudFront's
 * web ACL, go to us-east-1: EDGE_REGION). Amstelland and any later Dutch region share one AWS region, so the
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
  /** Issue #10: the region's web ACL for CloudFront, in us-east-1. */
  edge: EdgeStack;
}

/** Stack names: `Elk-Registry` once, `Elk-<region id>` per region. */
export function regionStackName(regionId: string): string {
  return `Elk-${regionId}`;
}

/** A region's edge stack (us-east-1): its stack's name with `-Edge`. */
export function edgeStackName(regionStackName: string): string {
  return `${regionStackName}-Edge`;
}

/**
 * Issue #10: a region's CloudFront web ACL, in us-east-1 (the only region CloudFront takes one
 * from). The region stack reads its ARN by a weak reference, `Fn::GetStackOutput` with a Region —
 * cross-region without CDK's custom-resource machinery (`crossRegionReferences`), which only
 * strong references need — and so deploys after it.
 */
export function buildEdgeStack(
  app: App,
  regionStack: string,
  config: Pick<RegionConfig, "id" | "naam">,
): EdgeStack {
  return new EdgeStack(app, edgeStackName(regionStack), {
    env: { account: process.env.CDK_DEFAULT_ACCOUNT, region: EDGE_REGION },
    description: `ELK region ${config.naam}: the AWS WAF web ACL of its CloudFront distribution`,
    tags: { "elk:region": config.id, "elk:stack": "edge" },
    regionStackName: regionStack,
  });
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
  const edge = buildEdgeStack(app, regionStackName(config.id), config);
  const region = new RegionStack(app, regionStackName(config.id), {
    env,
    description: `ELK region ${config.naam}`,
    config,
    registryTable: registry.table,
    bsnGeheim: registry.bsnGeheim,
    siteDir,
    alarmEmail: options.alarmEmail,
    bulkExportThreshold: options.bulkExportThreshold,
    webAclArn: edge.webAcl.attrArn,
  });
  return { registry, region, edge };
}
