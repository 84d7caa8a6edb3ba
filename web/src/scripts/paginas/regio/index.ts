// PAGINAS.regio: the regional overview of a zorgkantoor for a year — kader, agreed,
// paid, realised and vastgesteld — as an SVG chart and, with the same numbers, as tables.

import { link } from "#shared/paginas.js";
import { haal, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { centen, euro } from "../../lib/bedrag.js";
import { element, h, melding, tabel, vervang } from "../../lib/dom.js";
import { staafdiagram } from "../../lib/grafiek.js";
import { meerLaden } from "../../lib/meerLaden.js";
import { start, toonFout } from "../../lib/pagina.js";
import { toestandKop } from "../../lib/toestand.js";
import { keuze, keuzeFormulier } from "../zorgkantoor/gemeen.js";
import { margeSectie } from "./marge.js";

type Overzicht = Antwoord<"regioOverzicht">;
type Regel = Rij<"regioOverzicht", "rijen">;

/** The table per aanbieder, one page of rows after another ("Meer laden"). */
function perAanbieder(o: Overzicht, pad: string, jaar: number): HTMLElement {
  const plek = h("div");
  if (o.rijen.length === 0 && o.volgende === null) {
    vervang(plek, melding("info", "Er zijn geen aanvragen."));
    return plek;
  }
  meerLaden(plek, o, {
    pad,
    rijen: (p: Overzicht) => p.rijen,
    toon: (rijen: readonly Regel[], meer) =>
      tabel(
        `Per aanbieder ${jaar} (${rijen.length} van ${o.aantalAanvragen} aanvragen${meer ? " geladen" : ""})`,
        ["Aanbieder", "Toestand", "Afgesproken", "Betaald", "Gerealiseerd", "Vastgesteld"],
        rijen.map((r) => [
          h(
            "a",
            { class: "utrecht-link", href: link.beoordeling(r.aanvraagId) },
            r.aanbiederNaam ?? r.aanbiederId,
          ),
          toestandKop(r.toestand),
          euro(r.afgesproken),
          euro(r.betaald),
          euro(r.gerealiseerd),
          euro(r.vastgesteld),
        ]),
        [2, 3, 4, 5],
      ),
  });
  return plek;
}

const c = await start();
const k = await keuze(c);
vervang(element("kb-keuze"), keuzeFormulier(c, k));
const plek = element("kb-regio");
try {
  const pad = `/api/zorgkantoren/${seg(k.zorgkantoorId)}/overzicht/${k.jaar}`;
  const o = await haal<Overzicht>(pad);
  const t = o.totalen;
  const reeks = [
    { label: "Regionaal kader", bedrag: o.kader ?? "0.00" },
    { label: "Afgesproken", bedrag: t.afgesproken },
    { label: "Betaald", bedrag: t.betaald },
    { label: "Gerealiseerd", bedrag: t.gerealiseerd },
    { label: "Vastgesteld", bedrag: t.vastgesteld },
  ];
  const naam = o.zorgkantoorNaam ?? k.zorgkantoorId;
  const beheer = c.mij.lidmaatschappen.some(
    (l) => l.rol === "zorgkantoor-beheer" && l.zorgkantoorId === k.zorgkantoorId,
  );
  const marge = await margeSectie(k.zorgkantoorId, k.jaar, beheer);
  vervang(
    plek,
    h("h2", { class: "utrecht-heading-2" }, `${naam}, ${k.jaar}`),
    o.kader === null ? melding("warning", `Er is nog geen regionaal kader voor ${k.jaar}.`) : null,
    h(
      "figure",
      {},
      staafdiagram(
        `Regio-overzicht ${naam} ${k.jaar}`,
        reeks.map((r) => ({ label: r.label, centen: centen(r.bedrag) ?? 0n })),
      ),
      h(
        "figcaption",
        { class: "utrecht-paragraph" },
        "De grafiek toont de totalen hieronder; opgedragen voorschotten die nog niet zijn vrijgegeven tellen niet als betaald.",
      ),
    ),
    tabel(
      `Totalen ${k.jaar}`,
      ["Onderdeel", "Bedrag"],
      [
        ...reeks.map((r) => [r.label, euro(r.bedrag)]),
        ["Opgedragen (nog niet alle vrijgegeven)", euro(t.opgedragen)],
      ],
      [1],
    ),
    perAanbieder(o, pad, k.jaar),
    marge,
  );
} catch (e) {
  toonFout(e);
}
