// The CDK app (`cdk.json`: `tsx infra/app.ts`). The stage comes from context
// (`-c stage=prod`, default "dev"); the account and region from the CLI's environment
// (CDK_DEFAULT_*), region eu-west-1 when none is set — one EU region for the whole portal.
// KB_CDK_ZONDER_BUNDELS=1 skips the esbuild bundling (CDK refuses `aws:` keys from `-c`): the
// test suite's quick offline `cdk synth` uses it; a deploy never sets it.
import { App } from "aws-cdk-lib";
import { maakPortaal } from "./portaal.js";

const app = new App(
  process.env.KB_CDK_ZONDER_BUNDELS === "1"
    ? { postCliContext: { "aws:cdk:bundling-stacks": [] } }
    : {},
);
maakPortaal(app);
app.synth();
