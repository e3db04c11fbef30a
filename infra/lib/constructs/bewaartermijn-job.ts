import { join } from "node:path";
import { CfnElement, Duration, Stack } from "aws-cdk-lib";
import type { ITable } from "aws-cdk-lib/aws-dynamodb";
import type { NodejsFunction } from "aws-cdk-lib/aws-lambda-nodejs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Schedule, ScheduleExpression } from "aws-cdk-lib/aws-scheduler";
import { LambdaInvoke } from "aws-cdk-lib/aws-scheduler-targets";

import { Construct, type IConstruct } from "constructs";
import { acknowledge } from "../nag";
import { REPO_ROOT } from "../paths";
import type { ElkAlarms } from "./alarms";
import { createElkFunction } from "./elk-function";

export interface BewaartermijnJobProps {
  regionId: string;
  table: ITable;
  registryTable: ITable;
  filesBucket: IBucket;
  alarms: ElkAlarms;
  environment: Readonly<Record<string, string>>;
  timeout: Duration;
}

/** `<LogicalId.Arn>` as cdk-nag names a resource's ARN in its findings. */
function nagArn(construct: IConstruct): string {
  const resource = construct.node.defaultChild;
  if (!(resource instanceof CfnElement))
    throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return `<${Stack.of(construct).getLogicalId(resource)}.Arn>`;
}

/**
 * Issue #10 (AVG, retention): once a day, at 02:00 UTC (night in the Netherlands), the job removes the personal
 * data of every school year past the region's retention period (RegionConfig.bewaartermijnMaanden;
 * functions/src/bewaren/verwijder-verlopen.ts): pupils, registrations, oki-docs, bijlagen and
 * documents with their files, notes, OSO dossiers, SWV requests, lotteries. Idempotent: a run cut
 * short by its timeout is finished by the next day's.
 */
export class BewaartermijnJob extends Construct {
  readonly handler: NodejsFunction;
  readonly schedule: Schedule;

  constructor(scope: Construct, id: string, props: BewaartermijnJobProps) {
    super(scope, id);
    const stack = Stack.of(this);
    this.handler = createElkFunction(this, "Handler", {
      entry: join(REPO_ROOT, "functions", "src", "bewaren", "verwijder-verlopen.ts"),
      invokedBy: "schedule",
      description: `ELK ${props.regionId}: removes the personal data of school years past their retention period`,
      timeout: props.timeout,
      environment: props.environment,
    });
    props.table.grantReadWriteData(this.handler);
    props.registryTable.grantReadWriteData(this.handler);
    props.filesBucket.grantRead(this.handler);
    props.filesBucket.grantDelete(this.handler);
    const bucket = nagArn(props.filesBucket);
    const table = nagArn(props.table);
    acknowledge(this.handler, {
      "Serverless-LambdaDLQ":
        "Invoked asynchronously by EventBridge Scheduler once a day with an empty event: the next day's run is the retry (the job is idempotent), and a failed run raises the function's Errors alarm.",
      "AwsSolutions-IAM5[Action::kms:GenerateDataKey*]":
        "CDK's KMS grant on this region's (and the registry's) own key: needed to write encrypted table items.",
      "AwsSolutions-IAM5[Action::kms:ReEncrypt*]":
        "CDK's KMS grant on this region's (and the registry's) own key: ReEncryptFrom/To, used by DynamoDB for envelope encryption.",
      [`AwsSolutions-IAM5[Resource::${table}/index/*]`]:
        "CDK's table grant includes the region table's own indexes GSI1 and GSI2; the job reads the table and partitions by key.",
      [`AwsSolutions-IAM5[Resource::${bucket}/*]`]:
        "The school year's files in this region's own files bucket: listed by prefix and deleted, every version; keys are per pupil.",
      "AwsSolutions-IAM5[Action::s3:GetBucket*]": "CDK's read grant on this region's own files bucket only.",
      "AwsSolutions-IAM5[Action::s3:GetObject*]": "CDK's read grant on this region's own files bucket only.",
      "AwsSolutions-IAM5[Action::s3:List*]":
        "Listing the school year's objects and their versions by prefix in this region's own files bucket only.",
      "AwsSolutions-IAM5[Action::s3:DeleteObject*]":
        "Deleting the school year's objects and their older versions (DeleteObjectVersion) in this region's own files bucket only.",
    });
    props.alarms.onErrors(
      this.handler,
      "Bewaartermijn",
      "The retention job (personal data of school years past retention)",
    );

    this.schedule = new Schedule(this, "Schedule", {
      // UTC: night in the Netherlands (a time zone would put the region's city into the template).
      description: `ELK ${props.regionId}: the retention job, daily at 02:00 UTC`,
      schedule: ScheduleExpression.cron({ minute: "0", hour: "2" }),
      target: new LambdaInvoke(this.handler, { retryAttempts: 2, maxEventAge: Duration.hours(6) }),
    });
    // The role LambdaInvoke makes for the scheduler sits beside the schedules, at the stack's root.
    for (const rol of stack.node.children.filter((c) => c.node.id.startsWith("SchedulerRoleForTarget-"))) {
      acknowledge(rol, {
        [`AwsSolutions-IAM5[Resource::${nagArn(this.handler)}:*]`]:
          "CDK's invoke grant for the scheduler: the retention job's function and its versions, nothing else.",
      });
    }
  }
}
