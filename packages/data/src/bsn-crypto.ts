import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

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

export function bsnSleutelsUit(hashBase64: string, versleutelingBase64: string): BsnSleutels {
  const hash = Buffer.from(hashBase64, "base64");
  const versleuteling = Buffer.from(versleutelingBase64, "base64");
  if (hash.length < 32 || versleuteling.length !== 32) throw new Error("BSN keys must be 32 bytes (base64)");
  return { hash, versleuteling };
}

export function bsnHash(bsn: string, sleutels: BsnSleutels): string {
  return createHmac("sha256", sleutels.hash).update(bsn).digest("base64url");
}

export function versleutelBsn(bsn: string, sleutels: BsnSleutels): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sleutels.versleuteling, iv);
  const data = Buffer.concat([cipher.update(bsn, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

export function ontsleutelBsn(versleuteld: string, sleutels: BsnSleutels): string {
  const [iv, tag, data] = versleuteld.split(".").map((d) => Buffer.from(d, "base64url"));
  if (!iv || !tag || !data) throw new Error("malformed encrypted BSN");
  const decipher = createDecipheriv("aes-256-gcm", sleutels.versleuteling, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}
