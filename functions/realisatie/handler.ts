// Issue #3: the realisatie Lambda — tussentijdse realisatie in its windows, the year report,
// reopening a window, and confirming a realisatie as a new voorschot basis (DOMAIN.md §7, §3.2,
// §6). Each operation lives in its own file; this file only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { REALISATIE_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "realisatie",
  {
    realisatieoverzicht: lui(() => import("./realisatieoverzicht.js"), "realisatieoverzicht"),
    realisatieIndienen: lui(() => import("./realisatieIndienen.js"), "realisatieIndienen"),
    jaarverslagIndienen: lui(() => import("./jaarverslagIndienen.js"), "jaarverslagIndienen"),
    vensterHeropenen: lui(() => import("./vensterHeropenen.js"), "vensterHeropenen"),
    realisatieBevestigen: lui(() => import("./realisatieBevestigen.js"), "realisatieBevestigen"),
  },
  { routes: REALISATIE_ROUTES, leesLidmaatschappen },
);
