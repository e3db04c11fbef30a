import type { CreateTableCommandInput } from "@aws-sdk/client-dynamodb";

/**
 * The single table of a region: generic keys and two generic indexes. The CDK stack
 * (infra/lib) declares the same shape; the local stack and the tests create it from here.
 */
export const TABLE_KEYS = {
  partitionKey: "PK",
  sortKey: "SK",
  indexes: {
    GSI1: { partitionKey: "GSI1PK", sortKey: "GSI1SK" },
    GSI2: { partitionKey: "GSI2PK", sortKey: "GSI2SK" },
  },
  ttl: "ttl",
} as const;

export function createTableInput(tableName: string): CreateTableCommandInput {
  const { indexes } = TABLE_KEYS;
  return {
    TableName: tableName,
    BillingMode: "PAY_PER_REQUEST",
    AttributeDefinitions: ["PK", "SK", "GSI1PK", "GSI1SK", "GSI2PK", "GSI2SK"].map((AttributeName) => ({
      AttributeName,
      AttributeType: "S",
    })),
    KeySchema: [
      { AttributeName: TABLE_KEYS.partitionKey, KeyType: "HASH" },
      { AttributeName: TABLE_KEYS.sortKey, KeyType: "RANGE" },
    ],
    GlobalSecondaryIndexes: Object.entries(indexes).map(([IndexName, keys]) => ({
      IndexName,
      KeySchema: [
        { AttributeName: keys.partitionKey, KeyType: "HASH" },
        { AttributeName: keys.sortKey, KeyType: "RANGE" },
      ],
      Projection: { ProjectionType: "ALL" },
    })),
  };
}
