import { DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { DynamoDBDocumentClient, GetCommand } from "@aws-sdk/lib-dynamodb";
import { inject } from "vitest";
import "../global-setup";

/** The stack's DynamoDB Local, to look at what the API stored (never to set up what it should do). */
export function ddb(): DynamoDBDocumentClient {
  return DynamoDBDocumentClient.from(
    new DynamoDBClient({
      endpoint: inject("stack").endpoints.dynamodb,
      region: "eu-west-1",
      credentials: { accessKeyId: "S3RVER", secretAccessKey: "S3RVER" },
    }),
  );
}

export async function tabelItem(PK: string, SK: string): Promise<Record<string, unknown> | undefined> {
  const res = await ddb().send(new GetCommand({ TableName: inject("stack").tableName, Key: { PK, SK } }));
  return res.Item;
}
