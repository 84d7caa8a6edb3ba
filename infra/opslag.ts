// The data of the portal. The table is made from functions/data/tabel.ts (the same
// definition the local emulator setup uses, so keys and indexes cannot drift); the documents
// bucket holds the PDFs of §12 behind presigned requests; the log bucket receives the S3 server
// access logs (and CloudFront's standard logs).
import { Aws, Duration, Validations } from "aws-cdk-lib";
import {
  AttributeType,
  Billing,
  ProjectionType,
  TableEncryptionV2,
  TableV2,
} from "aws-cdk-lib/aws-dynamodb";
import {
  BlockPublicAccess,
  Bucket,
  BucketEncryption,
  HttpMethods,
  ObjectOwnership,
} from "aws-cdk-lib/aws-s3";
import { Construct } from "constructs";
import { type TabelDefinitie, tabelDefinitie } from "#functions/data/tabel.js";
import type { StageInstellingen } from "./stage.js";

const sleutel = (s: TabelDefinitie["partitionKey"]) => ({
  name: s.name,
  type: AttributeType.STRING,
});

export interface OpslagProps {
  readonly instellingen: StageInstellingen;
  readonly tabelNaam: string;
}

export class Opslag extends Construct {
  readonly tabel: TableV2;
  readonly documenten: Bucket;
  readonly logboeken: Bucket;
  readonly documentenNaam: string;
  readonly documentenDomein: string;

  constructor(scope: Construct, id: string, props: OpslagProps) {
    super(scope, id);
    const { instellingen: st } = props;
    const def = tabelDefinitie(props.tabelNaam);
    this.tabel = new TableV2(this, "Tabel", {
      tableName: def.tableName,
      partitionKey: sleutel(def.partitionKey),
      sortKey: sleutel(def.sortKey),
      globalSecondaryIndexes: def.globalSecondaryIndexes.map((g) => ({
        indexName: g.indexName,
        partitionKey: sleutel(g.partitionKey),
        sortKey: sleutel(g.sortKey),
        projectionType: ProjectionType.ALL,
      })),
      billing: Billing.onDemand(),
      pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true },
      // AWS managed KMS key: encrypted at rest, key use visible in CloudTrail, no key to pay for.
      encryption: TableEncryptionV2.awsManagedKey(),
      deletionProtection: st.behouden,
      removalPolicy: st.verwijderbeleid,
    });

    this.logboeken = new Bucket(this, "Logboeken", {
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      // CloudFront standard logs need ACLs on the target bucket.
      objectOwnership: ObjectOwnership.OBJECT_WRITER,
      lifecycleRules: [{ expiration: Duration.days(st.behouden ? 365 : 30) }],
      removalPolicy: st.verwijderbeleid,
    });
    Validations.of(this.logboeken).acknowledge({
      id: "AwsSolutions::AwsSolutions-S1",
      reason:
        "Dit is de bucket die de toegangslogs ontvangt; logs over de logs zouden een lus zijn.",
    });

    // A fixed name, so the site's CSP can name the bucket's host without a reference to the
    // bucket (the bucket's CORS names the site: a reference back would be a cycle).
    this.documentenNaam = `kb-documenten-${st.stage}-${Aws.ACCOUNT_ID}-${Aws.REGION}`;
    this.documentenDomein = `${this.documentenNaam}.s3.${Aws.REGION}.amazonaws.com`;
    this.documenten = new Bucket(this, "Documenten", {
      bucketName: this.documentenNaam,
      blockPublicAccess: BlockPublicAccess.BLOCK_ALL,
      enforceSSL: true,
      encryption: BucketEncryption.S3_MANAGED,
      versioned: true,
      serverAccessLogsBucket: this.logboeken,
      serverAccessLogsPrefix: "documenten/",
      lifecycleRules: [
        { abortIncompleteMultipartUploadAfter: Duration.days(1) },
        // §12: an upload that is never confirmed is swept after a day. Only the staging area
        // (shared/documenten/sleutel.ts UPLOAD_PREFIX lies under it); accepted documents stay.
        {
          prefix: "uploads/",
          expiration: Duration.days(1),
          noncurrentVersionExpiration: Duration.days(1),
        },
      ],
      removalPolicy: st.verwijderbeleid,
    });
  }

  /** CORS for the presigned POST upload and the download, from the site's origin only. */
  staToeVanaf(origin: string): void {
    this.documenten.addCorsRule({
      allowedOrigins: [origin],
      allowedMethods: [HttpMethods.POST, HttpMethods.GET],
      allowedHeaders: ["*"],
      maxAge: 3000,
    });
  }
}
