import { CognitoIdentityProviderClient } from "@aws-sdk/client-cognito-identity-provider";

/** Built once per Lambda container (see db.ts); endpoint from AWS_ENDPOINT_URL_COGNITO_IDENTITY_PROVIDER locally. */
let cognito: CognitoIdentityProviderClient | undefined;

export function getCognito(): CognitoIdentityProviderClient {
  cognito ??= new CognitoIdentityProviderClient({});
  return cognito;
}
