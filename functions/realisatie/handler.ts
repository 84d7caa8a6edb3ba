// Issue #3: the realisatie Lambda — tussentijdse realisatie in its windows, the year report,
// reopening a window, and confirming a realisatie as a new voorschot basis (DOMAIN.md §7, §3.2,
// §6). Each operation lives in its own file; this file only wires them to the route table.
import { maakHandler } from "../lib/handler.js";
import { jaarverslagIndienen } from "./jaarverslagIndienen.js";
import { realisatieBevestigen } from "./realisatieBevestigen.js";
import { realisatieIndienen } from "./realisatieIndienen.js";
import { realisatieoverzicht } from "./realisatieoverzicht.js";
import { vensterHeropenen } from "./vensterHeropenen.js";

export const handler = maakHandler("realisatie", {
  realisatieoverzicht,
  realisatieIndienen,
  jaarverslagIndienen,
  vensterHeropenen,
  realisatieBevestigen,
});
