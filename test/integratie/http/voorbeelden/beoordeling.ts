// Authorisation-matrix examples for the beoordeling routes (see ../voorbeelden.ts).
import type { Voorbeelden } from "../matrix.js";

export const BEOORDELING_VOORBEELDEN: Partial<Voorbeelden> = {};
