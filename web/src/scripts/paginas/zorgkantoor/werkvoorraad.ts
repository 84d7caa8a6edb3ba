// PAGINAS.werkvoorraad (§5): the aanvragen of a zorgkantoor for a year with their assessment
// deadline (streefdatum 6 weeks, uiterste datum 3 months) as badges with words, each linking to
// its review. Search, filters and order are the API's (shared/beoordeling/werkvoorraad.ts, most
// urgent first by default) and live in the query string, so reload and Back keep them; the list
// is paged with "Meer laden". For zorgkantoor-beheer the concepts that need a late window (§3.2)
// are listed too, linking to the review page where the window is opened.

import { TOESTANDEN as ALLE_TOESTANDEN } from "#shared/indiening/toestanden.js";
import { link, PAGINAS } from "#shared/paginas.js";
import { haal, paginaPad, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { badge, datum, element, h, melding, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { keuzeveld, tekstveld } from "../../lib/invoer.js";
import { meerLaden } from "../../lib/meerLaden.js";
import { start, toonFout } from "../../lib/pagina.js";
import { toestandKop } from "../../lib/toestand.js";
import { jaarVeld, keuze, termijnBadge, zorgkantoorVeld } from "./gemeen.js";

type Werkvoorraad = Antwoord<"werkvoorraad">;
type Regel = Rij<"werkvoorraad", "aanvragen">;

/**
 * The choices of the list, in the order of the form (the concepts that need a late window last);
 * each is a query parameter of the API.
 */
const TOESTANDEN = [...ALLE_TOESTANDEN.filter((t) => t !== "concept"), "concept"] as const;
const TERMIJNEN = [
  ["uiterste_datum_verstreken", "Uiterste datum (3 maanden) verstreken"],
  ["streefdatum_verstreken", "Streefdatum (6 weken) verstreken"],
  ["binnen_termijn", "Binnen termijn"],
  ["afgerond", "Afgerond"],
  ["niet_ontvangen", "Nog niet ontvangen"],
] as const;
const SORTERINGEN = [
  ["urgentie", "Urgentie (verstreken termijnen eerst)"],
  ["aanbieder", "Naam aanbieder"],
  ["uiterste_datum", "Uiterste datum"],
  ["ontvangen", "Ontvangstdatum"],
] as const;
const RICHTINGEN = [
  ["op", "Oplopend"],
  ["af", "Aflopend"],
] as const;
const FILTERS = ["aanbieder", "toestand", "termijn", "sorteer", "richting"] as const;

const c = await start();
const k = await keuze(c);
const q = new URL(location.href).searchParams;
const gekozen = Object.fromEntries(FILTERS.map((f) => [f, q.get(f)?.trim() ?? ""])) as Record<
  (typeof FILTERS)[number],
  string
>;
const beheer = c.heeftRol("zorgkantoor-beheer");
const plek = element("kb-werkvoorraad");

const niets = () => undefined;
const formulier = h(
  "form",
  { class: "kb-keuze", method: "get", "aria-label": "Werkvoorraad zoeken en filteren" },
  zorgkantoorVeld(c, k),
  jaarVeld(c, k),
  tekstveld("Zoek aanbieder", "aanbieder", gekozen.aanbieder, niets).blok,
  keuzeveld(
    "Toestand",
    "toestand",
    [
      ["", "Alle"],
      ...TOESTANDEN.filter((t) => beheer || t !== "concept").map(
        (t) => [t, toestandKop(t)] as const,
      ),
    ],
    gekozen.toestand,
    niets,
  ).blok,
  keuzeveld("Termijn", "termijn", [["", "Alle"], ...TERMIJNEN], gekozen.termijn, niets).blok,
  keuzeveld("Sorteren op", "sorteer", SORTERINGEN, gekozen.sorteer || "urgentie", niets).blok,
  keuzeveld("Volgorde", "richting", RICHTINGEN, gekozen.richting || "op", niets).blok,
  h("button", { type: "submit", class: "utrecht-button utrecht-button--primary-action" }, "Toon"),
);
// The query string keeps only what is chosen: a clean address to reload, bookmark or go Back to.
formulier.addEventListener("submit", (e) => {
  e.preventDefault();
  const nieuw = new URLSearchParams();
  for (const [naam, waarde] of new FormData(formulier))
    if (typeof waarde === "string" && waarde.trim() !== "") nieuw.set(naam, waarde.trim());
  location.assign(`${location.pathname}?${nieuw}`);
});
vervang(element("kb-keuze"), formulier);

const api = new URLSearchParams({ jaar: String(k.jaar) });
for (const f of FILTERS) if (gekozen[f]) api.set(f, gekozen[f]);
// Rows per page: the API's default (50), or `limiet` from the address (not in the form).
const limiet = q.get("limiet");
if (limiet && /^\d{1,3}$/.test(limiet)) api.set("limiet", limiet);
const pad = `/api/zorgkantoren/${seg(k.zorgkantoorId)}/werkvoorraad?${api}`;
const gefilterd = Boolean(gekozen.aanbieder || gekozen.toestand || gekozen.termijn);

const naam = (r: Regel) => r.aanbiederNaam ?? "Aanbieder zonder naam";

function toestandCel(r: Regel): HTMLElement {
  const venster = r.laatVenster;
  return h(
    "span",
    {},
    toestandKop(r.toestand),
    r.mediation ? h("span", {}, " ", badge("warning", "Mediation")) : null,
    r.voorstelWachtOpTweedeHandtekening
      ? h("span", {}, " ", badge("neutral", "Wacht op tweede handtekening"))
      : null,
    venster?.tot && new Date(venster.tot) > c.nu
      ? h("span", {}, " ", badge("neutral", `Laat venster open tot ${tijdstip(venster.tot)}`))
      : venster?.nodig
        ? h("span", {}, " ", badge("warning", "Laat venster nodig"))
        : null,
  );
}

function acties(r: Regel): HTMLElement {
  const wie = h("span", { class: "kb-sr-only" }, ` ${naam(r)}`);
  return h(
    "span",
    { class: "kb-acties" },
    h(
      "a",
      { class: "utrecht-link", href: link.beoordeling(r.id) },
      r.laatVenster ? "Laat venster openen" : "Beoordelen",
      wie,
    ),
    " · ",
    h(
      "a",
      { class: "utrecht-link", href: `${PAGINAS.zorgkantoorAudit}?id=${seg(r.id)}` },
      "Audittrail",
      wie.cloneNode(true),
    ),
  );
}

function lijst(regels: readonly Regel[], aantal: number, meer: boolean): HTMLElement {
  return tabel(
    `Aanvragen ${k.jaar} (${meer ? `${regels.length} van ${aantal} geladen` : aantal})`,
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
      naam(r),
      toestandCel(r),
      r.termijn ? datum(r.termijn.ontvangen) : "—",
      r.termijn ? datum(r.termijn.streefdatum) : "—",
      r.termijn ? datum(r.termijn.uitersteDatum) : "—",
      termijnBadge(r.termijn?.status),
      r.afspraakTotaal ? euro(r.afspraakTotaal) : "—",
      acties(r),
    ]),
    [6],
  );
}

try {
  const eerste = await haal<Werkvoorraad>(paginaPad(pad, null));
  if (eerste.aantal === 0) {
    vervang(
      plek,
      melding(
        "info",
        gefilterd
          ? `Er zijn voor ${k.jaar} geen aanvragen die aan uw zoekopdracht en filters voldoen.`
          : `Er zijn geen aanvragen voor ${k.jaar}.`,
      ),
    );
  } else {
    meerLaden(plek, eerste, {
      pad,
      rijen: (p: Werkvoorraad) => p.aanvragen,
      toon: (regels, meer) => lijst(regels, eerste.aantal, meer),
    });
  }
} catch (e) {
  toonFout(e);
}
