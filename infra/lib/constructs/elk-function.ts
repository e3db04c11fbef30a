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

export interface ElkFunctionProps {
  entry: string;
  description: string;
  timeout: Duration;
  environment: Readonly<Record<string, string>>;
}

/**
 * A Lambda function of ELK: Node 22 on ARM, one ESM bundle built by the repository's own esbuild
 * (no Docker), X-Ray tracing and a log group with a retention period.
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
    },
  });
  acknowledge(fn, {
    "AwsSolutions-L1":
      "ARCHITECTURE.md fixes the runtime at Node 22 (the version the code is written and tested for); moving to a newer runtime is a deliberate upgrade.",
    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/service-role/AWSLambdaBasicExecutionRole]":
      "The AWS-managed basic execution policy only allows writing the function's own CloudWatch logs.",
    "AwsSolutions-IAM5[Resource::*]":
      "X-Ray tracing: xray:PutTraceSegments and xray:PutTelemetryRecords do not support resource-level permissions.",
  });
  return fn;
}
