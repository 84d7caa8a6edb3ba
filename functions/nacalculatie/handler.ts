// The nacalculatie Lambda — the computed nacalculatie, the zorgkantoor's judgement of the
// overige lines, and the vaststelling with four eyes and its herziening (docs/regels.md §9, §1, §15.6). Each operation lives in
// its own file; this file only wires them to the route table.

import { leesAanvraagVooruit } from "../data/aanvragen.js";
import { leesLidmaatschappen } from "../data/lidmaatschappen.js";
import { maakLambda } from "../lib/lambda.js";
import { financieelOverzicht } from "./financieelOverzicht.js";
import { herzieningVoorstellen } from "./herziening.js";
import { herzieningGoedkeuren } from "./herzieningGoedkeuren.js";
import { nacalculatieBerekenen } from "./nacalculatieBerekenen.js";
import { overigeBeoordelen } from "./overigeBeoordelen.js";
import { personeelInDienstVastleggen } from "./personeelInDienstVastleggen.js";
import { restantGoedkeuren } from "./restantGoedkeuren.js";
import { restantVoorstellen } from "./restantVoorstellen.js";
import { NACALCULATIE_ROUTES } from "./routes.js";
import { vaststellingGoedkeuren } from "./vaststellingGoedkeuren.js";
import { vaststellingVoorstellen } from "./vaststellingVoorstellen.js";
import { vorderingOntvangstBoeken } from "./vorderingOntvangst.js";

export const handler = maakLambda(
  "nacalculatie",
  {
    nacalculatieBerekenen,
    financieelOverzicht,
    overigeBeoordelen,
    personeelInDienstVastleggen,
    vaststellingVoorstellen,
    vaststellingGoedkeuren,
    restantVoorstellen,
    restantGoedkeuren,
    herzieningVoorstellen,
    herzieningGoedkeuren,
    vorderingOntvangstBoeken,
  },
  { routes: NACALCULATIE_ROUTES, leesLidmaatschappen, vooruit: leesAanvraagVooruit },
);
