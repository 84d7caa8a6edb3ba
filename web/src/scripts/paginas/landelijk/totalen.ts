// PAGINAS.landelijkeTotalen (§1, §3.1): per zorgkantoorregio the kader, agreed, paid,
// realised and vastgesteld amounts against the national budget, as a chart and as a table; and the
// form that sets a regional kader (kader.ts).
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { centen, euro } from "../../lib/bedrag.js";
import { element, h, tabel, vervang } from "../../lib/dom.js";
import { staafdiagram } from "../../lib/grafiek.js";
import { start, toonFout } from "../../lib/pagina.js";
import { status } from "../../lib/velden.js";
import { jaarFormulier, landelijkJaar } from "./jaar.js";
import { kaderFormulier } from "./kader.js";

await start();
const jaar = landelijkJaar();
const plek = element("kb-totalen");
const meldingPlek = h("div");

async function toon(): Promise<void> {
  const t = await haal<Antwoord<"landelijkeTotalen">>(`/api/landelijk/${seg(jaar)}/totalen`);
  const reeks = [
    { label: "Landelijk budget", bedrag: t.landelijkBudget },
    { label: "Regionale kaders", bedrag: t.totalen.kader },
    { label: "Afgesproken", bedrag: t.totalen.afgesproken },
    { label: "Betaald", bedrag: t.totalen.betaald },
    { label: "Gerealiseerd", bedrag: t.totalen.gerealiseerd },
    { label: "Vastgesteld", bedrag: t.totalen.vastgesteld },
  ];
  const klaar = (tekst: string) => {
    toon().then(() => status(meldingPlek, tekst), toonFout);
  };
  const zorgkantoren = t.regios.map((r) => ({
    id: r.zorgkantoorId,
    naam: r.zorgkantoorNaam ?? r.zorgkantoorId,
  }));
  vervang(
    plek,
    meldingPlek,
    jaarFormulier(jaar),
    h(
      "figure",
      {},
      staafdiagram(
        `Landelijke totalen ${jaar}`,
        reeks.map((r) => ({ label: r.label, centen: centen(r.bedrag) ?? 0n })),
      ),
      h(
        "figcaption",
        { class: "utrecht-paragraph" },
        "Dezelfde totalen staan in de tabel hieronder.",
      ),
    ),
    tabel(
      `Landelijke totalen ${jaar}`,
      ["Onderdeel", "Bedrag"],
      reeks.map((r) => [r.label, euro(r.bedrag)]),
      [1],
    ),
    tabel(
      `Per zorgkantoor ${jaar}`,
      [
        "Zorgkantoor",
        "Aanvragen",
        "Kader",
        "Afgesproken",
        "Betaald",
        "Gerealiseerd",
        "Vastgesteld",
      ],
      t.regios.map((r) => [
        r.zorgkantoorNaam ?? r.zorgkantoorId,
        r.aantalAanvragen,
        r.kader ? euro(r.kader) : "—",
        euro(r.afgesproken),
        euro(r.betaald),
        euro(r.gerealiseerd),
        euro(r.vastgesteld),
      ]),
      [2, 3, 4, 5, 6],
    ),
    await kaderFormulier(jaar, zorgkantoren, klaar),
  );
}

toon().catch(toonFout);
