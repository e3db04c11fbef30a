import { createCipheriv, createDecipheriv, createHmac, randomBytes } from "node:crypto";

/**
 * Secrets kept in the table (a BSN, a committed seed, an OSO aanleverpuntsleutel): AES-256-GCM
 * with a random IV, stored as "iv.tag.data" in base64url. Each purpose has its own key, derived
 * from the deployment secret with its own label, so one key never serves two purposes.
 */
export function sleutelUit(geheim: string, label: string): Buffer {
  if (geheim.length < 32) throw new Error("the secret must be at least 32 characters");
  return createHmac("sha256", geheim).update(label).digest();
}

export function versleutel(tekst: string, sleutel: Buffer): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv("aes-256-gcm", sleutel, iv);
  const data = Buffer.concat([cipher.update(tekst, "utf8"), cipher.final()]);
  return [iv, cipher.getAuthTag(), data].map((b) => b.toString("base64url")).join(".");
}

export function ontsleutel(versleuteld: string, sleutel: Buffer): string {
  const [iv, tag, data] = versleuteld.split(".").map((d) => Buffer.from(d, "base64url"));
  if (!iv || !tag || !data) throw new Error("malformed encrypted value");
  const decipher = createDecipheriv("aes-256-gcm", sleutel, iv);
  decipher.setAuthTag(tag);
  return Buffer.concat([decipher.update(data), decipher.final()]).toString("utf8");
}
