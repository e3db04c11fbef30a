import { Validations } from "aws-cdk-lib";
import type { IConstruct } from "constructs";

/**
 * Acknowledges cdk-nag findings on a construct and everything below it. cdk-nag 3 matches each
 * finding by its exact id (`AwsSolutions-IAM5[Resource::*]`), so every entry names one finding and
 * carries the reason it is acceptable.
 */
export function acknowledge(scope: IConstruct, findings: Readonly<Record<string, string>>): void {
  Validations.of(scope).acknowledge(...Object.entries(findings).map(([id, reason]) => ({ id, reason })));
}
