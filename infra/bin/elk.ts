import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks, ServerlessChecks } from "cdk-nag";
import { buildElkApp, elkAppOptionsFromContext } from "./elk-app";

/**
 * `npx cdk synth`: `Elk-Registry` and one stack per region in `infra/regions` (`Elk-Amstelland`,
 * `Elk-Amsterdam`, …), each with its edge stack in us-east-1 (`Elk-Amstelland-Edge`: the web ACL). `-c region=<id>[,<id>]` builds only those regions (and the registry);
 * `-c osoTrafficCenterUrl=https://…` points the OSO Lambdas at a Traffic Center (docs/oso.md);
 * `-c alarmEmail=…` subscribes that address to every region's alarm topic;
 * `-c bulkExportThreshold=<n>` sets how many export requests in 15 minutes raise an alarm (50).
 * cdk-nag's AwsSolutions and Serverless packs check every stack: any finding that is not
 * acknowledged (infra/lib/nag.ts) fails the synth.
 */
const app = new App();
buildElkApp(app, elkAppOptionsFromContext(app));
Validations.of(app).addPlugins(
  new AwsSolutionsChecks(app, { verbose: true }),
  new ServerlessChecks(app, { verbose: true }),
);
app.synth();
