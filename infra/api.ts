// The HTTP API, made from THE route table (functions/routes.ts): one Lambda per functie
// that has routes, one API route per table entry, the Cognito JWT authorizer on every route that
// is not "publiek". The handlers still authorise against their memberships (deny by default);
// the authorizer only keeps tokenless traffic out.
import { Duration, Validations } from "aws-cdk-lib";
import { AccessLogFormat } from "aws-cdk-lib/aws-apigateway";
import {
  HttpApi,
  type HttpMethod,
  type HttpStage,
  LogGroupLogDestination,
} from "aws-cdk-lib/aws-apigatewayv2";
import { HttpJwtAuthorizer } from "aws-cdk-lib/aws-apigatewayv2-authorizers";
import { HttpLambdaIntegration } from "aws-cdk-lib/aws-apigatewayv2-integrations";
import type { UserPool, UserPoolClient } from "aws-cdk-lib/aws-cognito";
import type { ITableV2 } from "aws-cdk-lib/aws-dynamodb";
import { LogGroup } from "aws-cdk-lib/aws-logs";
import type { IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import type { Functie } from "#functions/lib/route.js";
import { ROUTES, routeSleutel } from "#functions/routes.js";
import { PortaalFunctie } from "./functie.js";
import { RECHTEN } from "./rechten.js";
import type { StageInstellingen } from "./stage.js";

/** The functies that serve at least one route, in table order. */
export const functiesMetRoutes = (): Functie[] => [...new Set(ROUTES.map((r) => r.functie))];

/**
 * Less memory than the default 1024 MB (infra/functie.ts) where a functie does little: the health
 * check and the OpenAPI document. The functies that build documents and exports keep 1024 MB (CPU).
 */
const GEHEUGEN: Partial<Record<Functie, number>> = { gezondheid: 256, openapi: 512 };

export interface ApiProps {
  readonly instellingen: StageInstellingen;
  readonly tabel: ITableV2;
  readonly documenten: IBucket;
  readonly pool: UserPool;
  readonly client: UserPoolClient;
}

export class Api extends Construct {
  readonly http: HttpApi;
  readonly stage: HttpStage;
  readonly functies: Map<Functie, PortaalFunctie>;

  constructor(scope: Construct, id: string, props: ApiProps) {
    super(scope, id);
    const st = props.instellingen;
    this.http = new HttpApi(this, "Http", {
      description: "Kwaliteitsbudget-portaal: /api/* uit functions/routes.ts",
      createDefaultStage: false,
    });
    const toegangslog = new LogGroup(this, "Toegangslog", {
      retention: st.logBewaartermijn,
      removalPolicy: st.verwijderbeleid,
    });
    this.stage = this.http.addStage("Standaard", {
      stageName: "$default",
      autoDeploy: true,
      throttle: st.throttle,
      accessLogSettings: {
        destination: new LogGroupLogDestination(toegangslog),
        format: AccessLogFormat.jsonWithStandardFields(),
      },
    });

    const authorizer = new HttpJwtAuthorizer(
      "Cognito",
      `https://cognito-idp.${this.http.stack.region}.amazonaws.com/${props.pool.userPoolId}`,
      { jwtAudience: [props.client.userPoolClientId] },
    );

    this.functies = new Map();
    const integraties = new Map<Functie, HttpLambdaIntegration>();
    for (const f of functiesMetRoutes()) {
      const routes = ROUTES.filter((r) => r.functie === f);
      this.functies.set(
        f,
        new PortaalFunctie(this, f, {
          bron: `functions/${f}/handler.ts`,
          rechten: RECHTEN[f],
          tabel: props.tabel,
          documenten: props.documenten,
          logBewaartermijn: st.logBewaartermijn,
          verwijderbeleid: st.verwijderbeleid,
          geheugenMb: GEHEUGEN[f],
          timeout: Duration.seconds(15),
          omschrijving: `${f}: ${routes.map(routeSleutel).join(", ")}`.slice(0, 256),
        }),
      );
      integraties.set(
        f,
        new HttpLambdaIntegration(`${f}-integratie`, this.functies.get(f)!.functie),
      );
    }

    // The stukken Lambda asks the portal's API with the caller's token; straight to
    // the HTTP API's own endpoint ($default stage), not through CloudFront.
    this.functies.get("stukken")?.functie.addEnvironment("KB_API_URL", this.http.apiEndpoint);

    for (const r of ROUTES) {
      const [route] = this.http.addRoutes({
        path: r.pad,
        methods: [r.methode as HttpMethod],
        integration: integraties.get(r.functie)!,
        ...(r.rollen === "publiek" ? {} : { authorizer }),
      });
      if (r.rollen === "publiek")
        Validations.of(route!).acknowledge({
          id: "AwsSolutions::AwsSolutions-APIG4",
          reason: `${routeSleutel(r)} is publiek in de routetabel (gezondheid/OpenAPI): zonder token, zonder gegevens.`,
        });
    }
  }
}
