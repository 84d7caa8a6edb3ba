// Builds the portal stack for the tests exactly as infra/app.ts does, with bundling
// skipped (context aws:cdk:bundling-stacks = []): ~1 s instead of half a minute.
import { App } from "aws-cdk-lib";
import { Template } from "aws-cdk-lib/assertions";
import { maakPortaal } from "#infra/portaal.js";
import type { PortaalStack } from "#infra/portaal-stack.js";
import type { Stage } from "#infra/stage.js";

export interface Gebouwd {
  app: App;
  stack: PortaalStack;
  template: Template;
}

const cache = new Map<Stage, Gebouwd>();

/** The stack of a stage without cdk-nag (the nag test runs it separately). */
export function bouw(stage: Stage): Gebouwd {
  const klaar = cache.get(stage);
  if (klaar) return klaar;
  const app = new App({ context: { stage, "aws:cdk:bundling-stacks": [] } });
  const stack = maakPortaal(app, { nag: false });
  const gebouwd = { app, stack, template: Template.fromStack(stack) };
  cache.set(stage, gebouwd);
  return gebouwd;
}

type Resource = { Type: string; Properties: Record<string, unknown>; [k: string]: unknown };

/** All resources of a type, as [logicalId, resource]. */
export const resources = (t: Template, type: string): [string, Resource][] =>
  Object.entries(t.findResources(type)) as [string, Resource][];

/**
 * The portal's own Lambdas: all but aws-cdk-lib's deploy-time Lambda of the site's
 * BucketDeployment (infra/site.ts; Python, runs only during a deploy, whose failure fails the
 * deploy itself), which the per-function rules (runtime, alarms) do not concern.
 */
export const portaalLambdas = (t: Template): [string, Resource][] =>
  resources(t, "AWS::Lambda::Function").filter(
    ([id]) => !id.startsWith("CustomCDKBucketDeployment"),
  );
