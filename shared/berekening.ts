import type { z } from "zod";
import { dan, type Resultaat, valideer } from "./resultaat.js";

/**
 * One calculation that a controller can reproduce outside the portal (`npm run kb -- <naam>`).
 * Input and output are plain JSON with amounts as strings; the zod schemas document both
 * (docs/rekencommando.md, generated JSON Schema) and the invoer schema is what validates.
 */
export interface Berekening<S extends z.ZodType = z.ZodType, O = unknown> {
  naam: string;
  /** One Dutch sentence for --help and docs/rekencommando.md. */
  omschrijving: string;
  /** Where the rule stands, e.g. "docs/regels.md §6". */
  bron: string;
  invoer: S;
  uitvoer: z.ZodType<O>;
  bereken(invoer: z.output<S>): Resultaat<O>;
}

export const defineer = <S extends z.ZodType, O>(b: Berekening<S, O>): Berekening<S, O> => b;

/** Validates raw JSON and runs the calculation; invalid input is a Fout, never an exception. */
export const voerUit = <S extends z.ZodType, O>(b: Berekening<S, O>, ruw: unknown): Resultaat<O> =>
  dan(valideer(b.invoer, ruw), (invoer) => b.bereken(invoer));
