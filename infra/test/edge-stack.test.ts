import { ALL_ROUTES, FoutAntwoord } from "@elk/contracts";
import { Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { EDGE_REGION, TE_VEEL_VERZOEKEN, WAF_LIMIETEN, WAF_VENSTER_SECONDEN } from "../lib/stacks/edge-stack";
import { buildTestApp } from "./elk-test-app";

interface Rule {
  Name: string;
  Priority: number;
  Action?: { Block?: { CustomResponse?: { ResponseCode: number; CustomResponseBodyKey: string } } };
  OverrideAction?: Record<string, unknown>;
  Statement: {
    RateBasedStatement?: {
      Limit: number;
      EvaluationWindowSec: number;
      AggregateKeyType: string;
      ScopeDownStatement: {
        ByteMatchStatement: {
          FieldToMatch: Record<string, unknown>;
          PositionalConstraint: string;
          SearchString: string;
        };
      };
    };
    ManagedRuleGroupStatement?: {
      VendorName: string;
      Name: string;
      RuleActionOverrides?: Array<{ Name: string; ActionToUse: Record<string, unknown> }>;
    };
  };
  VisibilityConfig: {
    CloudWatchMetricsEnabled: boolean;
    SampledRequestsEnabled: boolean;
    MetricName: string;
  };
}

const { edge, region } = buildTestApp();
const template = Template.fromStack(edge);
const acls = Object.values(template.findResources("AWS::WAFv2::WebACL")) as Array<{
  Properties: {
    Scope: string;
    DefaultAction: Record<string, unknown>;
    Rules: Rule[];
    CustomResponseBodies: Record<string, { ContentType: string; Content: string }>;
    VisibilityConfig: { CloudWatchMetricsEnabled: boolean };
  };
}>;
const acl = acls[0]?.Properties;
const regel = (naam: string): Rule => {
  const gevonden = acl?.Rules.find((r) => r.Name === naam);
  if (!gevonden) throw new Error(`no WAF rule ${naam}`);
  return gevonden;
};

describe("the edge stack: AWS WAF in front of CloudFront (issue #10)", () => {
  it("#10 one web ACL of scope CLOUDFRONT in us-east-1, allowing what no rule blocks, with CloudWatch metrics on every rule", () => {
    expect(acls).toHaveLength(1);
    expect(edge.region).toBe(EDGE_REGION);
    expect(EDGE_REGION).toBe("us-east-1");
    expect(acl?.Scope).toBe("CLOUDFRONT");
    expect(acl?.DefaultAction).toEqual({ Allow: {} });
    expect(acl?.VisibilityConfig.CloudWatchMetricsEnabled).toBe(true);
    for (const rule of acl?.Rules ?? []) {
      expect(rule.VisibilityConfig, rule.Name).toMatchObject({
        CloudWatchMetricsEnabled: true,
        SampledRequestsEnabled: true,
      });
    }
    // The region stack and its edge stack are a pair: the edge stack is named after it.
    expect(edge.stackName).toBe(`${region.stackName}-Edge`);
  });

  it("#10 sign-in is rate limited per client IP: 300 requests to /api/auth/ per 5 minutes, then 429", () => {
    const rule = regel("InloggenPerIp");
    expect(WAF_LIMIETEN.auth).toBe(300);
    expect(WAF_VENSTER_SECONDEN).toBe(300);
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      Limit: 300,
      EvaluationWindowSec: 300,
      AggregateKeyType: "IP",
      ScopeDownStatement: {
        ByteMatchStatement: {
          FieldToMatch: { UriPath: {} },
          PositionalConstraint: "STARTS_WITH",
          SearchString: "/api/auth/",
        },
      },
    });
    expect(rule.Action?.Block?.CustomResponse?.ResponseCode).toBe(429);
    // Every sign-in route is under that prefix (password, MFA, refresh, sign-out).
    const authRoutes = ALL_ROUTES.filter((route) => route.context === "auth").map((route) => route.path);
    expect(authRoutes).toContain("/api/auth/inloggen");
    for (const path of authRoutes) expect(path.startsWith("/api/auth/"), path).toBe(true);
  });

  it("#10 the whole API is rate limited per client IP: 3000 requests to /api/ per 5 minutes, then 429", () => {
    const rule = regel("ApiPerIp");
    expect(WAF_LIMIETEN.api).toBe(3000);
    expect(rule.Statement.RateBasedStatement).toMatchObject({
      Limit: 3000,
      EvaluationWindowSec: 300,
      AggregateKeyType: "IP",
      ScopeDownStatement: {
        ByteMatchStatement: { PositionalConstraint: "STARTS_WITH", SearchString: "/api/" },
      },
    });
    expect(rule.Action?.Block?.CustomResponse?.ResponseCode).toBe(429);
    for (const route of ALL_ROUTES) expect(route.path.startsWith("/api/"), route.path).toBe(true);
    // Sign-in is checked first, by its own tighter rule.
    expect(regel("InloggenPerIp").Priority).toBeLessThan(rule.Priority);
  });

  it("#10 WAF's 429 is the API's own Dutch error shape, so the web app shows its message", () => {
    const sleutel = regel("InloggenPerIp").Action?.Block?.CustomResponse?.CustomResponseBodyKey ?? "";
    expect(regel("ApiPerIp").Action?.Block?.CustomResponse?.CustomResponseBodyKey).toBe(sleutel);
    const body = acl?.CustomResponseBodies[sleutel];
    expect(body?.ContentType).toBe("APPLICATION_JSON");
    const fout = FoutAntwoord.parse(JSON.parse(body?.Content ?? "null"));
    expect(fout).toEqual(TE_VEEL_VERZOEKEN);
    expect(fout.code).toBe("TE_VEEL_VERZOEKEN");
    expect(fout.message).toMatch(/te veel verzoeken/);
  });

  it("#10 AWS's Known bad inputs and Core rule sets block; the core set's body-size rule only counts (uploads and CSV imports arrive as JSON bodies)", () => {
    const bad = regel("AWSManagedRulesKnownBadInputsRuleSet");
    expect(bad.Statement.ManagedRuleGroupStatement).toEqual({
      VendorName: "AWS",
      Name: "AWSManagedRulesKnownBadInputsRuleSet",
    });
    expect(bad.OverrideAction).toEqual({ None: {} });
    const core = regel("AWSManagedRulesCommonRuleSet");
    expect(core.Statement.ManagedRuleGroupStatement).toEqual({
      VendorName: "AWS",
      Name: "AWSManagedRulesCommonRuleSet",
      RuleActionOverrides: [{ Name: "SizeRestrictions_BODY", ActionToUse: { Count: {} } }],
    });
    expect(core.OverrideAction).toEqual({ None: {} });
    expect(acl?.Rules.map((r) => r.Name)).toEqual([
      "InloggenPerIp",
      "ApiPerIp",
      "AWSManagedRulesKnownBadInputsRuleSet",
      "AWSManagedRulesCommonRuleSet",
    ]);
    expect(new Set(acl?.Rules.map((r) => r.Priority)).size).toBe(4);
  });
});
