import type { RegioPubliek } from "@elk/contracts";
import { getRegionConfig } from "../../config/env";

/** REGION-01: what the public pages show of this deployment's region (nothing about anyone). */
export async function regio(): Promise<RegioPubliek> {
  const config = getRegionConfig();
  return {
    naam: config.naam,
    productNaam: config.productNaam,
    beheerorganisatie: config.beheerorganisatie,
    helpdesk: config.helpdesk,
    huisstijl: config.huisstijl,
  };
}
