// Authorisation-matrix examples for the realisatie routes (see ../voorbeelden.ts).
import type { Voorbeelden } from "../matrix.js";

export const REALISATIE_VOORBEELDEN: Partial<Voorbeelden> = {};
