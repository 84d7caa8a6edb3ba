// PAGINAS.exports (§5, §6): the files for the outside world — the budgetronde export
// for the NZa, the overview of all aanvragen (XLSX) and the payments: every released payment
// batch of the year as XLSX or CSV for the financial administration (zorgkantoor-beheer).
import { download, haal, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { euro } from "../../lib/bedrag.js";
import { element, h, melding, tabel, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import { knop, toonServerFout } from "../../lib/velden.js";
import { keuze, keuzeFormulier } from "../zorgkantoor/gemeen.js";

type Batch = Rij<"betaalopdrachtenVanMaand", "batches">;

const c = await start();
const k = await keuze(c);
vervang(element("kb-keuze"), keuzeFormulier(c, k));
const zk = `/api/zorgkantoren/${seg(k.zorgkantoorId)}`;
const fout = h("div");

const bestand = (tekst: string, pad: string, naam: string) =>
  knop(tekst, () => {
    vervang(fout);
    download(pad, naam).catch((e) => toonServerFout(fout, [], e));
  });

async function betalingen(): Promise<HTMLElement> {
  if (!c.heeftRol("zorgkantoor-beheer"))
    return melding("info", "De exports van betalingen zijn voor zorgkantoor-beheer.");
  const maanden = Array.from(
    { length: 12 },
    (_, i) => `${k.jaar}-${String(i + 1).padStart(2, "0")}`,
  );
  const batches = (
    await Promise.all(
      maanden.map((m) =>
        haal<Antwoord<"betaalopdrachtenVanMaand">>(`${zk}/betaalopdrachten/${m}`).catch(() => ({
          batches: [] as Batch[],
        })),
      ),
    )
  ).flatMap((o) => o.batches.filter((b) => b.status === "vrijgegeven"));
  if (batches.length === 0)
    return melding("info", `Er zijn nog geen vrijgegeven betaalbatches in ${k.jaar}.`);
  return tabel(
    `Vrijgegeven betaalbatches ${k.jaar}`,
    ["Maand", "Batch", "Opdrachten", "Totaal", "Bestand"],
    batches.map((b) => {
      const p = `${zk}/betaalopdrachten/${seg(b.maand)}/batches/${b.nummer}/export?formaat=`;
      return [
        b.maand,
        b.nummer,
        b.aantal,
        euro(b.totaal),
        h(
          "span",
          {},
          bestand(
            `XLSX ${b.maand} batch ${b.nummer}`,
            `${p}xlsx`,
            `betaalbatch-${b.maand}-${b.nummer}.xlsx`,
          ),
          " ",
          bestand(
            `CSV ${b.maand} batch ${b.nummer}`,
            `${p}csv`,
            `betaalbatch-${b.maand}-${b.nummer}.csv`,
          ),
        ),
      ];
    }),
    [3],
  );
}

try {
  vervang(
    element("kb-exports"),
    fout,
    h("h2", { class: "utrecht-heading-2" }, `Budgetronde en aanvragen ${k.jaar}`),
    h(
      "div",
      { class: "utrecht-button-group" },
      bestand(
        "Budgetronde NZa (XLSX)",
        `${zk}/exports/${k.jaar}/budgetronde`,
        `budgetronde-${k.jaar}.xlsx`,
      ),
      bestand(
        "Overzicht aanvragen (XLSX)",
        `${zk}/exports/${k.jaar}/aanvragen`,
        `aanvragen-${k.jaar}.xlsx`,
      ),
    ),
    h("h2", { class: "utrecht-heading-2" }, "Betalingen"),
    await betalingen(),
  );
} catch (e) {
  toonFout(e);
}
