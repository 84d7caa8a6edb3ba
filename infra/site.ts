// The static Astro site in a private bucket behind CloudFront (Origin Access Control:
// only this distribution may read the bucket), with security headers on every answer, and
// `/api/*` sent to the HTTP API on the same domain — so the browser never needs CORS for the API
// and cookies/tokens stay first-party. The built site (web/dist) and its /config.json are put in
// the bucket by the stack itself (BucketDeployment), followed by a CloudFront invalidation.
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { type CfnElement, Duration, Fn, Stack, Validations } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  AllowedMethods,
  CachePolicy,
  Function as CloudFrontFunction,
  Distribution,
  FunctionCode,
  FunctionEventType,
  FunctionRuntime,
  HeadersFrameOption,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import type { IUserPoolClient } from "aws-cdk-lib/aws-cognito";
import { Role, ServicePrincipal } from "aws-cdk-lib/aws-iam";
import { LogGroup } from "aws-cdk-lib/aws-logs";
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from "aws-cdk-lib/aws-s3";
import {
  BucketDeployment,
  CacheControl,
  type ISource,
  Source,
} from "aws-cdk-lib/aws-s3-deployment";
import { Construct } from "constructs";
import { PAGINAS } from "#shared/paginas.js";
import { BEVEILIGING, inhoudsbeleid } from "./inhoudsbeleid.js";
import type { StageInstellingen } from "./stage.js";

export interface SiteProps {
  readonly instellingen: StageInstellingen;
  readonly api: HttpApi;
  readonly logboeken: IBucket;
  /** Host name of the documents bucket (for the CSP), made from its fixed name, not its ARN. */
  readonly documentenDomein: string;
  /** The app client the site logs in with (written to /config.json). */
  readonly client: IUserPoolClient;
}

/** The built site; context `siteMap` points elsewhere (tests use a small fixture). */
export const SITE_MAP = resolve(import.meta.dirname, "../web/dist");
export const BOUW_COMMANDO = "npx astro build --root web";

export class Site extends Construct {
  readonly bucket: Bucket;
  readonly distributie: Distribution;

  constructor(scope: Construct, id: string, props: SiteProps) {
    super(scope, id);
    const st = props.instellingen;
    this.bucket = new Bucket(this, "Bestanden", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      serverAccessLogsBucket: props.logboeken,
      serverAccessLogsPrefix: "site/",
      removalPolicy: st.verwijderbeleid,
    });

    const koppen = new ResponseHeadersPolicy(this, "Beveiligingskoppen", {
      comment: "CSP, HSTS, frame- en content-type-opties voor portaal en API",
      securityHeadersBehavior: {
        contentSecurityPolicy: {
          contentSecurityPolicy: inhoudsbeleid({
            cognito: `https://cognito-idp.${Stack.of(this).region}.amazonaws.com`,
            documenten: `https://${props.documentenDomein}`,
          }),
          override: true,
        },
        strictTransportSecurity: {
          accessControlMaxAge: Duration.seconds(BEVEILIGING.hsts.maxAgeSeconden),
          includeSubdomains: BEVEILIGING.hsts.subdomeinen,
          preload: BEVEILIGING.hsts.preload,
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption[BEVEILIGING.frameOptions], override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          // The enum's value is the header text itself.
          referrerPolicy: BEVEILIGING.referrerPolicy as never,
          override: true,
        },
      },
    });

    // "https://abc.execute-api.eu-west-1.amazonaws.com" → the host name for the origin.
    const apiDomein = Fn.select(2, Fn.split("/", props.api.apiEndpoint));
    this.distributie = new Distribution(this, "Distributie", {
      comment: `Kwaliteitsbudget-portaal (${st.stage})`,
      defaultRootObject: "index.html",
      httpVersion: HttpVersion.HTTP2_AND_3,
      priceClass: PriceClass.PRICE_CLASS_100,
      enableLogging: true,
      logBucket: props.logboeken,
      logFilePrefix: "cloudfront/",
      defaultBehavior: {
        origin: S3BucketOrigin.withOriginAccessControl(this.bucket),
        viewerProtocolPolicy: ViewerProtocolPolicy.REDIRECT_TO_HTTPS,
        responseHeadersPolicy: koppen,
        cachePolicy: CachePolicy.CACHING_OPTIMIZED,
        functionAssociations: [
          { function: this.mapIndex(), eventType: FunctionEventType.VIEWER_REQUEST },
        ],
      },
      additionalBehaviors: {
        "/api/*": {
          origin: new HttpOrigin(apiDomein),
          viewerProtocolPolicy: ViewerProtocolPolicy.HTTPS_ONLY,
          allowedMethods: AllowedMethods.ALLOW_ALL,
          // Answers are per user: never cached; every viewer header but Host (with the token).
          cachePolicy: CachePolicy.CACHING_DISABLED,
          originRequestPolicy: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER,
          responseHeadersPolicy: koppen,
        },
      },
    });
    Validations.of(this.distributie).acknowledge({
      id: "AwsSolutions::AwsSolutions-CFR4",
      reason:
        "Zonder eigen domein gebruikt CloudFront zijn standaardcertificaat (*.cloudfront.net), waarvan het TLS-beleid vast staat; met een eigen domein en ACM-certificaat wordt dit TLSv1.2_2021.",
    });
    Validations.of(this.distributie).acknowledge({
      id: "AwsSolutions::AwsSolutions-CFR1",
      reason:
        "Geen geo-restrictie: zorgaanbieders en zorgkantoren werken ook vanuit het buitenland (vakantie, grensregio); toegang loopt via Cognito met MFA.",
    });
    Validations.of(this.distributie).acknowledge({
      id: "AwsSolutions::AwsSolutions-CFR2",
      reason:
        "Geen WAF (vaste kosten ~€ 6+/maand per web-ACL plus regels): API-throttling, Cognito-threat-protection en de JWT-authorizer beschermen; WAF kan later per stage.",
    });
    this.plaats(props);
  }

  /**
   * Every page is a folder (shared/paginas.ts), but S3 behind Origin Access Control has no index
   * documents and defaultRootObject only covers "/": "/aanbieder/" (and "/aanbieder") must be
   * served from "/aanbieder/index.html", or every deep link of a reminder mail would be a 403.
   */
  private mapIndex(): CloudFrontFunction {
    return new CloudFrontFunction(this, "MapIndex", {
      comment: "Mappen van de site serveren hun index.html",
      runtime: FunctionRuntime.JS_2_0,
      code: FunctionCode.fromInline(MAP_INDEX_CODE),
    });
  }

  /**
   * The built site into the bucket, in two steps so a page never names a file that is not there
   * yet: first the hashed assets of _astro/ (immutable, never pruned: a tab opened before the
   * deploy still loads its old files), then the pages and /config.json (no-cache, pruned),
   * followed by an invalidation of the distribution.
   */
  private plaats(props: SiteProps): void {
    const stack = Stack.of(this);
    const inhoud = siteBron(this, stack.bundlingRequired);
    // An own role and log group (as every portal Lambda has): no AWS managed policy, logs kept
    // as long as the stage keeps logs; CDK adds the S3 and invalidation rights to this role.
    const rol = new Role(this, "PlaatsingRol", {
      assumedBy: new ServicePrincipal("lambda.amazonaws.com"),
      description: "Deploy-Lambda van de site (BucketDeployment)",
    });
    const logGroup = new LogGroup(this, "PlaatsingLogs", {
      retention: props.instellingen.logBewaartermijn,
      removalPolicy: props.instellingen.verwijderbeleid,
    });
    logGroup.grantWrite(rol);
    const gedeeld = { destinationBucket: this.bucket, role: rol, logGroup, memoryLimit: 512 };
    const onderdelen = new BucketDeployment(this, "Onderdelen", {
      ...gedeeld,
      sources: [inhoud],
      exclude: ["*"],
      include: ["_astro/*"],
      prune: false,
      cacheControl: [
        CacheControl.setPublic(),
        CacheControl.maxAge(Duration.days(365)),
        CacheControl.immutable(),
      ],
      // The key list in the custom resource's answer can outgrow CloudFormation's 4 KB limit.
      outputObjectKeys: false,
    });
    const paginas = new BucketDeployment(this, "Paginas", {
      ...gedeeld,
      sources: [
        inhoud,
        Source.jsonData("config.json", {
          cognitoEndpoint: `https://cognito-idp.${stack.region}.amazonaws.com`,
          clientId: props.client.userPoolClientId,
          stage: props.instellingen.stage,
        }),
      ],
      // Excluded from the sync, so also never pruned: the assets belong to "Onderdelen".
      exclude: ["_astro/*"],
      prune: true,
      // Pages revalidate every time: a deploy shows at once (as lokaal/site.ts serves them).
      cacheControl: [CacheControl.noCache()],
      distribution: this.distributie,
      distributionPaths: ["/*"],
      outputObjectKeys: false,
    });
    paginas.node.addDependency(onderdelen);
    this.erkenPlaatsing(rol);
  }

  /** The findings of CDK's own deployment Lambda (one per stack), each with its reason. */
  private erkenPlaatsing(rol: Role): void {
    const stack = Stack.of(this);
    const handler = stack.node
      .findAll()
      .find((c) => c.node.id.startsWith("Custom::CDKBucketDeployment"));
    if (!handler) return;
    const bucket = `<${stack.getLogicalId(this.bucket.node.defaultChild as CfnElement)}.Arn>/*`;
    const assets = `arn:<AWS::Partition>:s3:::cdk-hnb659fds-assets-<AWS::AccountId>-${stack.region}/*`;
    const wildcard = (w: string, reason: string) => ({
      id: `AwsSolutions::AwsSolutions-IAM5[${w}]`,
      reason,
    });
    const s3 =
      "Door aws-cdk-lib (BucketDeployment) gemaakte rechten van de deploy-Lambda, die alleen tijdens een deploy draait: lezen uit de CDK-assetbucket en synchroniseren (aws s3 sync) naar de sitebucket.";
    Validations.of(handler).acknowledge({
      id: "AwsSolutions::AwsSolutions-L1",
      reason:
        "De Lambda van BucketDeployment (aws-cdk-lib) kiest zelf zijn Python-runtime; die volgt met een upgrade van aws-cdk-lib en draait alleen tijdens een deploy.",
    });
    Validations.of(rol).acknowledge(
      ...["s3:GetObject*", "s3:GetBucket*", "s3:List*", "s3:DeleteObject*", "s3:Abort*"].map((a) =>
        wildcard(`Action::${a}`, s3),
      ),
      wildcard(`Resource::${bucket}`, `${s3} Alle objecten: de site is de hele bucket.`),
      wildcard(`Resource::${assets}`, `${s3} De assets van deze app staan onder hun hash.`),
      wildcard(
        "Resource::*",
        "cloudfront:CreateInvalidation/GetInvalidation: aws-cdk-lib (BucketDeployment) zet dit statement zelf met Resource * op de rol; alleen de deploy-Lambda van de site heeft die rol en draait alleen tijdens een deploy.",
      ),
    );
  }
}

/**
 * The site's files. A real deploy (bundling required for this stack) takes web/dist and stops
 * with a clear message when it was not built. When bundling is skipped (the offline synth and
 * the assertion tests, like CDK's own dummy Lambda code) the folder is not read at all: the
 * tests stay fast and independent of a build another process may be rewriting.
 */
function siteBron(scope: Construct, echt: boolean): ISource {
  if (!echt) return Source.data("index.html", "<!doctype html><title>niet gebouwd</title>");
  const map = (scope.node.tryGetContext("siteMap") as string | undefined) ?? SITE_MAP;
  if (!existsSync(join(map, "index.html")))
    throw new Error(
      `De site is niet gebouwd: ${join(map, "index.html")} ontbreekt. Bouw haar eerst met \`${BOUW_COMMANDO}\` en deploy dan opnieuw.`,
    );
  return Source.asset(map);
}

// CloudFront Functions JS 2.0: "/x/" → "/x/index.html"; "/x" without an extension → "/x/index.html";
// a folder the site does not have (shared/paginas.ts) → "/404.html", the styled page with the menu
// and a way back, instead of S3's AccessDenied XML. [choice] S3 answers it with status 200: setting
// 404 would take a second (viewer-response) function; the page says plainly that it was not found.
export const MAP_INDEX_CODE = `var PAGINAS = ${JSON.stringify(Object.values(PAGINAS))};
function handler(event) {
  var r = event.request;
  var uri = r.uri;
  if (!uri.endsWith("/") && uri.lastIndexOf(".") > uri.lastIndexOf("/")) return r;
  if (!uri.endsWith("/")) uri += "/";
  r.uri = PAGINAS.indexOf(uri) >= 0 ? uri + "index.html" : "/404.html";
  return r;
}`;
