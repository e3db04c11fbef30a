import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { regionConfig } from "@elk/infra/regions";
import type { TestProject } from "vitest/node";
import { startStack } from "../scripts/local/stack";

export interface StackInfo {
  appUrl: string;
  mailboxUrl: string;
  endpoints: { dynamodb: string; s3: string; ses: string; sqs: string; cognito: string };
  tableName: string;
  queues: { mail: string; mailDlq: string; oso: string; osoDlq: string };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    stack: StackInfo;
  }
}

/**
 * The "stack" project's set-up: the same local stack as `npm start` (DynamoDB Local, cognito-local,
 * s3rver, aws-ses-v2-local, local-aws-sqs, the local gateway and poller), on free ports, with
 * fresh data in a temp dir, seeded with the demo data.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), "elk-test-"));
  process.env.ELK_QUIET = "1";
  const stack = await startStack({ region: regionConfig("amstelland"), dataDir, appPort: 0 });
  project.provide("baseUrl", stack.appUrl);
  project.provide("stack", {
    appUrl: stack.appUrl,
    mailboxUrl: stack.mailboxUrl,
    endpoints: stack.endpoints,
    tableName: stack.tableName,
    queues: stack.queues,
  });
  return async () => {
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
