// PAGINAS.restantverdeling (§9.4): the national remainder R after all vaststellingen and
// its distribution over the aanbieders' claims (pro rata when the claims exceed R). While cases
// still await their vaststelling the figures are provisional, and the page says which.
// §15.7 with §1: after all vaststellingen landelijk-beheer proposes the distribution ("Verdeling
// voorstellen") and ANOTHER landelijk-beheer user approves it ("Goedkeuren", after a confirmation
// naming the total and the number of allotments); each allotment then shows as ordered or paid.
import { link } from "#shared/paginas.js";
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { element, h, melding, tabel, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import { jaarFormulier, landelijkJaar } from "./jaar.js";
import { verdelingSectie } from "./verdeling.js";

const NABETALING = { opgedragen: "Opgedragen, wacht op betaalbatch", betaald: "Betaald" };

/** The payment's state, and what of it settled a vordering of another year (§15.4). */
const nabetalingTekst = (n: { verrekend: string; status: keyof typeof NABETALING }) =>
  Number(n.verrekend) > 0
    ? `${NABETALING[n.status]}; ${euro(n.verrekend)} verrekend met een vordering van een ander jaar`
    : NABETALING[n.status];

const c = await start();
const jaar = landelijkJaar();
try {
  const r = await haal<Antwoord<"landelijkRestant">>(`/api/landelijk/${seg(jaar)}/restant`);
  vervang(
    element("kb-restant"),
    jaarFormulier(jaar),
    r.definitief
      ? melding("ok", "Alle afspraken zijn vastgesteld; de verdeling is definitief.")
      : melding(
          "warning",
          `Voorlopig: ${r.nogNietVastgesteld.length} aanvraag/aanvragen wachten nog op de vaststelling.`,
        ),
    tabel(
      `Restant ${jaar}`,
      ["Onderdeel", "Bedrag"],
      [
        ["Landelijk budget", euro(r.landelijkBudget)],
        ["Totaal vastgesteld", euro(r.totaalVastgesteld)],
        ["Restant", euro(r.restant)],
        ["Totaal claims", euro(r.totaalClaims)],
        ["Totaal toegekend", euro(r.totaalToegekend)],
        [
          "Verdeling",
          r.naarRato
            ? "Naar rato (claims groter dan het restant)"
            : "Volledig (claims passen in het restant)",
        ],
      ],
      [1],
    ),
    verdelingSectie(jaar, r, c.mij.sub),
    r.aanbieders.length === 0
      ? melding("info", "Er zijn geen claims op het restant.")
      : tabel(
          `Verdeling per aanbieder ${jaar}`,
          [
            "Aanbieder",
            "Zorgkantoor",
            "Personeel gerealiseerd",
            "Personeel afgesproken",
            "Claim",
            "Toegekend",
            "Nabetaling",
          ],
          r.aanbieders.map((a) => [
            h(
              "a",
              { class: "utrecht-link", href: link.nacalculatie(a.aanvraagId) },
              a.aanbiederNaam ?? "Aanbieder zonder naam",
            ),
            a.zorgkantoorNaam ?? "Zorgkantoor zonder naam",
            euro(a.personeelGerealiseerd),
            euro(a.afgesprokenPersoneel),
            euro(a.claim),
            euro(a.toegekend),
            a.nabetaling ? nabetalingTekst(a.nabetaling) : "—",
          ]),
          [2, 3, 4, 5],
        ),
  );
} catch (e) {
  toonFout(e);
}
