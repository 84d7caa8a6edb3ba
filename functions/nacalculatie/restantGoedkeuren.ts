// docs/regels.md §15.7 with §1: ANOTHER landelijk-beheer user than the proposer approves the proposed
// distribution of the national remainder at the version they read (403 VIER_OGEN for the
// proposer). The distribution is computed again: when it differs from the proposal (a case was
// vastgesteld again, personeel-in-dienst changed) the answer is 409 — propose again.
//
// Atomic (see restantToepassen.ts): ONE transaction moves the year's distribution item to
// `besloten` with its audit record; the allotments are then booked on the cases in idempotent
// chunks. A retry of the same approval finishes what is pending and answers the same decision.
import { magRestantGoedkeuren } from "#shared/nacalculatie/restantverdeling.js";
import { besluitVerdeling, leesRestantverdeling } from "../data/restantverdeling.js";
import { parametersPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { verdelingAntwoord } from "./restantAntwoord.js";
import { berekenRestant } from "./restantBerekening.js";
import { voltooiRestantverdeling } from "./restantToepassen.js";
import { verdelingRegels } from "./restantVoorstellen.js";

const verouderd = () =>
  new HttpProbleem(
    409,
    "VOORSTEL_VEROUDERD",
    "De verdeling van het landelijk restant is sinds het voorstel gewijzigd (vaststellingen of personeel in dienst); stel de verdeling opnieuw voor.",
  );

export const restantGoedkeuren: Operatie<RouteVan<"restantGoedkeuren">> = async (v) => {
  const { jaar } = v.params;
  // Finish a decision still being booked (also this one, when this is a retry).
  await voltooiRestantverdeling(jaar, v);
  const d = await leesRestantverdeling(jaar);
  // The retry of an approval that was written: its decision is the answer (idempotent). One
  // decision per year; it moved the version on (+1 decided, +1 when booked).
  if (
    d &&
    d.status !== "voorgesteld" &&
    d.goedgekeurdDoor?.sub === v.gebruiker.sub &&
    d.versie > v.body.versie
  )
    return { body: verdelingAntwoord(d) };
  const mag = magRestantGoedkeuren(d, v.gebruiker, v.body.versie);
  if (!mag.toegestaan) throw new HttpProbleem(mag.status, mag.code, mag.reden);
  const vs = d!;
  const stand = await berekenRestant(jaar);
  const nu = verdelingRegels(stand);
  const sleutel = (l: { aanvraagId: string; claim: string; toegekend: string }) =>
    `${l.aanvraagId}=${l.claim}/${l.toegekend}`;
  if (
    stand.nogNietVastgesteld.length > 0 ||
    nu.map(sleutel).sort().join() !== vs.regels.map(sleutel).sort().join()
  )
    throw verouderd();
  ofWeiger(
    await schrijfTransactie(
      [
        besluitVerdeling(
          jaar,
          vs.versie,
          {
            sub: v.gebruiker.sub,
            rol: "landelijk-beheer",
            ...(v.gebruiker.email && { email: v.gebruiker.email }),
          },
          v.nu,
        ),
      ],
      {
        gebeurtenis: "restantverdeling_besloten",
        onderwerp: parametersPk(jaar),
        voor: { jaar, versie: vs.versie, voorgesteldDoor: vs.voorgesteldDoor.sub },
        na: {
          jaar,
          totaalToegekend: vs.totaalToegekend,
          aanvragen: vs.regels.filter((l) => l.toegekend !== "0.00").map((l) => l.aanvraagId),
        },
      },
      schrijfcontext(v, "landelijk-beheer"),
    ),
  );
  await voltooiRestantverdeling(jaar, v);
  return { body: verdelingAntwoord((await leesRestantverdeling(jaar))!) };
};
