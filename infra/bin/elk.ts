import { App, Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { buildElkApp } from "./elk-app";

/**
 * `npx cdk synth`: `Elk-Registry` and one stack per region in `infra/regions` (`Elk-Amstelland`,
 * `Elk-Amsterdam`, …). `-c region=<id>[,<id>]` builds only those regions (and the registry);
 * `-c osoTrafficCenterUrl=https://…` points the OSO Lambdas at a Traffic Center (docs/oso.md).
 */
const app = new App();
const regionIds: unknown = app.node.tryGetContext("region");
if (regionIds !== undefined && typeof regionIds !== "string") {
  throw new Error("-c region=<id>[,<id>] must be region ids");
}

const gekozen = regionIds
  ?.split(",")
  .map((id) => id.trim())
  .filter(Boolean);
const osoTrafficCenterUrl: unknown = app.node.tryGetContext("osoTrafficCenterUrl");
if (
  osoTrafficCenterUrl !== undefined &&
  (typeof osoTrafficCenterUrl !== "string" || !osoTrafficCenterUrl.startsWith("https://"))
) {
  throw new Error("-c osoTrafficCenterUrl=<url> must be an https URL");
}
buildElkApp(app, {
  regionIds: gekozen?.length ? gekozen : undefined,
  osoTrafficCenterUrl: osoTrafficCenterUrl as string | undefined,
});
Validations.of(app).addPlugins(new AwsSolutionsChecks(app, { verbose: true }));
app.synth();
