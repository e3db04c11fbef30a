import { appendFileSync } from "node:fs";

/**
 * Structured logs. Only what is passed here is logged: never a request body, never a BSN, never
 * a token. Pupils' data stays out of the logs by construction — and the test stack proves it:
 * with ELK_LOG_FILE set (locally only) every line also goes to that file, which is scanned for
 * BSNs when the test run ends (scripts/local/bsn-in-log.ts).
 */
type Fields = Record<string, string | number | boolean | undefined>;

function write(level: "info" | "warn" | "error", message: string, fields: Fields): void {
  const line = JSON.stringify({ level, message, time: new Date().toISOString(), ...fields });
  if (level === "error") console.error(line);
  else if (process.env.ELK_QUIET !== "1") console.log(line);
  const bestand = process.env.ELK_LOG_FILE;
  if (bestand) appendFileSync(bestand, `${line}\n`);
}

export const logger = {
  info: (message: string, fields: Fields = {}) => write("info", message, fields),
  warn: (message: string, fields: Fields = {}) => write("warn", message, fields),
  error: (message: string, fields: Fields = {}) => write("error", message, fields),
};
