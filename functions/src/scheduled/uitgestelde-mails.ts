import { listUitgesteldeMails, verwijderUitgesteldeMail } from "@elk/data";
import { UitgaandeMail, zetInOutbox } from "@elk/mail";
import { getDb } from "../config/db";
import { requireEnv } from "../config/env";
import { getSqs } from "../config/sqs";
import { logger } from "../middleware/logger";

/** Mails one run queues at the most; more wait for the next minute. */
const PER_RUN = 500;

/**
 * The outbox job (issue #10, Faults: mails, none lost): every minute, the mails that could not be
 * queued when their action ran (functions/src/config/outbox.ts) go on the outbox queue, oldest
 * first, each removed once SQS took it. When SQS still fails the run stops and the next tries
 * again. A mail queued whose removal failed is queued again next time: the mailer knows its id
 * and sends it once.
 */
export async function handler(): Promise<{ verstuurd: number }> {
  const db = getDb();
  const wachtend = await listUitgesteldeMails(db, PER_RUN);
  let verstuurd = 0;
  for (const { sk, mail } of wachtend) {
    const bericht = UitgaandeMail.safeParse(mail);
    if (!bericht.success) {
      logger.error("kept mail unreadable, removed", { sk });
      await verwijderUitgesteldeMail(db, sk);
      continue;
    }
    try {
      await zetInOutbox(getSqs(), requireEnv("MAIL_QUEUE_URL"), bericht.data);
    } catch (error) {
      logger.warn("kept mails still not queued", {
        wachtend: wachtend.length - verstuurd,
        error: error instanceof Error ? error.name : "unknown",
      });
      break;
    }
    await verwijderUitgesteldeMail(db, sk);
    verstuurd += 1;
  }
  if (verstuurd > 0) logger.info("kept mails queued", { verstuurd });
  return { verstuurd };
}
