// Issue #3: the herschikking Lambda — the November herschikking's proposal and decision
// (DOMAIN.md §8). Each operation lives in its own file; this file only wires them to the route table.
import { maakHandler } from "../lib/handler.js";
import { herschikkingBesluiten } from "./herschikkingBesluiten.js";
import { herschikkingsvoorstel } from "./herschikkingsvoorstel.js";

export const handler = maakHandler("herschikking", {
  herschikkingsvoorstel,
  herschikkingBesluiten,
});
