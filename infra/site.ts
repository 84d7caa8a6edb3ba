// Issue #4: the static Astro site in a private bucket behind CloudFront (Origin Access Control:
// only this distribution may read the bucket), with security headers on every answer, and
// `/api/*` sent to the HTTP API on the same domain — so the browser never needs CORS for the API
// and cookies/tokens stay first-party.
import { Duration, Fn, Stack, Validations } from "aws-cdk-lib";
import type { HttpApi } from "aws-cdk-lib/aws-apigatewayv2";
import {
  AllowedMethods,
  CachePolicy,
  Distribution,
  HeadersFrameOption,
  HttpVersion,
  OriginRequestPolicy,
  PriceClass,
  ResponseHeadersPolicy,
  ViewerProtocolPolicy,
} from "aws-cdk-lib/aws-cloudfront";
import { HttpOrigin, S3BucketOrigin } from "aws-cdk-lib/aws-cloudfront-origins";
import { BlockPublicAccess, Bucket, BucketEncryption, type IBucket } from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { inhoudsbeleid } from "./inhoudsbeleid.js";
import type { StageInstellingen } from "./stage.js";

export interface SiteProps {
  readonly instellingen: StageInstellingen;
  readonly api: HttpApi;
  readonly logboeken: IBucket;
  /** Host name of the documents bucket (for the CSP), made from its fixed name, not its ARN. */
  readonly documentenDomein: string;
}

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
          accessControlMaxAge: Duration.days(730),
          includeSubdomains: true,
          preload: true,
          override: true,
        },
        frameOptions: { frameOption: HeadersFrameOption.DENY, override: true },
        contentTypeOptions: { override: true },
        referrerPolicy: {
          referrerPolicy: "strict-origin-when-cross-origin" as never,
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
  }
}
