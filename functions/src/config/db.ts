import { createDocumentClient, type Db } from "@elk/data";
import { getRegionConfig, requireEnv } from "./env";

/**
 * The DynamoDB DocumentClient and table, built once per Lambda container and reused across
 * invocations. One module per SDK client (db, cognito, s3, ses, sqs), so a Lambda bundle only
 * holds and loads the clients its handlers use (issue #11). The endpoint comes from
 * AWS_ENDPOINT_URL_DYNAMODB when the local stack runs.
 */
let db: Db | undefined;

export function getDb(): Db {
  db ??= {
    doc: createDocumentClient(),
    tableName: requireEnv("TABLE_NAME"),
    bewaartermijnMaanden: getRegionConfig().bewaartermijnMaanden,
  };
  return db;
}
