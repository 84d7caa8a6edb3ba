// The Lambdas and HTTP routes come from THE route table (functions/routes.ts): every
// functie with routes has exactly one function, every table entry exactly one API route with
// the JWT authorizer unless it is "publiek" — so a new route cannot be forgotten in AWS.
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { ROUTES, routeSleutel } from "#functions/routes.js";
import { functiesMetRoutes } from "#infra/api.js";
import { bouw, portaalLambdas, resources } from "./hulp.js";

const { template, stack } = bouw("dev");
const lambdas = portaalLambdas(template);

describe("functies uit de routetabel", () => {
  it("maakt één Lambda per functie met routes, plus de maandelijkse voorschotrun", () => {
    const functies = functiesMetRoutes();
    expect([...stack.api.functies.keys()].sort()).toEqual([...functies].sort());
    expect(lambdas).toHaveLength(functies.length + 2);
  });

  it("draait elke Lambda op nodejs22.x, arm64, met geheugen, timeout, tracing en eigen loggroep", () => {
    for (const [, l] of lambdas) {
      expect(l.Properties).toMatchObject({
        Runtime: "nodejs22.x",
        Architectures: ["arm64"],
        TracingConfig: { Mode: "Active" },
        LoggingConfig: { LogFormat: "JSON", LogGroup: { Ref: expect.any(String) } },
      });
      expect(l.Properties.MemorySize).toBeGreaterThanOrEqual(128);
      expect(l.Properties.Timeout).toBeGreaterThan(0);
    }
    const groepen = resources(template, "AWS::Logs::LogGroup");
    for (const [, l] of lambdas) {
      const ref = (l.Properties.LoggingConfig as { LogGroup: { Ref: string } }).LogGroup.Ref;
      const groep = groepen.find(([id]) => id === ref)?.[1];
      expect(groep?.Properties.RetentionInDays).toBe(30);
    }
  });

  it("zet de handler van elke functie als bron", () => {
    for (const [naam, f] of stack.api.functies) {
      const routes = ROUTES.filter((r) => r.functie === naam);
      expect(f.functie.node.defaultChild).toBeDefined();
      expect(routes.length).toBeGreaterThan(0);
    }
  });

  it("geeft tabel- en bucketnaam alleen aan de functies die ze gebruiken", () => {
    const omgeving = (naam: string) => {
      const f = stack.api.functies.get(naam as never)!.functie;
      const id = stack.getLogicalId(f.node.defaultChild as never);
      const l = lambdas.find(([x]) => x === id)![1];
      return (l.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    };
    expect(omgeving("gezondheid")).not.toHaveProperty("TABEL_NAAM");
    expect(omgeving("openapi")).not.toHaveProperty("DOCUMENTEN_BUCKET");
    expect(omgeving("indiening")).toHaveProperty("TABEL_NAAM");
    expect(omgeving("indiening")).not.toHaveProperty("DOCUMENTEN_BUCKET");
    expect(omgeving("documenten")).toHaveProperty("DOCUMENTEN_BUCKET");
  });
});

describe("routes uit de routetabel", () => {
  const routes = resources(template, "AWS::ApiGatewayV2::Route");

  it("maakt precies één API-route per regel van de tabel", () => {
    expect(routes.map(([, r]) => r.Properties.RouteKey).sort()).toEqual(
      ROUTES.map(routeSleutel).sort(),
    );
  });

  it("zet de Cognito JWT-authorizer op elke niet-publieke route, en op publieke niet", () => {
    for (const r of ROUTES) {
      const [, route] = routes.find(([, x]) => x.Properties.RouteKey === routeSleutel(r))!;
      if (r.rollen === "publiek") expect(route.Properties.AuthorizationType).toBe("NONE");
      else
        expect(route.Properties, routeSleutel(r)).toMatchObject({
          AuthorizationType: "JWT",
          AuthorizerId: { Ref: expect.any(String) },
        });
    }
  });

  it("stuurt elke route naar de Lambda van zijn functie", () => {
    const integraties = resources(template, "AWS::ApiGatewayV2::Integration");
    expect(integraties).toHaveLength(functiesMetRoutes().length);
    for (const [, i] of integraties)
      expect(i.Properties).toMatchObject({
        IntegrationType: "AWS_PROXY",
        PayloadFormatVersion: "2.0",
      });
  });

  it("controleert tokens van de eigen user pool en app client", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Authorizer", {
      AuthorizerType: "JWT",
      IdentitySource: ["$request.header.Authorization"],
      JwtConfiguration: {
        Audience: [{ Ref: Match.stringLikeRegexp("IdentiteitGebruikersSite") }],
        Issuer: Match.objectLike({ "Fn::Join": Match.anyValue() }),
      },
    });
  });

  it("logt de toegang en begrenst het verkeer op de stage", () => {
    template.hasResourceProperties("AWS::ApiGatewayV2::Stage", {
      StageName: "$default",
      AutoDeploy: true,
      AccessLogSettings: {
        DestinationArn: Match.anyValue(),
        Format: Match.stringLikeRegexp("requestId"),
      },
      DefaultRouteSettings: { ThrottlingRateLimit: 20, ThrottlingBurstLimit: 40 },
    });
  });
});
