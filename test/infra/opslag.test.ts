// DynamoDB and the S3 buckets with every security property the issue names; the table
// shape is checked against functions/data/tabel.ts (the one definition), not restated here.
import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { tabelDefinitie } from "#functions/data/tabel.js";
import { bouw, resources } from "./hulp.js";

const dev = bouw("dev");
const prod = bouw("prod");

describe("de DynamoDB-tabel", () => {
  const def = tabelDefinitie("kwaliteitsbudget-dev");

  it("heeft de sleutels en indexen van functions/data/tabel.ts", () => {
    const [[, t]] = resources(dev.template, "AWS::DynamoDB::GlobalTable") as [[string, never]];
    const p = (t as { Properties: Record<string, unknown> }).Properties;
    expect(p.TableName).toBe(def.tableName);
    expect(p.KeySchema).toEqual([
      { AttributeName: def.partitionKey.name, KeyType: "HASH" },
      { AttributeName: def.sortKey.name, KeyType: "RANGE" },
    ]);
    expect(p.GlobalSecondaryIndexes).toEqual(
      def.globalSecondaryIndexes.map((g) => ({
        IndexName: g.indexName,
        KeySchema: [
          { AttributeName: g.partitionKey.name, KeyType: "HASH" },
          { AttributeName: g.sortKey.name, KeyType: "RANGE" },
        ],
        Projection: { ProjectionType: "ALL" },
      })),
    );
  });

  it("is on-demand, versleuteld en met point-in-time recovery", () => {
    dev.template.hasResourceProperties("AWS::DynamoDB::GlobalTable", {
      BillingMode: "PAY_PER_REQUEST",
      SSESpecification: { SSEEnabled: true, SSEType: "KMS" },
      Replicas: [
        Match.objectLike({
          PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        }),
      ],
    });
  });

  it("is in prod beschermd tegen verwijderen en blijft bewaard (RETAIN)", () => {
    prod.template.hasResource("AWS::DynamoDB::GlobalTable", {
      DeletionPolicy: "Retain",
      UpdateReplacePolicy: "Retain",
      Properties: Match.objectLike({
        Replicas: [Match.objectLike({ DeletionProtectionEnabled: true })],
      }),
    });
  });

  it("mag in dev worden opgeruimd", () => {
    dev.template.hasResource("AWS::DynamoDB::GlobalTable", { DeletionPolicy: "Delete" });
  });
});

describe("de documentenbucket", () => {
  const id = dev.stack.getLogicalId(dev.stack.opslag.documenten.node.defaultChild as never);
  const bucket = () => resources(dev.template, "AWS::S3::Bucket").find(([x]) => x === id)![1];

  it("blokkeert publieke toegang, versleutelt, versioneert en logt de toegang", () => {
    expect(bucket().Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: {
        ServerSideEncryptionConfiguration: [
          { ServerSideEncryptionByDefault: { SSEAlgorithm: "AES256" } },
        ],
      },
      VersioningConfiguration: { Status: "Enabled" },
      LoggingConfiguration: {
        DestinationBucketName: { Ref: expect.stringMatching(/^OpslagLogboeken/) },
      },
    });
  });

  it("weigert verkeer zonder TLS", () => {
    dev.template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Effect: "Deny",
            Condition: { Bool: { "aws:SecureTransport": "false" } },
          }),
        ]),
      },
    });
  });

  it("staat CORS alleen toe vanaf de site, voor POST (upload) en GET (download)", () => {
    const cors = (bucket().Properties.CorsConfiguration as { CorsRules: unknown[] }).CorsRules;
    expect(cors).toHaveLength(1);
    const distributie = dev.stack.getLogicalId(
      dev.stack.site.distributie.node.defaultChild as never,
    );
    expect(cors[0]).toMatchObject({
      AllowedMethods: ["POST", "GET"],
      AllowedOrigins: [
        { "Fn::Join": ["", ["https://", { "Fn::GetAtt": [distributie, "DomainName"] }]] },
      ],
    });
  });

  it("breekt onvoltooide multipart-uploads af en ruimt uploads/ na een dag op", () => {
    const regels = (bucket().Properties.LifecycleConfiguration as { Rules: unknown[] }).Rules;
    expect(regels).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          AbortIncompleteMultipartUpload: { DaysAfterInitiation: 1 },
          Status: "Enabled",
        }),
        expect.objectContaining({ Prefix: "uploads/", ExpirationInDays: 1, Status: "Enabled" }),
      ]),
    );
    // Only the staging area expires: no rule without a prefix deletes accepted documents.
    for (const r of regels as { Prefix?: string; ExpirationInDays?: number }[])
      if (r.ExpirationInDays !== undefined) expect(r.Prefix).toBe("uploads/");
  });

  it("blijft in prod bewaard", () => {
    const pid = prod.stack.getLogicalId(prod.stack.opslag.documenten.node.defaultChild as never);
    expect(prod.template.findResources("AWS::S3::Bucket")[pid]?.DeletionPolicy).toBe("Retain");
  });
});

describe("alle buckets", () => {
  it("zijn privé, versleuteld en alleen via TLS bereikbaar", () => {
    const buckets = resources(dev.template, "AWS::S3::Bucket");
    expect(buckets).toHaveLength(3);
    const beleid = resources(dev.template, "AWS::S3::BucketPolicy");
    for (const [id, b] of buckets) {
      expect(b.Properties.PublicAccessBlockConfiguration).toMatchObject({ BlockPublicAcls: true });
      expect(b.Properties.BucketEncryption).toBeDefined();
      const p = beleid.find(
        ([, x]) => JSON.stringify(x.Properties.Bucket) === JSON.stringify({ Ref: id }),
      );
      expect(JSON.stringify(p?.[1].Properties.PolicyDocument)).toContain("aws:SecureTransport");
    }
  });
});
