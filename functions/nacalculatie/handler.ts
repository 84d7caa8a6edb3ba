// Issue #3: the nacalculatie Lambda — the computed nacalculatie, the zorgkantoor's judgement of the
// overige lines, and the vaststelling with four eyes (DOMAIN.md §9, §1). Each operation lives in
// its own file; this file only wires them to the route table.
import { maakHandler } from "../lib/handler.js";
import { nacalculatieBerekenen } from "./nacalculatieBerekenen.js";
import { overigeBeoordelen } from "./overigeBeoordelen.js";
import { vaststellingGoedkeuren } from "./vaststellingGoedkeuren.js";
import { vaststellingVoorstellen } from "./vaststellingVoorstellen.js";

export const handler = maakHandler("nacalculatie", {
  nacalculatieBerekenen,
  overigeBeoordelen,
  vaststellingVoorstellen,
  vaststellingGoedkeuren,
});
