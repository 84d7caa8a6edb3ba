// The herschikking Lambda — the November herschikking's proposal, its approval by a
// second user and the aanbieder's view and response (docs/regels.md §8, §15.2). Each operation lives
// in its own file; this file only wires them to the route table.
import { aanbiederslijstVooruit } from "../data/aanbiederslijst.js";
import { leesAanvraagVooruit, werklijstVooruit } from "../data/aanvragen.js";
import {
  herschikkingsbesluitenVooruit,
  herschikkingsvoorstelVooruit,
} from "../data/herschikkingen.js";
import { herschikkingsheropeningVooruit } from "../data/herschikkingsheropening.js";
import { kaderVooruit } from "../data/kaders.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { type VooruitLezen, zorgkantoorJaarUit } from "../lib/vooruit.js";
import { herschikkingGoedkeuren } from "./herschikkingGoedkeuren.js";
import { herschikkingHeropenen } from "./herschikkingHeropenen.js";
import { herschikkingReageren, herschikkingRegel } from "./herschikkingRegel.js";
import { herschikkingsvoorstel } from "./herschikkingsvoorstel.js";
import { herschikkingVoorstellen } from "./herschikkingVoorstellen.js";
import { HERSCHIKKING_ROUTES } from "./routes.js";

/** The page of a zorgkantoor's herschikking reads all it lists beside the membership lookup. */
const vooruit: VooruitLezen = (params, operatie) => {
  leesAanvraagVooruit(params, operatie);
  const zj = zorgkantoorJaarUit(params);
  if (!zj || operatie !== "herschikkingsvoorstel") return;
  const { zorgkantoorId: zk, jaar } = zj;
  herschikkingsbesluitenVooruit(zk, jaar);
  werklijstVooruit(zk, jaar);
  kaderVooruit(zk, jaar);
  herschikkingsvoorstelVooruit(zk, jaar);
  herschikkingsheropeningVooruit(zk, jaar);
  aanbiederslijstVooruit(zk);
};

export const handler = maakLambda(
  "herschikking",
  {
    herschikkingsvoorstel,
    herschikkingVoorstellen,
    herschikkingGoedkeuren,
    herschikkingHeropenen,
    herschikkingRegel,
    herschikkingReageren,
  },
  { routes: HERSCHIKKING_ROUTES, leesLidmaatschappen, vooruit },
);
