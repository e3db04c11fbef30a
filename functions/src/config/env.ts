import type { RegionConfig } from "@elk/domain";

/** Read a required environment variable; a missing one fails loudly at cold start, not mid-request. */
export function requireEnv(name: string): string {
  const value = process.env[name];
  if (value === undefined || value === "") throw new Error(`Environment variable ${name} is not set`);
  return value;
}

let regionConfig: RegionConfig | undefined;

/** The region this deployment serves, handed in by CDK (or the local stack) as JSON. */
export function getRegionConfig(): RegionConfig {
  regionConfig ??= JSON.parse(requireEnv("REGION_CONFIG")) as RegionConfig;
  return regionConfig;
}
