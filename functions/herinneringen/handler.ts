// The herinneringen Lambda of the HTTP API — the portal's views of §10 reminders. Each
// operation lives in its own file; this file only wires them to its own routes (the
// bundle carries no other functie's schemas). (The daily mailer is a separate Lambda:
// schema-handler.ts.)
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { mijnHerinneringen } from "./mijnHerinneringen.js";
import { mijnVerplichtingen } from "./mijnVerplichtingen.js";
import { mislukteHerinneringen } from "./mislukteHerinneringen.js";
import { HERINNERINGEN_ROUTES } from "./routes.js";
import { mijnVoorkeuren, voorkeurenWijzigen } from "./voorkeuren.js";

export const handler = maakLambda(
  "herinneringen",
  {
    mijnHerinneringen,
    mijnVoorkeuren,
    voorkeurenWijzigen,
    mislukteHerinneringen,
    mijnVerplichtingen,
  },
  { routes: HERINNERINGEN_ROUTES, leesLidmaatschappen },
);
