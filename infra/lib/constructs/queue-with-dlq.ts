import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { IKey } from "aws-cdk-lib/aws-kms";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";

export interface QueueWithDlqProps {
  encryptionKey: IKey;
  /** At least six times the consumer's timeout, as AWS advises for Lambda event sources. */
  visibilityTimeout: Duration;
}

/** A work queue whose messages move to a dead-letter queue after five failed receives. */
export class QueueWithDlq extends Construct {
  static readonly MAX_RECEIVE_COUNT = 5;

  readonly queue: Queue;
  readonly deadLetterQueue: Queue;

  constructor(scope: Construct, id: string, props: QueueWithDlqProps) {
    super(scope, id);

    const encryption = { encryption: QueueEncryption.KMS, encryptionMasterKey: props.encryptionKey };
    this.deadLetterQueue = new Queue(this, "Dlq", {
      ...encryption,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    this.queue = new Queue(this, "Queue", {
      ...encryption,
      enforceSSL: true,
      visibilityTimeout: props.visibilityTimeout,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: { queue: this.deadLetterQueue, maxReceiveCount: QueueWithDlq.MAX_RECEIVE_COUNT },
    });
  }
}
