import type { RegistryDb } from "@elk/data";
import { getDb } from "./db";
import { requireEnv } from "./env";

let registry: RegistryDb | undefined;

/** The registry table shared by the regions (REGION-02), through the same DynamoDB client. */
export function getRegistry(): RegistryDb {
  registry ??= { doc: getDb().doc, tableName: requireEnv("REGISTRY_TABLE_NAME") };
  return registry;
}
