import { EXPORT_BEWAARDAGEN } from "@elk/domain";
import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { AttributeType, BillingMode, ProjectionType, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { Key } from "aws-cdk-lib/aws-kms";
import { BlockPublicAccess, Bucket, BucketEncryption, ObjectOwnership } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { acknowledge } from "../nag";

/** The table's key names; packages/data/src/table.ts creates the same shape locally. */
export const TABLE_INDEXES = {
  GSI1: { partitionKey: "GSI1PK", sortKey: "GSI1SK" },
  GSI2: { partitionKey: "GSI2PK", sortKey: "GSI2SK" },
} as const;

/** A region's data: its KMS key, its single table, its files bucket and the bucket for access logs. */
export class RegionData extends Construct {
  readonly key: Key;
  readonly table: Table;
  readonly filesBucket: Bucket;
  readonly logBucket: Bucket;

  constructor(scope: Construct, id: string, props: { regionId: string }) {
    super(scope, id);

    this.key = new Key(this, "Key", {
      description: `ELK ${props.regionId}: table, files and queues`,
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new Table(this, "Table", {
      partitionKey: { name: "PK", type: AttributeType.STRING },
      sortKey: { name: "SK", type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      timeToLiveAttribute: "ttl",
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: this.key,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    for (const [indexName, keys] of Object.entries(TABLE_INDEXES)) {
      this.table.addGlobalSecondaryIndex({
        indexName,
        partitionKey: { name: keys.partitionKey, type: AttributeType.STRING },
        sortKey: { name: keys.sortKey, type: AttributeType.STRING },
        projectionType: ProjectionType.ALL,
      });
    }

    // S3 server access logs and CloudFront standard logs cannot be written with SSE-KMS, and
    // CloudFront delivers its logs through an ACL, hence SSE-S3 and BUCKET_OWNER_PREFERRED here.
    this.logBucket = new Bucket(this, "LogBucket", {
      encryption: BucketEncryption.S3_MANAGED,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_PREFERRED,
      lifecycleRules: [{ expiration: Duration.days(365) }],
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.logBucket, {
      "AwsSolutions-S1": "This is the access-log bucket itself; logging its own access would loop.",
    });

    this.filesBucket = new Bucket(this, "FilesBucket", {
      encryption: BucketEncryption.KMS,
      encryptionKey: this.key,
      bucketKeyEnabled: true,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      versioned: true,
      objectOwnership: ObjectOwnership.BUCKET_OWNER_ENFORCED,
      serverAccessLogsBucket: this.logBucket,
      serverAccessLogsPrefix: "files/",
      lifecycleRules: [
        { noncurrentVersionExpiration: Duration.days(365) },
        // EXP-01 … EXP-03: export files (pupils' data, BSNs in one of them) are removed after a
        // day, every version, whether or not they were downloaded.
        {
          id: "ExportsVerlopen",
          prefix: "exports/",
          expiration: Duration.days(EXPORT_BEWAARDAGEN),
          noncurrentVersionExpiration: Duration.days(1),
          abortIncompleteMultipartUploadAfter: Duration.days(1),
        },
      ],
      removalPolicy: RemovalPolicy.RETAIN,
    });
  }
}
