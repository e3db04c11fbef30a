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
        "MFA is ELK's own (issue #10): TOTP for staff, required for contactpersonen ELK and regiobeheerders, checked by the sign-in Lambda before it hands out Cognito's tokens (functions/src/accounts/sessies.ts) — the same in AWS and on cognito-local, which has no software-token MFA. The client allows only the admin flow, so the pool cannot be asked for tokens past it.",
      "AwsSolutions-COG8":
        "Essentials tier: sign-in goes through the app's Lambda (USER_PASSWORD_AUTH), so Plus-tier adaptive threat protection would see the Lambda, not the user; the HTTP API throttles sign-in instead.",
    });

    // Issue #10: only ADMIN_USER_PASSWORD_AUTH (and refresh), which needs the sign-in Lambda's IAM
    // permission: the client id is public (every token's `aud`), so USER_PASSWORD_AUTH would hand
    // tokens to anyone with a password, past ELK's second factor. No secret is needed on top: no
    // browser ever talks to Cognito. Refresh tokens stay inside ELK's session store (encrypted).
    this.client = this.userPool.addClient("WebClient", {
      authFlows: { adminUserPassword: true },
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
