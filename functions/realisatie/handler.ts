// The realisatie Lambda — tussentijdse realisatie in its windows, the year report,
// reopening a window, and confirming a realisatie as a new voorschot basis (docs/regels.md §7, §3.2,
// §6). Each operation lives in its own file; this file only wires them to the route table.
import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { jaarverslagIndienen } from "./jaarverslagIndienen.js";
import { realisatieBevestigen } from "./realisatieBevestigen.js";
import { realisatieIndienen } from "./realisatieIndienen.js";
import { realisatieoverzicht } from "./realisatieoverzicht.js";
import { REALISATIE_ROUTES } from "./routes.js";
import { vensterHeropenen } from "./vensterHeropenen.js";

export const handler = maakLambda(
  "realisatie",
  {
    realisatieoverzicht,
    realisatieIndienen,
    jaarverslagIndienen,
    vensterHeropenen,
    realisatieBevestigen,
  },
  { routes: REALISATIE_ROUTES, leesLidmaatschappen, vooruit: leesAanvraagVooruit },
);
