import { MEEKIJKEN_HEADER } from "@elk/contracts";
import { type CfnElement, DefaultStackSynthesizer, Duration, Stack, Token } from "aws-cdk-lib";
import {
  AllowedMethods,
  CacheCookieBehavior,
  CacheHeaderBehavior,
  CachePolicy,
  CacheQueryStringBehavior,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestCookieBehavior,
  OriginRequestHeaderBehavior,
  OriginRequestPolicy,
  OriginRequestQueryStringBehavior,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import type { IKey } from "aws-cdk-lib/aws-kms";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import { BucketDeployment, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import { Construct } from "constructs";
import { acknowledge } from "../nag";

export interface SiteProps {
  /** Host name of the HTTP API (execute-api), served under `/api/*`. */
  apiDomainName: string;
  logBucket: IBucket;
  filesBucket: IBucket;
  /** The built SPA (frontend/dist); nothing is uploaded when absent. */
  siteDir?: string | undefined;
  /** Issue #10: the region's AWS WAF web ACL (scope CLOUDFRONT, us-east-1; EdgeStack). */
  webAclArn: string;
  /** The region's KMS key, which encrypts the origin secret. */
  encryptionKey: IKey;
}

/**
 * Issue #10: the header CloudFront adds to every request to the API, with the origin secret as
 * its value. functions/src/accounts/adres.ts trusts `CloudFront-Viewer-Address` only when this
 * header carries the secret (`CLOUDFRONT_ORIGIN_GEHEIM`): anyone can send that header to the
 * execute-api URL directly.
 */
export const ORIGIN_HEADER = "x-elk-origin";

/**
 * Issue #10: the viewer headers CloudFront passes to the API. A managed policy cannot forward "all
 * viewer headers except Host" and a CloudFront header together (Host must not reach execute-api,
 * which answers 403 for a foreign host), so the list is explicit: a request header the API starts
 * reading must be added here, or it never arrives. `Authorization` may not be in an origin request
 * policy at all; the cache policy forwards it (API_CACHE_HEADERS).
 */
export const API_ORIGIN_HEADERS = [
  "Accept",
  "Content-Type",
  // Issue #10: a state-changing request's replay protection (functions/src/middleware/idempotentie.ts).
  "Idempotency-Key",
  // The viewer's own address and port, for counting failed sign-ins per address (adres.ts).
  "CloudFront-Viewer-Address",
] as const;

/**
 * The headers in the API behaviour's cache key, so forwarded: the bearer token, and who a
 * "meekijken" request looks on behalf of (it changes the answer for the same token).
 */
export const API_CACHE_HEADERS = ["Authorization", MEEKIJKEN_HEADER] as const;

/**
 * Serves a path that is not a file (no extension) as /index.html so the SPA's own router can
 * handle it. Done here rather than with distribution-wide 403/404 error responses, which would
 * also turn the API's 403 and 404 answers into index.html.
 */
const SPA_FALLBACK = `function handler(event) {
  var request = event.request;
  if (!/\\.[A-Za-z0-9]+$/.test(request.uri)) {
    request.uri = "/index.html";
  }
  return request;
}`;

/**
 * Content-Security-Policy of the app. Scripts only from the site itself; inline styles are allowed
 * for React `style` props; `connect-src` includes the files bucket for presigned uploads.
 */
export function contentSecurityPolicy(filesBucketDomain: string): string {
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self' data:",
    `connect-src 'self' https://${filesBucketDomain}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "upgrade-insecure-requests",
  ].join("; ");
}

/** The web app: a private S3 bucket behind CloudFront (OAC), with `/api/*` routed to the HTTP API. */
export class Site extends Construct {
  readonly bucket: Bucket;
  readonly distribution: Distribution;
  /** Issue #10: the value CloudFront sends to the API in the `x-elk-origin` header. */
  readonly originGeheim: Secret;
  readonly apiOriginRequestPolicy: OriginRequestPolicy;
  readonly apiCachePolicy: CachePolicy;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);

    this.bucket = new Bucket(this, "Bucket", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: props.logBucket,
      serverAccessLogsPrefix: "site/",
    });

    const securityHeaders = new ResponseHeadersPolicy(this, "SecurityHeaders", {
      comment: "ELK security headers (CSP, HSTS, frame, content-type and referrer policy)",
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: contentSecurityPolicy(props.filesBucket.bucketRegionalDomainName),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: HeadersReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN,
          override: true,
        },
      },
      customHeadersBehavior: {
        customHeaders: [
          { header: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()", override: true },
        ],
      },
    });

    const spaFallback = new CloudFrontFunction(this, "SpaFallback", {
      code: FunctionCode.fromInline(SPA_FALLBACK),
      runtime: FunctionRuntime.JS_2_0,
      comment: "Serve index.html for the SPA's own routes",
    });

    // Generated once at the first deployment, never typed by anyone. CloudFront's origin header
    // and the sign-in Lambda both get it as a CloudFormation dynamic reference, resolved at
    // deployment and never written into the template (as BSN_GEHEIM): a CloudFront origin header
    // only takes a literal value, and reading the secret at run time would give the Lambda
    // secretsmanager:GetSecretValue and a call per cold start for one short string. Who may read
    // the distribution's or the function's configuration can see it; it guards only whether an
    // address is trusted for counting failed sign-ins. Changing it: replace this construct (a new
    // id) and deploy — the distribution and the Lambda get the new value in the same deployment
    // (while CloudFront rolls out, sign-ins are counted per username only, never per a spoofed
    // address).
    this.originGeheim = new Secret(this, "OriginGeheim", {
      description: `ELK ${Stack.of(this).stackName}: the x-elk-origin header CloudFront adds to API requests (issue #10)`,
      encryptionKey: props.encryptionKey,
      generateSecretString: { passwordLength: 48, excludePunctuation: true, includeSpace: false },
    });
    acknowledge(this.originGeheim, {
      "AwsSolutions-SMG4":
        "The origin secret is resolved into CloudFront's origin header and the sign-in Lambda at deployment; a rotation Lambda would change it behind both. It is replaced deliberately by a deployment instead (see the comment in site.ts).",
    });
    const originGeheim = this.originGeheim.secretValue.unsafeUnwrap();

    this.apiOriginRequestPolicy = new OriginRequestPolicy(this, "ApiOriginRequest", {
      comment: "ELK API: the headers the API reads, CloudFront-Viewer-Address, every query string",
      headerBehavior: OriginRequestHeaderBehavior.allowList(...API_ORIGIN_HEADERS),
      queryStringBehavior: OriginRequestQueryStringBehavior.all(),
      // The API reads no cookies (the web app sends a bearer token).
      cookieBehavior: OriginRequestCookieBehavior.none(),
    });
    // CloudFront rejects a cache key (so a forwarded Authorization) when every TTL is 0, hence a
    // maximum of one second; the default stays 0, so an answer is cached only when the API asks
    // for it, and the API's JSON answers say `no-store` (functions/src/middleware/http-errors.ts).
    this.apiCachePolicy = new CachePolicy(this, "ApiCache", {
      comment: "ELK API: not cached; forwards the bearer token and the meekijken header",
      minTtl: Duration.seconds(0),
      defaultTtl: Duration.seconds(0),
      maxTtl: Duration.seconds(1),
      headerBehavior: CacheHeaderBehavior.allowList(...API_CACHE_HEADERS),
      queryStringBehavior: CacheQueryStringBehavior.all(),
      cookieBehavior: CacheCookieBehavior.none(),
      enableAcceptEncodingGzip: false,
      enableAcceptEncodingBrotli: false,
    });

    this.distribution = new Distribution(this, "Distribution", {
      comment: `ELK ${Stack.of(this).stackName}`,
      webAclId: props.webAclArn,
      defaultRootObject: "index.html",
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logBucket,
      logFilePrefix: "cloudfront/",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        responseHeadersPolicy: securityHeaders,
        compress: true,
        functionAssociations: [{ function: spaFallback, eventType: FunctionEventType.VIEWER_REQUEST }],
      },
      additionalBehaviors: {
        "/api/*": {
          origin: new HttpOrigin(props.apiDomainName, {
            protocolPolicy: OriginProtocolPolicy.HTTPS_ONLY,
            originSslProtocols: [OriginSslPolicy.TLS_V1_2],
            customHeaders: { [ORIGIN_HEADER]: originGeheim },
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          cachePolicy: this.apiCachePolicy,
          originRequestPolicy: this.apiOriginRequestPolicy,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });
    acknowledge(this.distribution, {
      "AwsSolutions-CFR1":
        "No geo restriction: parents and staff of the region may use the app from abroad (holidays, border schools).",
      "AwsSolutions-CFR4":
        "The distribution uses the default *.cloudfront.net certificate until the region's domain and its us-east-1 ACM certificate are attached; CloudFront then fixes the minimum protocol itself.",
    });

    if (props.siteDir) {
      const deployment = new BucketDeployment(this, "Deployment", {
        sources: [Source.asset(props.siteDir)],
        destinationBucket: this.bucket,
        distribution: this.distribution,
        distributionPaths: ["/*"],
        memoryLimit: 512,
      });
      acknowledgeBucketDeploymentHandler(this, deployment, this.bucket);
    }
  }
}

/**
 * BucketDeployment's handler is a CDK-provided singleton Lambda at stack level; its role reads the
 * CDK asset bucket and replaces the site bucket's objects.
 */
function acknowledgeBucketDeploymentHandler(
  scope: Construct,
  deployment: BucketDeployment,
  site: Bucket,
): void {
  const stack = Stack.of(scope);
  const nagToken = (value: string, name: string) => (Token.isUnresolved(value) ? `<AWS::${name}>` : value);
  const assetBucket = `cdk-${DefaultStackSynthesizer.DEFAULT_QUALIFIER}-assets-<AWS::AccountId>-${nagToken(stack.region, "Region")}`;
  const siteBucket = stack.getLogicalId(site.node.defaultChild as CfnElement);
  const reason =
    "CDK's BucketDeployment handler copies the built SPA from the CDK asset bucket into the site bucket";
  const findings: Record<string, string> = {
    "AwsSolutions-L1": "CDK's BucketDeployment handler: AWS CDK chooses and maintains its runtime.",
    "Serverless-LambdaLatestVersion":
      "CDK's BucketDeployment handler: AWS CDK chooses and maintains its runtime.",
    "Serverless-LambdaDLQ":
      "CDK's BucketDeployment handler is a CloudFormation custom resource: a failed invocation fails the deployment, which rolls back; there is no event worth keeping in a DLQ.",
    "Serverless-LambdaTracing":
      "CDK's BucketDeployment handler runs only during a deployment, to copy the built SPA; CDK offers no tracing option for it and its failures show in the CloudFormation events.",
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]":
      "CDK's BucketDeployment handler: the managed policy only allows writing its own logs.",
    [`AwsSolutions-IAM5[Resource::arn:${nagToken(stack.partition, "Partition")}:s3:::${assetBucket}/*]`]: `${reason}: read access to CDK's own asset bucket.`,
    [`AwsSolutions-IAM5[Resource::<${siteBucket}.Arn>/*]`]: `${reason}: objects of the site bucket only.`,
    "AwsSolutions-IAM5[Resource::*]": `${reason}, then invalidates the distribution: CDK grants cloudfront:CreateInvalidation and GetInvalidation on *.`,
  };
  for (const action of ["s3:Abort*", "s3:DeleteObject*", "s3:GetBucket*", "s3:GetObject*", "s3:List*"]) {
    findings[`AwsSolutions-IAM5[Action::${action}]`] =
      `${reason}: CDK's read/write grant on those two buckets only.`;
  }
  const handlers = stack.node.children.filter((child) =>
    child.node.id.startsWith("Custom::CDKBucketDeployment"),
  );
  for (const handler of [...handlers, deployment]) acknowledge(handler, findings);
}
