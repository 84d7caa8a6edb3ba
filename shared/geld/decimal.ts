import { Decimal as DecimalJs } from "decimal.js";

// The one Decimal of the project. Precision 40 keeps indices such as I = 1,03800738… exact far
// beyond the cent; rounding half-up is the rule of docs/regels.md §11. Import Decimal from here, never
// from decimal.js directly, so no code runs with another configuration.
export const Decimal = DecimalJs.clone({
  precision: 40,
  rounding: DecimalJs.ROUND_HALF_UP,
  toExpNeg: -30,
  toExpPos: 40,
});
export type Decimal = DecimalJs;

export const NUL = new Decimal(0);
