import type { RegionConfig } from "@elk/domain";
import type { App } from "aws-cdk-lib";
import { AWS_REGION, buildEdgeStack } from "../lib/app";
import { existingDir, FRONTEND_DIST } from "../lib/paths";
import type { EdgeStack } from "../lib/stacks/edge-stack";
import { RegionStack } from "../lib/stacks/region-stack";
import { RegistryStack } from "../lib/stacks/registry-stack";
import { REGIONS, regionConfig } from "../regions";

/** The shared registry's stack: deployed once, read by every region (REGION-02). */
export const REGISTRY_STACK_NAME = "Elk-Registry";

const REGION_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/**
 * `Elk-<Id>`: the region's id with each word capitalised (`amstelland` → `Elk-Amstelland`,
 * `zuid-kennemerland` → `Elk-Zuid-Kennemerland`). Taken from the id rather than the display name,
 * so renaming a region never renames — and so replaces — its stack.
 */
export function regionStackNaam(config: Pick<RegionConfig, "id">): string {
  if (!REGION_ID.test(config.id)) {
    throw new Error(
      `Region id "${config.id}" must be lowercase words joined by "-" (e.g. "zuid-kennemerland")`,
    );
  }
  const woorden = config.id.split("-").map((woord) => woord.charAt(0).toUpperCase() + woord.slice(1));
  return `Elk-${woorden.join("-")}`;
}

export interface ElkAppOptions {
  /** Only these regions (`-c region=<id>[,<id>]`); by default every region in `infra/regions`. */
  regionIds?: readonly string[] | undefined;
  /** The built SPA; by default frontend/dist when it exists. `null` deploys no site content. */
  siteDir?: string | null | undefined;
  /** OSO-06: the OSO Traffic Center (`-c osoTrafficCenterUrl=https://…`; docs/oso.md). */
  osoTrafficCenterUrl?: string | undefined;
  /** Who gets every region's alarm mails (`-c alarmEmail=ops@example.org`); none by default. */
  alarmEmail?: string | undefined;
  /** More export requests than this within 15 minutes raise the alarm (`-c bulkExportThreshold=50`). */
  bulkExportThreshold?: number | undefined;
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/**
 * The options `npx cdk synth|deploy` takes as context: `-c region=<id>[,<id>]`,
 * `-c osoTrafficCenterUrl=https://…`, `-c alarmEmail=…` and `-c bulkExportThreshold=<n>`. A value
 * that is given but wrong stops the synth rather than deploying something else.
 */
export function elkAppOptionsFromContext(app: App): ElkAppOptions {
  const context = (key: string): unknown => app.node.tryGetContext(key);

  const regionIds = context("region");
  if (regionIds !== undefined && typeof regionIds !== "string") {
    throw new Error("-c region=<id>[,<id>] must be region ids");
  }
  const gekozen = regionIds
    ?.split(",")
    .map((id) => id.trim())
    .filter(Boolean);

  const osoTrafficCenterUrl = context("osoTrafficCenterUrl");
  if (
    osoTrafficCenterUrl !== undefined &&
    (typeof osoTrafficCenterUrl !== "string" || !osoTrafficCenterUrl.startsWith("https://"))
  ) {
    throw new Error("-c osoTrafficCenterUrl=<url> must be an https URL");
  }

  const alarmEmail = context("alarmEmail");
  if (alarmEmail !== undefined && (typeof alarmEmail !== "string" || !EMAIL.test(alarmEmail))) {
    throw new Error("-c alarmEmail=<address> must be one e-mail address");
  }

  const drempel = context("bulkExportThreshold");
  const bulkExportThreshold = drempel === undefined ? undefined : Number(drempel);
  if (
    bulkExportThreshold !== undefined &&
    (String(drempel).trim() === "" || !Number.isInteger(bulkExportThreshold) || bulkExportThreshold < 1)
  ) {
    throw new Error("-c bulkExportThreshold=<n> must be a whole number of at least 1");
  }

  return {
    regionIds: gekozen?.length ? gekozen : undefined,
    osoTrafficCenterUrl: osoTrafficCenterUrl as string | undefined,
    alarmEmail: alarmEmail as string | undefined,
    bulkExportThreshold,
  };
}

export interface ElkApp {
  registry: RegistryStack;
  /** Per region id, its stack. */
  regions: ReadonlyMap<string, RegionStack>;
  /** Per region id, its edge stack in us-east-1 (`Elk-<Id>-Edge`, issue #10: the web ACL). */
  edges: ReadonlyMap<string, EdgeStack>;
}

/**
 * The whole of ELK as `cdk synth` builds it: `Elk-Registry` once and, per region, its stack and its
 * edge stack in us-east-1 (`Elk-<Id>-Edge`: the CloudFront web ACL), all from configuration. Each
 * region stack gets the registry's table and BSN secret and its web ACL's ARN by reference.
 */
export function buildElkApp(app: App, options: ElkAppOptions = {}): ElkApp {
  const configs = (options.regionIds ?? Object.keys(REGIONS)).map((id) => regionConfig(id));
  const env = { account: process.env.CDK_DEFAULT_ACCOUNT, region: AWS_REGION };
  const registry = new RegistryStack(app, REGISTRY_STACK_NAME, {
    env,
    description: "ELK: cross-region registry of ELK-nummers and registration claims",
    tags: { "elk:stack": "registry" },
  });
  const siteDir = options.siteDir === undefined ? existingDir(FRONTEND_DIST) : (options.siteDir ?? undefined);
  const regions = new Map<string, RegionStack>();
  const edges = new Map<string, EdgeStack>();
  for (const config of configs) {
    const edge = buildEdgeStack(app, regionStackNaam(config), config);
    edges.set(config.id, edge);
    regions.set(
      config.id,
      new RegionStack(app, regionStackNaam(config), {
        env,
        description: `ELK region ${config.naam}`,
        config,
        registryTable: registry.table,
        bsnGeheim: registry.bsnGeheim,
        siteDir,
        osoTrafficCenterUrl: options.osoTrafficCenterUrl,
        alarmEmail: options.alarmEmail,
        bulkExportThreshold: options.bulkExportThreshold,
        webAclArn: edge.webAcl.attrArn,
      }),
    );
  }
  return { registry, regions, edges };
}
