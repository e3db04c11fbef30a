import { S3Client } from "@aws-sdk/client-s3";

/** Built once per Lambda container (see db.ts); endpoint from AWS_ENDPOINT_URL_S3 locally. */
let s3: S3Client | undefined;

/** Path-style addressing only where the local stand-in (s3rver) needs it. */
export function getS3(): S3Client {
  s3 ??= new S3Client({ forcePathStyle: process.env.AWS_S3_FORCE_PATH_STYLE === "true" });
  return s3;
}
