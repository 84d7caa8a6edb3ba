// docs/regels.md §15.5: the bank Lambda — the bank accounts of the aanbieders and their change with
// four eyes. The operations live in bankrekening.ts; this file only wires them to the routes.
import { aanbiederslijstVooruit } from "../data/aanbiederslijst.js";
import { openBankwijzigingenVooruit } from "../data/bankrekeningen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import type { VooruitLezen } from "../lib/vooruit.js";
import { bankafschrift } from "./bankafschrift.js";
import {
  bankrekening,
  bankwijzigingAanvragen,
  bankwijzigingAfwijzen,
  bankwijzigingen,
  bankwijzigingGoedkeuren,
} from "./bankrekening.js";
import { BANK_ROUTES } from "./routes.js";

/** The list of open changes reads them and the zorgkantoor's aanbiederslijst beside the lookup. */
const vooruit: VooruitLezen = ({ zorgkantoorId }, operatie) => {
  if (operatie !== "bankwijzigingen" || !zorgkantoorId || zorgkantoorId.length > 200) return;
  openBankwijzigingenVooruit();
  aanbiederslijstVooruit(zorgkantoorId);
};

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
  { routes: BANK_ROUTES, leesLidmaatschappen, vooruit },
);
