// DOMAIN.md §15.5: the bank Lambda — the bank accounts of the aanbieders and their change with
// four eyes. The operations live in bankrekening.ts; this file only wires them to the routes.
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { bankafschrift } from "./bankafschrift.js";
import {
  bankrekening,
  bankwijzigingAanvragen,
  bankwijzigingAfwijzen,
  bankwijzigingen,
  bankwijzigingGoedkeuren,
} from "./bankrekening.js";
import { BANK_ROUTES } from "./routes.js";

export const handler = maakLambda(
  "bank",
  {
    bankrekening,
    bankwijzigingAanvragen,
    bankwijzigingGoedkeuren,
    bankwijzigingAfwijzen,
    bankwijzigingen,
    bankafschrift,
  },
  { routes: BANK_ROUTES, leesLidmaatschappen },
);
