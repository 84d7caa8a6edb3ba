// Authorisation-matrix examples for the indiening routes (see ../voorbeelden.ts).
import type { Voorbeelden } from "../matrix.js";

export const INDIENING_VOORBEELDEN: Partial<Voorbeelden> = {};
