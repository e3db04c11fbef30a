import { defineConfig } from "vitest/config";
import { BaseSequencer, type TestSpecification } from "vitest/node";

/**
 * Tests in layers (STYLE.md habit 6):
 * - unit: the domain without mocks, contracts, CDK Template assertions and cdk-nag;
 * - integration: data access against DynamoDB Local and the HTTP API through the local gateway;
 * - e2e: the manual's journeys in Debian's Chromium.
 * integration and e2e form the "stack" project: one local stack, started once by test/global-setup.ts on free ports.
 */
/**
 * The files in BaseSequencer's order, but the BSN log scan last: it reads the log lines every
 * other stack test made (issue #10, AVG).
 */
class LogScanLaatst extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const gesorteerd = await super.sort(files);
    const laatst = (f: TestSpecification) => f.moduleId.endsWith("bsn-in-logs.int.test.ts");
    return [...gesorteerd.filter((f) => !laatst(f)), ...gesorteerd.filter(laatst)];
  }
}

export default defineConfig({
  test: {
    sequence: { sequencer: LogScanLaatst },
    projects: [
      {
        test: {
          name: "unit",
          include: [
            "packages/*/test/**/*.test.ts",
            "functions/test/**/*.test.ts",
            "infra/test/**/*.test.ts",
            "frontend/test/**/*.test.ts",
            "scripts/test/**/*.test.ts",
          ],
          exclude: ["**/*.int.test.ts", "**/*.e2e.test.ts", "**/node_modules/**"],
          testTimeout: 120_000,
          // One module cache per worker instead of one per file: the files import the AWS SDK,
          // aws-cdk-lib and the domain again and again (import was 3/4 of the project's time).
          isolate: false,
        },
      },
      {
        test: {
          name: "stack",
          include: ["test/**/*.int.test.ts", "packages/*/test/**/*.int.test.ts", "test/e2e/**/*.e2e.test.ts"],
          globalSetup: ["test/global-setup.ts"],
          testTimeout: 90_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          // The files run one after another in one worker that keeps its modules: no new process
          // and no new imports per file (about 3 s a file). What must differ per file does so by
          // the file now running (test/support/api.ts bronAdres); shared state lives in the stack.
          isolate: false,
        },
      },
    ],
  },
});
