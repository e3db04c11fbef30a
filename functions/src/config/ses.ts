import { SESv2Client } from "@aws-sdk/client-sesv2";

/** Built once per Lambda container (see db.ts); endpoint from AWS_ENDPOINT_URL_SESV2 locally. */
let ses: SESv2Client | undefined;

export function getSes(): SESv2Client {
  ses ??= new SESv2Client({});
  return ses;
}
