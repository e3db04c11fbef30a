import { randomUUID } from "node:crypto";
import { CreateTableCommand, DeleteTableCommand, DynamoDBClient } from "@aws-sdk/client-dynamodb";
import { inject } from "vitest";
import "../../../test/global-setup";
import { createDocumentClient, createTableInput, type Db } from "../src";

/** A fresh table in the stack's DynamoDB Local, so each test file starts empty. */
export async function nieuweTabel(): Promise<{ db: Db; opruimen: () => Promise<void> }> {
  const client = new DynamoDBClient({
    endpoint: inject("stack").endpoints.dynamodb,
    region: "eu-west-1",
    credentials: { accessKeyId: "local", secretAccessKey: "local" },
  });
  const tableName = `test-${randomUUID()}`;
  await client.send(new CreateTableCommand(createTableInput(tableName)));
  return {
    db: { doc: createDocumentClient(client), tableName },
    opruimen: async () => {
      await client.send(new DeleteTableCommand({ TableName: tableName }));
    },
  };
}
