// The organisaties Lambda — organisations, users and memberships (§1, §2). Each
// operation lives in its own file; this file only wires them to the route table.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { mij } from "./mij.js";
import { ORGANISATIES_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "organisaties",
  {
    mij,
  },
  { routes: ORGANISATIES_ROUTES, leesLidmaatschappen },
);
