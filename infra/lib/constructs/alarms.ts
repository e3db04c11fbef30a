import { ArnFormat, Duration, RemovalPolicy, Stack } from "aws-cdk-lib";
import { Alarm, ComparisonOperator, type IMetric, Stats, TreatMissingData } from "aws-cdk-lib/aws-cloudwatch";
import { SnsAction } from "aws-cdk-lib/aws-cloudwatch-actions";
import { PolicyStatement, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { Key } from "aws-cdk-lib/aws-kms";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { FilterPattern, type ILogGroup, MetricFilter } from "aws-cdk-lib/aws-logs";
import { Subscription, SubscriptionProtocol, Topic } from "aws-cdk-lib/aws-sns";
import type { IQueue } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { acknowledge } from "../nag";

/** Period of the DLQ and Lambda-error alarms: one failure is enough, so the shortest useful window. */
export const ALARM_PERIOD = Duration.minutes(5);

/** The window in which export requests are counted (issue #10: "an alert on unusual bulk exports"). */
export const BULK_EXPORT_WINDOW = Duration.minutes(15);
/** More export requests than this in one window raise the bulk-export alarm (`-c bulkExportThreshold=`). */
export const DEFAULT_BULK_EXPORT_THRESHOLD = 50;

/**
 * The log line the bulk-export alarm counts: functions/src/http/overzichten/exports.ts writes
 * `logger.info("export requested", { exportId, soort, metBsn })` once per requested export. Matched
 * as a phrase, so the filter works whether Lambda writes its log lines as text or as JSON.
 */
export const EXPORT_REQUESTED_MESSAGE = "export requested";

const CLOUDWATCH = "cloudwatch.amazonaws.com";

export interface ElkAlarmsProps {
  /** Who gets the alarm mails (`-c alarmEmail=…`); without it the topic has no subscriber. */
  email?: string | undefined;
}

export interface ElkAlarmProps {
  /** The alarm's name after the stack's own (`Elk-Amstelland-<name>`). */
  name: string;
  /** What happened and what to do: the text the alarm mail carries. */
  description: string;
  metric: IMetric;
  threshold: number;
  comparisonOperator: ComparisonOperator;
}

/**
 * A region's alarms: one KMS-encrypted SNS topic that every alarm of the stack notifies, with the
 * operators' e-mail address subscribed when one is configured.
 */
export class ElkAlarms extends Construct {
  readonly key: Key;
  readonly topic: Topic;
  /** The e-mail subscription, when an address was given. */
  readonly subscription: Subscription | undefined;
  /** Every alarm name starts with this: the stack's name and a dash. */
  readonly namePrefix: string;
  private readonly action: SnsAction;

  constructor(scope: Construct, id: string, props: ElkAlarmsProps = {}) {
    super(scope, id);
    const stack = Stack.of(this);
    this.namePrefix = `${stack.stackName}-`;

    // A key of its own: CloudWatch must be allowed to use the topic's key, and the region's data key
    // (table, files, queues) is better left without a service principal in its policy.
    this.key = new Key(this, "Key", {
      description: `ELK ${stack.stackName}: alarm notifications (SNS)`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.DESTROY,
      pendingWindow: Duration.days(7),
    });
    this.topic = new Topic(this, "Topic", {
      displayName: `ELK ${stack.stackName} alarms`,
      masterKey: this.key,
      enforceSSL: true,
    });

    // CloudWatch publishes to an encrypted topic only with kms:Decrypt and kms:GenerateDataKey* on
    // its key (an AWS-managed aws/sns key would not do) and sns:Publish on the topic. The key
    // statement is AWS's documented one, without conditions: the key protects nothing but this
    // topic's alarm mails, and the topic admits only this account's alarms of this stack.
    this.key.addToResourcePolicy(
      new PolicyStatement({
        sid: "CloudWatchAlarmsMayEncrypt",
        principals: [new ServicePrincipal(CLOUDWATCH)],
        actions: ["kms:Decrypt", "kms:GenerateDataKey*"],
        resources: ["*"],
      }),
    );
    const vanDezeAlarmen = {
      StringEquals: { "aws:SourceAccount": stack.account },
      ArnLike: {
        "aws:SourceArn": stack.formatArn({
          service: "cloudwatch",
          resource: "alarm",
          arnFormat: ArnFormat.COLON_RESOURCE_NAME,
          resourceName: `${this.namePrefix}*`,
        }),
      },
    };
    this.topic.addToResourcePolicy(
      new PolicyStatement({
        sid: "CloudWatchAlarmsMayPublish",
        principals: [new ServicePrincipal(CLOUDWATCH)],
        actions: ["sns:Publish"],
        resources: [this.topic.topicArn],
        conditions: vanDezeAlarmen,
      }),
    );
    this.action = new SnsAction(this.topic);

    if (props.email) {
      this.subscription = new Subscription(this, "Email", {
        topic: this.topic,
        protocol: SubscriptionProtocol.EMAIL,
        endpoint: props.email,
      });
      acknowledge(this.subscription, {
        "Serverless-SNSRedrivePolicy":
          "An e-mail subscription for alarm mails: an undeliverable alarm mail would land in a queue that nobody is told about (this topic is the only way anyone is told), while the alarm itself stays in ALARM in CloudWatch.",
      });
    }
  }

  /** An alarm named after the stack that notifies the topic when it goes into ALARM. */
  add(scope: Construct, id: string, props: ElkAlarmProps): Alarm {
    const alarm = new Alarm(scope, id, {
      alarmName: `${this.namePrefix}${props.name}`,
      alarmDescription: props.description,
      metric: props.metric,
      threshold: props.threshold,
      comparisonOperator: props.comparisonOperator,
      evaluationPeriods: 1,
      datapointsToAlarm: 1,
      // No data (an idle queue, a function not invoked) is no trouble.
      treatMissingData: TreatMissingData.NOT_BREACHING,
    });
    alarm.addAlarmAction(this.action);
    return alarm;
  }

  /** Any message in a dead-letter queue: something failed five times and is waiting for a person. */
  onDeadLetters(scope: Construct, name: string, deadLetterQueue: IQueue, inhoud: string): Alarm {
    return this.add(scope, "DlqAlarm", {
      name: `${name}-DLQ`,
      description: `${inhoud} are in the ${name} dead-letter queue after five failed tries. Find the cause in the worker's log group, fix it, then move the messages back (aws sqs start-message-move-task --source-arn <DLQ ARN>) or purge them; the alarm stays in ALARM, and mails no more, while the DLQ holds messages.`,
      metric: deadLetterQueue.metricApproximateNumberOfMessagesVisible({
        period: ALARM_PERIOD,
        statistic: Stats.MAXIMUM,
      }),
      threshold: 0,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
  }

  /** A function that crashed or timed out (messages it reports as failed are the DLQ alarm's). */
  onErrors(fn: IFunction, name: string, wat: string): Alarm {
    return this.add(fn, "ErrorsAlarm", {
      name: `${name}-Errors`,
      description: `${wat} failed: an uncaught error, a timeout or running out of memory (Lambda Errors ≥ 1 in ${ALARM_PERIOD.toMinutes()} minutes). See its log group and X-Ray traces.`,
      metric: fn.metricErrors({ period: ALARM_PERIOD, statistic: Stats.SUM }),
      threshold: 1,
      comparisonOperator: ComparisonOperator.GREATER_THAN_OR_EQUAL_TO_THRESHOLD,
    });
  }

  /**
   * Counts the export requests in the overzichten handler's log group and alarms when more than
   * `threshold` are made within BULK_EXPORT_WINDOW: someone may be pulling the region's pupil data
   * out in bulk.
   */
  onBulkExports(logGroup: ILogGroup, threshold: number): { filter: MetricFilter; alarm: Alarm } {
    if (!Number.isInteger(threshold) || threshold < 1) {
      throw new Error(`bulkExportThreshold must be a whole number of at least 1, not ${threshold}`);
    }
    const filter = new MetricFilter(this, "ExportRequests", {
      logGroup,
      filterPattern: FilterPattern.allTerms(EXPORT_REQUESTED_MESSAGE),
      // Per stack: both regions live in the same account and AWS region.
      metricNamespace: `ELK/${Stack.of(this).stackName}`,
      metricName: "ExportRequests",
      metricValue: "1",
      defaultValue: 0,
    });
    const alarm = this.add(this, "BulkExportsAlarm", {
      name: "BulkExports",
      description: `More than ${threshold} exports were requested within ${BULK_EXPORT_WINDOW.toMinutes()} minutes. Check who asked for them: every request is an "export aangevraagd" event in the export's history, and a "${EXPORT_REQUESTED_MESSAGE}" line (exportId, soort, metBsn) in the overzichten handler's log group.`,
      metric: filter.metric({ period: BULK_EXPORT_WINDOW, statistic: Stats.SUM }),
      threshold,
      comparisonOperator: ComparisonOperator.GREATER_THAN_THRESHOLD,
    });
    return { filter, alarm };
  }
}
