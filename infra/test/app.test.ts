import type { RegionConfig } from "@elk/domain";
import { type CfnElement, Stack } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { describe, expect, it } from "vitest";
import { REGISTRY_STACK_NAME, regionStackNaam } from "../bin/elk-app";
import { edgeStackName } from "../lib/app";
import { EDGE_REGION } from "../lib/stacks/edge-stack";
import { HTTP_GRANTS, mailDomain, type RegionStack } from "../lib/stacks/region-stack";
import { REGIONS } from "../regions";
import { buildWholeTestApp, openNagFindings } from "./elk-test-app";

/** The whole app as `npx cdk synth` builds it (bin/elk.ts), without running esbuild. */
const buildWholeApp = buildWholeTestApp;

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Resource = { Type: string; Properties?: Record<string, Json> };
interface Statement {
  Action: string | string[];
  Resource: Json | Json[];
}

const { app, registry, regions, edges } = buildWholeApp();
const assembly = app.synth();
const registryTemplate = Template.fromStack(registry).toJSON() as {
  Resources: Record<string, Resource>;
  Outputs: Record<string, { Value: Json; Export?: { Name: string } }>;
};
const regionStacks = [...regions.values()];

/** The RegionConfig a region stack was built from. */
function configOf(stack: RegionStack): RegionConfig {
  const id = [...regions].find(([, s]) => s === stack)?.[0];
  const config = id === undefined ? undefined : REGIONS[id];
  if (!config) throw new Error(`no RegionConfig for ${stack.stackName}`);
  return config;
}

function resources(stack: Stack, type: string): Record<string, Resource> {
  return Template.fromStack(stack).findResources(type) as Record<string, Resource>;
}

function logicalId(stack: Stack, element: CfnElement): string {
  return stack.getLogicalId(element);
}

function registryLogicalId(type: string): string {
  const [id, ...rest] = Object.keys(resources(registry, type));
  if (!id || rest.length > 0) throw new Error(`expected one ${type} in ${REGISTRY_STACK_NAME}`);
  return id;
}

/**
 * What a value in a region template points at in the registry stack, when it is a cross-stack
 * reference: a weak `Fn::GetStackOutput` or a classic `Fn::ImportValue` of one of its outputs.
 */
function inRegistry(value: Json): Json | undefined {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return undefined;
  const weak = value["Fn::GetStackOutput"] as { StackName?: string; OutputName?: string } | undefined;
  if (weak?.StackName === REGISTRY_STACK_NAME && weak.OutputName) {
    return registryTemplate.Outputs[weak.OutputName]?.Value;
  }
  const imported = value["Fn::ImportValue"];
  if (typeof imported === "string") {
    return Object.values(registryTemplate.Outputs).find((output) => output.Export?.Name === imported)?.Value;
  }
  return undefined;
}

const REGISTRY_TABLE_ARN: Json = { "Fn::GetAtt": [registryLogicalId("AWS::DynamoDB::Table"), "Arn"] };
const REGISTRY_TABLE_NAME: Json = { Ref: registryLogicalId("AWS::DynamoDB::Table") };
const REGISTRY_KEY_ARN: Json = { "Fn::GetAtt": [registryLogicalId("AWS::KMS::Key"), "Arn"] };
const REGISTRY_SECRET: Json = { Ref: registryLogicalId("AWS::SecretsManager::Secret") };

/** DynamoDB data-plane actions (CDK's grantReadWriteData); no table management, no wildcard. */
const DATA_ACTIONS = new Set([
  "dynamodb:BatchGetItem",
  "dynamodb:BatchWriteItem",
  "dynamodb:ConditionCheckItem",
  "dynamodb:DeleteItem",
  "dynamodb:DescribeTable",
  "dynamodb:GetItem",
  "dynamodb:GetRecords",
  "dynamodb:GetShardIterator",
  "dynamodb:PutItem",
  "dynamodb:Query",
  "dynamodb:Scan",
  "dynamodb:UpdateItem",
]);
/** What DynamoDB needs of the registry's KMS key to read and write its encrypted items. */
const KEY_ACTIONS = new Set([
  "kms:Decrypt",
  "kms:DescribeKey",
  "kms:Encrypt",
  "kms:GenerateDataKey*",
  "kms:ReEncrypt*",
]);

const asList = <T>(value: T | T[]): T[] => (Array.isArray(value) ? value : [value]);

/** Every IAM statement of a region stack that names something of the registry, with its role. */
function registryStatements(stack: Stack): Array<{ role: string; actions: string[]; target: Json }> {
  const found: Array<{ role: string; actions: string[]; target: Json }> = [];
  for (const policy of Object.values(resources(stack, "AWS::IAM::Policy"))) {
    const roles = asList((policy.Properties?.Roles ?? []) as Json[]).map((role) =>
      role && typeof role === "object" && !Array.isArray(role) ? String(role.Ref) : String(role),
    );
    const document = policy.Properties?.PolicyDocument as { Statement: Statement[] } | undefined;
    for (const statement of document?.Statement ?? []) {
      for (const resource of asList(statement.Resource)) {
        const target = inRegistry(resource);
        if (target === undefined) continue;
        for (const role of roles) found.push({ role, actions: asList(statement.Action), target });
      }
    }
  }
  return found;
}

/** The role of each function that must reach the registry: the contexts that claim, and the lottery worker. */
function rolesThatNeedTheRegistry(stack: RegionStack): string[] {
  const functions: IFunction[] = [
    ...[...stack.httpFunctions].filter(([context]) => HTTP_GRANTS[context].registry).map(([, fn]) => fn),
    stack.lotingWorker,
    // Issue #10 retention: removes the pupils' registry registrations of school years past retention.
    stack.bewaartermijn.handler,
  ];
  return functions
    .map((fn) => {
      const role = fn.role?.node.defaultChild as CfnElement | undefined;
      if (!role) throw new Error(`${fn.node.path} has no role`);
      return logicalId(stack, role);
    })
    .sort();
}

function elkFunctionEnvironments(stack: Stack): Record<string, Json>[] {
  return Object.values(resources(stack, "AWS::Lambda::Function"))
    .map(
      (fn) =>
        (fn.Properties?.Environment as { Variables?: Record<string, Json> } | undefined)?.Variables ?? {},
    )
    .filter((variables) => variables.REGION_CONFIG !== undefined);
}

/**
 * A region template with everything that comes from its configuration replaced by placeholders:
 * the RegionConfig itself, the stack's name, the region's id, name and mail domain, and the hashes
 * CDK derives from construct paths (which include the stack's name).
 */
function normalised(stack: RegionStack): Json {
  const config = configOf(stack);
  const replacements: Array<[string, string]> = [
    [JSON.stringify(config), "<REGION_CONFIG>"],
    [stack.stackName, "<STACK>"],
    [stack.stackName.replaceAll("-", ""), "<STACK>"],
    [mailDomain(config), "<MAIL_DOMAIN>"],
    [config.naam, "<NAAM>"],
    [config.id, "<ID>"],
  ];
  const vervang = (text: string) =>
    replacements
      .reduce((tekst, [value, placeholder]) => tekst.replaceAll(value, placeholder), text)
      // CDK's logical-id suffixes (upper case, glued on) and hashes standing alone (lower case).
      .replace(/[0-9A-F]{8}/g, "<HASH>")
      .replace(/\b[0-9a-f]{8}\b/g, "<HASH>");
  const loop = (value: Json): Json => {
    if (typeof value === "string") return vervang(value);
    if (Array.isArray(value)) return value.map(loop);
    if (value && typeof value === "object") {
      return Object.fromEntries(Object.entries(value).map(([key, inner]) => [vervang(key), loop(inner)]));
    }
    return value;
  };
  return loop(Template.fromStack(stack).toJSON() as Json);
}

/** Paths where two templates differ, except names CDK generates from the stack's own name. */
function unexplainedDifferences(a: Json, b: Json, path = ""): string[] {
  if (typeof a === "string" && typeof b === "string") {
    return a === b || (a.includes("<STACK>") && b.includes("<STACK>")) ? [] : [`${path}: ${a} ≠ ${b}`];
  }
  if (a && b && typeof a === "object" && typeof b === "object" && Array.isArray(a) === Array.isArray(b)) {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((key) =>
      unexplainedDifferences(
        (a as Record<string, Json>)[key] ?? null,
        (b as Record<string, Json>)[key] ?? null,
        `${path}/${key}`,
      ),
    );
  }
  return a === b ? [] : [`${path}: ${JSON.stringify(a)} ≠ ${JSON.stringify(b)}`];
}

describe("the whole app: the registry and one stack per region", () => {
  it("REGION-01 `cdk synth` yields Elk-Registry, Elk-Amstelland and Elk-Amsterdam: one stack per configured region", () => {
    const names = assembly.stacks.map((stack) => stack.stackName).sort();
    // A third region (docs/new-region.md) adds its stack here without changing this test.
    expect(names).toEqual(expect.arrayContaining(["Elk-Amstelland", "Elk-Amsterdam", "Elk-Registry"]));
    expect(names).toEqual(
      [
        REGISTRY_STACK_NAME,
        ...Object.values(REGIONS).flatMap((config) => [
          regionStackNaam(config),
          // Issue #10: each region's web ACL for CloudFront, in us-east-1.
          edgeStackName(regionStackNaam(config)),
        ]),
      ].sort(),
    );
    for (const [id, stack] of regions) {
      expect(stack.tags.tagValues()).toMatchObject({ "elk:region": id });
      // Deployed after the registry, whose outputs it reads.
      expect(stack.dependencies).toContain(registry);
    }
  });

  it("#10 each region has an edge stack in us-east-1 holding its CloudFront web ACL; the region stack reads the ACL's ARN across regions and deploys after it", () => {
    expect([...edges.keys()].sort()).toEqual(Object.keys(REGIONS).sort());
    for (const [id, edge] of edges) {
      const region = regions.get(id);
      if (!region) throw new Error(`no region stack for ${id}`);
      expect(edge.stackName).toBe(`${region.stackName}-Edge`);
      expect(edge.region).toBe(EDGE_REGION);
      expect(edge.tags.tagValues()).toMatchObject({ "elk:region": id });
      Template.fromStack(edge).hasResourceProperties("AWS::WAFv2::WebACL", { Scope: "CLOUDFRONT" });
      expect(region.dependencies).toContain(edge);
      // A weak cross-region reference: no custom resources (CDK's SSM export writer/reader).
      const config = Template.fromStack(region).findResources("AWS::CloudFront::Distribution");
      const [distribution] = Object.values(config) as Resource[];
      const webAclId = ((distribution?.Properties?.DistributionConfig ?? {}) as { WebACLId?: Json })
        .WebACLId as {
        "Fn::GetStackOutput"?: { StackName: string; Region: string; OutputName: string };
      };
      expect(webAclId["Fn::GetStackOutput"]).toMatchObject({
        StackName: edge.stackName,
        Region: EDGE_REGION,
      });
      const output =
        Template.fromStack(edge).toJSON().Outputs[webAclId["Fn::GetStackOutput"]?.OutputName ?? ""];
      expect(output?.Value).toEqual({
        "Fn::GetAtt": [edge.getLogicalId(edge.webAcl), "Arn"],
      });
      for (const stack of [region, edge]) {
        const types = Object.values(Template.fromStack(stack).toJSON().Resources as Record<string, Resource>);
        expect(
          types.map((r) => r.Type).filter((type) => /CrossRegion|Export(Reader|Writer)/.test(type)),
        ).toEqual([]);
      }
    }
  });

  it("REGION-01 a region's stack is named from its id, so renaming the region never replaces its stack", () => {
    expect(regionStackNaam({ id: "amstelland" })).toBe("Elk-Amstelland");
    expect(regionStackNaam({ id: "zuid-kennemerland" })).toBe("Elk-Zuid-Kennemerland");
    expect(() => regionStackNaam({ id: "Den Haag" })).toThrow(/lowercase words/);
  });

  it("REGION-01 `-c region=<id>` builds the registry and that region only", () => {
    const { app: alleen } = buildWholeApp({ region: "amsterdam" });
    expect(alleen.node.children.filter((child) => child instanceof Stack).map((s) => s.node.id)).toEqual([
      "Elk-Registry",
      "Elk-Amsterdam-Edge",
      "Elk-Amsterdam",
    ]);
    expect(() => buildWholeApp({ region: "nergens" })).toThrow(/Unknown region "nergens"/);
  });

  it("REGION-01 the region stacks differ only by configuration: the same resources, each with its own table, domain and RegionConfig", () => {
    const [eerste, ...anderen] = regionStacks;
    if (!eerste || anderen.length === 0) throw new Error("expected at least two regions");
    const soorten = (stack: Stack) =>
      Object.values(Template.fromStack(stack).toJSON().Resources as Record<string, Resource>)
        .map((resource) => resource.Type)
        .sort();
    for (const ander of anderen) {
      expect(soorten(ander)).toEqual(soorten(eerste));
      expect(unexplainedDifferences(normalised(eerste), normalised(ander))).toEqual([]);
    }

    for (const stack of regionStacks) {
      const template = Template.fromStack(stack);
      // Its own table (with the indexes and TTL of a region table), besides no copy of the registry.
      template.resourceCountIs("AWS::DynamoDB::Table", 1);
      template.hasResourceProperties("AWS::SES::EmailIdentity", {
        EmailIdentity: mailDomain(configOf(stack)),
      });
      for (const variables of elkFunctionEnvironments(stack)) {
        expect(JSON.parse(variables.REGION_CONFIG as string)).toEqual(configOf(stack));
        expect(variables.TABLE_NAME).toEqual({
          Ref: logicalId(stack, stack.data.table.node.defaultChild as CfnElement),
        });
      }
    }
    expect(new Set(regionStacks.map((stack) => mailDomain(configOf(stack)))).size).toBe(regionStacks.length);
  });

  it("REGION-02 each region stack reads the registry table by cross-stack reference and holds no copy of it", () => {
    Template.fromStack(registry).resourceCountIs("AWS::DynamoDB::Table", 1);
    for (const stack of regionStacks) {
      const environments = elkFunctionEnvironments(stack);
      expect(environments.length).toBeGreaterThan(0);
      for (const variables of environments) {
        expect(inRegistry(variables.REGISTRY_TABLE_NAME ?? null)).toEqual(REGISTRY_TABLE_NAME);
      }
      const tables = Object.values(resources(stack, "AWS::DynamoDB::Table"));
      expect(tables).toHaveLength(1);
      expect(tables[0]?.Properties?.GlobalSecondaryIndexes).toBeDefined();
    }
  });

  it("REGION-02 only the functions that claim registrations may read and write the registry: data actions on its table and key, nothing more", () => {
    for (const stack of regionStacks) {
      const statements = registryStatements(stack);
      const tableStatements = statements.filter(
        (s) => JSON.stringify(s.target) === JSON.stringify(REGISTRY_TABLE_ARN),
      );
      const keyStatements = statements.filter(
        (s) => JSON.stringify(s.target) === JSON.stringify(REGISTRY_KEY_ARN),
      );
      // Nothing else of the registry stack (its secret included) appears in any policy.
      expect(tableStatements.length + keyStatements.length).toBe(statements.length);

      const expected = rolesThatNeedTheRegistry(stack);
      expect(expected.length).toBeGreaterThan(1);
      expect([...new Set(tableStatements.map((s) => s.role))].sort()).toEqual(expected);
      expect([...new Set(keyStatements.map((s) => s.role))].sort()).toEqual(expected);
      for (const { actions } of tableStatements) {
        for (const action of actions) expect(DATA_ACTIONS, action).toContain(action);
        expect(actions).toEqual(expect.arrayContaining(["dynamodb:PutItem", "dynamodb:GetItem"]));
      }
      for (const { actions } of keyStatements) {
        for (const action of actions) expect(KEY_ACTIONS, action).toContain(action);
      }
    }
  });

  it("REGION-02 the BSN secret reaches the Lambdas as a deploy-time dynamic reference; no function may read Secrets Manager", () => {
    for (const stack of regionStacks) {
      for (const variables of elkFunctionEnvironments(stack)) {
        const [, parts] = (variables.BSN_GEHEIM as { "Fn::Join": [string, Json[]] })["Fn::Join"];
        expect(parts[0]).toBe("{{resolve:secretsmanager:");
        expect(inRegistry(parts[1] ?? null)).toEqual(REGISTRY_SECRET);
      }
      expect(JSON.stringify(resources(stack, "AWS::IAM::Policy"))).not.toContain("secretsmanager:");
    }
  });

  it("OSO-06 the Traffic Center's URL given at deployment reaches the OSO functions; without it, the placeholder", () => {
    const { regions } = buildWholeApp({
      region: "amstelland",
      osoTrafficCenterUrl: "https://oso.example.org/tc",
    });
    const met = regions.get("amstelland");
    if (!met) throw new Error("no Amstelland stack");
    expect(elkFunctionEnvironments(met).map((v) => v?.OSO_TRAFFIC_CENTER_URL)).toContain(
      "https://oso.example.org/tc",
    );
    const [zonder] = regionStacks;
    if (!zonder) throw new Error("no region stack");
    expect(elkFunctionEnvironments(zonder).map((v) => v?.OSO_TRAFFIC_CENTER_URL)).toContain(
      "https://oso-traffic-center.invalid",
    );
  });

  it("REGION-03 each region's functions carry its own helpdesk e-mail and phone", () => {
    const helpdesks = regionStacks.map((stack) => {
      const [variables] = elkFunctionEnvironments(stack);
      const config = JSON.parse(String(variables?.REGION_CONFIG)) as RegionConfig;
      expect(config.helpdesk).toEqual(REGIONS[configOf(stack).id]?.helpdesk);
      return `${config.helpdesk.email} ${config.helpdesk.telefoon}`;
    });
    expect(new Set(helpdesks).size).toBe(regionStacks.length);
  });
});

describe("cdk-nag AwsSolutions and Serverless on every stack", () => {
  // With an alarm address, so the e-mail subscription is checked too; without one the stacks hold
  // the same resources less that subscription.
  const { app: metAdres } = buildWholeApp({ alarmEmail: "ops@example.org" });
  const open = openNagFindings(metAdres);
  expect(open.packs).toEqual(["AwsSolutions", "Serverless"]);

  it("REGION-01 ARCH #10 cdk-nag: 0 unacknowledged AwsSolutions errors and warnings on Elk-Registry, each region's stack and its edge stack", () => {
    expect(open.of("AwsSolutions", "error")).toEqual([]);
    expect(open.of("AwsSolutions", "warning")).toEqual([]);
  });

  it("REGION-01 ARCH #10 cdk-nag: 0 unacknowledged Serverless errors and warnings on every stack", () => {
    expect(open.of("Serverless", "error")).toEqual([]);
    expect(open.of("Serverless", "warning")).toEqual([]);
  });
});
