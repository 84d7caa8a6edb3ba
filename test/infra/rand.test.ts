// Everything around the API — CloudFront with OAC and security headers, Cognito,
// SES, the schedules with retry and DLQ, and the alarms to SNS.

import { Match } from "aws-cdk-lib/assertions";
import { describe, expect, it } from "vitest";
import { METRIEK_DIENST, METRIEK_NAAMRUIMTE, TAAKMETRIEKEN } from "#functions/lib/metriekNamen.js";
import { BEVEILIGING } from "#infra/inhoudsbeleid.js";
import { ROLLEN } from "#shared/rollen.js";
import { bouw, portaalLambdas, resources } from "./hulp.js";

const { template, stack } = bouw("dev");

describe("de site achter CloudFront", () => {
  it("leest de privé sitebucket via Origin Access Control", () => {
    template.resourceCountIs("AWS::CloudFront::OriginAccessControl", 1);
    template.hasResourceProperties("AWS::CloudFront::OriginAccessControl", {
      OriginAccessControlConfig: Match.objectLike({
        OriginAccessControlOriginType: "s3",
        SigningBehavior: "always",
      }),
    });
    const id = stack.getLogicalId(stack.site.bucket.node.defaultChild as never);
    template.hasResourceProperties("AWS::S3::BucketPolicy", {
      Bucket: { Ref: id },
      PolicyDocument: {
        Statement: Match.arrayWith([
          Match.objectLike({
            Action: "s3:GetObject",
            Principal: { Service: "cloudfront.amazonaws.com" },
          }),
        ]),
      },
    });
  });

  it("zet CSP, HSTS, frame- en content-type-opties op elk antwoord", () => {
    template.hasResourceProperties("AWS::CloudFront::ResponseHeadersPolicy", {
      ResponseHeadersPolicyConfig: Match.objectLike({
        SecurityHeadersConfig: Match.objectLike({
          ContentSecurityPolicy: Match.objectLike({ Override: true }),
          StrictTransportSecurity: Match.objectLike({
            AccessControlMaxAgeSec: 730 * 24 * 3600,
            IncludeSubdomains: true,
            Preload: BEVEILIGING.hsts.preload,
          }),
          FrameOptions: { FrameOption: "DENY", Override: true },
          ContentTypeOptions: { Override: true },
          // The same definition the local site and gateway send (infra/inhoudsbeleid.ts).
          ReferrerPolicy: { ReferrerPolicy: BEVEILIGING.referrerPolicy, Override: true },
        }),
      }),
    });
    const [[, p]] = resources(template, "AWS::CloudFront::ResponseHeadersPolicy") as [
      [string, never],
    ];
    const csp = JSON.stringify(p);
    for (const d of ["default-src 'self'", "frame-ancestors 'none'", "object-src 'none'"])
      expect(csp).toContain(d);
  });

  it("stuurt /api/* ongecachet naar de HTTP API op hetzelfde domein", () => {
    const [[, d]] = resources(template, "AWS::CloudFront::Distribution") as [[string, never]];
    const config = (d as { Properties: { DistributionConfig: Record<string, unknown> } }).Properties
      .DistributionConfig;
    const api = (config.CacheBehaviors as Record<string, unknown>[]).find(
      (b) => b.PathPattern === "/api/*",
    );
    expect(api).toMatchObject({
      ViewerProtocolPolicy: "https-only",
      AllowedMethods: ["GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"],
      // Managed CachingDisabled and AllViewerExceptHostHeader.
      CachePolicyId: "4135ea2d-6df8-44a3-9df3-4b5a84be39ad",
      OriginRequestPolicyId: "b689b0a8-53d0-40ab-baf2-68738e2966ac",
      ResponseHeadersPolicyId: expect.anything(),
    });
    expect(config.DefaultCacheBehavior).toMatchObject({
      ViewerProtocolPolicy: "redirect-to-https",
    });
    expect(config.Logging).toBeDefined();
  });
});

describe("Cognito", () => {
  it("maakt een groep per rol", () => {
    const groepen = resources(template, "AWS::Cognito::UserPoolGroup").map(
      ([, g]) => g.Properties.GroupName,
    );
    expect(groepen.sort()).toEqual([...ROLLEN].sort());
  });

  it("laat niemand zichzelf aanmelden, eist een sterk wachtwoord en MFA (TOTP)", () => {
    template.hasResourceProperties("AWS::Cognito::UserPool", {
      AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
      MfaConfiguration: "ON",
      EnabledMfas: ["SOFTWARE_TOKEN_MFA"],
      Policies: {
        PasswordPolicy: {
          MinimumLength: 14,
          RequireLowercase: true,
          RequireUppercase: true,
          RequireNumbers: true,
          RequireSymbols: true,
          TemporaryPasswordValidityDays: 3,
        },
      },
    });
  });

  it("heeft een app client zonder secret voor de site", () => {
    template.hasResourceProperties("AWS::Cognito::UserPoolClient", {
      GenerateSecret: false,
      PreventUserExistenceErrors: "ENABLED",
      ExplicitAuthFlows: Match.arrayWith(["ALLOW_USER_PASSWORD_AUTH", "ALLOW_USER_SRP_AUTH"]),
    });
  });
});

describe("SES", () => {
  it("maakt een verzendidentiteit met configuratieset", () => {
    template.resourceCountIs("AWS::SES::ConfigurationSet", 1);
    template.hasResourceProperties("AWS::SES::EmailIdentity", {
      EmailIdentity: "example.nl",
      ConfigurationSetAttributes: { ConfigurationSetName: Match.anyValue() },
    });
  });
});

describe("de geplande taken (EventBridge Scheduler)", () => {
  const schemas = resources(template, "AWS::Scheduler::Schedule");

  it("roept de voorschotrun maandelijks aan, met herhaalbeleid en DLQ", () => {
    const maand = schemas.find(([, s]) =>
      String(s.Properties.ScheduleExpression).includes("1 * ? *"),
    );
    expect(maand?.[1].Properties).toMatchObject({
      ScheduleExpression: "cron(0 6 1 * ? *)",
      ScheduleExpressionTimezone: "Europe/Amsterdam",
      Target: {
        RetryPolicy: { MaximumRetryAttempts: 5, MaximumEventAgeInSeconds: 6 * 3600 },
        DeadLetterConfig: { Arn: expect.anything() },
      },
    });
    const fn = stack.getLogicalId(stack.taken.maandrun.functie.node.defaultChild as never);
    expect(JSON.stringify(maand?.[1].Properties.Target)).toContain(fn);
  });

  it("roept de herinneringen dagelijks aan; elk schema met herhaalbeleid en DLQ", () => {
    expect(schemas).toHaveLength(2);
    for (const [, s] of schemas)
      expect(s.Properties.Target).toMatchObject({
        RetryPolicy: expect.any(Object),
        DeadLetterConfig: expect.any(Object),
      });
  });

  it("versleutelt de DLQ en eist TLS", () => {
    template.hasResourceProperties("AWS::SQS::Queue", {
      SqsManagedSseEnabled: true,
      MessageRetentionPeriod: 14 * 24 * 3600,
    });
    template.hasResourceProperties("AWS::SQS::QueuePolicy", {
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
});

describe("alarmen", () => {
  const alarmen = resources(template, "AWS::CloudWatch::Alarm");
  const lambdas = portaalLambdas(template);

  it("bewaakt fouten en throttles van elke Lambda, de DLQ en 5xx van de API", () => {
    const metric = (naam: string) => alarmen.filter(([, a]) => a.Properties.MetricName === naam);
    expect(metric("Errors")).toHaveLength(lambdas.length);
    expect(metric("Throttles")).toHaveLength(lambdas.length);
    expect(metric("ApproximateNumberOfMessagesVisible")).toHaveLength(1);
    expect(metric("5xx")).toHaveLength(1);
    const bewaakt = metric("Errors").map((a) => JSON.stringify(a[1].Properties.Dimensions));
    for (const [id] of lambdas) expect(bewaakt.some((b) => b.includes(`"${id}"`))).toBe(true);
  });

  it("bewaakt de fouttelling van elke geplande taak (maandrun, herinneringen) in de eigen naamruimte", () => {
    for (const [taak, namen] of Object.entries(TAAKMETRIEKEN)) {
      const a = alarmen.find(([, x]) => x.Properties.MetricName === namen.fouten);
      expect(a?.[1].Properties).toMatchObject({
        Namespace: METRIEK_NAAMRUIMTE,
        Threshold: 1,
        Dimensions: expect.arrayContaining([
          { Name: "service", Value: METRIEK_DIENST },
          { Name: "taak", Value: taak },
        ]),
      });
    }
  });

  it("meldt elk alarm op het versleutelde SNS-onderwerp", () => {
    const onderwerp = stack.getLogicalId(stack.alarmen.onderwerp.node.defaultChild as never);
    for (const [, a] of alarmen) expect(a.Properties.AlarmActions).toEqual([{ Ref: onderwerp }]);
    template.hasResourceProperties("AWS::SNS::Topic", { KmsMasterKeyId: Match.anyValue() });
    template.hasResourceProperties("AWS::KMS::Key", { EnableKeyRotation: true });
  });
});
