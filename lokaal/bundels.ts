// One esbuild bundle per functie, as the Lambdas are deployed (ESM, Node 22, the AWS SDK bundled,
// minified): the local gateway can run these instead of the TypeScript sources, so benchmarks
// measure the code that runs in AWS. The CDK stack bundles with the same options.
import { existsSync } from "node:fs";
import { join } from "node:path";
import { build } from "esbuild";
import {
  BUNDEL_ALIASSEN,
  BUNDEL_OPTIES,
  GEPLANDE_HANDLERS,
  INGEBOUWD_VIA_REQUIRE,
  REQUIRE_BANNER,
} from "#functions/lib/bundelopties.js";
import { FUNCTIES, type Functie } from "#functions/lib/route.js";

export { BUNDEL_ALIASSEN, BUNDEL_OPTIES, GEPLANDE_HANDLERS, INGEBOUWD_VIA_REQUIRE, REQUIRE_BANNER };

const WORTEL = join(import.meta.dirname, "..");

/** The functies that have a handler (a functie is added to FUNCTIES before its handler exists). */
export const functiesMetHandler = (): Functie[] =>
  FUNCTIES.filter((f) => existsSync(join(WORTEL, "functions", f, "handler.ts")));

/** Entry points of the Lambdas: functie → its handler.ts. */
export const ingangen = (functies: readonly Functie[]): Record<string, string> =>
  Object.fromEntries(functies.map((f) => [f, join(WORTEL, "functions", f, "handler.ts")]));

/** Entry points of every Lambda: the functies' handlers and the scheduled ones. */
export const alleIngangen = (): Record<string, string> => ({
  ...ingangen(functiesMetHandler()),
  ...Object.fromEntries(
    Object.entries(GEPLANDE_HANDLERS).map(([naam, bron]) => [naam, join(WORTEL, bron)]),
  ),
});

/** Builds `<map>/<functie>.mjs` for every functie with a handler; returns the functies built. */
export async function bouwBundels(map: string): Promise<Functie[]> {
  const functies = functiesMetHandler();
  await build({
    ...BUNDEL_OPTIES,
    entryPoints: ingangen(functies),
    outdir: map,
    outExtension: { ".js": ".mjs" },
  });
  return functies;
}
