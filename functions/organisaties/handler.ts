// Issue #3: the organisaties Lambda — organisations, users and memberships (§1, §2). Each
// operation lives in its own file; this file only wires them to the route table.
import { maakHandler } from "../lib/handler.js";
import { mij } from "./mij.js";

export const handler = maakHandler("organisaties", { mij });
