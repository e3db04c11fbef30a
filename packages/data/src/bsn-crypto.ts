import { createHmac } from "node:crypto";
import { ontsleutel, sleutelUit, versleutel } from "./geheim";

/**
 * BSN under special protection: stored encrypted (AES-256-GCM) and found by a keyed hash
 * (HMAC-SHA-256), so neither a table dump nor a log line reveals it. The hash key is shared by
 * all regions (the registry compares hashes across them); both keys come from the deployment.
 */
export interface BsnSleutels {
  /** 32 bytes, for the keyed hash; the same in every region. */
  hash: Buffer;
  /** 32 bytes, for encryption. */
  versleuteling: Buffer;
}

/**
 * Both keys derived from one deployment secret (the registry stack's, shared by the regions):
 * HMAC-SHA-256 of the secret with a label per purpose, so one key never serves two purposes.
 */
export function bsnSleutelsUit(geheim: string): BsnSleutels {
  return {
    hash: sleutelUit(geheim, "elk:bsn:hash"),
    versleuteling: sleutelUit(geheim, "elk:bsn:versleuteling"),
  };
}

export function bsnHash(bsn: string, sleutels: BsnSleutels): string {
  return createHmac("sha256", sleutels.hash).update(bsn).digest("base64url");
}

export function versleutelBsn(bsn: string, sleutels: BsnSleutels): string {
  return versleutel(bsn, sleutels.versleuteling);
}

export function ontsleutelBsn(versleuteld: string, sleutels: BsnSleutels): string {
  return ontsleutel(versleuteld, sleutels.versleuteling);
}
