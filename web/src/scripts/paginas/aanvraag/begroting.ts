// Step 2 (docs/regels.md §4.1.3): the meerjarenbegroting, year t and up to two later years; personeel
// lines (loondienst or inhuur) and overige lines with their SMART fields; live totals per year and
// the personeel share against the richtlijn.
import { aandeel, euro } from "../../lib/bedrag.js";
import { gegevens, h, vervang } from "../../lib/dom.js";
import { keuzeveld, knop, tekstveld } from "../../lib/invoer.js";
import { CATEGORIEEN, FUNCTIEGROEPEN, MAANDEN, SMART } from "./lijsten.js";
import {
  type Begrotingsjaar,
  nieuweOverigeRegel,
  nieuwePersoneelsregel,
  type OverigeRegel,
  onderRichtlijn,
  type Personeelsregel,
  type Smart,
  totalen,
} from "./model.js";
import { fieldset, registreer, type Wizard } from "./wizard.js";

const locatieKeuzes = (w: Wizard): [string, string][] => [
  ["organisatiebreed", "organisatiebreed"],
  ...w.model.locaties.map((l, i): [string, string] => [l.id, l.naam.trim() || `locatie ${i + 1}`]),
];

function nieuwRegelId(j: Begrotingsjaar, voorvoegsel: string): string {
  const ids = new Set([...j.personeel, ...j.overige].map((r) => r.id));
  let n = 1;
  while (ids.has(`${voorvoegsel}${n}`)) n++;
  return `${voorvoegsel}${n}`;
}

function personeelsregel(w: Wizard, j: Begrotingsjaar, i: number, k: number, r: Personeelsregel) {
  const p = `begroting[${i}].personeel[${k}]`;
  const zet = (veld: keyof Personeelsregel) => (x: string) => {
    (r as unknown as Record<string, string>)[veld] = x;
    w.gewijzigd();
  };
  const bedragVeld = (label: string, pad: string, veld: keyof Personeelsregel) =>
    registreer(
      w,
      1,
      tekstveld(label, pad, r[veld], zet(veld), {
        decimaal: true,
        beschrijving: "in euro's per fte per jaar",
      }),
    );
  const kosten =
    r.soort === "inhuur"
      ? [bedragVeld("Kosten per fte (inhuur)", `${p}.kostenPerFte`, "kostenPerFte")]
      : [
          bedragVeld(
            "Directe loonkosten (salaris, vakantietoeslag)",
            `${p}.loonkostenPerFte.direct`,
            "direct",
          ),
          bedragVeld(
            "Indirecte loonkosten (pensioen, reiskosten, vergoedingen)",
            `${p}.loonkostenPerFte.indirect`,
            "indirect",
          ),
          bedragVeld(
            "Premies (loonheffing, verzekeringen, Zvw)",
            `${p}.loonkostenPerFte.premies`,
            "premies",
          ),
        ];
  return fieldset(
    `Personeelsregel ${k + 1} (${j.jaar})`,
    registreer(
      w,
      1,
      keuzeveld(
        "Soort",
        `${p}.soort`,
        [
          ["loondienst", "loondienst"],
          ["inhuur", "inhuur"],
        ],
        r.soort,
        (x) => {
          r.soort = x as Personeelsregel["soort"];
          w.herteken(`${p}.soort`);
        },
      ),
    ),
    registreer(
      w,
      1,
      keuzeveld(
        "Functiegroep",
        `${p}.functiegroep`,
        FUNCTIEGROEPEN,
        r.functiegroep,
        zet("functiegroep"),
      ),
    ),
    registreer(
      w,
      1,
      keuzeveld("Locatie", `${p}.locatie`, locatieKeuzes(w), r.locatie, zet("locatie")),
    ),
    registreer(
      w,
      1,
      tekstveld("Extra fte", `${p}.fte`, r.fte, zet("fte"), {
        decimaal: true,
        beschrijving: "bijvoorbeeld 2,50",
      }),
    ),
    registreer(
      w,
      1,
      keuzeveld("Ingangsmaand", `${p}.ingangsmaand`, MAANDEN, r.ingangsmaand, zet("ingangsmaand")),
    ),
    ...kosten,
    knop(`Personeelsregel ${k + 1} (${j.jaar}) verwijderen`, () => {
      j.personeel.splice(k, 1);
      w.herteken();
    }),
  );
}

function overigeRegel(w: Wizard, j: Begrotingsjaar, i: number, k: number, r: OverigeRegel) {
  const p = `begroting[${i}].overige[${k}]`;
  const smart = (label: string, veld: keyof OverigeRegel["smart"], datum = false) =>
    registreer(
      w,
      1,
      tekstveld(
        label,
        `${p}.smart.${veld}`,
        r.smart[veld],
        (x) => {
          r.smart[veld] = x;
          w.gewijzigd();
        },
        datum ? { beschrijving: "dd-mm-jjjj" } : { meerRegels: true },
      ),
    );
  return fieldset(
    `Overige regel ${k + 1} (${j.jaar})`,
    registreer(
      w,
      1,
      keuzeveld("Categorie", `${p}.categorie`, CATEGORIEEN, r.categorie, (x) => {
        r.categorie = x;
        w.gewijzigd();
      }),
    ),
    registreer(
      w,
      1,
      tekstveld("Omschrijving", `${p}.omschrijving`, r.omschrijving, (x) => {
        r.omschrijving = x;
        w.gewijzigd();
      }),
    ),
    registreer(
      w,
      1,
      keuzeveld("Locatie", `${p}.locatie`, locatieKeuzes(w), r.locatie, (x) => {
        r.locatie = x;
        w.gewijzigd();
      }),
    ),
    registreer(
      w,
      1,
      tekstveld(
        "Bedrag",
        `${p}.bedrag`,
        r.bedrag,
        (x) => {
          r.bedrag = x;
          w.gewijzigd();
        },
        { decimaal: true, beschrijving: "in euro's, bijvoorbeeld 60.000,00" },
      ),
    ),
    ...(Object.keys(SMART) as (keyof Smart)[]).map((k) => smart(SMART[k], k, k.endsWith("datum"))),
    knop(`Overige regel ${k + 1} (${j.jaar}) verwijderen`, () => {
      j.overige.splice(k, 1);
      w.herteken();
    }),
  );
}

/** The live totals of one year, in a region screen readers hear when it changes. */
export function toonTotalen(w: Wizard, j: Begrotingsjaar, plek: HTMLElement): void {
  const t = totalen(j);
  const richtlijn = w.richtlijn;
  const pct = richtlijn
    ? `${aandeel(BigInt(Math.round(Number(richtlijn) * 10000)), 10000n)}`
    : null;
  const oordeel =
    richtlijn === null || t.totaal === 0n
      ? null
      : onderRichtlijn(t, richtlijn)
        ? `Onder de richtlijn van ${pct}: een onderbouwing is nodig (stap 3).`
        : `Voldoet aan de richtlijn van ${pct}.`;
  vervang(
    plek,
    gegevens(
      [
        ["Personeel", euro(t.personeel)],
        ["Overige", euro(t.overige)],
        ["Totaal", euro(t.totaal)],
        ["Aandeel personeel", aandeel(t.personeel, t.totaal)],
      ],
      "kb-bedrag",
    ),
    oordeel ? h("p", { class: "utrecht-paragraph" }, oordeel) : null,
    t.onvolledig
      ? h(
          "p",
          { class: "utrecht-paragraph" },
          "Een of meer bedragen zijn nog niet leesbaar en tellen niet mee.",
        )
      : null,
  );
}

export function stapBegroting(w: Wizard, totaalPlekken: Map<number, HTMLElement>): HTMLElement {
  totaalPlekken.clear();
  const jaren = w.model.begroting.map((j, i) => {
    const plek = h("div", { "aria-live": "polite", class: "kb-kaart" });
    totaalPlekken.set(i, plek);
    toonTotalen(w, j, plek);
    return h(
      "section",
      { "aria-labelledby": `kb-begroting-${j.jaar}` },
      h("h3", { class: "utrecht-heading-3", id: `kb-begroting-${j.jaar}` }, `Begroting ${j.jaar}`),
      h("h4", { class: "utrecht-heading-4" }, `Totalen ${j.jaar}`),
      plek,
      h("h4", { class: "utrecht-heading-4" }, "Personeel"),
      ...j.personeel.map((r, k) => personeelsregel(w, j, i, k, r)),
      knop(`Personeelsregel toevoegen (${j.jaar})`, () => {
        j.personeel.push(nieuwePersoneelsregel(nieuwRegelId(j, "p")));
        w.herteken(`begroting[${i}].personeel[${j.personeel.length - 1}].soort`);
      }),
      h("h4", { class: "utrecht-heading-4" }, "Overige kosten"),
      ...j.overige.map((r, k) => overigeRegel(w, j, i, k, r)),
      knop(`Overige regel toevoegen (${j.jaar})`, () => {
        j.overige.push(nieuweOverigeRegel(nieuwRegelId(j, "o")));
        w.herteken(`begroting[${i}].overige[${j.overige.length - 1}].categorie`);
      }),
    );
  });
  // The next year after the last one, never beyond t+2 (§4.1.3).
  const volgend = Math.max(w.jaar - 1, ...w.model.begroting.map((j) => j.jaar)) + 1;
  return h(
    "div",
    {},
    ...jaren,
    volgend <= w.jaar + 2
      ? knop(`Begrotingsjaar ${volgend} toevoegen`, () => {
          w.model.begroting.push({ jaar: volgend, personeel: [], overige: [] });
          w.herteken();
        })
      : null,
  );
}
