// Builds the app's stack for the stage in context and registers cdk-nag
// (AwsSolutions) as a policy-validation plugin: synthesis fails on any unacknowledged finding.
// Shared by infra/app.ts and the tests, so the tests check exactly what `cdk synth` makes.
import type { App } from "aws-cdk-lib";
import { Validations } from "aws-cdk-lib";
import { AwsSolutionsChecks } from "cdk-nag";
import { PortaalStack } from "./portaal-stack.js";
import { stageInstellingen } from "./stage.js";

export function maakPortaal(app: App, opties: { nag?: boolean } = {}): PortaalStack {
  const instellingen = stageInstellingen(
    app.node.tryGetContext("stage") ?? "dev",
    app.node.tryGetContext("maildomein"),
  );
  if (opties.nag ?? true) Validations.of(app).addPlugins(new AwsSolutionsChecks(app));
  return new PortaalStack(app, `Kwaliteitsbudget-${instellingen.stage}`, {
    instellingen,
    env: {
      account: process.env.CDK_DEFAULT_ACCOUNT,
      region: process.env.CDK_DEFAULT_REGION ?? "eu-west-1",
    },
    description: `Kwaliteitsbudget-portaal (${instellingen.stage}) —`,
  });
}
