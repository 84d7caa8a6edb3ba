// Authorisation-matrix examples for the documenten routes (see ../voorbeelden.ts).
import type { Voorbeelden } from "../matrix.js";

export const DOCUMENTEN_VOORBEELDEN: Partial<Voorbeelden> = {};
