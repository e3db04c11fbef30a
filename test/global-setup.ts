import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { regionConfig } from "@elk/infra/regions";
import type { TestProject } from "vitest/node";
import { freePort } from "../scripts/local/ports";
import { startRegioProces } from "../scripts/local/regio-proces";
import { startStack } from "../scripts/local/stack";

export interface StackInfo {
  appUrl: string;
  mailboxUrl: string;
  endpoints: { dynamodb: string; s3: string; ses: string; sqs: string; cognito: string };
  tableName: string;
  queues: { mail: string; mailDlq: string; oso: string; osoDlq: string };
  /** OSO-06: the stand-in Traffic Center and "Mijn OSO" (aanleverpunten with their keys). */
  oso: {
    trafficCenterUrl: string;
    aanleverpunten: { nummer: number; sleutel: string; brin: string; vestigingscode: string }[];
  };
}

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    stack: StackInfo;
    /** Region Amsterdam, side by side in its own process, sharing the registry (REGION-02). */
    amsterdamUrl: string;
    /** Amsterdam's own local mailbox: the mails its process sends. */
    amsterdamMailboxUrl: string;
    /** Every function log line of the run (ELK_LOG_FILE), for the BSN scan. */
    logBestand: string;
    /** The fault proxies' control endpoint (scripts/local/storing.ts; issue #10, Faults). */
    storingUrl: string;
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
  // Every function log line of both regions (Amsterdam's process inherits the variable), scanned
  // for BSNs by the last test file (test/api/bsn-in-logs.int.test.ts).
  const logBestand = join(dataDir, "functies.log");
  process.env.ELK_LOG_FILE = logBestand;
  project.provide("logBestand", logBestand);
  const stack = await startStack({
    region: regionConfig("amstelland"),
    dataDir,
    appPort: 0,
    bekendmakingIntervalMs: 1000,
    osoLasIntervalMs: 500,
    storingen: true,
  });
  project.provide("storingUrl", stack.storingUrl ?? "");
  project.provide("baseUrl", stack.appUrl);
  project.provide("stack", {
    appUrl: stack.appUrl,
    mailboxUrl: stack.mailboxUrl,
    endpoints: stack.endpoints,
    tableName: stack.tableName,
    queues: stack.queues,
    oso: stack.oso,
  });
  const amsterdam = await startRegioProces({
    regio: "amsterdam",
    port: await freePort(),
    dataDir: join(dataDir, "amsterdam"),
    dynamodbEndpoint: stack.endpoints.dynamodb,
  }).catch(async (error: unknown) => {
    await stack.stop();
    throw error;
  });
  project.provide("amsterdamUrl", amsterdam.appUrl);
  project.provide("amsterdamMailboxUrl", amsterdam.mailboxUrl);
  return async () => {
    await amsterdam.stop();
    await stack.stop();
    await rm(dataDir, { recursive: true, force: true });
  };
}
