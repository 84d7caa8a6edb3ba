// PAGINAS.voorschotten (§6, §1): the monthly voorschot run (with a dry run that writes
// nothing), the payment orders of a month, payment batches (propose; release by a second,
// different zorgkantoor-beheer user; export for the financial administration as XLSX or CSV, and the SEPA pain.001 file for the bank)
// and the voorschot schedule of one aanvraag per month.
import { OPDRACHTSOORT_LABEL } from "#shared/grootboek/opdrachtsoort.js";
import { api, download, haalAllePaginas, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { centen, euro } from "../../lib/bedrag.js";
import { vraagBevestiging } from "../../lib/bevestiging.js";
import { datum, element, h, melding, tabel, vervang } from "../../lib/dom.js";
import { aanbiederNaam } from "../../lib/namen.js";
import { start, toonFout } from "../../lib/pagina.js";
import { knop, status, toonServerFout } from "../../lib/velden.js";
import { keuze, keuzeFormulier } from "../zorgkantoor/gemeen.js";
import { keuzeLijst, maandTekst } from "./maanden.js";
import { schemaSectie } from "./schema.js";

type Maandoverzicht = Antwoord<"betaalopdrachtenVanMaand">;
type Batch = Rij<"betaalopdrachtenVanMaand", "batches">;

const c = await start();
const k = await keuze(c);
const zk = `/api/zorgkantoren/${seg(k.zorgkantoorId)}`;
const beheer = c.heeftRol("zorgkantoor-beheer");
const meldingPlek = element("kb-melding");
vervang(element("kb-keuze"), keuzeFormulier(c, k));
const UITKOMST: Record<string, string> = {
  aangemaakt: "Aangemaakt",
  bestond_al: "Bestond al",
  zou_aanmaken: "Zou aanmaken (proefrun)",
  geen: "Geen betaling",
  fout: "Fout",
};

type Maandrun = Antwoord<"voorschotMaandrun">;

const meervoud = (n: number, een: string, meer: string) => `${n} ${n === 1 ? een : meer}`;

/** What the run of month `m` will do, from a dry run just before (which writes nothing). */
function runGevolg(v: Maandrun, m: number): string {
  const maand = `${maandTekst(m)} ${k.jaar}`;
  const fouten = v.aantalFouten
    ? ` Bij ${meervoud(v.aantalFouten, "aanvraag", "aanvragen")} lukt het niet; die krijgen geen opdracht.`
    : "";
  if (v.aantalAangemaakt === 0)
    return `Volgens een proefrun van zojuist maakt de maandrun van ${maand} geen nieuwe betaalopdrachten aan.${fouten}`;
  return `Volgens een proefrun van zojuist maakt de maandrun van ${maand} ${meervoud(v.aantalAangemaakt, "betaalopdracht", "betaalopdrachten")} aan, voor in totaal ${euro(v.totaalAangemaakt)}.${fouten} Staat er bij een aanbieder een vordering uit een ander jaar open, dan wordt die eerst met de opdracht verrekend. Betaald wordt pas als een betaalbatch is voorgesteld en door een andere medewerker is vrijgegeven.`;
}

function runSectie(): HTMLElement {
  const fout = h("div");
  const uitkomst = h("div");
  const maand = keuzeLijst("kb-run-maand", "Maand van de run", 1);
  const proef = h("input", {
    type: "checkbox",
    id: "kb-run-proef",
    class: "utrecht-checkbox utrecht-checkbox--html-input",
  });
  // The submit button's place: the confirmation of a real run takes it over until Ja or Annuleren.
  const acties = h("div");
  const knoppen = () => vervang(acties, knop("Maandrun uitvoeren", null, "primary", "submit"));
  knoppen();
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": "kb-run-kop" },
    h("h2", { class: "utrecht-heading-2", id: "kb-run-kop" }, "Maandelijkse voorschotrun"),
    fout,
    maand.blok,
    h(
      "div",
      { class: "utrecht-form-field utrecht-form-field--checkbox" },
      proef,
      h(
        "label",
        { class: "utrecht-form-label utrecht-form-label--checkbox", for: "kb-run-proef" },
        " Proefrun (schrijft niets)",
      ),
    ),
    acties,
    uitkomst,
  );
  const uitvoeren = async (m: number, alsProef: boolean) => {
    try {
      const r = await api<Maandrun>("POST", `${zk}/voorschot/maandrun`, {
        jaar: k.jaar,
        maand: m,
        proef: alsProef,
      });
      knoppen();
      vervang(fout);
      status(
        meldingPlek,
        `${r.proef ? "Proefrun" : "Maandrun"} ${maandTekst(m)} ${k.jaar}: ${r.aantalAangemaakt} betaalopdracht(en), totaal ${euro(r.totaalAangemaakt)}${r.aantalFouten ? `, ${r.aantalFouten} fout(en)` : ""}.`,
      );
      vervang(
        uitkomst,
        tabel(
          `Uitkomst per aanvraag, ${maandTekst(m)} ${k.jaar}`,
          ["Aanbieder", "Uitkomst", "Bedrag", "Reden"],
          r.regels.map((x) => [
            aanbiederNaam(x),
            UITKOMST[x.uitkomst] ?? x.uitkomst,
            x.bedrag ? euro(x.bedrag) : "—",
            x.reden ?? "",
          ]),
          [2],
        ),
      );
      if (!r.proef) await toonMaand(m);
    } catch (err) {
      knoppen();
      toonServerFout(fout, [], err);
    }
  };
  // A confirmation names the month it was asked for: another choice asks again.
  form.addEventListener("change", knoppen);
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const m = Number(maand.select.value);
    if (proef.checked) return uitvoeren(m, true);
    try {
      const voorbeeld = await api<Maandrun>("POST", `${zk}/voorschot/maandrun`, {
        jaar: k.jaar,
        maand: m,
        proef: true,
      });
      vervang(fout);
      vraagBevestiging(acties, {
        gevolg: runGevolg(voorbeeld, m),
        ja: "Ja, maandrun uitvoeren",
        doe: () => uitvoeren(m, false),
        terug: knoppen,
      });
    } catch (err) {
      toonServerFout(fout, [], err);
    }
  });
  return form;
}

const maandPlek = h("div", { "aria-live": "polite" });
let huidigeMaand = 1;

async function toonMaand(m: number): Promise<void> {
  huidigeMaand = m;
  const mm = `${k.jaar}-${String(m).padStart(2, "0")}`;
  // All pages of the month: "verrekend" per batch sums the batch's orders; the totals (totaal,
  // nietInBatch) come from the server and are of the whole month on every page.
  const o = await haalAllePaginas<Maandoverzicht, "opdrachten">(
    `${zk}/betaalopdrachten/${mm}`,
    "opdrachten",
  );
  const fout = h("div");
  // §15.4: an order can be partly offset against a negative saldo of another year; the batch then
  // pays less than was ordered. The difference is shown, so the screen adds up to the ledger.
  const verrekend = (b: Batch) =>
    o.opdrachten
      .filter((x) => x.batch === b.nummer)
      .reduce((som, x) => som + (centen(x.bedrag) ?? 0n), 0n) - (centen(b.totaal) ?? 0n);
  const batchRij = (b: Batch) => [
    b.nummer,
    b.status === "vrijgegeven" ? "Vrijgegeven" : "Wacht op vrijgave (tweede handtekening)",
    b.aantal,
    euro(verrekend(b)),
    euro(b.totaal),
    datum(b.voorgesteldOp),
    b.status === "voorgesteld"
      ? knop(`Batch ${b.nummer} vrijgeven`, () => {
          api("POST", `${zk}/betaalopdrachten/${mm}/batches/${b.nummer}/vrijgave`, {
            versie: b.versie,
          }).then(
            () => toonMaand(m).then(() => status(meldingPlek, `Batch ${b.nummer} is vrijgegeven.`)),
            (e) => toonServerFout(fout, [], e),
          );
        })
      : h(
          "span",
          {},
          ...(["xlsx", "csv"] as const).map((f) =>
            knop(
              `Export ${f.toUpperCase()} batch ${b.nummer}`,
              () => {
                download(
                  `${zk}/betaalopdrachten/${mm}/batches/${b.nummer}/export?formaat=${f}`,
                  `betaalbatch-${mm}-${b.nummer}.${f}`,
                ).catch((e) => toonServerFout(fout, [], e));
              },
              "subtle",
            ),
          ),
          // §15.5: the bank's transfer file (ISO 20022 pain.001) of a released batch.
          knop(
            `SEPA-bestand (pain.001) batch ${b.nummer}`,
            () => {
              download(
                `${zk}/betaalopdrachten/${mm}/batches/${b.nummer}/sepa`,
                `betaalbatch-${mm}-${b.nummer}-pain.001.xml`,
              ).catch((e) => toonServerFout(fout, [], e));
            },
            "subtle",
          ),
        ),
  ];
  vervang(
    maandPlek,
    h("h3", { class: "utrecht-heading-3" }, `Betaalopdrachten ${maandTekst(m)} ${k.jaar}`),
    fout,
    o.opdrachten.length === 0
      ? melding("info", `Er zijn geen betaalopdrachten in ${maandTekst(m)} ${k.jaar}.`)
      : tabel(
          `Betaalopdrachten ${maandTekst(m)} ${k.jaar}, totaal ${euro(o.totaal)}`,
          ["Aanbieder", "Soort", "Bedrag", "Basisversie", "Batch"],
          o.opdrachten.map((x) => [
            aanbiederNaam(x),
            OPDRACHTSOORT_LABEL[x.soort],
            euro(x.bedrag),
            x.basisVersie,
            x.batch ?? "nog in geen batch",
          ]),
          [2],
        ),
    o.nietInBatch > 0
      ? knop(
          `Betaalbatch voorstellen (${o.nietInBatch} opdrachten)`,
          () => {
            api("POST", `${zk}/betaalopdrachten/${mm}/batches`).then(
              () =>
                toonMaand(m).then(() =>
                  status(
                    meldingPlek,
                    "De betaalbatch is voorgesteld; een andere medewerker geeft haar vrij.",
                  ),
                ),
              (e) => toonServerFout(fout, [], e),
            );
          },
          "primary",
        )
      : null,
    o.batches.length > 0
      ? tabel(
          `Betaalbatches ${maandTekst(m)} ${k.jaar}`,
          ["Nummer", "Status", "Opdrachten", "Verrekend", "Totaal", "Voorgesteld op", "Actie"],
          o.batches.map(batchRij),
          [3, 4],
        )
      : null,
  );
}

function maandSectie(): HTMLElement {
  const maand = keuzeLijst("kb-opdrachten-maand", "Maand", huidigeMaand);
  const form = h(
    "form",
    { class: "kb-keuze", "aria-label": "Maand van de betaalopdrachten kiezen" },
    maand.blok,
    knop("Toon betaalopdrachten", null, "secondary", "submit"),
  );
  form.addEventListener("submit", (e) => {
    e.preventDefault();
    toonMaand(Number(maand.select.value)).catch((err) =>
      vervang(maandPlek, melding("error", err instanceof Error ? err.message : String(err))),
    );
  });
  return h(
    "section",
    { "aria-labelledby": "kb-opdrachten-kop" },
    h(
      "h2",
      { class: "utrecht-heading-2", id: "kb-opdrachten-kop" },
      "Betaalopdrachten en betaalbatches",
    ),
    form,
    maandPlek,
  );
}

try {
  const w = await haalAllePaginas<Antwoord<"werkvoorraad">, "aanvragen">(
    `${zk}/werkvoorraad?jaar=${k.jaar}`,
    "aanvragen",
  );
  vervang(
    element("kb-voorschotten"),
    beheer
      ? runSectie()
      : melding("info", "De maandrun en de betaalbatches zijn voor zorgkantoor-beheer."),
    beheer ? maandSectie() : null,
    schemaSectie(w.aanvragen.filter((r) => r.afspraakTotaal !== null)),
  );
} catch (e) {
  toonFout(e);
}
