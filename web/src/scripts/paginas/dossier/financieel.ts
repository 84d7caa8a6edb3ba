// §15.8 in the aanbieder's dossier: the financial overview of the aanvraag's year — the agreement
// per category and overige line, the voorschotten per month (gepland by the schedule, besteld,
// betaald and still open in the ledger), the realisatie per window with its projection, the
// expected and final saldo and the open vordering — as tables, and the main figures as a chart
// whose text alternative is those tables (the chart's own label also states every value).
import { MAANDNAMEN } from "#shared/kalender/maandnamen.js";
import { haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { centen, euro, maandNl } from "../../lib/bedrag.js";
import { datum, h, melding, tabel, tijdstip } from "../../lib/dom.js";
import { type Staaf, staafdiagram } from "../../lib/grafiek.js";
import { foutTekst } from "../../lib/pagina.js";
import { STATUS } from "../nacalculatie/vordering.js";

type Overzicht = Antwoord<"financieelOverzicht">;

const KOP = "kb-financieel";

const BRON: Record<NonNullable<Overzicht["verwacht"]>["bron"], string> = {
  afspraak: "op basis van de afspraak (er is nog geen realisatie ingediend)",
  realisatie: "op basis van de laatste tussentijdse realisatie",
  jaarverslag: "op basis van het ingediende jaarverslag",
};

/** A saldo with its meaning in words, never only a sign: positive is paid to the aanbieder. */
function saldo(bedrag: string): string {
  const c = centen(bedrag) ?? 0n;
  if (c > 0n) return `${euro(bedrag)} (nabetaling aan u)`;
  if (c < 0n) return `${euro(-c)} (terug te betalen)`;
  return euro(bedrag);
}

/** The API's fraction "0.75" as a Dutch percentage "75" (exact, no rounding). */
function procent(p: string): string {
  const [heel = "0", deel = ""] = p.split(".");
  const cijfers = `${heel}${deel.padEnd(2, "0")}`;
  const punt = heel.length + 2;
  const geheel = cijfers.slice(0, punt).replace(/^0+(?=\d)/, "");
  const rest = cijfers.slice(punt).replace(/0+$/, "");
  return rest ? `${geheel},${rest}` : geheel;
}

const h3 = (tekst: string) => h("h3", { class: "utrecht-heading-3" }, tekst);
const alinea = (tekst: string) => h("p", { class: "utrecht-paragraph" }, tekst);

function afspraakTabel(o: Overzicht, a: NonNullable<Overzicht["afspraak"]>): HTMLElement {
  return tabel(
    `Afspraak ${o.jaar} per categorie`,
    ["Categorie", "Afgesproken"],
    [
      ["Personeel", euro(a.personeel)],
      ["Overige kosten", euro(a.overige)],
      ...a.overigeRegels.map((r) => [`waarvan ${r.omschrijving}`, euro(r.afgesproken)]),
      ["Compensatiecomponent", euro(a.compensatie)],
      ["Totaal kwaliteitsbudget", euro(a.totaal)],
    ],
    [1],
  );
}

function voorschotTabel(o: Overzicht): HTMLElement {
  const v = o.voorschot;
  // Offset or corrected orders are rare; their column only appears when there is one.
  const verrekend = [...v.maanden, v.totaal].some((m) => (centen(m.verrekend) ?? 0n) !== 0n);
  const gecorrigeerd = [...v.maanden, v.totaal].some((m) => (centen(m.gecorrigeerd) ?? 0n) !== 0n);
  const koppen = [
    "Maand",
    "Volgens schema",
    "Opgedragen",
    "Betaald",
    ...(verrekend ? ["Verrekend"] : []),
    ...(gecorrigeerd ? ["Gecorrigeerd"] : []),
    "Opgedragen, nog niet betaald",
  ];
  const rij = (naam: string, m: Overzicht["voorschot"]["totaal"]) => [
    naam,
    euro(m.gepland),
    euro(m.besteld),
    euro(m.betaald),
    ...(verrekend ? [euro(m.verrekend)] : []),
    ...(gecorrigeerd ? [euro(m.gecorrigeerd)] : []),
    euro(m.open),
  ];
  return tabel(
    `Voorschotten ${o.jaar} per maand`,
    koppen,
    [...v.maanden.map((m) => rij(maandNl(m.maand), m)), rij("Totaal", v.totaal)],
    koppen.map((_, i) => i).slice(1),
  );
}

function realisatieDeel(o: Overzicht): HTMLElement {
  if (o.realisatie.length === 0) return alinea("Er is nog geen tussentijdse realisatie ingediend.");
  return tabel(
    `Realisatie ${o.jaar} per venster`,
    [
      "Venster",
      "Ingediend op",
      "Gerealiseerd tot dan",
      "Projectie voor het jaar",
      "Verwacht vast te stellen",
    ],
    o.realisatie.map((r) => [
      `${r.venster} (januari t/m ${MAANDNAMEN[r.maandenGedekt - 1]})`,
      tijdstip(r.ingediendOp),
      euro(r.gerealiseerd),
      euro(r.projectie),
      euro(r.verwachtVastgesteld),
    ]),
    [2, 3, 4],
  );
}

function saldoTabel(o: Overzicht): HTMLElement {
  const rijen: string[][] = [];
  if (o.verwacht)
    rijen.push(
      ["Verwacht vast te stellen", euro(o.verwacht.vastgesteld)],
      ["Voorschotten", euro(o.verwacht.voorschotten)],
      ["Verwacht saldo", saldo(o.verwacht.saldo)],
    );
  if (o.definitief)
    rijen.push(
      ["Vastgesteld", euro(o.definitief.vastgesteld)],
      ["Betaalde voorschotten", euro(o.definitief.voorschotten)],
      ["Definitief saldo", saldo(o.definitief.saldo)],
    );
  const v = o.vordering;
  if (v)
    rijen.push(
      ["Open vordering", euro(v.open)],
      ["Vordering: status", STATUS[v.status]],
      ["Vordering: te betalen uiterlijk", v.vervaldatum ? datum(v.vervaldatum) : "—"],
    );
  else rijen.push(["Open vordering", euro("0.00")]);
  return tabel(`Saldo ${o.jaar}`, ["Onderdeel", "Bedrag"], rijen, [1]);
}

function grafiek(o: Overzicht, a: NonNullable<Overzicht["afspraak"]>): HTMLElement {
  const c = (s: string) => centen(s) ?? 0n;
  const laatste = o.realisatie.at(-1);
  const staven: Staaf[] = [
    { label: "Afspraak", centen: c(a.totaal) },
    { label: "Voorschot (schema)", centen: c(o.voorschot.totaal.gepland) },
    { label: "Opgedragen", centen: c(o.voorschot.totaal.besteld) },
    { label: "Betaald", centen: c(o.voorschot.totaal.betaald) },
    ...(laatste ? [{ label: "Projectie", centen: c(laatste.projectie) }] : []),
    ...(o.definitief
      ? [{ label: "Vastgesteld", centen: c(o.definitief.vastgesteld) }]
      : o.verwacht
        ? [{ label: "Verwacht", centen: c(o.verwacht.vastgesteld) }]
        : []),
  ];
  return h(
    "figure",
    { class: "kb-figuur" },
    staafdiagram(`Financieel overzicht ${o.jaar}`, staven),
    h(
      "figcaption",
      { class: "utrecht-paragraph" },
      "Dezelfde bedragen staan in de tabellen hierboven.",
    ),
  );
}

function sectie(o: Overzicht): HTMLElement {
  const kop = h("h2", { class: "utrecht-heading-2", id: KOP }, `Financieel overzicht ${o.jaar}`);
  const a = o.afspraak;
  if (!a)
    return h(
      "section",
      { "aria-labelledby": KOP },
      kop,
      alinea(
        "Er is nog geen afspraak. Zodra het zorgkantoor een bedrag toekent, staan hier de afspraak, de voorschotten, de realisatie en het saldo.",
      ),
    );
  const pct = o.voorschot.percentage;
  return h(
    "section",
    { "aria-labelledby": KOP },
    kop,
    h3("Afspraak"),
    afspraakTabel(o, a),
    h3("Voorschotten"),
    alinea(
      pct === null
        ? "Er is geen voorschotschema."
        : `Het voorschot is ${procent(pct)} % van de afspraak; volgens het schema komt het jaar uit op ${euro(o.voorschot.jaardoel)}. Betaald is wat in een vrijgegeven betaalbatch zat.`,
    ),
    voorschotTabel(o),
    h3("Realisatie"),
    realisatieDeel(o),
    h3("Saldo"),
    o.verwacht
      ? alinea(
          `Het verwachte saldo is berekend ${BRON[o.verwacht.bron]}; het definitieve saldo volgt uit de vaststelling.`,
        )
      : null,
    saldoTabel(o),
    grafiek(o, a),
  );
}

export type Afspraak = NonNullable<Overzicht["afspraak"]>;

/**
 * The section, and the agreement it shows (the addendum's signature says what is agreed); a load
 * error shows as a warning in it (the rest of the dossier still loads) and gives no agreement.
 */
export async function financieel(
  aanvraagId: string,
): Promise<{ sectie: HTMLElement; afspraak: Afspraak | null }> {
  try {
    const o = await haal<Overzicht>(`/api/aanvragen/${seg(aanvraagId)}/financieel-overzicht`);
    return { sectie: sectie(o), afspraak: o.afspraak ?? null };
  } catch (e) {
    const fout = h(
      "section",
      { "aria-labelledby": KOP },
      h("h2", { class: "utrecht-heading-2", id: KOP }, "Financieel overzicht"),
      melding("warning", `Het financieel overzicht kon niet worden geladen: ${foutTekst(e)}`),
    );
    return { sectie: fout, afspraak: null };
  }
}
