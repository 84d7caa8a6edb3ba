// `cdk synth` runs offline — no credentials, no Docker — with the real CLI, the app of
// cdk.json and cdk-nag (exit 0 means zero unacknowledged findings). In the suite the esbuild
// bundling is skipped (KB_CDK_ZONDER_BUNDELS=1, ~5–10 s): the full synth with bundling took
// 19–64 s on the 2-core machine depending on load, too slow for every run; it runs with
// KB_CDK_SYNTH_VOLLEDIG=1 and then also checks every Lambda's bundle.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { functiesMetHandler } from "#lokaal/bundels.js";

const WORTEL = join(import.meta.dirname, "..", "..");
const mappen: string[] = [];
afterAll(() => {
  for (const m of mappen) rmSync(m, { recursive: true, force: true });
});

interface Sjabloon {
  Resources: Record<string, { Type: string; Metadata?: Record<string, string> }>;
}

/** Runs `cdk synth --quiet` for the dev stage without any AWS or CDK environment variables. */
function synth(extra: Record<string, string>, timeout = 170_000) {
  const uit = mkdtempSync(join(tmpdir(), "kb-synth-"));
  mappen.push(uit);
  const omgeving: NodeJS.ProcessEnv = {
    ...process.env,
    ...extra,
    PATH: `${join(WORTEL, "node_modules", ".bin")}:${process.env.PATH}`,
  };
  // No credentials and no account: the synth must not need either.
  for (const k of Object.keys(omgeving))
    if (k.startsWith("AWS_") || k.startsWith("CDK_")) delete omgeving[k];
  const start = performance.now();
  const r = spawnSync(
    join(WORTEL, "node_modules", ".bin", "cdk"),
    ["synth", "--quiet", "-c", "stage=dev", "-o", uit, "--no-notices", "--no-version-reporting"],
    { cwd: WORTEL, env: omgeving, encoding: "utf8", timeout },
  );
  const seconden = (performance.now() - start) / 1000;
  console.info(`cdk synth (${JSON.stringify(extra)}): ${seconden.toFixed(1)} s`);
  const pad = join(uit, "Kwaliteitsbudget-dev.template.json");
  const sjabloon = existsSync(pad)
    ? (JSON.parse(readFileSync(pad, "utf8")) as Sjabloon)
    : undefined;
  return { r, uit, sjabloon };
}

const lambdasVan = (t: Sjabloon) =>
  Object.values(t.Resources).filter((x) => x.Type === "AWS::Lambda::Function");

describe("cdk synth", () => {
  it("synthetiseert de dev-stage offline met de CLI, zonder bevindingen", () => {
    const { r, sjabloon } = synth({ KB_CDK_ZONDER_BUNDELS: "1" });
    expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
    expect(lambdasVan(sjabloon!).length).toBeGreaterThan(10);
  }, 120_000);

  it.runIf(process.env.KB_CDK_SYNTH_VOLLEDIG === "1")(
    "bundelt elke Lambda met esbuild (ESM, createRequire-banner, ingebouwde modules via require)",
    () => {
      // Bundling 17 Lambdas takes minutes on a loaded 2-core machine.
      const { r, uit, sjabloon } = synth({}, 590_000);
      expect(r.status, `${r.stdout}\n${r.stderr}`).toBe(0);
      // The stack has other Lambdas too (the site's BucketDeployment, in Python): ours are the
      // assets with an index.mjs, one per functie of the route table plus the scheduled jobs.
      const bundels = lambdasVan(sjabloon!)
        .map((l) => join(uit, l.Metadata?.["aws:asset:path"] ?? "", "index.mjs"))
        .filter((b) => existsSync(b));
      expect(bundels.length).toBeGreaterThan(functiesMetHandler().length);
      for (const b of bundels) {
        const bundel = readFileSync(b, "utf8");
        expect(bundel.startsWith("import { createRequire as __kbCreateRequire }")).toBe(true);
        // NodejsFunction gets the same aliases as lokaal/bundels.ts (BUNDEL_ALIASSEN).
        expect(bundel).not.toMatch(/from\s*"node:/);
      }
    },
    600_000,
  );
});
