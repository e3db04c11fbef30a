import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { CfnElement, Stack } from "aws-cdk-lib";
import { Match, Template } from "aws-cdk-lib/assertions";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import {
  BULK_EXPORT_WINDOW,
  DEFAULT_BULK_EXPORT_THRESHOLD,
  EXPORT_REQUESTED_MESSAGE,
} from "../lib/constructs/alarms";
import { QueueWithDlq } from "../lib/constructs/queue-with-dlq";
import { REPO_ROOT } from "../lib/paths";
import type { RegionStack } from "../lib/stacks/region-stack";
import { allConstructs, buildTestApp, buildWholeTestApp } from "./elk-test-app";

type Resource = { Type: string; Properties: Record<string, unknown> };

const { region } = buildTestApp();
const template = Template.fromStack(region);

function resources(type: string, from: Template = template): Record<string, Resource> {
  return from.findResources(type) as Record<string, Resource>;
}

function ref(stack: Stack, construct: IConstruct): string {
  const resource = construct.node.defaultChild as CfnElement | undefined;
  if (!resource) throw new Error(`${construct.node.path} has no CloudFormation resource`);
  return stack.getLogicalId(resource);
}

const topicId = (stack: RegionStack) => ref(stack, stack.alarms.topic);

function alarmsOn(metricName: string, from: Template = template): Resource[] {
  return Object.values(resources("AWS::CloudWatch::Alarm", from)).filter(
    (alarm) => alarm.Properties.MetricName === metricName,
  );
}

describe("alarms (issue #10)", () => {
  it("ARCH alarms: every dead-letter queue has one alarm, on any message visible, to the region's topic", () => {
    const queues = allConstructs(region).filter((c): c is QueueWithDlq => c instanceof QueueWithDlq);
    // Mail outbox, OSO, exports, lottery — and any queue added later, since QueueWithDlq makes the alarm.
    expect(queues.map((q) => q.node.id).sort()).toEqual(["Exports", "Loting", "MailOutbox", "Oso"]);
    const dlqAlarms = alarmsOn("ApproximateNumberOfMessagesVisible");
    // …and the DLQ of the malware scan's results (#10, infra/lib/constructs/malware-scan.ts).
    expect(dlqAlarms).toHaveLength(queues.length + 1);
    expect(
      dlqAlarms.filter(
        (alarm) =>
          JSON.stringify(alarm.Properties.Dimensions) ===
          JSON.stringify([
            {
              Name: "QueueName",
              Value: { "Fn::GetAtt": [ref(region, region.malwareScan.deadLetterQueue), "QueueName"] },
            },
          ]),
      ),
    ).toHaveLength(1);
    for (const q of queues) {
      const dlq = ref(region, q.deadLetterQueue);
      const alarms = dlqAlarms.filter(
        (alarm) =>
          JSON.stringify(alarm.Properties.Dimensions) ===
          JSON.stringify([{ Name: "QueueName", Value: { "Fn::GetAtt": [dlq, "QueueName"] } }]),
      );
      expect(alarms, q.node.id).toHaveLength(1);
      expect(alarms[0]?.Properties).toMatchObject({
        AlarmName: `Elk-amstelland-${q.node.id}-DLQ`,
        Namespace: "AWS/SQS",
        Statistic: "Maximum",
        Period: 300,
        ComparisonOperator: "GreaterThanThreshold",
        Threshold: 0,
        EvaluationPeriods: 1,
        TreatMissingData: "notBreaching",
        AlarmActions: [{ Ref: topicId(region) }],
      });
    }
    // The work queues themselves have no such alarm: a message waiting there is normal.
    const workQueues = queues.map((q) => ref(region, q.queue));
    expect(JSON.stringify(dlqAlarms)).not.toMatch(new RegExp(workQueues.join("|")));
  });

  it("ARCH alarms: the mailer, exports, lottery and OSO workers and the scheduled jobs alarm on Lambda errors", () => {
    const workers = {
      Mailer: region.mailer,
      Exporter: region.exporter,
      LotingWorker: region.lotingWorker,
      OsoWorker: region.osoWorker,
      Bekendmaking: region.bekendmaking,
      OsoStatus: region.osoStatus,
      UitgesteldeMails: region.uitgesteldeMails,
      MalwareScan: region.malwareScan.handler,
      Bewaartermijn: region.bewaartermijn.handler,
    };
    const errorAlarms = alarmsOn("Errors");
    expect(errorAlarms).toHaveLength(Object.keys(workers).length);
    for (const [name, fn] of Object.entries(workers)) {
      const alarm = errorAlarms.find(
        (a) =>
          JSON.stringify(a.Properties.Dimensions) ===
          JSON.stringify([{ Name: "FunctionName", Value: { Ref: ref(region, fn) } }]),
      );
      expect(alarm?.Properties, name).toMatchObject({
        AlarmName: `Elk-amstelland-${name}-Errors`,
        Namespace: "AWS/Lambda",
        Statistic: "Sum",
        Period: 300,
        ComparisonOperator: "GreaterThanOrEqualToThreshold",
        Threshold: 1,
        TreatMissingData: "notBreaching",
        AlarmActions: [{ Ref: topicId(region) }],
      });
    }
  });

  it("ARCH alarms: one topic per region stack, encrypted with its own rotating KMS key, publish over TLS only, and every alarm notifies it", () => {
    const topics = resources("AWS::SNS::Topic");
    expect(Object.keys(topics)).toEqual([topicId(region)]);
    const keyId = ref(region, region.alarms.key);
    expect(topics[topicId(region)]?.Properties.KmsMasterKeyId).toEqual({ "Fn::GetAtt": [keyId, "Arn"] });
    expect(resources("AWS::KMS::Key")[keyId]?.Properties).toMatchObject({ EnableKeyRotation: true });
    // CloudWatch may use the key: without it, alarms to an encrypted topic are dropped silently.
    template.hasResourceProperties("AWS::KMS::Key", {
      KeyPolicy: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: ["kms:Decrypt", "kms:GenerateDataKey*"],
          }),
        ]),
      },
    });
    // ...and may publish, for this stack's alarms only; nobody may publish without TLS.
    template.hasResourceProperties("AWS::SNS::TopicPolicy", {
      Topics: [{ Ref: topicId(region) }],
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Deny",
            Action: "sns:Publish",
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          }),
          Match.objectLike({
            Effect: "Allow",
            Principal: { Service: "cloudwatch.amazonaws.com" },
            Action: "sns:Publish",
            Condition: {
              StringEquals: { "aws:SourceAccount": { Ref: "AWS::AccountId" } },
              ArnLike: {
                "aws:SourceArn": {
                  "Fn::Join": ["", Match.arrayWith([Match.stringLikeRegexp(":alarm:Elk-amstelland-\\*$")])],
                },
              },
            },
          }),
        ]),
      },
    });
    const alarms = Object.values(resources("AWS::CloudWatch::Alarm"));
    expect(alarms.length).toBeGreaterThan(0);
    for (const alarm of alarms) {
      expect(alarm.Properties.AlarmActions).toEqual([{ Ref: topicId(region) }]);
      expect(alarm.Properties.AlarmName).toMatch(/^Elk-amstelland-/);
    }
  });

  it("ARCH alarms: without -c alarmEmail the topic has no subscriber; with it, that address is subscribed by e-mail in every region", () => {
    const { regions: zonder } = buildWholeTestApp();
    for (const stack of zonder.values()) {
      const t = Template.fromStack(stack);
      t.resourceCountIs("AWS::SNS::Topic", 1);
      t.resourceCountIs("AWS::SNS::Subscription", 0);
    }

    const { regions: met } = buildWholeTestApp({ alarmEmail: "ops@example.org" });
    expect(met.size).toBeGreaterThan(1);
    for (const stack of met.values()) {
      const t = Template.fromStack(stack);
      t.resourceCountIs("AWS::SNS::Topic", 1);
      t.resourceCountIs("AWS::SNS::Subscription", 1);
      t.hasResourceProperties("AWS::SNS::Subscription", {
        Protocol: "email",
        Endpoint: "ops@example.org",
        TopicArn: { Ref: topicId(stack) },
      });
    }
  });

  it("ARCH alarms: a context value that is given but wrong stops the synth", () => {
    expect(() => buildWholeTestApp({ alarmEmail: "ops" })).toThrow(/alarmEmail/);
    expect(() => buildWholeTestApp({ alarmEmail: "a@example.org,b@example.org" })).toThrow(/alarmEmail/);
    expect(() => buildWholeTestApp({ bulkExportThreshold: "veel" })).toThrow(/bulkExportThreshold/);
    expect(() => buildWholeTestApp({ bulkExportThreshold: "0" })).toThrow(/bulkExportThreshold/);
  });
});

describe("unusual bulk exports (issue #10, EXP-01 … EXP-03)", () => {
  const overzichten = region.httpFunctions.get("overzichten");
  if (!overzichten) throw new Error("no overzichten handler");

  it("ARCH EXP-01 a metric filter counts the export requests the overzichten handler logs", () => {
    const filters = Object.values(resources("AWS::Logs::MetricFilter"));
    expect(filters).toHaveLength(1);
    // createElkFunction's own log group of the overzichten handler (`<id>Logs`).
    const logGroup = ref(region, region.node.findChild(`${overzichten.node.id}Logs`));
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("context overzichten$"),
      LoggingConfig: { LogGroup: { Ref: logGroup } },
    });
    expect(filters[0]?.Properties).toEqual({
      LogGroupName: { Ref: logGroup },
      FilterPattern: `"${EXPORT_REQUESTED_MESSAGE}"`,
      MetricTransformations: [
        {
          MetricNamespace: "ELK/Elk-amstelland",
          MetricName: "ExportRequests",
          MetricValue: "1",
          DefaultValue: 0,
        },
      ],
    });
  });

  it(`ARCH EXP-01 more than ${DEFAULT_BULK_EXPORT_THRESHOLD} export requests within 15 minutes raise an alarm to the region's topic`, () => {
    expect(BULK_EXPORT_WINDOW.toMinutes()).toBe(15);
    const [alarm, ...rest] = alarmsOn("ExportRequests");
    expect(rest).toHaveLength(0);
    expect(alarm?.Properties).toMatchObject({
      AlarmName: "Elk-amstelland-BulkExports",
      Namespace: "ELK/Elk-amstelland",
      Statistic: "Sum",
      Period: 900,
      ComparisonOperator: "GreaterThanThreshold",
      Threshold: DEFAULT_BULK_EXPORT_THRESHOLD,
      EvaluationPeriods: 1,
      TreatMissingData: "notBreaching",
      AlarmActions: [{ Ref: topicId(region) }],
    });
  });

  it("ARCH EXP-01 the threshold is configurable (-c bulkExportThreshold=<n>) and each region counts its own exports", () => {
    const { regions } = buildWholeTestApp({ bulkExportThreshold: "10" });
    const namespaces = new Set<unknown>();
    for (const stack of regions.values()) {
      const [alarm] = alarmsOn("ExportRequests", Template.fromStack(stack));
      expect(alarm?.Properties).toMatchObject({ Threshold: 10, Namespace: `ELK/${stack.stackName}` });
      namespaces.add(alarm?.Properties.Namespace);
    }
    // Both regions share one account and AWS region: one metric would add their exports up.
    expect(namespaces.size).toBe(regions.size);
    expect(() => buildTestApp({ bulkExportThreshold: 2.5 })).toThrow(/bulkExportThreshold/);
  });

  it("ARCH EXP-01 the line the filter counts is what an export request logs, once, and nothing else logs it", () => {
    const functionsSrc = join(REPO_ROOT, "functions", "src");
    const metZin = readdirSync(functionsSrc, { recursive: true, encoding: "utf8" })
      .filter((file) => file.endsWith(".ts"))
      .filter((file) => readFileSync(join(functionsSrc, file), "utf8").includes(EXPORT_REQUESTED_MESSAGE));
    expect(metZin).toEqual([join("http", "overzichten", "exports.ts")]);
    const bron = readFileSync(join(functionsSrc, "http", "overzichten", "exports.ts"), "utf8");
    // functions/src/middleware/logger.ts writes it as a JSON line: {"level":"info","message":"export requested",…}
    expect(bron.split(`logger.info("${EXPORT_REQUESTED_MESSAGE}", {`)).toHaveLength(2);
    // The filter sits on the log group of the function that serves that route.
    expect(overzichten.node.path).toBe(`${region.stackName}/OverzichtenHandler`);
  });
});
