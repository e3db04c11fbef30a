import type { FoutAntwoord } from "@elk/contracts";
import { Stack, type StackProps } from "aws-cdk-lib";
import { CfnWebACL } from "aws-cdk-lib/aws-wafv2";
import type { Construct } from "constructs";

/** CloudFront only takes a web ACL made in us-east-1 (WAF scope CLOUDFRONT). */
export const EDGE_REGION = "us-east-1";

/** The window WAF counts a rate-based rule's requests over (seconds). */
export const WAF_VENSTER_SECONDEN = 300;

/**
 * Issue #10: requests per client IP per five minutes before WAF answers 429 until the rate drops.
 * Sign-in (`/api/auth/`: password, MFA code, token refresh, sign-out) is counted on its own and
 * tightly: it is what password guessing hits; the Lambdas also count failed sign-ins per username
 * and per address (functions/src/accounts). The whole API gets a far wider limit: a school shares
 * one address, so the limit must hold a busy school office, and only stop scripts and floods.
 */
export const WAF_LIMIETEN = { auth: 300, api: 3000 } as const;

/** The body of WAF's 429: the API's own error shape (FoutAntwoord), so the web app shows the text. */
export const TE_VEEL_VERZOEKEN: FoutAntwoord = {
  code: "TE_VEEL_VERZOEKEN",
  message:
    "Er zijn vanaf uw netwerk te veel verzoeken gedaan. Wacht een paar minuten en probeer het dan opnieuw.",
};

const BODY_KEY = "te-veel-verzoeken";

export interface EdgeStackProps extends StackProps {
  /** The region stack this edge stack serves (`Elk-Amstelland`), for names and descriptions. */
  regionStackName: string;
}

/**
 * Issue #10: the AWS WAF web ACL in front of a region's CloudFront distribution. A CloudFront web
 * ACL must live in us-east-1, so it has a stack of its own there, one per region; the region stack
 * reads its ARN through a weak cross-region reference (`Fn::GetStackOutput`, cdk.json's
 * `@aws-cdk/core:defaultCrossStackReferences`), and so is deployed after it.
 *
 * Rules, in order: a rate limit on sign-in, a rate limit on the whole API (both per client IP,
 * 429 with a Dutch JSON body), AWS's Known bad inputs group (Log4Shell and the like) and AWS's Core
 * rule set. The core set's SizeRestrictions_BODY only counts: the API takes bijlagen and documents
 * as base64 JSON (up to 4 MB, packages/domain) and the leerlingen CSV import in the body, far above
 * its 8 KB. Every rule has CloudWatch metrics and sampled requests.
 */
export class EdgeStack extends Stack {
  readonly webAcl: CfnWebACL;

  constructor(scope: Construct, id: string, props: EdgeStackProps) {
    super(scope, id, props);
    const metric = (name: string): CfnWebACL.VisibilityConfigProperty => ({
      cloudWatchMetricsEnabled: true,
      sampledRequestsEnabled: true,
      metricName: `${props.regionStackName}-${name}`,
    });
    const tooMany: CfnWebACL.RuleActionProperty = {
      block: { customResponse: { responseCode: 429, customResponseBodyKey: BODY_KEY } },
    };
    const rateRule = (
      name: string,
      priority: number,
      prefix: string,
      limit: number,
    ): CfnWebACL.RuleProperty => ({
      name,
      priority,
      action: tooMany,
      statement: {
        rateBasedStatement: {
          limit,
          evaluationWindowSec: WAF_VENSTER_SECONDEN,
          // Behind CloudFront WAF sees the viewer's own address, not an edge server's.
          aggregateKeyType: "IP",
          scopeDownStatement: {
            byteMatchStatement: {
              fieldToMatch: { uriPath: {} },
              positionalConstraint: "STARTS_WITH",
              searchString: prefix,
              textTransformations: [{ priority: 0, type: "NONE" }],
            },
          },
        },
      },
      visibilityConfig: metric(name),
    });
    const managed = (
      name: string,
      priority: number,
      excludedToCount: string[] = [],
    ): CfnWebACL.RuleProperty => ({
      name,
      priority,
      overrideAction: { none: {} },
      statement: {
        managedRuleGroupStatement: {
          vendorName: "AWS",
          name,
          ...(excludedToCount.length > 0
            ? {
                ruleActionOverrides: excludedToCount.map((rule) => ({
                  name: rule,
                  actionToUse: { count: {} },
                })),
              }
            : {}),
        },
      },
      visibilityConfig: metric(name),
    });

    this.webAcl = new CfnWebACL(this, "WebAcl", {
      name: `${props.regionStackName}-web-acl`,
      description: `ELK ${props.regionStackName}: rate limits and AWS managed rules in front of CloudFront`,
      scope: "CLOUDFRONT",
      defaultAction: { allow: {} },
      visibilityConfig: metric("WebAcl"),
      customResponseBodies: {
        [BODY_KEY]: { contentType: "APPLICATION_JSON", content: JSON.stringify(TE_VEEL_VERZOEKEN) },
      },
      rules: [
        rateRule("InloggenPerIp", 0, "/api/auth/", WAF_LIMIETEN.auth),
        rateRule("ApiPerIp", 1, "/api/", WAF_LIMIETEN.api),
        managed("AWSManagedRulesKnownBadInputsRuleSet", 2),
        managed("AWSManagedRulesCommonRuleSet", 3, ["SizeRestrictions_BODY"]),
      ],
    });
  }
}
