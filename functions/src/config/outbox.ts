import { randomUUID } from "node:crypto";
import { type GerenderdeMail, zetInOutbox } from "@elk/mail";
import { requireEnv } from "./env";
import { getSqs } from "./sqs";

/** Queue a rendered mail; the mailer worker sends it (and retries) — a failing SES loses nothing. */
export async function verstuur(aan: string, mail: GerenderdeMail, antwoordAan?: string): Promise<void> {
  await zetInOutbox(getSqs(), requireEnv("MAIL_QUEUE_URL"), {
    id: randomUUID(),
    aan: [aan],
    onderwerp: mail.onderwerp,
    tekst: mail.tekst,
    html: mail.html,
    antwoordAan,
  });
}
