import { Duration, RemovalPolicy } from "aws-cdk-lib";
import type { Alarm } from "aws-cdk-lib/aws-cloudwatch";
import type { IKey } from "aws-cdk-lib/aws-kms";
import { Queue, QueueEncryption } from "aws-cdk-lib/aws-sqs";
import { Construct } from "constructs";
import { acknowledge } from "../nag";
import type { ElkAlarms } from "./alarms";

export interface QueueWithDlqProps {
  encryptionKey: IKey;
  /** At least six times the consumer's timeout, as AWS advises for Lambda event sources. */
  visibilityTimeout: Duration;
  /** Every DLQ has an alarm: a message there failed five times and waits for a person. */
  alarms: ElkAlarms;
  /** What the queue's messages are, for the alarm mail ("Mails the mailer could not send"). */
  inhoud: string;
  /** Tries before a message moves to the DLQ; five unless the worker backs off between tries. */
  maxReceiveCount?: number;
}

/** A work queue whose messages move to a dead-letter queue after five (or the given number of) failed receives. */
export class QueueWithDlq extends Construct {
  static readonly MAX_RECEIVE_COUNT = 5;

  readonly queue: Queue;
  readonly deadLetterQueue: Queue;
  /** ApproximateNumberOfMessagesVisible of the DLQ > 0, to the region's alarm topic. */
  readonly deadLetterAlarm: Alarm;

  constructor(scope: Construct, id: string, props: QueueWithDlqProps) {
    super(scope, id);

    const encryption = { encryption: QueueEncryption.KMS, encryptionMasterKey: props.encryptionKey };
    this.deadLetterQueue = new Queue(this, "Dlq", {
      ...encryption,
      enforceSSL: true,
      retentionPeriod: Duration.days(14),
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.deadLetterQueue, {
      "Serverless-SQSRedrivePolicy":
        "This is the dead-letter queue itself: the end of the line, where failed messages wait (14 days) for a person, with an alarm; after the fix they are moved back to the work queue.",
    });
    this.queue = new Queue(this, "Queue", {
      ...encryption,
      enforceSSL: true,
      visibilityTimeout: props.visibilityTimeout,
      retentionPeriod: Duration.days(4),
      deadLetterQueue: {
        queue: this.deadLetterQueue,
        maxReceiveCount: props.maxReceiveCount ?? QueueWithDlq.MAX_RECEIVE_COUNT,
      },
    });
    this.deadLetterAlarm = props.alarms.onDeadLetters(this, id, this.deadLetterQueue, props.inhoud);
  }
}
