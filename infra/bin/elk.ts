import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { buildApp, DEFAULT_REGION_ID } from "../lib/app";

/** `npx cdk synth -c region=<id>`: the shared registry stack and the stack of that region. */
const app = new App();
const regionId: unknown = app.node.tryGetContext("region") ?? DEFAULT_REGION_ID;
if (typeof regionId !== "string") throw new Error("-c region=<id> must be a region id");

buildApp(app, { regionId });
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
