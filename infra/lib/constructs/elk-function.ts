import type { Duration } from "aws-cdk-lib";
import { Architecture, Runtime, Tracing } from "aws-cdk-lib/aws-lambda";
import { NodejsFunction, OutputFormat } from "aws-cdk-lib/aws-lambda-nodejs";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import type { Construct } from "constructs";
import { acknowledge } from "../nag";
import { REPO_ROOT, ROOT_LOCKFILE, ROOT_TSCONFIG } from "../paths";

/** esbuild's ESM output has no `require`; some CommonJS dependencies still call it. */
const ESM_REQUIRE_BANNER =
  "import { createRequire } from 'module';const require = createRequire(import.meta.url);";

/** How a function is invoked, which decides whether a dead-letter queue of its own makes sense. */
export type Invocation = "http" | "queue" | "schedule";

/** Why each kind of function has no dead-letter queue of its own (Serverless-LambdaDLQ). */
const WHY_NO_FUNCTION_DLQ: Readonly<Record<Invocation, string>> = {
  http: "Invoked synchronously by the HTTP API: a failure goes back to the caller as an HTTP error; a function DLQ only receives failed asynchronous invocations, and there are none.",
  queue:
    "Invoked synchronously by its SQS event source mapping: a failed message stays on its queue and moves to that queue's DLQ (with an alarm) after five receives; a function DLQ only receives failed asynchronous invocations.",
  schedule:
    "Invoked asynchronously by EventBridge Scheduler every minute with an empty event: the next minute's run is the retry, so a DLQ would only collect clock ticks with nothing to replay; a failed run raises the function's Errors alarm instead.",
};

const NODE_22 =
  "ARCHITECTURE.md fixes the runtime at Node 22 (the version the code is written and tested for); moving to a newer runtime is a deliberate upgrade.";

export interface ElkFunctionProps {
  entry: string;
  /** Who invokes it: the HTTP API, an SQS event source or a schedule (see WHY_NO_FUNCTION_DLQ). */
  invokedBy: Invocation;
  description: string;
  timeout: Duration;
  environment: Readonly<Record<string, string>>;
}

/**
 * A Lambda function of ELK: Node 22 on ARM, one ESM bundle built by the repository's own esbuild
 * (no Docker), X-Ray tracing and a log group with a retention period. A scheduled function also
 * needs an Errors alarm (ElkAlarms.onErrors): it has no queue whose DLQ would show its failures.
 */
export function createElkFunction(scope: Construct, id: string, props: ElkFunctionProps): NodejsFunction {
  const logGroup = new LogGroup(scope, `${id}Logs`, { retention: RetentionDays.THREE_MONTHS });
  const fn = new NodejsFunction(scope, id, {
    entry: props.entry,
    handler: "handler",
    description: props.description,
    runtime: Runtime.NODEJS_22_X,
    architecture: Architecture.ARM_64,
    memorySize: 512,
    timeout: props.timeout,
    tracing: Tracing.ACTIVE,
    logGroup,
    projectRoot: REPO_ROOT,
    depsLockFilePath: ROOT_LOCKFILE,
    environment: { NODE_OPTIONS: "--enable-source-maps", ...props.environment },
    bundling: {
      format: OutputFormat.ESM,
      target: "node22",
      mainFields: ["module", "main"],
      minify: true,
      sourceMap: true,
      sourcesContent: false,
      banner: ESM_REQUIRE_BANNER,
      tsconfig: ROOT_TSCONFIG,
      forceDockerBundling: false,
      // Issue #11: the AWS SDK bundled in, tree-shaken and minified with the rest, instead of the
      // runtime's CommonJS copy (hundreds of files read and compiled at every cold start): module
      // init ~820 → ~280 ms, every bundle still under 1.5 MiB (docs/benchmarks.md, Lambda bundles).
      // With it NodejsFunction marks nothing external (externalModules stays unset).
      bundleAwsSDK: true,
    },
  });
  acknowledge(fn, {
    "AwsSolutions-L1": NODE_22,
    "Serverless-LambdaLatestVersion": NODE_22,
    "Serverless-LambdaDLQ": WHY_NO_FUNCTION_DLQ[props.invokedBy],
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]":
      "The AWS-managed basic execution policy only allows writing the function's own CloudWatch logs.",
    "AwsSolutions-IAM5[Resource::*]":
      "X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions.",
  });
  return fn;
}
