import { Validations } from "aws-cdk-lib";
import { describe, expect, it } from "vitest";
import { allConstructs, buildTestApp, openNagFindings } from "./elk-test-app";

describe("cdk-nag AwsSolutions and Serverless on the test app (Elk-Registry, Elk-amstelland and its edge stack)", () => {
  const { app } = buildTestApp({ alarmEmail: "ops@example.org" });
  const open = openNagFindings(app);

  it("ARCH cdk-nag: both packs run, as bin/elk.ts runs them", () => {
    expect(open.packs).toEqual(["AwsSolutions", "Serverless"]);
  });

  it("ARCH cdk-nag: 0 unacknowledged AwsSolutions errors", () => {
    expect(open.of("AwsSolutions", "error")).toEqual([]);
  });

  it("ARCH cdk-nag: 0 unacknowledged AwsSolutions warnings", () => {
    expect(open.of("AwsSolutions", "warning")).toEqual([]);
  });

  it("ARCH cdk-nag: 0 unacknowledged Serverless errors", () => {
    expect(open.of("Serverless", "error")).toEqual([]);
  });

  it("ARCH cdk-nag: 0 unacknowledged Serverless warnings", () => {
    expect(open.of("Serverless", "warning")).toEqual([]);
  });

  it("ARCH cdk-nag: every acknowledgement names one finding of either pack and gives a real reason", () => {
    const acknowledgements = allConstructs(app).flatMap((construct) =>
      construct.node.metadata
        .filter((entry) => entry.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
        .flatMap((entry) => Object.entries(entry.data as Record<string, string>))
        // CDK keeps each acknowledgement under `Annotation::<finding id>`.
        .map(([key, reason]) => [key.replace(/^Annotation::/, ""), reason] as const),
    );
    expect(acknowledgements.length).toBeGreaterThan(0);
    const packs = new Set(acknowledgements.map(([id]) => id.split("-")[0]));
    expect([...packs].sort()).toEqual(["AwsSolutions", "Serverless"]);
    for (const [id, reason] of acknowledgements) {
      expect(id).toMatch(/^(AwsSolutions-[A-Z]+\d+(\[.+\])?|Serverless-[A-Za-z]+)$/);
      expect(reason.length, `reason for ${id}`).toBeGreaterThan(40);
    }
  });
});
