// Authorisation-matrix examples for the voorschot routes (see ../voorbeelden.ts).
import type { Voorbeelden } from "../matrix.js";

export const VOORSCHOT_VOORBEELDEN: Partial<Voorbeelden> = {};
