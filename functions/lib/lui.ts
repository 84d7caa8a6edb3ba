// Issue #4: an operation whose module loads with its first call instead of at cold start. A Lambda
// serves several routes, but a cold start answers one request: the other routes' code — and
// what only they import, such as the XLSX writer or pdf-lib — is not evaluated until a request
// needs it. esbuild turns the dynamic import into a lazily initialised module of the bundle.
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
