import { ALL_ROUTES } from "@elk/contracts";
import { createTableInput } from "@elk/data";
import { MAIL_MAX_POGINGEN as MAIL_MAX_POGINGEN_MAILER } from "@elk/mail";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { MAIL_MAX_POGINGEN } from "../lib/stacks/region-stack";
import { regionConfig } from "../regions";
import { buildTestApp } from "./elk-test-app";

type Resources = Record<string, { Type: string; Properties: Record<string, unknown> }>;

const { region, registry } = buildTestApp();
const template = Template.fromStack(region);
const registryTemplate = Template.fromStack(registry);
const amstelland = regionConfig("amstelland");

/**
 * ELK's functions besides the HTTP contexts, 60 s each: the mailer, the exports worker, the
 * announcement job, the OSO worker, the OSO status job, the malware scan's result handler and
 * the outbox job for kept mails...
 */
const WORKERS = 7;
/** ...and the lottery worker and the retention job (5 minutes each). */
const LANGE_WORKERS = 2;

function resourcesOfType(type: string, from: Template = template): Resources {
  return from.findResources(type) as Resources;
}

function environmentOf(fn: Resources[string]): Record<string, unknown> | undefined {
  return (fn.Properties.Environment as { Variables?: Record<string, unknown> } | undefined)?.Variables;
}

/** ELK's own functions (the HTTP contexts and the mailer), not CDK's BucketDeployment handler. */
function elkFunctions(): Resources[string][] {
  return Object.values(resourcesOfType("AWS::Lambda::Function")).filter(
    (fn) => environmentOf(fn)?.REGION_CONFIG !== undefined,
  );
}

function lambdaEnvironments(): Record<string, unknown>[] {
  return elkFunctions().map((fn) => environmentOf(fn) ?? {});
}

describe("region stack", () => {
  it("REGION-01 one stack per region from a RegionConfig", () => {
    expect(region.stackName).toBe("Elk-amstelland");
    expect(registry.stackName).toBe("Elk-Registry");
    expect(region.tags.tagValues()).toMatchObject({ "elk:region": "amstelland" });
    template.hasResourceProperties("AWS::DynamoDB::Table", {
      Tags: Match.arrayWith([{ Key: "elk:region", Value: "amstelland" }]),
    });
    const environments = lambdaEnvironments();
    // The HTTP contexts, the mailer, the exports worker and the announcement job.
    expect(environments).toHaveLength(ALL_CONTEXTS.length + WORKERS + LANGE_WORKERS);
    for (const variables of environments) {
      expect(JSON.parse(variables.REGION_CONFIG as string)).toEqual(amstelland);
    }
    template.hasResourceProperties("AWS::SES::EmailIdentity", { EmailIdentity: "elkamstelland.nl" });
  });

  it("REGION-01 every Lambda gets the environment the functions read", () => {
    for (const variables of lambdaEnvironments()) {
      // Issue #10: the origin secret only where sign-ins are counted per address (tested below).
      const { CLOUDFRONT_ORIGIN_GEHEIM: _, ...rest } = variables;
      expect(Object.keys(rest).sort()).toEqual(
        [
          "APP_URL",
          "BSN_GEHEIM",
          "EXPORTS_QUEUE_URL",
          "FILES_BUCKET",
          "LOTING_QUEUE_URL",
          "MAIL_QUEUE_URL",
          "NODE_OPTIONS",
          "OSO_QUEUE_URL",
          "OSO_TRAFFIC_CENTER_URL",
          "REGION_CONFIG",
          "REGISTRY_TABLE_NAME",
          "TABLE_NAME",
          "USER_POOL_CLIENT_ID",
          "USER_POOL_ID",
        ].sort(),
      );
      expect(variables.NODE_OPTIONS).toBe("--enable-source-maps");
      // ARCH-PRIVACY: the BSN secret is a deploy-time dynamic reference, never a literal in the template.
      expect(JSON.stringify(variables.BSN_GEHEIM)).toContain("resolve:secretsmanager:");
    }
  });

  it("ARCH registry: one shared table with PITR, deletion protection, a rotating customer key, retained", () => {
    registryTemplate.resourceCountIs("AWS::DynamoDB::Table", 1);
    registryTemplate.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({
        KeySchema: [
          { AttributeName: "PK", KeyType: "HASH" },
          { AttributeName: "SK", KeyType: "RANGE" },
        ],
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        SSESpecification: Match.objectLike({ SSEEnabled: true, SSEType: "KMS" }),
      }),
    });
    registryTemplate.hasResourceProperties("AWS::KMS::Key", { EnableKeyRotation: true });
  });

  it("ARCH data: one on-demand table per region with PITR, deletion protection, TTL and KMS", () => {
    template.resourceCountIs("AWS::DynamoDB::Table", 1);
    template.hasResource("AWS::DynamoDB::Table", {
      DeletionPolicy: "Retain",
      Properties: Match.objectLike({
        BillingMode: "PAY_PER_REQUEST",
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: "ttl", Enabled: true },
        SSESpecification: Match.objectLike({
          SSEEnabled: true,
          SSEType: "KMS",
          KMSMasterKeyId: Match.anyValue(),
        }),
      }),
    });
    template.allResourcesProperties("AWS::KMS::Key", { EnableKeyRotation: true });
  });

  it("ARCH data: the table has the keys and indexes packages/data creates locally", () => {
    const local = createTableInput("local");
    const [table] = Object.values(resourcesOfType("AWS::DynamoDB::Table"));
    const props = table?.Properties as {
      KeySchema: unknown;
      AttributeDefinitions: { AttributeName: string }[];
      GlobalSecondaryIndexes: { IndexName: string; KeySchema: unknown; Projection: unknown }[];
    };
    expect(props.KeySchema).toEqual(local.KeySchema);
    expect(new Set(props.AttributeDefinitions)).toEqual(new Set(local.AttributeDefinitions));
    expect(
      props.GlobalSecondaryIndexes.map(({ IndexName, KeySchema, Projection }) => ({
        IndexName,
        KeySchema,
        Projection,
      })),
    ).toEqual(local.GlobalSecondaryIndexes);
  });

  it("ARCH files: private, versioned, KMS-encrypted bucket that requires TLS and logs access", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      VersioningConfiguration: { Status: "Enabled" },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          Match.objectLike({ ServerSideEncryptionByDefault: Match.objectLike({ SSEAlgorithm: "aws:kms" }) }),
        ],
      },
      LoggingConfiguration: Match.objectLike({ LogFilePrefix: "files/" }),
    });
    template.allResourcesProperties("AWS::S3::Bucket", {
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
    });
    const bucketPolicies = Object.values(resourcesOfType("AWS::S3::BucketPolicy"));
    expect(bucketPolicies.length).toBe(3);
    for (const policy of bucketPolicies) {
      expect(JSON.stringify(policy.Properties)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it("ARCH e-mail, OSO, exports and lotteries: each queue redrives to its DLQ (mail after the mailer's ten backed-off tries, the rest after 5 receives), encrypted with the region key", () => {
    // The four work queues and their DLQs, and the DLQ of the malware scan's results (#10).
    const queues = Object.values(resourcesOfType("AWS::SQS::Queue"));
    expect(queues).toHaveLength(9);
    const withRedrive = queues.filter((queue) => queue.Properties.RedrivePolicy !== undefined);
    expect(withRedrive).toHaveLength(4);
    const tellingen = withRedrive.map(
      (q) => (q.Properties.RedrivePolicy as { maxReceiveCount: number }).maxReceiveCount,
    );
    expect(tellingen.sort((x, y) => x - y)).toEqual([5, 5, 5, 10]);
    // Issue #10: the queue's count is the mailer's own (functions/src/queue/mailer.ts backs off per try).
    expect(MAIL_MAX_POGINGEN).toBe(MAIL_MAX_POGINGEN_MAILER);
    expect(tellingen).toContain(MAIL_MAX_POGINGEN);
    template.allResourcesProperties("AWS::SQS::Queue", { KmsMasterKeyId: Match.anyValue() });
    for (const policy of Object.values(resourcesOfType("AWS::SQS::QueuePolicy"))) {
      expect(JSON.stringify(policy.Properties)).toContain('"aws:SecureTransport":"false"');
    }
  });

  it("ARCH API: Lambdas run Node 22 on ARM, tracing on, 10 s for HTTP, 60 s for the workers, 5 minutes for a lottery block", () => {
    const functions = elkFunctions();
    expect(functions).toHaveLength(ALL_CONTEXTS.length + WORKERS + LANGE_WORKERS);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        MemorySize: 512,
        TracingConfig: { Mode: "Active" },
        LoggingConfig: { LogGroup: expect.anything() },
      });
    }
    expect(functions.map((fn) => fn.Properties.Timeout as number).sort((a, b) => a - b)).toEqual([
      ...ALL_CONTEXTS.map(() => 10),
      ...Array.from({ length: WORKERS }, () => 60),
      ...Array.from({ length: LANGE_WORKERS }, () => 300),
    ]);
    template.allResourcesProperties("AWS::Logs::LogGroup", { RetentionInDays: Match.anyValue() });
  });

  it("ARCH e-mail: the mailer reads the outbox in batches of 10 with partial batch failures", () => {
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 10,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      EventSourceArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^MailOutboxQueue"), "Arn"] },
    });
    const policies = JSON.stringify(resourcesOfType("AWS::IAM::Policy"));
    expect(policies).toContain("ses:SendEmail");
  });

  it("LOT-04 the announcement job runs every minute (EventBridge Scheduler) with the table and the mail outbox, nothing more", () => {
    // The one EventBridge rule is GuardDuty's malware scan result (#10); schedules are Scheduler's.
    template.resourceCountIs("AWS::Events::Rule", 1);
    template.hasResourceProperties("AWS::Scheduler::Schedule", {
      ScheduleExpression: "rate(1 minute)",
      State: "ENABLED",
      Target: Match.objectLike({
        Arn: { "Fn::GetAtt": [Match.stringLikeRegexp("^BekendmakingHandler"), "Arn"] },
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
      }),
    });
    const [rol] = Object.values(resourcesOfType("AWS::IAM::Policy")).filter((p) =>
      JSON.stringify(p.Properties?.Roles ?? "").includes("BekendmakingHandler"),
    );
    const acties = JSON.stringify(rol?.Properties?.PolicyDocument);
    expect(acties).toContain("dynamodb:PutItem");
    expect(acties).toContain("sqs:SendMessage");
    expect(acties).not.toContain("s3:");
    expect(acties).not.toContain("cognito-idp:");
  });

  it("ARCH-ERR MAIL-01 the outbox job for mails SQS did not take runs every minute with the table and the mail outbox, nothing more (issue #10, Faults)", () => {
    template.hasResourceProperties("AWS::Scheduler::Schedule", {
      ScheduleExpression: "rate(1 minute)",
      State: "ENABLED",
      Target: Match.objectLike({
        Arn: { "Fn::GetAtt": [Match.stringLikeRegexp("^UitgesteldeMailsHandler"), "Arn"] },
      }),
    });
    const [rol] = Object.values(resourcesOfType("AWS::IAM::Policy")).filter((p) =>
      JSON.stringify(p.Properties?.Roles ?? "").includes("UitgesteldeMailsHandler"),
    );
    const acties = JSON.stringify(rol?.Properties?.PolicyDocument);
    expect(acties).toContain("dynamodb:DeleteItem");
    expect(acties).toContain("sqs:SendMessage");
    expect(acties).toContain("MailOutboxQueue");
    expect(acties).not.toContain("s3:");
    expect(acties).not.toContain("ses:");
  });

  it("LOT-02 LOT-03 the lottery worker applies one block per message from its own queue; the HTTP side only queues", () => {
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 1,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      EventSourceArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^LotingQueue"), "Arn"] },
      FunctionName: { Ref: Match.stringLikeRegexp("^LotingWorker") },
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("draws the lotteries"),
      Timeout: 300,
    });
    const beleid = (rol: RegExp) =>
      JSON.stringify(
        Object.values(resourcesOfType("AWS::IAM::Policy"))
          .filter((p) => rol.test(JSON.stringify(p.Properties?.Roles ?? "")))
          .map((p) => p.Properties?.PolicyDocument),
      );
    const worker = beleid(/"LotingWorkerServiceRole/);
    expect(worker).toContain("dynamodb:UpdateItem");
    expect(worker).toContain("Elk-Registry");
    expect(worker).toContain("sqs:SendMessage");
    // The HTTP side queues and reads; writing registrations and the registry is the worker's.
    const http = beleid(/"LotingHandlerServiceRole/);
    expect(http).toContain("sqs:SendMessage");
    expect(http).not.toContain("Elk-Registry");
  });

  it("ARCH API: one route per ALL_ROUTES entry, the Cognito JWT authorizer on every jwt route", () => {
    template.resourceCountIs("AWS::ApiGatewayV2::Route", ALL_ROUTES.length);
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      JwtConfiguration: Match.objectLike({ Audience: [Match.anyValue()] }),
    });
    const routes = Object.values(resourcesOfType("AWS::ApiGatewayV2::Route")).map(
      (route) => route.Properties,
    );
    for (const route of ALL_ROUTES) {
      const deployed = routes.find((r) => r.RouteKey === `${route.method} ${route.path}`);
      expect(deployed, `${route.method} ${route.path}`).toBeDefined();
      if (route.auth === "jwt") {
        expect(deployed).toMatchObject({ AuthorizationType: "JWT", AuthorizerId: expect.anything() });
      } else {
        expect(deployed).toMatchObject({ AuthorizationType: "NONE" });
      }
    }
  });

  it("ARCH API: default stage throttles and writes access logs", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingBurstLimit: 200, ThrottlingRateLimit: 100 },
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp("context.requestId"),
      },
    });
  });

  it("ARCH #10 sign-in: admin-created accounts only, strong passwords, a client with the admin flow only (no tokens past ELK's MFA)", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: Match.objectLike({ AllowAdminCreateUserOnly: true }),
      Policies: {
        PasswordPolicy: Match.objectLike({
          MinimumLength: 10,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        }),
      },
      DeletionProtection: "ACTIVE",
    });
    const clients = Object.values(template.findResources("AWS::Cognito::UserPoolClient"));
    expect(clients).toHaveLength(1);
    expect(clients[0]?.Properties).toMatchObject({ GenerateSecret: false, EnableTokenRevocation: true });
    // Issue #10: with USER_PASSWORD_AUTH anyone holding a password could get tokens from Cognito
    // directly (the client id is public), skipping the TOTP code the sign-in Lambda asks for.
    expect([...(clients[0]?.Properties.ExplicitAuthFlows ?? [])].sort()).toEqual([
      "ALLOW_ADMIN_USER_PASSWORD_AUTH",
      "ALLOW_REFRESH_TOKEN_AUTH",
    ]);
  });

  it("ARCH least privilege: Cognito sign-in actions on the pool; the docs Lambda touches no data", () => {
    template.hasResourceProperties("AWS::IAM::Policy", {
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: [
              "cognito-idp:AdminCreateUser",
              "cognito-idp:AdminDisableUser",
              "cognito-idp:AdminEnableUser",
              "cognito-idp:AdminGetUser",
              "cognito-idp:AdminInitiateAuth",
              "cognito-idp:AdminSetUserPassword",
              "cognito-idp:AdminUserGlobalSignOut",
              "cognito-idp:GlobalSignOut",
              "cognito-idp:InitiateAuth",
            ],
            Resource: { "Fn::GetAtt": [Match.stringLikeRegexp("^IdentityUserPool"), "Arn"] },
          }),
        ]),
      },
    });
    const docsPolicy = Object.entries(resourcesOfType("AWS::IAM::Policy")).find(([id]) =>
      id.startsWith("DocsHandler"),
    );
    const docsActions = JSON.stringify(docsPolicy?.[1].Properties ?? {});
    for (const service of ["dynamodb:", "s3:", "sqs:", "cognito-idp:", "kms:"]) {
      expect(docsActions).not.toContain(service);
    }
  });

  it("ARCH web app: CloudFront response headers with CSP, HSTS, frame, content-type and referrer policy", () => {
    template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: {
          ContentSecurityPolicy: {
            ContentSecurityPolicy: Match.anyValue(),
            Override: true,
          },
          StrictTransportSecurity: Match.objectLike({
            AccessControlMaxAgeSec: 63_072_000,
            IncludeSubdomains: true,
            Override: true,
          }),
          FrameOptions: { FrameOption: "DENY", Override: true },
          ContentTypeOptions: { Override: true },
          ReferrerPolicy: { ReferrerPolicy: "strict-origin-when-cross-origin", Override: true },
        },
      }),
    });
    const csp = JSON.stringify(resourcesOfType("AWS::CloudFront::ResponseHeadersPolicy"));
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("ARCH web app: private S3 origin through OAC, index.html root, /api/* to the HTTP API uncached", () => {
    template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
    template.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: "index.html",
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: "redirect-to-https",
          ResponseHeadersPolicyId: Match.anyValue(),
        }),
        CacheBehaviors: [
          Match.objectLike({
            PathPattern: "/api/*",
            AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
            // Issue #10: ELK's own policies (tested in site.test.ts).
            CachePolicyId: { Ref: Match.stringLikeRegexp("^SiteApiCache") },
            OriginRequestPolicyId: { Ref: Match.stringLikeRegexp("^SiteApiOriginRequest") },
          }),
        ],
        Origins: Match.arrayWith([
          Match.objectLike({
            DomainName: { "Fn::Join": ["", Match.arrayWith([{ Ref: Match.stringLikeRegexp("^HttpApi") }])] },
            CustomOriginConfig: Match.objectLike({ OriginProtocolPolicy: "https-only" }),
          }),
        ]),
      }),
    });
  });

  it("ARCH web app: SPA routes fall back to index.html without turning API 403/404 into HTML", () => {
    template.hasResourceProperties("AWS::CloudFront::Function", {
      FunctionCode: Match.stringLikeRegexp("/index.html"),
    });
    template.hasResourceProperties("AWS::CloudFront::Distribution", {
      DistributionConfig: Match.objectLike({
        DefaultCacheBehavior: Match.objectLike({
          FunctionAssociations: [Match.objectLike({ EventType: "viewer-request" })],
        }),
        CustomErrorResponses: Match.absent(),
      }),
    });
  });

  it("ARCH web app: the built SPA is deployed only when frontend/dist exists", () => {
    expect(Object.keys(resourcesOfType("Custom::CDKBucketDeployment"))).toHaveLength(1);
    const withoutSite = Template.fromStack(buildTestApp({ siteDir: null }).region);
    withoutSite.resourceCountIs("Custom::CDKBucketDeployment", 0);
  });

  it("ARCH outputs: API URL, site URL, user pool, client and table", () => {
    expect(Object.keys(template.findOutputs("*")).sort()).toEqual(
      ["ApiUrl", "SiteUrl", "TableName", "UserPoolClientId", "UserPoolId"].sort(),
    );
  });
});

const ALL_CONTEXTS = [...new Set(ALL_ROUTES.map((route) => route.context))];

describe("exports (EXP-01 … EXP-03)", () => {
  it("EXP-01 the exports worker reads its queue one at a time with partial batch failures", () => {
    template.hasResourceProperties("AWS::Lambda::EventSourceMapping", {
      BatchSize: 1,
      FunctionResponseTypes: ["ReportBatchItemFailures"],
      EventSourceArn: { "Fn::GetAtt": [Match.stringLikeRegexp("^ExportsQueue"), "Arn"] },
    });
  });

  it("EXP-01 export files are removed from the files bucket after a day", () => {
    template.hasResourceProperties("AWS::S3::Bucket", {
      LifecycleConfiguration: {
        Rules: Match.arrayWith([
          Match.objectLike({
            Id: "ExportsVerlopen",
            Prefix: "exports/",
            ExpirationInDays: 1,
            Status: "Enabled",
          }),
        ]),
      },
    });
  });
});
