import { inject } from "vitest";
import "../global-setup";

/** A mail as aws-ses-v2-local keeps it (GET /store). */
export interface OntvangenMail {
  subject: string;
  from: string;
  destination: { to: string[] };
  body: { text?: string; html?: string };
}

export async function mailbox(): Promise<OntvangenMail[]> {
  const res = await fetch(`${inject("stack").mailboxUrl}/store`);
  return ((await res.json()) as { emails: OntvangenMail[] }).emails;
}

/**
 * Wait until a mail to `aan` with this subject arrives (through the outbox queue, the poller, the
 * mailer and SES); `eerder` says how many such mails were already there.
 */
export async function wachtOpMail(
  aan: string,
  onderwerp: string,
  eerder = 0,
  ms = 15_000,
): Promise<OntvangenMail> {
  const einde = Date.now() + ms;
  while (Date.now() < einde) {
    const mails = (await alleMailsAan(aan)).filter((m) => m.subject === onderwerp);
    const laatste = mails[mails.length - 1];
    if (mails.length > eerder && laatste) return laatste;
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`no mail "${onderwerp}" to ${aan} within ${ms} ms`);
}

export async function alleMailsAan(aan: string): Promise<OntvangenMail[]> {
  return (await mailbox()).filter((m) => m.destination.to.includes(aan));
}

/** The token of a link in a mail, as the user would click it: it sits in the URL fragment. */
export function tokenUitLink(
  mail: OntvangenMail,
  pad: "/activeren" | "/wachtwoord-herstellen",
): { url: string; token: string } {
  const tekst = mail.body.text ?? "";
  const match = new RegExp(`(https?://\\S+${pad}#([A-Za-z0-9_-]+))`).exec(tekst);
  if (!match?.[1] || !match[2]) throw new Error(`no ${pad} link in mail "${mail.subject}"`);
  return { url: match[1], token: match[2] };
}
