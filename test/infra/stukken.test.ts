// The stukken Lambda (PDFs) has no data rights at all — no DynamoDB, no S3, not even
// the table's or bucket's name — and reads through the portal's HTTP API, whose own endpoint
// (execute-api, not the CloudFront hop) it gets as KB_API_URL. Its routes sit behind the JWT
// authorizer like every protected route, and the rapportage Lambda keeps its read right.
import { describe, expect, it } from "vitest";
import { bouw, portaalLambdas, resources } from "./hulp.js";

const { template, stack } = bouw("dev");
const functie = stack.api.functies.get("stukken")!;
const rolId = stack.getLogicalId(functie.rol.node.defaultChild as never);
const lambdaId = stack.getLogicalId(functie.functie.node.defaultChild as never);

const acties = (): string[] =>
  resources(template, "AWS::IAM::Policy")
    .filter(([, p]) => JSON.stringify(p.Properties.Roles).includes(`"${rolId}"`))
    .flatMap(
      ([, p]) => (p.Properties.PolicyDocument as { Statement: { Action: unknown }[] }).Statement,
    )
    .flatMap((s) => [s.Action].flat() as string[]);

describe("de stukken-Lambda", () => {
  it("bestaat, naast rapportage", () => {
    expect(functie).toBeDefined();
    expect(stack.api.functies.has("rapportage")).toBe(true);
  });

  it("heeft geen enkel DynamoDB- of S3-recht", () => {
    expect(acties().filter((a) => /^(dynamodb|s3):/.test(a))).toEqual([]);
    expect(acties().length).toBeGreaterThan(0); // logs and tracing: the policy was found
  });

  it("krijgt KB_API_URL = het eigen endpoint van de HTTP API, geen tabel- of bucketnaam", () => {
    const l = portaalLambdas(template).find(([id]) => id === lambdaId)![1];
    const env = (l.Properties.Environment as { Variables: Record<string, unknown> }).Variables;
    expect(env).not.toHaveProperty("TABEL_NAAM");
    expect(env).not.toHaveProperty("DOCUMENTEN_BUCKET");
    const api = stack.getLogicalId(stack.api.http.node.defaultChild as never);
    // ApiEndpoint of AWS::ApiGatewayV2::Api: https://{id}.execute-api.{region}.amazonaws.com.
    expect(env.KB_API_URL).toEqual({ "Fn::GetAtt": [api, "ApiEndpoint"] });
  });

  it("geeft KB_API_URL aan geen andere functie", () => {
    const met = portaalLambdas(template).filter(([, l]) =>
      JSON.stringify(l.Properties.Environment ?? {}).includes("KB_API_URL"),
    );
    expect(met.map(([id]) => id)).toEqual([lambdaId]);
  });
});
