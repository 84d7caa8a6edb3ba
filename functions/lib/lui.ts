// An operation whose module loads with its first call instead of at cold start — only
// for a Lambda without the data layer (openapi builds its document from the whole route table;
// stukken loads pdf-lib). esbuild turns a dynamic import into a lazily initialised module of the
// bundle and wraps every module that one depends on, transitively. A wrapped module that imports
// from the AWS SDK's package index must initialise the whole index: all 62 DynamoDB commands,
// the aggregated client and the waiters. Lazy operations in the DynamoDB Lambdas cost 10–15 ms
// more at cold start than their schemas saved (bench/bundels.ts); they import their operations
// statically, and lazy loading there is kept for a heavy library (xlsxSchrijver, lib/export/werkmap.ts).
import type { Operatie } from "./verzoek.js";

// biome-ignore lint/suspicious/noExplicitAny: any operation's request type; M[K] keeps the exact one.
type MetOperatie<K extends string> = { readonly [P in K]: Operatie<any> };

/** `lui(() => import("./x.js"), "x")`: the operation `x` of that module, loaded on first use. */
export function lui<K extends string, M extends MetOperatie<K>>(
  laad: () => Promise<M>,
  naam: K,
): M[K] {
  let module: Promise<M> | undefined;
  const operatie: Operatie = async (verzoek) => {
    // A failed import is not kept: the next request tries again.
    module ??= laad().catch((fout: unknown) => {
      module = undefined;
      throw fout;
    });
    return (await module)[naam]!(verzoek);
  };
  return operatie as M[K];
}
