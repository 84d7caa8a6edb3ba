// docs/regels.md §4.2: all checks on submission, in the order of its table, each with its findings.
// An aanvraag can be submitted when no finding blocks (`kanIndienen`).
import type { Aanvraag } from "./aanvraag.js";
import type { Bevinding, Toetscontext } from "./bevinding.js";
import { indieningsmoment } from "./indieningsperiode.js";
import {
  begrotingLeeg,
  begrotingsjaren,
  bovenReservering,
  loonkosten,
  overheadZonderExtraFte,
  verhouding,
} from "./toetsing-begroting.js";
import { kwaliteitsplan, smart, verbeterparagrafen, verklaringen } from "./toetsing-inhoud.js";

export { type Bevinding, kanIndienen, type Toetscontext } from "./bevinding.js";

type Controle = (aanvraag: Aanvraag, ctx: Toetscontext) => Bevinding[];

const CONTROLES: readonly Controle[] = [
  kwaliteitsplan,
  verbeterparagrafen,
  begrotingLeeg,
  begrotingsjaren,
  smart,
  verklaringen,
  verhouding,
  overheadZonderExtraFte,
  bovenReservering,
  loonkosten,
  indieningsmoment,
];

/** Runs every §4.2 check; the result is in a stable order (table order, then aanvraag order). */
export const toets = (aanvraag: Aanvraag, ctx: Toetscontext): Bevinding[] =>
  CONTROLES.flatMap((c) => c(aanvraag, ctx));
