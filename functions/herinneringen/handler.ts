// Issue #6: the herinneringen Lambda of the HTTP API — the portal's views of §10 reminders. Each
// operation lives in its own file; this file only wires them to its own routes (issue #4: the
// bundle carries no other functie's schemas). (The daily mailer is a separate Lambda:
// schema-handler.ts.)
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { lui } from "../lib/lui.js";
import { HERINNERINGEN_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "herinneringen",
  {
    mijnHerinneringen: lui(() => import("./mijnHerinneringen.js"), "mijnHerinneringen"),
    mijnVoorkeuren: lui(() => import("./voorkeuren.js"), "mijnVoorkeuren"),
    voorkeurenWijzigen: lui(() => import("./voorkeuren.js"), "voorkeurenWijzigen"),
    mislukteHerinneringen: lui(() => import("./mislukteHerinneringen.js"), "mislukteHerinneringen"),
    mijnVerplichtingen: lui(() => import("./mijnVerplichtingen.js"), "mijnVerplichtingen"),
  },
  { routes: HERINNERINGEN_ROUTES, leesLidmaatschappen },
);
