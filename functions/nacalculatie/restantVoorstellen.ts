// docs/regels.md §15.7 with §9.4 and §1: landelijk-beheer proposes the distribution of the national
// remainder of year t — computed by the §9.4 rule at this moment (restantBerekening.ts) and
// stored as ONE record with every allotment (functions/data/restantverdeling.ts) — which ANOTHER
// landelijk-beheer user approves (restantGoedkeuren.ts). Refused (409) while an agreed case of
// the year has no vaststelling, and once the year's distribution is decided.
//
// [portal rule] A new proposal REPLACES the open one (under its version lock), as with the
// herschikking: the approver always signs the latest computation.
import { bedragTekst } from "#shared/geld/bedrag.js";
import { magRestantVoorstellen } from "#shared/nacalculatie/restantverdeling.js";
import { leesRestantverdeling, schrijfVerdelingsvoorstel } from "../data/restantverdeling.js";
import { parametersPk } from "../data/sleutels.js";
import { ofWeiger, schrijfTransactie } from "../data/transactie.js";
import { HttpProbleem } from "../lib/probleem.js";
import { type Operatie, schrijfcontext } from "../lib/verzoek.js";
import type { RouteVan } from "../routes.js";
import { verdelingAntwoord } from "./restantAntwoord.js";
import { berekenRestant } from "./restantBerekening.js";
import { voltooiRestantverdeling } from "./restantToepassen.js";

/** The stored lines of a computed distribution: every vastgestelde case, amounts as text. */
export const verdelingRegels = (s: Awaited<ReturnType<typeof berekenRestant>>) =>
  s.claimants.map((c, i) => ({
    aanvraagId: c.r.id,
    aanbiederId: c.r.aanbiederId,
    zorgkantoorId: c.r.zorgkantoorId,
    claim: bedragTekst(s.uitkomst.toekenningen[i]!.claim),
    toegekend: bedragTekst(s.uitkomst.toekenningen[i]!.toegekend),
  }));

export const restantVoorstellen: Operatie<RouteVan<"restantVoorstellen">> = async (v) => {
  const { jaar } = v.params;
  await voltooiRestantverdeling(jaar, v);
  const [vorige, stand] = await Promise.all([leesRestantverdeling(jaar), berekenRestant(jaar)]);
  const mag = magRestantVoorstellen(jaar, vorige, stand.nogNietVastgesteld);
  if (!mag.toegestaan) throw new HttpProbleem(mag.status, mag.code, mag.reden);
  const u = stand.uitkomst;
  const record = {
    jaar,
    restant: bedragTekst(u.restant),
    totaalClaims: bedragTekst(u.totaalClaims),
    totaalToegekend: bedragTekst(u.totaalToegekend),
    naarRato: u.naarRato,
    voorgesteldDoor: { sub: v.gebruiker.sub, rol: "landelijk-beheer" as const },
    voorgesteldOp: v.nu.toISOString(),
    regels: verdelingRegels(stand),
  };
  ofWeiger(
    await schrijfTransactie(
      [schrijfVerdelingsvoorstel(record, vorige)],
      {
        gebeurtenis: "restantverdeling_voorgesteld",
        onderwerp: parametersPk(jaar),
        voor: vorige ? { jaar, versie: vorige.versie } : undefined,
        na: {
          jaar,
          versie: (vorige?.versie ?? 0) + 1,
          totaalToegekend: record.totaalToegekend,
          toekenningen: record.regels.filter((l) => l.toegekend !== "0.00"),
        },
      },
      schrijfcontext(v, "landelijk-beheer"),
    ),
  );
  const opgeslagen = await leesRestantverdeling(jaar);
  return { status: 201, body: verdelingAntwoord(opgeslagen!) };
};
