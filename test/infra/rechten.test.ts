// Least privilege. Each Lambda's role holds exactly the table and bucket actions of
// infra/rechten.ts for its functie (gezondheid/openapi: none), and no statement in the whole
// template has Resource "*" except the X-Ray one and the site deployment's CloudFront
// invalidation (set by aws-cdk-lib's BucketDeployment), both acknowledged in cdk-nag.
import { describe, expect, it } from "vitest";
import { RECHTEN, TAAK_RECHTEN, TABEL_ACTIES } from "#infra/rechten.js";
import { bouw, resources } from "./hulp.js";

const { template, stack } = bouw("dev");

interface Statement {
  Effect: string;
  Action: string | string[];
  Resource: unknown;
}

const lijst = <T>(x: T | T[]): T[] => (Array.isArray(x) ? x : [x]);
const beleid = resources(template, "AWS::IAM::Policy");

/** Every statement of the policies attached to a role (by the role's logical id). */
function statementsVan(rolId: string): Statement[] {
  return beleid
    .filter(([, p]) => JSON.stringify(p.Properties.Roles) === JSON.stringify([{ Ref: rolId }]))
    .flatMap(([, p]) => (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement);
}

const XRAY = ["xray:PutTelemetryRecords", "xray:PutTraceSegments"];
const LOGS = ["logs:CreateLogStream", "logs:PutLogEvents"];

/** The actions of a role outside logging and tracing (the ones rechten.ts decides). */
function dataActies(rolId: string): string[] {
  return statementsVan(rolId)
    .flatMap((s) => lijst(s.Action))
    .filter((a) => !XRAY.includes(a) && !LOGS.includes(a))
    .sort();
}

const verwacht = (r: (typeof RECHTEN)[keyof typeof RECHTEN]) =>
  [
    ...(r.tabel === "geen" ? [] : TABEL_ACTIES[r.tabel]),
    ...r.documenten.flatMap((d) => d.acties),
  ].sort();

describe("minimale rechten per functie", () => {
  for (const [naam, f] of stack.api.functies)
    it(`geeft ${naam} precies de rechten uit infra/rechten.ts`, () => {
      const rolId = stack.getLogicalId(f.rol.node.defaultChild as never);
      expect(dataActies(rolId)).toEqual(verwacht(RECHTEN[naam]));
    });

  it("geeft gezondheid en openapi geen enkel tabel- of bucketrecht", () => {
    for (const naam of ["gezondheid", "openapi"] as const) {
      const f = stack.api.functies.get(naam)!;
      expect(dataActies(stack.getLogicalId(f.rol.node.defaultChild as never))).toEqual([]);
    }
  });

  it("geeft de maandrun lees- en schrijfrechten op de tabel, niets op S3", () => {
    const rolId = stack.getLogicalId(stack.taken.maandrun.rol.node.defaultChild as never);
    expect(dataActies(rolId)).toEqual(verwacht(TAAK_RECHTEN));
    expect(dataActies(rolId).some((a) => a.startsWith("s3:"))).toBe(false);
  });

  it("beperkt documenten tot de prefixen uploads/zaken/ en zaken/ van de eigen bucket", () => {
    const f = stack.api.functies.get("documenten")!;
    const s3 = statementsVan(stack.getLogicalId(f.rol.node.defaultChild as never)).filter((s) =>
      lijst(s.Action).some((a) => a.startsWith("s3:")),
    );
    const paden = s3.map((s) => JSON.stringify(s.Resource));
    expect(paden.some((p) => p.includes('/uploads/zaken/*"'))).toBe(true);
    expect(paden.some((p) => p.includes('"/zaken/*"'))).toBe(true);
    // Accepted documents can never be deleted by the Lambda (§12: documents are kept).
    const verwijder = s3.filter((s) => lijst(s.Action).includes("s3:DeleteObject"));
    expect(verwijder.map((s) => JSON.stringify(s.Resource)).join()).not.toContain('"/zaken/*"');
  });

  it("geeft de Lambda's schrijfrechten op logs alleen in hun eigen loggroep", () => {
    for (const [, f] of stack.api.functies) {
      const logs = statementsVan(stack.getLogicalId(f.rol.node.defaultChild as never)).filter((s) =>
        lijst(s.Action).some((a) => a.startsWith("logs:")),
      );
      expect(logs).toHaveLength(1);
      const groep = stack.getLogicalId(f.logGroep.node.defaultChild as never);
      expect(logs[0]!.Resource).toEqual({ "Fn::GetAtt": [groep, "Arn"] });
    }
  });

  it('heeft nergens Resource "*" behalve voor X-Ray en de invalidatie van de site (door cdk-nag erkend)', () => {
    const plaatsing = stack.getLogicalId(
      stack.site.node.findChild("PlaatsingRol").node.defaultChild as never,
    );
    const ster = beleid.flatMap(([, p]) =>
      (p.Properties.PolicyDocument as { Statement: Statement[] }).Statement.filter((s) =>
        lijst(s.Resource as unknown).includes("*"),
      ).map((s) => ({ s, rollen: JSON.stringify(p.Properties.Roles) })),
    );
    expect(ster.length).toBeGreaterThan(0);
    for (const { s, rollen } of ster)
      if (rollen === JSON.stringify([{ Ref: plaatsing }]))
        expect(lijst(s.Action).sort()).toEqual([
          "cloudfront:CreateInvalidation",
          "cloudfront:GetInvalidation",
        ]);
      else expect(lijst(s.Action).sort()).toEqual(XRAY);
  });

  it("gebruikt geen AWS managed policies op de rollen", () => {
    for (const [, r] of resources(template, "AWS::IAM::Role"))
      expect(r.Properties.ManagedPolicyArns).toBeUndefined();
  });
});
