// Cdk-nag AwsSolutions runs as a policy-validation plugin on every synth; the stack of
// each stage synthesises with zero unacknowledged findings, and every acknowledgement carries
// its reason. A deliberately bare bucket proves the plugin really stops synthesis.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { App, Validations } from "aws-cdk-lib";
import { Bucket } from "aws-cdk-lib/aws-s3";
import { afterAll, describe, expect, it } from "vitest";
import { maakPortaal } from "#infra/portaal.js";
import type { Stage } from "#infra/stage.js";

const mappen: string[] = [];
afterAll(() => {
  for (const m of mappen) rmSync(m, { recursive: true, force: true });
});

function app(stage: Stage) {
  const outdir = mkdtempSync(join(tmpdir(), "kb-cdk-"));
  mappen.push(outdir);
  const a = new App({ outdir, context: { stage, "aws:cdk:bundling-stacks": [] } });
  return { app: a, stack: maakPortaal(a) };
}

describe("cdk-nag AwsSolutions", () => {
  for (const stage of ["dev", "prod"] as const)
    it(`vindt in ${stage} niets dat niet erkend is`, () => {
      const { app: a } = app(stage);
      expect(() => a.synth()).not.toThrow();
    }, 60_000);

  it("houdt de synthese tegen bij een niet-erkende bevinding", () => {
    const { app: a, stack } = app("dev");
    new Bucket(stack, "KaleBucket");
    expect(() => a.synth()).toThrow(/AwsSolutions/);
  }, 60_000);

  it("geeft elke erkenning een reden", () => {
    const { stack } = app("dev");
    // Metadata data is { "<plugin>::<rule>": "<reason>" }; CDK adds a few of its own
    // (CloudFormation-Validate) — ours are the AwsSolutions ones.
    const erkend = stack.node
      .findAll()
      .flatMap((c) =>
        c.node.metadata
          .filter((m) => m.type === Validations.ACKNOWLEDGED_RULES_METADATA_KEY)
          .flatMap((m) => Object.entries(m.data as Record<string, string>)),
      )
      .filter(([id]) => id.startsWith("AwsSolutions::"));
    expect(erkend.length).toBeGreaterThan(0);
    for (const [id, reden] of erkend) expect(reden.length, id).toBeGreaterThan(40);
  });
});
