import type { RegionConfig } from "@elk/domain";
import { amstelland } from "./amstelland";
import { amsterdam } from "./amsterdam";

/** Every region that can be deployed; `-c region=<id>` picks one. */
export const REGIONS: Readonly<Record<string, RegionConfig>> = { amstelland, amsterdam };

export function regionConfig(id: string): RegionConfig {
  const config = REGIONS[id];
  if (!config) throw new Error(`Unknown region "${id}". Known: ${Object.keys(REGIONS).join(", ")}`);
  return config;
}
