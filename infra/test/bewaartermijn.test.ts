import { vereisBewaartermijn } from "@elk/domain";
import { Match, Template } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { REGIONS, regionConfig } from "../regions";
import { buildTestApp } from "./elk-test-app";

const { region } = buildTestApp();
const template = Template.fromStack(region);
const handler = region.getLogicalId(region.bewaartermijn.handler.node.defaultChild as never);

describe("retention of a school year's personal data (issue #10)", () => {
  it("#10 PRIV every region configures its retention period in months, within what the domain allows", () => {
    for (const id of Object.keys(REGIONS)) {
      const config = regionConfig(id);
      expect(() => vereisBewaartermijn(config.bewaartermijnMaanden), id).not.toThrow();
    }
    expect(regionConfig("amstelland").bewaartermijnMaanden).toBe(24);
  });

  it("#10 PRIV the retention job runs daily at 02:00 UTC (EventBridge Scheduler) with its region's configuration", () => {
    template.hasResourceProperties("AWS::Scheduler::Schedule", {
      ScheduleExpression: "cron(0 2 * * ? *)",
      State: "ENABLED",
      Target: Match.objectLike({
        Arn: { "Fn::GetAtt": [handler, "Arn"] },
        RetryPolicy: Match.objectLike({ MaximumRetryAttempts: 2 }),
      }),
    });
    template.hasResourceProperties("AWS::Lambda::Function", {
      Description: Match.stringLikeRegexp("retention period"),
      Timeout: 300,
      Environment: {
        Variables: Match.objectLike({ REGION_CONFIG: Match.stringLikeRegexp('"bewaartermijnMaanden":24') }),
      },
    });
  });

  it("#10 the job may delete in the files bucket and both tables, and nothing in Cognito or the queues", () => {
    const policies = Object.values(template.findResources("AWS::IAM::Policy")).filter((p) =>
      JSON.stringify((p as { Properties: { Roles: unknown } }).Properties.Roles).includes(
        "BewaartermijnHandler",
      ),
    );
    const acties = JSON.stringify(
      policies.map((p) => (p as { Properties: { PolicyDocument: unknown } }).Properties.PolicyDocument),
    );
    expect(acties).toContain("dynamodb:BatchWriteItem");
    expect(acties).toContain("dynamodb:DeleteItem");
    expect(acties).toContain("s3:DeleteObject*");
    expect(acties).toContain("s3:List*");
    expect(acties).not.toContain("cognito-idp:");
    expect(acties).not.toContain("sqs:SendMessage");
  });
});
