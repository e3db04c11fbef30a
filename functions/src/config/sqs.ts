import { SQSClient } from "@aws-sdk/client-sqs";

/** Built once per Lambda container (see db.ts); endpoint from AWS_ENDPOINT_URL_SQS locally. */
let sqs: SQSClient | undefined;

export function getSqs(): SQSClient {
  sqs ??= new SQSClient({});
  return sqs;
}
