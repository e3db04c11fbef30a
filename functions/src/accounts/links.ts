import { createHash, randomBytes } from "node:crypto";

/** A link token: 32 random bytes. Only its hash is stored, so a table dump opens no account. */
export function nieuwLinkToken(): { token: string; hash: string } {
  const token = randomBytes(32).toString("base64url");
  return { token, hash: hashLinkToken(token) };
}

export function hashLinkToken(token: string): string {
  return createHash("sha256").update(token).digest("hex");
}

/** The token travels in the URL fragment: browsers never send it to a server, so no log keeps it. */
export function linkNaar(pad: "/activeren" | "/wachtwoord-herstellen", token: string): string {
  const basis = (process.env.APP_URL ?? "http://localhost:3000").replace(/\/$/, "");
  return `${basis}${pad}#${token}`;
}
