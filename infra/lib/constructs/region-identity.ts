import { Duration, RemovalPolicy } from "aws-cdk-lib";
import { AccountRecovery, FeaturePlan, UserPool, type UserPoolClient } from "aws-cdk-lib/aws-cognito";
import { Construct } from "constructs";
import { acknowledge } from "../nag";

/**
 * Staff and parent sign-in. The Cognito username is an internal id; the chosen ELK username
 * lives in DynamoDB (ACC-03, ACC-04). Accounts are created by the app (AdminCreateUser), never
 * by self sign-up.
 */
export class RegionIdentity extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);

    this.userPool = new UserPool(this, "UserPool", {
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      signInCaseSensitive: false,
      featurePlan: FeaturePlan.ESSENTIALS,
      passwordPolicy: {
        minLength: 10,
        requireLowercase: true,
        requireUppercase: true,
        requireDigits: true,
        requireSymbols: true,
        tempPasswordValidity: Duration.days(7),
      },
      accountRecovery: AccountRecovery.EMAIL_ONLY,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });
    acknowledge(this.userPool, {
      "AwsSolutions-COG2":
        "MFA is not yet offered: the app's own sign-in (functions/src/http/auth) answers the password flow only; MFA for staff is a planned follow-up.",
      "AwsSolutions-COG8":
        "Essentials tier: sign-in goes through the app's Lambda (USER_PASSWORD_AUTH), so Plus-tier adaptive threat protection would see the Lambda, not the user; the HTTP API throttles sign-in instead.",
    });

    this.client = this.userPool.addClient("WebClient", {
      authFlows: { userPassword: true, adminUserPassword: true },
      generateSecret: false,
      disableOAuth: true,
      preventUserExistenceErrors: true,
      enableTokenRevocation: true,
      accessTokenValidity: Duration.hours(1),
      idTokenValidity: Duration.hours(1),
      refreshTokenValidity: Duration.days(1),
    });
  }
}
