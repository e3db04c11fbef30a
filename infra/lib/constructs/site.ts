import { type CfnElement, DefaultStackSynthesizer, Duration, Stack, Token } from "aws-cdk-lib";
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HeadersReferrerPolicy,
  HttpVersion,
  OriginProtocolPolicy,
  OriginRequestPolicy,
  OriginSslPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  type IBucket,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import { BucketDeployment, Source } from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { acknowledge } from "../nag";

export interface SiteProps {
  /** Host name of the HTTP API (execute-api), served under `/api/*`. */
  apiDomainName: string;
  logBucket: IBucket;
  filesBucket: IBucket;
  /** The built SPA (frontend/dist); nothing is uploaded when absent. */
  siteDir?: string | undefined;
}

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

    this.distribution = new Distribution(this, "Distribution", {
      comment: `ELK ${Stack.of(this).stackName}`,
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
          }),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // With caching disabled this policy also forwards the Authorization header.
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: securityHeaders,
        },
      },
    });
    acknowledge(this.distribution, {
      "AwsSolutions-CFR1":
        "No geo restriction: parents and staff of the region may use the app from abroad (holidays, border schools).",
      "AwsSolutions-CFR2":
        "No WAF yet: a CloudFront web ACL lives in us-east-1 and costs per request; the API throttles at its stage and requires Cognito JWTs. Planned when the region's domain is attached.",
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
