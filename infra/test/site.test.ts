import { readFileSync } from "node:fs";
import { join } from "node:path";
import { MEEKIJKEN_HEADER } from "@elk/contracts";
import { Validations } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { API_CACHE_HEADERS, API_ORIGIN_HEADERS, ORIGIN_HEADER } from "../lib/constructs/site";
import { REPO_ROOT } from "../lib/paths";
import { ORIGIN_GEHEIM_CONTEXTS } from "../lib/stacks/region-stack";
import { allConstructs, buildTestApp } from "./elk-test-app";

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Resource = { Type: string; Properties: Record<string, Json> };

const { app, region, edge } = buildTestApp();
const template = Template.fromStack(region);

function enigeVan(type: string): Resource {
  const gevonden = Object.values(template.findResources(type)) as Resource[];
  if (gevonden.length !== 1) throw new Error(`expected one ${type}, found ${gevonden.length}`);
  return gevonden[0] as Resource;
}

const distributie = enigeVan("AWS::CloudFront::Distribution").Properties.DistributionConfig as {
  CacheBehaviors: Array<Record<string, Json>>;
  Origins: Array<{ Id: string; CustomOriginConfig?: Json; OriginCustomHeaders?: Json }>;
  WebACLId?: Json;
};
const apiGedrag = distributie.CacheBehaviors.find((b) => b.PathPattern === "/api/*");
const originPolicy = enigeVan("AWS::CloudFront::OriginRequestPolicy").Properties
  .OriginRequestPolicyConfig as {
  HeadersConfig: { HeaderBehavior: string; Headers?: string[] };
  QueryStringsConfig: { QueryStringBehavior: string };
  CookiesConfig: { CookieBehavior: string };
};
const cachePolicy = enigeVan("AWS::CloudFront::CachePolicy").Properties.CachePolicyConfig as {
  DefaultTTL: number;
  MinTTL: number;
  MaxTTL: number;
  ParametersInCacheKeyAndForwardedToOrigin: {
    HeadersConfig: { HeaderBehavior: string; Headers?: string[] };
    QueryStringsConfig: { QueryStringBehavior: string };
  };
};
const doorgegeven = [
  ...(originPolicy.HeadersConfig.Headers ?? []),
  ...(cachePolicy.ParametersInCacheKeyAndForwardedToOrigin.HeadersConfig.Headers ?? []),
].map((h) => h.toLowerCase());

/** The CloudFormation dynamic reference of the origin secret, as CDK renders `unsafeUnwrap()`. */
const geheimId = region.getLogicalId(region.site.originGeheim.node.defaultChild as never);
const GEHEIM_REFERENTIE: Json = {
  "Fn::Join": ["", ["{{resolve:secretsmanager:", { Ref: geheimId }, ":SecretString:::}}"]],
};

/** The request headers the web app's one API client sets (frontend/src/lib/api-client.ts). */
function headersVanDeWebApp(): string[] {
  const bron = readFileSync(join(REPO_ROOT, "frontend", "src", "lib", "api-client.ts"), "utf8");
  const namen = new Set<string>();
  for (const m of bron.matchAll(/headers: Record<string, string> = \{ ([A-Za-z-]+):/g)) namen.add(m[1] ?? "");
  for (const m of bron.matchAll(/headers(?:\.([A-Za-z]+)|\["([^"]+)"\]|\[([A-Z_]+)\])\s*=/g)) {
    const naam =
      m[1] ?? m[2] ?? (m[3] === "MEEKIJKEN_HEADER" ? MEEKIJKEN_HEADER : `onbekende constante ${m[3]}`);
    namen.add(naam);
  }
  return [...namen].sort();
}

describe("the web app's /api/* behaviour behind CloudFront (issue #10)", () => {
  it("#10 the origin request policy forwards CloudFront-Viewer-Address, never Host, and every query string", () => {
    expect(apiGedrag?.OriginRequestPolicyId).toEqual({
      Ref: region.getLogicalId(region.site.apiOriginRequestPolicy.node.defaultChild as never),
    });
    expect(originPolicy.HeadersConfig.HeaderBehavior).toBe("whitelist");
    expect(originPolicy.HeadersConfig.Headers).toContain("CloudFront-Viewer-Address");
    expect(originPolicy.HeadersConfig.Headers).toEqual([...API_ORIGIN_HEADERS]);
    // execute-api answers 403 to a foreign Host; Authorization may not be in an origin request policy.
    expect(doorgegeven).not.toContain("host");
    expect((originPolicy.HeadersConfig.Headers ?? []).map((h) => h.toLowerCase())).not.toContain(
      "authorization",
    );
    expect(originPolicy.QueryStringsConfig.QueryStringBehavior).toBe("all");
    expect(originPolicy.CookiesConfig.CookieBehavior).toBe("none");
  });

  it("#10 the cache policy forwards the bearer token but caches nothing the API does not ask for", () => {
    expect(apiGedrag?.CachePolicyId).toEqual({
      Ref: region.getLogicalId(region.site.apiCachePolicy.node.defaultChild as never),
    });
    const sleutel = cachePolicy.ParametersInCacheKeyAndForwardedToOrigin;
    expect(sleutel.HeadersConfig.HeaderBehavior).toBe("whitelist");
    expect(sleutel.HeadersConfig.Headers).toEqual([...API_CACHE_HEADERS]);
    expect(sleutel.HeadersConfig.Headers).toContain("Authorization");
    expect(sleutel.QueryStringsConfig.QueryStringBehavior).toBe("all");
    // CloudFront takes no cache key with every TTL 0; a second at most, 0 unless the API asks.
    expect([cachePolicy.MinTTL, cachePolicy.DefaultTTL, cachePolicy.MaxTTL]).toEqual([0, 0, 1]);
  });

  it("#10 every header the web app sends to the API reaches it through CloudFront", () => {
    const webApp = headersVanDeWebApp();
    // The scan of api-client.ts itself found what it sends today.
    expect(webApp).toEqual(
      ["Accept", "Authorization", "Content-Type", "Idempotency-Key", MEEKIJKEN_HEADER].sort(),
    );
    for (const header of webApp) expect(doorgegeven, header).toContain(header.toLowerCase());
  });

  it("#10 CloudFront adds the x-elk-origin header to API requests, its value the origin secret resolved at deployment", () => {
    const [apiOrigin, ...andere] = distributie.Origins.filter((o) => o.CustomOriginConfig !== undefined);
    expect(andere).toEqual([]);
    expect(apiOrigin?.Id).toBe(apiGedrag?.TargetOriginId);
    expect(apiOrigin?.OriginCustomHeaders).toEqual([
      { HeaderName: ORIGIN_HEADER, HeaderValue: GEHEIM_REFERENTIE },
    ]);
    // Generated by Secrets Manager (no punctuation, so it is a plain header value), with the region key.
    template.hasResourceProperties("AWS::SecretsManager::Secret", {
      GenerateSecretString: Match.objectLike({ ExcludePunctuation: true, PasswordLength: 48 }),
      KmsKeyId: { "Fn::GetAtt": [region.getLogicalId(region.data.key.node.defaultChild as never), "Arn"] },
    });
    // Only the S3 origin besides it, which gets no secret.
    const s3 = distributie.Origins.filter((o) => o.CustomOriginConfig === undefined);
    expect(s3.map((o) => o.OriginCustomHeaders ?? null)).toEqual([null]);
  });

  it("#10 the sign-in Lambda gets the same secret as CLOUDFRONT_ORIGIN_GEHEIM, no other function does, none may read Secrets Manager", () => {
    const functies = template.findResources("AWS::Lambda::Function") as Record<string, Resource>;
    const geheimVan = (fn: Resource) =>
      (fn.Properties.Environment as { Variables?: Record<string, Json> } | undefined)?.Variables
        ?.CLOUDFRONT_ORIGIN_GEHEIM;
    const metGeheim = Object.entries(functies).filter(([, fn]) => geheimVan(fn) !== undefined);
    expect([...ORIGIN_GEHEIM_CONTEXTS]).toEqual(["auth"]);
    const auth = region.httpFunctions.get("auth");
    if (!auth) throw new Error("no auth Lambda");
    expect(metGeheim.map(([id]) => id)).toEqual([region.getLogicalId(auth.node.defaultChild as never)]);
    expect(metGeheim.map(([, fn]) => geheimVan(fn))).toEqual([GEHEIM_REFERENTIE]);
    expect(JSON.stringify(template.findResources("AWS::IAM::Policy"))).not.toContain("secretsmanager:");
  });

  it("#10 infra and the sign-in code agree on the header names and the variable (functions/src/accounts/adres.ts)", () => {
    const adres = readFileSync(join(REPO_ROOT, "functions", "src", "accounts", "adres.ts"), "utf8");
    expect(adres).toContain(`headers["${ORIGIN_HEADER}"]`);
    expect(adres).toContain("process.env.CLOUDFRONT_ORIGIN_GEHEIM");
    expect(adres).toContain('headers["cloudfront-viewer-address"]');
    expect(API_ORIGIN_HEADERS.map((h) => h.toLowerCase())).toContain("cloudfront-viewer-address");
  });

  it("#10 the distribution is behind the region's web ACL from its edge stack; the CFR2 acknowledgement is gone", () => {
    expect(distributie.WebACLId).toEqual({
      "Fn::GetStackOutput": {
        StackName: edge.stackName,
        Region: "us-east-1",
        OutputName: expect.any(String),
      },
    });
    const output = (distributie.WebACLId as { "Fn::GetStackOutput": { OutputName: string } })[
      "Fn::GetStackOutput"
    ].OutputName;
    expect(Template.fromStack(edge).toJSON().Outputs[output].Value).toEqual({
      "Fn::GetAtt": [edge.getLogicalId(edge.webAcl), "Arn"],
    });
    const erkend = allConstructs(app).flatMap((c) =>
      c.node.metadata
        .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((m) => Object.keys(m.data as Record<string, string>)),
    );
    expect(erkend.some((id) => id.includes("AwsSolutions-CFR2"))).toBe(false);
  });
});
