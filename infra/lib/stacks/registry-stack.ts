import { RemovalPolicy, Stack, type StackProps } from "aws-cdk-lib";
import { AttributeType, BillingMode, Table, TableEncryption } from "aws-cdk-lib/aws-dynamodb";
import { Key } from "aws-cdk-lib/aws-kms";
import { Secret } from "aws-cdk-lib/aws-secretsmanager";
import type { Construct } from "constructs";
import { acknowledge } from "../nag";

/**
 * The one registry shared by all regions: ELK-nummer and registration claims live here, so a pupil
 * registered in one region cannot be registered again in another (REG-04).
 */
export class RegistryStack extends Stack {
  readonly table: Table;
  /** The secret BSN hashes and encryption derive from; the same for every region (REG-04). */
  readonly bsnGeheim: Secret;

  constructor(scope: Construct, id: string, props?: StackProps) {
    super(scope, id, props);

    const key = new Key(this, "Key", {
      description: "ELK cross-region registry table",
      enableKeyRotation: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.table = new Table(this, "Table", {
      partitionKey: { name: "PK", type: AttributeType.STRING },
      sortKey: { name: "SK", type: AttributeType.STRING },
      billingMode: BillingMode.PAY_PER_REQUEST,
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      deletionProtection: true,
      encryption: TableEncryption.CUSTOMER_MANAGED,
      encryptionKey: key,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.bsnGeheim = new Secret(this, "BsnGeheim", {
      description: "ELK: secret from which the keyed BSN hash and the BSN encryption key are derived",
      encryptionKey: key,
      generateSecretString: { passwordLength: 64, excludePunctuation: true },
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.bsnGeheim, {
      "AwsSolutions-SMG4":
        "Rotating this secret would change every BSN hash and lose every encrypted BSN: a rotation needs a re-keying migration of all region tables, done deliberately, not on a schedule.",
    });
  }
}
