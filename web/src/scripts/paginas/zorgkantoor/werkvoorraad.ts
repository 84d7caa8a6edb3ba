// PAGINAS.werkvoorraad (§5): the aanvragen of a zorgkantoor for a year with their
// assessment deadline (streefdatum 6 weeks, uiterste datum 3 months) as badges with words,
// sorted by urgency, each linking to its review. All pages are loaded in sequence (the API pages
// the list): the urgency order and the count are of the whole list, not of one page.

import { link, PAGINAS } from "#shared/paginas.js";
import { haalAllePaginas, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { badge, datum, element, h, melding, tabel, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import { toestandKop } from "../../lib/toestand.js";
import { keuze, keuzeFormulier, termijnBadge } from "./gemeen.js";

type Regel = Rij<"werkvoorraad", "aanvragen">;

// Most urgent first: past the final date, past the target date, within, then the rest.
const URGENTIE = ["uiterste_datum_verstreken", "streefdatum_verstreken", "binnen_termijn"];
const rang = (r: Regel) => {
  const i = URGENTIE.indexOf(r.termijn?.status ?? "");
  return i === -1 ? URGENTIE.length : i;
};

const c = await start();
const k = await keuze(c);
const plek = element("kb-werkvoorraad");
vervang(element("kb-keuze"), keuzeFormulier(c, k));
try {
  const w = await haalAllePaginas<Antwoord<"werkvoorraad">, "aanvragen">(
    `/api/zorgkantoren/${seg(k.zorgkantoorId)}/werkvoorraad?jaar=${seg(k.jaar)}`,
    "aanvragen",
  );
  const regels = [...w.aanvragen].sort((a, b) => rang(a) - rang(b));
  if (regels.length === 0) {
    vervang(plek, melding("info", `Er zijn geen aanvragen voor ${k.jaar}.`));
  } else {
    vervang(
      plek,
      tabel(
        `Aanvragen ${k.jaar} bij ${w.zorgkantoorNaam ?? "dit zorgkantoor"} (${regels.length})`,
        [
          "Aanbieder",
          "Toestand",
          "Ontvangen",
          "Streefdatum",
          "Uiterste datum",
          "Termijn",
          "Afspraak",
          "Acties",
        ],
        regels.map((r) => [
          r.aanbiederNaam ?? r.aanbiederId,
          h(
            "span",
            {},
            toestandKop(r.toestand),
            r.mediation ? h("span", {}, " ", badge("warning", "Mediation")) : null,
            r.voorstelWachtOpTweedeHandtekening
              ? h("span", {}, " ", badge("neutral", "Wacht op tweede handtekening"))
              : null,
          ),
          r.termijn ? datum(r.termijn.ontvangen) : "—",
          r.termijn ? datum(r.termijn.streefdatum) : "—",
          r.termijn ? datum(r.termijn.uitersteDatum) : "—",
          termijnBadge(r.termijn?.status),
          r.afspraakTotaal ? euro(r.afspraakTotaal) : "—",
          h(
            "span",
            { class: "kb-acties" },
            h(
              "a",
              { class: "utrecht-link", href: link.beoordeling(r.id) },
              `Beoordelen`,
              h("span", { class: "kb-sr-only" }, ` ${r.aanbiederNaam ?? r.aanbiederId}`),
            ),
            " · ",
            h(
              "a",
              { class: "utrecht-link", href: `${PAGINAS.zorgkantoorAudit}?id=${seg(r.id)}` },
              "Audittrail",
              h("span", { class: "kb-sr-only" }, ` ${r.aanbiederNaam ?? r.aanbiederId}`),
            ),
          ),
        ]),
        [6],
      ),
    );
  }
} catch (e) {
  toonFout(e);
}
