import { ALL_ROUTES, type Context } from "@elk/contracts";
import type { RegionConfig } from "@elk/domain";
import { CfnElement, CfnOutput, Duration, Stack, type StackProps, Tags } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { SqsEventSource } from "aws-cdk-lib/aws-lambda-event-sources";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import { Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";
import type { ISecret } from "aws-cdk-lib/aws-secretsmanager";
import { EmailIdentity, Identity } from "aws-cdk-lib/aws-ses";
import type { Construct, IConstruct } from "constructs";
import { DEFAULT_BULK_EXPORT_THRESHOLD, ElkAlarms } from "../constructs/alarms";
import { BewaartermijnJob } from "../constructs/bewaartermijn-job";
import { createElkFunction } from "../constructs/elk-function";
import { ElkHttpApi } from "../constructs/elk-http-api";
import { MalwareScan } from "../constructs/malware-scan";
import { QueueWithDlq } from "../constructs/queue-with-dlq";
import { RegionData } from "../constructs/region-data";
import { RegionIdentity } from "../constructs/region-identity";
import { Site } from "../constructs/site";
import { acknowledge } from "../nag";
import { httpHandlerEntry, queueHandlerEntry, scheduledHandlerEntry } from "../paths";

export interface RegionStackProps extends StackProps {
  config: RegionConfig;
  /** The shared registry table (Elk-Registry stack). */
  registryTable: ITable;
  /** The registry's BSN secret (REG-04: the same keyed hash in every region). */
  bsnGeheim: ISecret;
  /** The built SPA to upload; omitted before the frontend is built. */
  siteDir?: string | undefined;
  /**
   * OSO-06: the OSO Traffic Center ELK talks to (docs/oso.md: a production connection needs
   * Kennisnet's approval and a PKIoverheid client certificate). Without it the placeholder below
   * makes every OSO call fail with a clear error, and nothing else.
   */
  osoTrafficCenterUrl?: string | undefined;
  /** Who gets the alarm mails (`-c alarmEmail=…`); without it the alarm topic has no subscriber. */
  alarmEmail?: string | undefined;
  /** More export requests than this within 15 minutes raise the bulk-export alarm (default 50). */
  bulkExportThreshold?: number | undefined;
  /** Issue #10: the region's AWS WAF web ACL for CloudFront, from its EdgeStack in us-east-1. */
  webAclArn: string;
}

/** No Traffic Center configured: a name that never resolves. */
export const GEEN_TRAFFIC_CENTER = "https://oso-traffic-center.invalid";

export const HTTP_TIMEOUT = Duration.seconds(10);
export const WORKER_TIMEOUT = Duration.seconds(60);
/** A lottery block: the first also reads every registration and draws (docs/benchmarks.md). */
export const LOTING_TIMEOUT = Duration.minutes(5);

interface ContextGrants {
  table: boolean;
  registry: boolean;
  files: boolean;
  cognito: boolean;
  mailQueue: boolean;
  osoQueue: boolean;
  /** EXP-01 … EXP-03: may queue exports for the exports worker. */
  exportsQueue?: boolean;
  /** LOT-02, LOT-03: may queue a run for the lottery worker. */
  lotingQueue?: boolean;
}

/** What each bounded context's Lambda may touch (least privilege); a new context must be added here. */
export const HTTP_GRANTS: Readonly<Record<Context, ContextGrants>> = {
  auth: { table: true, registry: false, files: false, cognito: true, mailQueue: true, osoQueue: false },
  portaal: { table: true, registry: true, files: true, cognito: true, mailQueue: true, osoQueue: true },
  accounts: { table: true, registry: false, files: false, cognito: true, mailQueue: true, osoQueue: false },
  organisatie: {
    table: true,
    registry: false,
    files: false,
    cognito: false,
    mailQueue: false,
    osoQueue: false,
  },
  leerlingen: { table: true, registry: true, files: false, cognito: true, mailQueue: true, osoQueue: true },
  aanmelden: { table: true, registry: true, files: true, cognito: true, mailQueue: true, osoQueue: false },
  behandelen: { table: true, registry: true, files: false, cognito: true, mailQueue: true, osoQueue: false },
  // OSO-03: a changed oki-doc queues the rebuild of the pupil's OSO dossiers.
  okidoc: { table: true, registry: false, files: true, cognito: false, mailQueue: false, osoQueue: true },
  groepen: { table: true, registry: false, files: false, cognito: false, mailQueue: false, osoQueue: false },
  overzichten: {
    table: true,
    registry: false,
    files: true,
    cognito: false,
    mailQueue: false,
    // OSO-03: changed doorstroomtoets results queue the rebuild of the pupil's OSO dossiers.
    osoQueue: true,
    exportsQueue: true,
  },
  // LOT-02, LOT-03: reads every registration and links to the stored run (files); the lottery
  // worker draws and applies (also a central draw's second round).
  loting: {
    table: true,
    registry: false,
    files: true,
    cognito: false,
    mailQueue: false,
    osoQueue: false,
    lotingQueue: true,
  },
  // OSO-01 … OSO-05: aanleverpunten (the Traffic Center over HTTPS), dossiers queued for the OSO worker.
  oso: { table: true, registry: false, files: false, cognito: false, mailQueue: false, osoQueue: true },
  // Aanvragen SWV (Amsterdam): requests with bijlagen (files), mailed to the samenwerkingsverband.
  swv: { table: true, registry: false, files: true, cognito: false, mailQueue: true, osoQueue: false },
  // Issue #10: the region-wide audit trail, read by the region administrator.
  audit: { table: true, registry: false, files: false, cognito: false, mailQueue: false, osoQueue: false },
  docs: { table: false, registry: false, files: false, cognito: false, mailQueue: false, osoQueue: false },
};

/**
 * Issue #10: the contexts that count failed sign-ins per client address (auth: inloggen.ts through
 * functions/src/accounts/adres.ts) and so need the origin secret CloudFront sends; no other
 * function gets it.
 */
export const ORIGIN_GEHEIM_CONTEXTS: ReadonlySet<Context> = new Set<Context>(["auth"]);

const NIETS: ContextGrants = {
  table: false,
  registry: false,
  files: false,
  cognito: false,
  mailQueue: false,
  osoQueue: false,
};

/** Cognito actions of sign-in, sign-out and account creation (ACC-03, ACC-04). */
const COGNITO_ACTIONS = [
  "cognito-idp:InitiateAuth",
  "cognito-idp:AdminInitiateAuth",
  "cognito-idp:AdminCreateUser",
  "cognito-idp:AdminSetUserPassword",
  "cognito-idp:AdminGetUser",
  "cognito-idp:AdminUserGlobalSignOut",
  "cognito-idp:GlobalSignOut",
  // Issue #10: blocking an account disables its Cognito user; unblocking enables it.
  "cognito-idp:AdminDisableUser",
  "cognito-idp:AdminEnableUser",
] as const;

/** The sender domain of a region: its web domain without "www.". */
/** Tries of a mail before the DLQ: MAIL_MAX_POGINGEN of @elk/mail (checked by infra/test). */
export const MAIL_MAX_POGINGEN = 10;

export function mailDomain(config: RegionConfig): string {
  return config.domein.replace(/^www\./, "");
}

/**
 * One region of ELK, built from its RegionConfig alone: data, sign-in, queues, mail, the HTTP API
 * with one Lambda per bounded context, the mail worker and the web app behind CloudFront.
 */
export class RegionStack extends Stack {
  readonly data: RegionData;
  readonly identity: RegionIdentity;
  readonly api: ElkHttpApi;
  readonly site: Site;
  readonly mailQueue: QueueWithDlq;
  readonly osoQueue: QueueWithDlq;
  readonly exportsQueue: QueueWithDlq;
  readonly exporter: IFunction;
  readonly lotingQueue: QueueWithDlq;
  readonly bekendmakingSchema: Schedule;
  /** Issue #10: queues the mails that were kept in the table while SQS was out of reach. */
  readonly uitgesteldeMails: NodejsFunction;
  readonly osoWorker: IFunction;
  readonly osoStatus: IFunction;
  readonly lotingWorker: IFunction;
  readonly httpFunctions: ReadonlyMap<Context, IFunction>;
  readonly bekendmaking: IFunction;
  readonly mailer: IFunction;
  /** The alarm topic and its alarms: every DLQ, the workers' errors, bulk exports. */
  readonly alarms: ElkAlarms;
  /** Issue #10: GuardDuty Malware Protection for S3 on the files bucket, its results recorded. */
  readonly malwareScan: MalwareScan;
  /** Issue #10: the daily job removing school years past their retention period. */
  readonly bewaartermijn: BewaartermijnJob;

  constructor(scope: Construct, id: string, props: RegionStackProps) {
    super(scope, id, { ...props, tags: { ...props.tags, "elk:region": props.config.id } });
    const { config, registryTable, bsnGeheim } = props;
    Tags.of(this).add("elk:region", config.id);

    this.data = new RegionData(this, "Data", { regionId: config.id });
    const { table, filesBucket, key } = this.data;
    this.identity = new RegionIdentity(this, "Identity");
    const { userPool, client } = this.identity;

    const alarms = new ElkAlarms(this, "Alarms", { email: props.alarmEmail });
    this.alarms = alarms;

    const queueTimeout = Duration.seconds(WORKER_TIMEOUT.toSeconds() * 6);
    this.mailQueue = new QueueWithDlq(this, "MailOutbox", {
      encryptionKey: key,
      visibilityTimeout: queueTimeout,
      alarms,
      inhoud: "Mails the mailer could not send through SES",
      // Each failed try waits longer (functions/src/queue/mailer.ts): ten ride out an hour of SES trouble.
      maxReceiveCount: MAIL_MAX_POGINGEN,
    });
    this.osoQueue = new QueueWithDlq(this, "Oso", {
      encryptionKey: key,
      visibilityTimeout: queueTimeout,
      alarms,
      inhoud:
        "OSO dossiers the OSO worker could not build or offer (they show as failed in OSO > Overdrachten)",
    });
    this.exportsQueue = new QueueWithDlq(this, "Exports", {
      encryptionKey: key,
      visibilityTimeout: queueTimeout,
      alarms,
      inhoud: "Exports the exports worker could not build (their screen says the export failed)",
    });
    this.lotingQueue = new QueueWithDlq(this, "Loting", {
      encryptionKey: key,
      visibilityTimeout: Duration.seconds(LOTING_TIMEOUT.toSeconds() * 6),
      alarms,
      inhoud:
        "Lottery blocks the lottery worker could not draw or apply (the run shows as stalled in the app)",
    });

    const mailIdentity = new EmailIdentity(this, "MailIdentity", {
      identity: Identity.domain(mailDomain(config)),
    });

    this.api = new ElkHttpApi(this, "Http", { userPool, userPoolClient: client });
    this.site = new Site(this, "Site", {
      apiDomainName: this.api.domainName,
      logBucket: this.data.logBucket,
      filesBucket,
      siteDir: props.siteDir,
      webAclArn: props.webAclArn,
      encryptionKey: key,
    });

    const environment = {
      TABLE_NAME: table.tableName,
      REGISTRY_TABLE_NAME: registryTable.tableName,
      // A CloudFormation dynamic reference: resolved at deployment, never in the template.
      BSN_GEHEIM: bsnGeheim.secretValue.unsafeUnwrap(),
      FILES_BUCKET: filesBucket.bucketName,
      USER_POOL_ID: userPool.userPoolId,
      USER_POOL_CLIENT_ID: client.userPoolClientId,
      MAIL_QUEUE_URL: this.mailQueue.queue.queueUrl,
      OSO_QUEUE_URL: this.osoQueue.queue.queueUrl,
      EXPORTS_QUEUE_URL: this.exportsQueue.queue.queueUrl,
      LOTING_QUEUE_URL: this.lotingQueue.queue.queueUrl,
      OSO_TRAFFIC_CENTER_URL: props.osoTrafficCenterUrl ?? GEEN_TRAFFIC_CENTER,
      REGION_CONFIG: JSON.stringify(config),
      APP_URL: `https://${this.site.distribution.distributionDomainName}`,
    };

    const contexts = [...new Set(ALL_ROUTES.map((route) => route.context))];
    const httpFunctions = new Map<Context, NodejsFunction>();
    for (const context of contexts) {
      const fn = createElkFunction(this, `${pascalCase(context)}Handler`, {
        entry: httpHandlerEntry(context),
        invokedBy: "http",
        description: `ELK ${config.id}: HTTP API, context ${context}`,
        timeout: HTTP_TIMEOUT,
        environment: ORIGIN_GEHEIM_CONTEXTS.has(context)
          ? // A CloudFormation dynamic reference, like BSN_GEHEIM: resolved at deployment.
            { ...environment, CLOUDFRONT_ORIGIN_GEHEIM: this.site.originGeheim.secretValue.unsafeUnwrap() }
          : environment,
      });
      const grants = HTTP_GRANTS[context];
      if (grants.table) table.grantReadWriteData(fn);
      if (grants.registry) registryTable.grantReadWriteData(fn);
      if (grants.files) filesBucket.grantReadWrite(fn);
      if (grants.cognito) userPool.grant(fn, ...COGNITO_ACTIONS);
      if (grants.mailQueue) this.mailQueue.queue.grantSendMessages(fn);
      if (grants.osoQueue) this.osoQueue.queue.grantSendMessages(fn);
      if (grants.exportsQueue) this.exportsQueue.queue.grantSendMessages(fn);
      if (grants.lotingQueue) this.lotingQueue.queue.grantSendMessages(fn);
      acknowledge(fn, grantWildcards(this.data, grants));
      httpFunctions.set(context, fn);
    }
    this.httpFunctions = httpFunctions;
    this.api.addRoutes(ALL_ROUTES, this.httpFunctions);

    // Issue #10: an alert on unusual bulk exports, counted where exports are requested.
    const overzichten = httpFunctions.get("overzichten");
    if (!overzichten) throw new Error("No Lambda for the overzichten context (exports)");
    alarms.onBulkExports(overzichten.logGroup, props.bulkExportThreshold ?? DEFAULT_BULK_EXPORT_THRESHOLD);

    const mailer = createElkFunction(this, "MailerHandler", {
      entry: queueHandlerEntry("mailer"),
      invokedBy: "queue",
      description: `ELK ${config.id}: sends the mail outbox through SES`,
      timeout: WORKER_TIMEOUT,
      environment,
    });
    readQueue(mailer, this.mailQueue, 10);
    mailIdentity.grantSendEmail(mailer);
    // Issue #10 "none twice": the mailer remembers the mails it sent (packages/data mail.repo.ts).
    table.grantReadWriteData(mailer);
    acknowledge(mailer, grantWildcards(this.data, { ...NIETS, table: true }));
    alarms.onErrors(mailer, "Mailer", "The mailer (mail outbox to SES)");
    this.mailer = mailer;

    this.malwareScan = new MalwareScan(this, "MalwareScan", {
      regionId: config.id,
      filesBucket,
      key,
      table,
      alarms,
      environment,
      timeout: WORKER_TIMEOUT,
    });

    this.bewaartermijn = new BewaartermijnJob(this, "Bewaartermijn", {
      regionId: config.id,
      table,
      registryTable,
      filesBucket,
      alarms,
      environment,
      timeout: LOTING_TIMEOUT,
    });

    // EXP-01 … EXP-03: builds the exports into the files bucket, one at a time (docs/benchmarks.md:
    // a 10,000-row workbook fits the default memory with room to spare).
    const exporter = createElkFunction(this, "ExporterHandler", {
      entry: queueHandlerEntry("exporter"),
      invokedBy: "queue",
      description: `ELK ${config.id}: builds the Excel exports into the files bucket`,
      timeout: WORKER_TIMEOUT,
      environment,
    });
    readQueue(exporter, this.exportsQueue, 1);
    alarms.onErrors(exporter, "Exporter", "The exports worker");
    table.grantReadWriteData(exporter);
    filesBucket.grantReadWrite(exporter);
    // Issue #10: the alert on unusual bulk exports mails the region administrators (outbox).
    this.mailQueue.queue.grantSendMessages(exporter);
    acknowledge(exporter, grantWildcards(this.data, { ...NIETS, table: true, files: true, mailQueue: true }));
    this.exporter = exporter;

    // LOT-02, LOT-03: draws a run made final and applies it, one block of registrations per
    // message (functions/src/loting/run.ts); the next block is the next message.
    const lotingWorker = createElkFunction(this, "LotingWorker", {
      entry: queueHandlerEntry("loting"),
      invokedBy: "queue",
      description: `ELK ${config.id}: draws the lotteries made final and applies them`,
      timeout: LOTING_TIMEOUT,
      environment,
    });
    readQueue(lotingWorker, this.lotingQueue, 1);
    alarms.onErrors(lotingWorker, "LotingWorker", "The lottery worker (a block of a lottery run)");
    table.grantReadWriteData(lotingWorker);
    registryTable.grantReadWriteData(lotingWorker);
    filesBucket.grantReadWrite(lotingWorker);
    this.lotingQueue.queue.grantSendMessages(lotingWorker);
    // A pupil placed by a central draw after the announcement is told at once (LOT-04).
    this.mailQueue.queue.grantSendMessages(lotingWorker);
    acknowledge(
      lotingWorker,
      grantWildcards(this.data, {
        ...NIETS,
        table: true,
        registry: true,
        files: true,
        lotingQueue: true,
        mailQueue: true,
      }),
    );
    this.lotingWorker = lotingWorker;

    /**
     * A job EventBridge Scheduler runs every minute: its function (60 s, the table, and the mail
     * outbox when it mails), its schedule and its error alarm.
     */
    const minuutJob = (p: {
      id: string;
      entry: string;
      description: string;
      schema: string;
      alarm: [string, string];
      mailQueue?: boolean;
      pogingen?: { retryAttempts: number; maxEventAge: Duration };
    }) => {
      const fn = createElkFunction(this, `${p.id}Handler`, {
        entry: scheduledHandlerEntry(p.entry),
        invokedBy: "schedule",
        description: `ELK ${config.id}: ${p.description}`,
        timeout: WORKER_TIMEOUT,
        environment,
      });
      table.grantReadWriteData(fn);
      if (p.mailQueue) this.mailQueue.queue.grantSendMessages(fn);
      acknowledge(fn, grantWildcards(this.data, { ...NIETS, table: true, mailQueue: p.mailQueue ?? false }));
      const schema = new Schedule(this, `${p.id}Schedule`, {
        description: `ELK ${config.id}: ${p.schema}, every minute`,
        schedule: ScheduleExpression.rate(Duration.minutes(1)),
        target: new LambdaInvoke(fn, p.pogingen ?? { retryAttempts: 0, maxEventAge: Duration.minutes(1) }),
      });
      alarms.onErrors(fn, p.alarm[0], p.alarm[1]);
      return { fn, schema };
    };

    // LOT-04: every minute, the announcement job checks whether a school year's moment has come
    // and mails the parents of placed pupils once (functions/src/scheduled/bekendmaking.ts).
    // EventBridge Scheduler rather than a rule: the moment lives in the calendar (the region
    // administrator may move it), so the job looks every minute and acts once; a schedule made per
    // moment would have to follow every calendar change.
    const { fn: bekendmaking, schema } = minuutJob({
      id: "Bekendmaking",
      entry: "bekendmaking",
      description: "announces the placements at the calendar's moment",
      schema: "the announcement job",
      alarm: ["Bekendmaking", "The announcement job (placements mailed at the calendar's moment)"],
      mailQueue: true,
      pogingen: { retryAttempts: 2, maxEventAge: Duration.minutes(5) },
    });
    this.bekendmakingSchema = schema;

    // OSO-03: builds each queued dossier and offers it to the Traffic Center (partial batch failures; after
    // five tries the DLQ, and the dossier shows as failed in OSO > Overdrachten).
    const osoWorker = createElkFunction(this, "OsoWorker", {
      entry: queueHandlerEntry("oso"),
      invokedBy: "queue",
      description: `ELK ${config.id}: builds the OSO dossiers and offers them to the Traffic Center`,
      timeout: WORKER_TIMEOUT,
      environment,
    });
    readQueue(osoWorker, this.osoQueue, 5);
    alarms.onErrors(osoWorker, "OsoWorker", "The OSO worker (dossiers offered to the Traffic Center)");
    table.grantReadWriteData(osoWorker);
    filesBucket.grantReadWrite(osoWorker);
    acknowledge(osoWorker, grantWildcards(this.data, { ...NIETS, table: true, files: true }));
    this.osoWorker = osoWorker;

    // OSO-02 / OSO-03: every minute, what the Traffic Center says was fetched and whether each
    // aanleverpunt may still request transfers.
    const osoStatus = minuutJob({
      id: "OsoStatus",
      entry: "oso-status",
      description: "reads the OSO transfers fetched and the aanleverpunten's state",
      schema: "the OSO status job",
      alarm: ["OsoStatus", "The OSO status job"],
    }).fn;
    this.osoStatus = osoStatus;

    // Issue #10, Faults: every minute, the mails SQS did not take when their action ran (kept in
    // the table by functions/src/config/outbox.ts) go on the outbox queue.
    const uitgesteldeMails = minuutJob({
      id: "UitgesteldeMails",
      entry: "uitgestelde-mails",
      description: "queues the mails that waited in the table for SQS",
      schema: "the outbox job for kept mails",
      alarm: ["UitgesteldeMails", "The outbox job (mails kept while SQS was out of reach)"],
      mailQueue: true,
    }).fn;
    this.uitgesteldeMails = uitgesteldeMails;

    // The roles LambdaInvoke makes for the scheduler (one per target, beside the schedules).
    for (const rol of this.node.children.filter((c) => c.node.id.startsWith("SchedulerRoleForTarget-"))) {
      acknowledge(rol, {
        [`AwsSolutions-IAM5[Resource::${nagArn(bekendmaking)}:*]`]:
          "CDK's invoke grant for the scheduler: the announcement function and its versions, nothing else.",
        [`AwsSolutions-IAM5[Resource::${nagArn(osoStatus)}:*]`]:
          "CDK's invoke grant for the scheduler: the OSO status function and its versions, nothing else.",
        [`AwsSolutions-IAM5[Resource::${nagArn(uitgesteldeMails)}:*]`]:
          "CDK's invoke grant for the scheduler: the kept-mails outbox function and its versions, nothing else.",
      });
    }
    this.bekendmaking = bekendmaking;

    new CfnOutput(this, "ApiUrl", { value: this.api.stage.url, description: "HTTP API (execute-api) URL" });
    new CfnOutput(this, "SiteUrl", { value: environment.APP_URL, description: "Web app (CloudFront) URL" });
    new CfnOutput(this, "UserPoolId", { value: userPool.userPoolId });
    new CfnOutput(this, "UserPoolClientId", { value: client.userPoolClientId });
    new CfnOutput(this, "TableName", { value: table.tableName });
  }
}

/**
 * A worker reads its queue with partial batch failures: only the messages it reports as failed
 * are tried again, and after five receives they move to the queue's DLQ.
 */
function readQueue(worker: NodejsFunction, queue: QueueWithDlq, batchSize: number): void {
  worker.addEventSource(new SqsEventSource(queue.queue, { batchSize, reportBatchItemFailures: true }));
  acknowledge(worker, {
    "Serverless-LambdaEventSourceMappingDestination":
      "An SQS event source mapping takes no on-failure destination (Lambda supports those for streams and Kafka only): failed messages go to the source queue's own DLQ after five receives, which has an alarm.",
  });
}

function pascalCase(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1);
}

/** `<LogicalId.Arn>` as cdk-nag names a resource's ARN in its findings. */
function nagArn(construct: IConstruct): string {
  const resource = construct.node.defaultChild;
  if (!(resource instanceof CfnElement))
    throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return `<${Stack.of(construct).getLogicalId(resource)}.Arn>`;
}

/** The wildcards CDK's table, bucket and KMS grants produce, and why each is scoped enough. */
function grantWildcards(data: RegionData, grants: ContextGrants): Record<string, string> {
  const findings: Record<string, string> = {};
  if (
    grants.table ||
    grants.registry ||
    grants.files ||
    grants.mailQueue ||
    grants.osoQueue ||
    grants.exportsQueue ||
    grants.lotingQueue
  ) {
    findings["AwsSolutions-IAM5[Action::kms:GenerateDataKey*]"] =
      "CDK's KMS grant on this region's (or the registry's) own key: GenerateDataKey and GenerateDataKeyWithoutPlaintext, needed to write encrypted items, objects and messages.";
    findings["AwsSolutions-IAM5[Action::kms:ReEncrypt*]"] =
      "CDK's KMS grant on this region's (or the registry's) own key: ReEncryptFrom/To, used by DynamoDB and S3 for envelope encryption.";
  }
  if (grants.table) {
    findings[`AwsSolutions-IAM5[Resource::${nagArn(data.table)}/index/*]`] =
      "Queries on the region table's own indexes GSI1 and GSI2 (single-table design).";
  }
  if (grants.files) {
    findings[`AwsSolutions-IAM5[Resource::${nagArn(data.filesBucket)}/*]`] =
      "Objects of this region's own files bucket (oki-doc PDFs, bijlagen, exports, OSO dossiers); keys are per pupil and not known in advance.";
    for (const action of ["s3:Abort*", "s3:DeleteObject*", "s3:GetBucket*", "s3:GetObject*", "s3:List*"]) {
      findings[`AwsSolutions-IAM5[Action::${action}]`] =
        "CDK's read/write grant on this region's own files bucket only (object versions, multipart uploads, listing).";
    }
  }
  return findings;
}
