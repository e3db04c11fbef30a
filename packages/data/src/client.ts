import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient } from "@aws-sdk/lib-dynamodb";

/**
 * The document client, built once per process and passed in (STYLE.md habit 3). Its endpoint
 * comes from AWS_ENDPOINT_URL_DYNAMODB when the local stack runs.
 */
export function createDocumentClient(
  client: DynamoDBClient = new DynamoDBClient({}),
): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(client, {
    marshallOptions: { removeUndefinedValues: true, convertClassInstanceToMap: false },
  });
}

/** What every repository function needs: the client and the region's table. */
export interface Db {
  doc: DynamoDBDocumentClient;
  tableName: string;
  /**
   * The region's retention period (RegionConfig.bewaartermijnMaanden): audit records get a TTL at
   * the end of their school year's retention. Without it they are kept (data-level tests).
   */
  bewaartermijnMaanden?: number;
}
