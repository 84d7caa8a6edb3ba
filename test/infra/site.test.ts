// with #5: the stack puts the built site in its bucket — hashed assets first (immutable,
// never pruned), then the pages with /config.json (no-cache, pruned) and a CloudFront
// invalidation — and serves every page folder from its index.html. A real deploy refuses to
// run without a built site; the offline tests never read web/dist.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Stack } from "aws-cdk-lib";
import { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import { UserPool } from "aws-cdk-lib/aws-cognito";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { afterAll, describe, expect, it } from "vitest";
import { MAP_INDEX_CODE, Site } from "#infra/site.js";
import { stageInstellingen } from "#infra/stage.js";
import { bouw, resources } from "./hulp.js";

const mappen: string[] = [];
afterAll(() => {
  for (const m of mappen) rmSync(m, { recursive: true, force: true });
});
const tijdelijk = (naam: string) => {
  const m = mkdtempSync(join(tmpdir(), naam));
  mappen.push(m);
  return m;
};

type Props = Record<string, unknown>;
const { stack, template, app } = bouw("dev");
const id = (c: unknown) =>
  stack.getLogicalId((c as { node: { defaultChild: never } }).node.defaultChild);
const plaatsingen = () =>
  Object.fromEntries(
    resources(template, "Custom::CDKBucketDeployment").map(([k, r]) => [
      k.includes("Onderdelen") ? "onderdelen" : k.includes("Paginas") ? "paginas" : k,
      r,
    ]),
  );

describe("de site in de bucket", () => {
  it("zet eerst de onderdelen (_astro/, onveranderlijk, nooit opgeruimd), dan de pagina's", () => {
    const p = plaatsingen();
    expect(Object.keys(p).sort()).toEqual(["onderdelen", "paginas"]);
    const bucket = { Ref: id(stack.site.bucket) };
    expect(p.onderdelen!.Properties).toMatchObject({
      DestinationBucketName: bucket,
      Exclude: ["*"],
      Include: ["_astro/*"],
      Prune: false,
      SystemMetadata: { "cache-control": "public, max-age=31536000, immutable" },
    });
    expect(p.onderdelen!.Properties.DistributionId).toBeUndefined();
    expect(p.paginas!.Properties).toMatchObject({
      DestinationBucketName: bucket,
      Exclude: ["_astro/*"],
      Prune: true,
      SystemMetadata: { "cache-control": "no-cache" },
      DistributionId: { Ref: id(stack.site.distributie) },
      DistributionPaths: ["/*"],
      WaitForDistributionInvalidation: true,
      OutputObjectKeys: false,
    });
    const [onderdelenId] = resources(template, "Custom::CDKBucketDeployment").find(([k]) =>
      k.includes("Onderdelen"),
    )!;
    expect(p.paginas!.DependsOn).toEqual(expect.arrayContaining([onderdelenId]));
  });

  it("schrijft /config.json met Cognito van de regio, de app-client en de stage", () => {
    const paginas = plaatsingen().paginas!.Properties as Props;
    const markers = paginas.SourceMarkers as Props[];
    const marker = Object.entries(markers[1]!).find(
      ([, v]) => JSON.stringify(v) === JSON.stringify({ Ref: id(stack.identiteit.client) }),
    );
    expect(marker).toBeDefined();
    // The data source's file, as CDK staged it for the deployment.
    const asm = app.synth();
    const configs = readdirSync(asm.directory)
      .filter((n) => n.startsWith("asset."))
      .flatMap((n) => {
        try {
          return [readFileSync(join(asm.directory, n, "config.json"), "utf8")];
        } catch {
          return [];
        }
      });
    expect(configs.map((c) => JSON.parse(c))).toContainEqual({
      cognitoEndpoint: "https://cognito-idp.eu-west-1.amazonaws.com",
      clientId: marker![0],
      stage: "dev",
    });
  });

  it("geeft de deploy-Lambda een eigen rol zonder managed policy en een eigen loggroep", () => {
    const [, l] = resources(template, "AWS::Lambda::Function").find(([k]) =>
      k.startsWith("CustomCDKBucketDeployment"),
    )!;
    const rol = stack.site.node.findChild("PlaatsingRol");
    const groep = stack.site.node.findChild("PlaatsingLogs");
    expect(l.Properties.Role).toEqual({ "Fn::GetAtt": [id(rol), "Arn"] });
    expect(l.Properties.LoggingConfig).toEqual({ LogGroup: { Ref: id(groep) } });
    template.hasResourceProperties("AWS::Logs::LogGroup", { RetentionInDays: 30 });
    const [, r] = resources(template, "AWS::IAM::Role").find(([k]) => k === id(rol))!;
    expect(r.Properties.ManagedPolicyArns).toBeUndefined();
  });

  it("serveert elke paginamap uit haar index.html, alleen buiten /api/*", () => {
    const [[, d]] = resources(template, "AWS::CloudFront::Distribution") as [[string, never]];
    const config = (d as { Properties: { DistributionConfig: Props } }).Properties
      .DistributionConfig;
    const standaard = config.DefaultCacheBehavior as Props;
    expect(standaard.FunctionAssociations).toEqual([
      { EventType: "viewer-request", FunctionARN: expect.anything() },
    ]);
    const api = (config.CacheBehaviors as Props[]).find((b) => b.PathPattern === "/api/*")!;
    expect(api.FunctionAssociations).toBeUndefined();
    const handler = new Function(`${MAP_INDEX_CODE}; return handler;`)() as (e: {
      request: { uri: string };
    }) => { uri: string };
    const uri = (u: string) => handler({ request: { uri: u } }).uri;
    expect(uri("/")).toBe("/index.html");
    expect(uri("/aanbieder/")).toBe("/aanbieder/index.html");
    expect(uri("/zorgkantoor/beoordeling")).toBe("/zorgkantoor/beoordeling/index.html");
    expect(uri("/_astro/pagina.Ab12.js")).toBe("/_astro/pagina.Ab12.js");
    expect(uri("/config.json")).toBe("/config.json");
    // An address the site does not have gets the styled page, not S3's AccessDenied.
    expect(uri("/bestaat-niet/")).toBe("/404.html");
    expect(uri("/aanbieder/oud")).toBe("/404.html");
  });
});

/** A stack with only the site, with assets built as in a real deploy (bundling required). */
function echteSite(siteMap: string) {
  const a = new App({ outdir: tijdelijk("kb-site-"), context: { siteMap } });
  const s = new Stack(a, "Site", { env: { region: "eu-west-1" } });
  const pool = new UserPool(s, "Pool");
  new Site(s, "Site", {
    instellingen: stageInstellingen("dev"),
    api: new HttpApi(s, "Api"),
    logboeken: new Bucket(s, "Logboeken"),
    documentenDomein: "documenten.example",
    client: pool.addClient("Client"),
  });
  return a;
}

describe("een echte deploy", () => {
  it("weigert zonder gebouwde site, met het commando om te bouwen", () => {
    const leeg = tijdelijk("kb-leeg-");
    expect(() => echteSite(leeg)).toThrow(
      /De site is niet gebouwd: .*index\.html ontbreekt\. Bouw haar eerst met `npx astro build --root web`/,
    );
  });

  it("neemt de gebouwde map als bron", () => {
    const map = tijdelijk("kb-dist-");
    mkdirSync(join(map, "_astro"));
    writeFileSync(join(map, "index.html"), "<!doctype html><title>proef</title>");
    writeFileSync(join(map, "_astro", "a.js"), "export {};");
    const asm = echteSite(map).synth();
    const gestaged = readdirSync(asm.directory).filter((n) => n.startsWith("asset."));
    const metIndex = gestaged.filter((n) => {
      try {
        return readFileSync(join(asm.directory, n, "index.html"), "utf8").includes("proef");
      } catch {
        return false;
      }
    });
    expect(metIndex).toHaveLength(1);
    expect(readdirSync(join(asm.directory, metIndex[0]!, "_astro"))).toEqual(["a.js"]);
  });
});
