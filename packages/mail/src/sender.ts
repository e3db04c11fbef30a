import { type SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";
import type { UitgaandeMail } from "./mail";

export async function verstuurMail(
  ses: SESv2Client,
  afzender: string,
  mail: UitgaandeMail,
): Promise<string | undefined> {
  const res = await ses.send(
    new SendEmailCommand({
      FromEmailAddress: afzender,
      Destination: { ToAddresses: mail.aan },
      ReplyToAddresses: mail.antwoordAan ? [mail.antwoordAan] : undefined,
      Content: {
        Simple: {
          Subject: { Data: mail.onderwerp, Charset: "UTF-8" },
          Body: {
            Text: { Data: mail.tekst, Charset: "UTF-8" },
            ...(mail.html ? { Html: { Data: mail.html, Charset: "UTF-8" } } : {}),
          },
        },
      },
    }),
  );
  return res.MessageId;
}
