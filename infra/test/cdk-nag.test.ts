import { Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import type { IConstruct } from "constructs";
import { describe, expect, it } from "vitest";
import { buildTestApp } from "./elk-test-app";

function allConstructs(root: IConstruct): IConstruct[] {
  return [root, ...root.node.children.flatMap(allConstructs)];
}

describe("cdk-nag AwsSolutions on the whole app", () => {
  const { app } = buildTestApp();
  app.synth();
  // cdk-nag 3 is a policy-validation plugin: it reports violations instead of adding annotations.
  // validateScope is the plugin's own entry point and skips every acknowledged finding.
  const { violations } = new AwsSolutionsChecks(app, { verbose: true }).validateScope(app);
  const describeAll = (severity: string) =>
    violations
      .filter((violation) => violation.severity === severity)
      .map(
        (violation) => `${violation.ruleName} at ${violation.violatingResources.map((r) => r.constructPath)}`,
      );

  it("ARCH cdk-nag: 0 unacknowledged AwsSolutions errors", () => {
    expect(describeAll("error")).toEqual([]);
  });

  it("ARCH cdk-nag: 0 unacknowledged AwsSolutions warnings", () => {
    expect(describeAll("warning")).toEqual([]);
  });

  it("ARCH cdk-nag: every acknowledgement names its finding and gives a real reason", () => {
    const acknowledgements = allConstructs(app).flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>)),
    );
    expect(acknowledgements.length).toBeGreaterThan(0);
    for (const [id, reason] of acknowledgements) {
      expect(id).toMatch(/AwsSolutions-[A-Z]+\d+/);
      expect(reason.length, `reason for ${id}`).toBeGreaterThan(40);
    }
  });
});
