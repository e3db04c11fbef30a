import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";
import { S3Client } from "@aws-sdk/client-s3";
import { SESv2Client } from "@aws-sdk/client-sesv2";
import { SQSClient } from "@aws-sdk/client-sqs";
import { createDocumentClient, type Db } from "@elk/data";
import { requireEnv } from "./env";

/**
 * SDK clients, built once per Lambda container and reused across invocations. Endpoints come
 * from AWS_ENDPOINT_URL_<SERVICE> when the local stack runs.
 */
let db: Db | undefined;
let cognito: CognitoIdentityProviderClient | undefined;
let sqs: SQSClient | undefined;
let ses: SESv2Client | undefined;

export function getDb(): Db {
  db ??= { doc: createDocumentClient(), tableName: requireEnv("TABLE_NAME") };
  return db;
}

export function getCognito(): CognitoIdentityProviderClient {
  cognito ??= new CognitoIdentityProviderClient({});
  return cognito;
}

export function getSqs(): SQSClient {
  sqs ??= new SQSClient({});
  return sqs;
}

export function getSes(): SESv2Client {
  ses ??= new SESv2Client({});
  return ses;
}

let s3: S3Client | undefined;

/** Path-style addressing only where the local stand-in (s3rver) needs it. */
export function getS3(): S3Client {
  s3 ??= new S3Client({ forcePathStyle: process.env.AWS_S3_FORCE_PATH_STYLE === "true" });
  return s3;
}
