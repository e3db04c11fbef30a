import { randomUUID } from "node:crypto";
import { bewaarUitgesteldeMail } from "@elk/data";
import { type GerenderdeMail, type UitgaandeMail, zetInOutbox } from "@elk/mail";
import { logger } from "../middleware/logger";
import { getDb } from "./db";
import { requireEnv } from "./env";
import { getSqs } from "./sqs";

/**
 * Queue a rendered mail; the mailer worker sends it (and retries) — a failing SES loses nothing.
 * Every mail is queued after the change it reports was written. Should SQS be out of reach then
 * (after the SDK's retries), the mail is kept in the table and the outbox job queues it within a
 * minute or so (issue #10, Faults): the change stands and its mail follows. Only when the table
 * cannot take it either does the action fail, with SQS's error (a 503).
 */
export async function verstuur(aan: string, mail: GerenderdeMail, antwoordAan?: string): Promise<void> {
  const bericht: UitgaandeMail = {
    id: randomUUID(),
    aan: [aan],
    onderwerp: mail.onderwerp,
    tekst: mail.tekst,
    html: mail.html,
    antwoordAan,
  };
  try {
    await zetInOutbox(getSqs(), requireEnv("MAIL_QUEUE_URL"), bericht);
  } catch (error) {
    logger.warn("mail not queued, kept for the outbox job", {
      mailId: bericht.id,
      error: error instanceof Error ? error.name : "unknown",
    });
    await bewaarUitgesteldeMail(getDb(), bericht).catch(() => {
      throw error;
    });
  }
}
