import type { Context, RouteDef } from "@elk/contracts";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import { HttpApi, HttpMethod, HttpStage, LogGroupLogDestination } from "aws-cdk-lib/aws-apigatewayv2";
import { HttpUserPoolAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { IUserPool, IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { IFunction } from "aws-cdk-lib/aws-lambda";
import { LogGroup, RetentionDays } from "aws-cdk-lib/aws-logs";
import { Construct } from "constructs";
import { acknowledge } from "../nag";

export interface ElkHttpApiProps {
  userPool: IUserPool;
  userPoolClient: IUserPoolClient;
}

/** Default-stage throttling for the whole API (requests per second). */
export const API_THROTTLE = { burstLimit: 200, rateLimit: 100 } as const;

/** Access-log line of the HTTP API: HTTP API context variables only, no request bodies. */
const ACCESS_LOG_FORMAT = AccessLogFormat.custom(
  JSON.stringify({
    requestId: "$context.requestId",
    ip: "$context.identity.sourceIp",
    requestTime: "$context.requestTime",
    routeKey: "$context.routeKey",
    status: "$context.status",
    protocol: "$context.protocol",
    responseLength: "$context.responseLength",
    latency: "$context.responseLatency",
    integrationError: "$context.integrationErrorMessage",
    authorizerError: "$context.authorizer.error",
  }),
);

/**
 * The HTTP API of a region. Routes come from packages/contracts (ALL_ROUTES): one API Gateway
 * route per entry, to the Lambda of its bounded context, behind the Cognito JWT authorizer when
 * the route says `auth: "jwt"`.
 */
export class ElkHttpApi extends Construct {
  readonly api: HttpApi;
  readonly stage: HttpStage;
  private readonly authorizer: HttpUserPoolAuthorizer;

  constructor(scope: Construct, id: string, props: ElkHttpApiProps) {
    super(scope, id);

    this.api = new HttpApi(this, "Api", { createDefaultStage: false, description: "ELK HTTP API" });

    const accessLogs = new LogGroup(this, "AccessLogs", { retention: RetentionDays.ONE_YEAR });
    this.stage = new HttpStage(this, "DefaultStage", {
      httpApi: this.api,
      autoDeploy: true,
      throttle: API_THROTTLE,
      accessLogSettings: { destination: new LogGroupLogDestination(accessLogs), format: ACCESS_LOG_FORMAT },
    });

    this.authorizer = new HttpUserPoolAuthorizer("CognitoJwt", props.userPool, {
      userPoolClients: [props.userPoolClient],
    });
  }

  /** The execute-api host name, for CloudFront's `/api/*` origin. */
  get domainName(): string {
    return `${this.api.apiId}.execute-api.${this.api.stack.region}.${this.api.stack.urlSuffix}`;
  }

  addRoutes(routes: readonly RouteDef[], handlers: ReadonlyMap<Context, IFunction>): void {
    const integrations = new Map<Context, HttpLambdaIntegration>();
    for (const route of routes) {
      let integration = integrations.get(route.context);
      if (!integration) {
        const handler = handlers.get(route.context);
        if (!handler) throw new Error(`No Lambda for context "${route.context}" (route ${route.id})`);
        integration = new HttpLambdaIntegration(`${route.context}-integration`, handler);
        integrations.set(route.context, integration);
      }
      const [created] = this.api.addRoutes({
        path: route.path,
        methods: [HttpMethod[route.method]],
        integration,
        ...(route.auth === "jwt" ? { authorizer: this.authorizer } : {}),
      });
      if (route.auth === "none" && created) {
        acknowledge(created, {
          "AwsSolutions-APIG4": `${route.method} ${route.path} is public by design (contracts: auth "none"), e.g. sign-in itself.`,
          "AwsSolutions-COG4": `${route.method} ${route.path} is public by design (contracts: auth "none"), e.g. sign-in itself.`,
        });
      }
    }
  }
}
