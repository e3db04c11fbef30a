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

/**
 * Both keys derived from one deployment secret (the registry stack's, shared by the regions):
 * HMAC-SHA-256 of the secret with a label per purpose, so one key never serves two purposes.
 */
export function bsnSleutelsUit(geheim: string): BsnSleutels {
  if (geheim.length < 32) throw new Error("the BSN secret must be at least 32 characters");
  const afleiden = (label: string) => createHmac("sha256", geheim).update(label).digest();
  return { hash: afleiden("elk:bsn:hash"), versleuteling: afleiden("elk:bsn:versleuteling") };
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
