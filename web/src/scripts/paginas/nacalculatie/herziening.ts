// §15.6 on the nacalculatie page: a herziening of a vaststelling — a new version with a reason and
// four eyes. Before a proposal: the form (reason, per overige line the corrected realised amount
// and judgement, and the year-report money figures the accountant checks). With a proposal: "wacht
// op tweede handtekening", who proposed and when, old and new vastgesteld amount, and for
// zorgkantoor-beheer the Goedkeuren button behind a confirmation that says what will happen. The
// server decides four eyes (403 with its reason, shown). Earlier versions stay readable (table).
// [choice] Only lines whose amount or judgement changed are sent: an unchanged line keeps its own
// judgement instead of getting a "correction" to the same amount.
import { api } from "../../lib/api.js";
import { bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { vraagBevestiging } from "../../lib/bevestiging.js";
import { datum, h, melding, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { type FoutRegel, vinkje } from "../../lib/invoer.js";
import type { Context } from "../../lib/pagina.js";
import {
  bijVersturen,
  eisBedrag,
  eisIngevuld,
  knop,
  toonServerFout,
  veld,
} from "../../lib/velden.js";
import type { Nacalculatie, Vaststelling } from "./tabellen.js";

type Regel = Nacalculatie["overige"][number];
interface Correcties {
  overige?: { id: string; gerealiseerd: string; conform: boolean; reden?: string }[];
  jaarverslag?: { svLoon?: string; werkgeverslasten?: string; inhuur?: string };
}

const invoerBedrag = (b: string | null) => (b === null ? "" : b.replace(".", ","));

/** §15.6: the earlier versions, oldest first, and what the version in force corrected. */
export function versiesSectie(n: Nacalculatie): HTMLElement | null {
  const v = n.vaststelling;
  if (!v || n.eerdereVaststellingen.length === 0) return null;
  const rij = (x: Vaststelling) => [
    `Versie ${x.versie ?? 1}`,
    datum(x.op),
    euro(x.vastgesteld),
    euro(x.saldo),
    euro(x.nabetaling),
    euro(x.verrekening),
    euro(x.terugvordering),
  ];
  return h(
    "section",
    { "aria-labelledby": "kb-versies" },
    h(
      "h2",
      { class: "utrecht-heading-2", id: "kb-versies" },
      "Eerdere versies van de vaststelling",
    ),
    v.herziening
      ? h(
          "p",
          { class: "utrecht-paragraph" },
          `Versie ${v.versie ?? 2} is herzien op ${datum(v.op)}: eerder vastgesteld ${euro(v.herziening.vorigVastgesteld)}, nu ${euro(v.vastgesteld)}. Reden: ${v.herziening.reden}`,
        )
      : null,
    tabel(
      "Eerdere versies van de vaststelling",
      [
        "Versie",
        "Vastgesteld op",
        "Vastgesteld",
        "Saldo",
        "Nabetaling",
        "Verrekening",
        "Terugvordering",
      ],
      n.eerdereVaststellingen.map(rij),
      [2, 3, 4, 5, 6],
    ),
  );
}

/** What the proposal corrects, in words (line names, not ids). */
function correctieLijst(n: Nacalculatie, c: Correcties): HTMLElement {
  const naam = (id: string) => n.overige.find((o) => o.id === id)?.omschrijving ?? "overige regel";
  const j = c.jaarverslag ?? {};
  const punten = [
    ...(c.overige ?? []).map(
      (o) =>
        `${naam(o.id)}: gerealiseerd ${euro(o.gerealiseerd)}, ${o.conform ? "conform" : "niet conform"}${o.reden ? ` (${o.reden})` : ""}`,
    ),
    ...(j.svLoon !== undefined ? [`SV-loon ${n.jaar}: ${euro(j.svLoon)}`] : []),
    ...(j.werkgeverslasten !== undefined ? [`Werkgeverslasten: ${euro(j.werkgeverslasten)}`] : []),
    ...(j.inhuur !== undefined ? [`Inhuur ${n.jaar}: ${euro(j.inhuur)}`] : []),
  ];
  return h("ul", { class: "utrecht-unordered-list" }, ...punten.map((p) => h("li", {}, p)));
}

function wachtend(
  pad: string,
  n: Nacalculatie,
  c: Context,
  klaar: (t: string) => void,
): HTMLElement {
  const v = n.herzieningsvoorstel!;
  const huidig = n.vaststelling!;
  const eigen = v.voorgesteldDoor.sub === c.mij.sub;
  const nieuw = v.uitkomst.vastgesteld;
  const verschil = centen(nieuw)! - centen(huidig.vastgesteld)!;
  const fout = h("div");
  const acties = h("div");
  const goedkeuren = () =>
    api("POST", `${pad}/vaststelling/herziening/goedkeuring`, { versie: n.versie }).then(
      () => klaar(`De herziening is goedgekeurd: versie ${v.vanVersie + 1} is vastgesteld.`),
      (e) => {
        vervang(acties, ...knoppen());
        toonServerFout(fout, [], e);
      },
    );
  const bevestig = () =>
    vraagBevestiging(acties, {
      gevolg: `De vaststelling gaat van ${euro(huidig.vastgesteld)} naar ${euro(nieuw)} (versie ${v.vanVersie + 1}, verschil ${euro(verschil)}). Het verschil wordt eerst verrekend met openstaande betaalopdrachten of vorderingen van deze aanvraag; wat overblijft wordt nabetaald of teruggevorderd. De aanbieder krijgt een herzieningsbrief.`,
      ja: "Ja, herziening goedkeuren",
      doe: goedkeuren,
      terug: () => vervang(acties, ...knoppen()),
    });
  const knoppen = () =>
    c.heeftRol("zorgkantoor-beheer") ? [knop("Herziening goedkeuren", bevestig, "primary")] : [];
  vervang(acties, ...knoppen());
  // Only the role: the API names the proposer by id, and ids stay off the screen.
  const door = eigen
    ? "u"
    : `een andere medewerker (${v.voorgesteldDoor.rol === "beoordelaar" ? "beoordelaar" : "zorgkantoor-beheer"})`;
  return h(
    "div",
    {},
    melding(
      "info",
      `Er is een herziening voorgesteld die wacht op de tweede handtekening. Voorgesteld door ${door} op ${tijdstip(v.op)}.`,
    ),
    h("p", { class: "utrecht-paragraph" }, `Reden: ${v.reden}`),
    h("p", { class: "utrecht-paragraph" }, "Gecorrigeerd:"),
    correctieLijst(n, v.correcties),
    tabel(
      "Voorgestelde herziening",
      ["Onderdeel", "Bedrag"],
      [
        [`Vastgesteld nu (versie ${v.vanVersie})`, euro(huidig.vastgesteld)],
        [`Vastgesteld na herziening (versie ${v.vanVersie + 1})`, euro(nieuw)],
        ["Verschil", euro(verschil)],
      ],
      [1],
    ),
    eigen
      ? h(
          "p",
          { class: "utrecht-paragraph" },
          "U heeft deze herziening voorgesteld; een andere medewerker van zorgkantoor-beheer moet haar goedkeuren.",
        )
      : null,
    fout,
    acties,
  );
}

function regelVelden(r: Regel, i: number) {
  const gerealiseerd = veld(`Gerealiseerd: ${r.omschrijving} (€)`, `overige[${i}].gerealiseerd`, {
    waarde: invoerBedrag(r.gerealiseerd),
    verplicht: true,
  });
  const conform = vinkje(
    `Besteed conform de afspraak: ${r.omschrijving}`,
    `overige[${i}].conform`,
    r.conform,
    () => {},
  );
  const reden = veld(`Reden bij deze regel: ${r.omschrijving}`, `overige[${i}].reden`, {
    beschrijving: "Verplicht als de regel niet conform is besteed.",
  });
  return { r, gerealiseerd, conform, reden };
}
type RegelVelden = ReturnType<typeof regelVelden>;

const gewijzigd = (x: RegelVelden) =>
  centen(x.gerealiseerd.invoer.value) !==
    (x.r.gerealiseerd === null ? null : centen(x.r.gerealiseerd)) ||
  (x.conform.invoer as HTMLInputElement).checked !== x.r.conform;

function formulier(pad: string, n: Nacalculatie, klaar: (t: string) => void): HTMLElement {
  const samenvatting = h("div");
  const reden = veld("Reden van de herziening", "reden", { meerRegels: true, verplicht: true });
  const regels = n.overige.map(regelVelden);
  const leeg = "Leeg laten als het accountantsrapport dit cijfer niet corrigeert.";
  const jv = {
    svLoon: veld(`SV-loon ${n.jaar} (€)`, "correcties.jaarverslag.svLoon", { beschrijving: leeg }),
    werkgeverslasten: veld("Werkgeverslasten (€)", "correcties.jaarverslag.werkgeverslasten", {
      beschrijving: leeg,
    }),
    inhuur: veld(`Inhuur ${n.jaar} (€)`, "correcties.jaarverslag.inhuur", { beschrijving: leeg }),
  };
  const ingevuld = () => Object.entries(jv).filter(([, v]) => v.invoer.value.trim() !== "");
  const controle = (): FoutRegel[] => {
    const fouten = [
      ...eisIngevuld(reden, "Geef de reden van de herziening."),
      ...regels.flatMap((x) => [
        ...eisBedrag(x.gerealiseerd, "80.000,00"),
        ...((x.conform.invoer as HTMLInputElement).checked
          ? []
          : eisIngevuld(x.reden, "Geef een reden waarom deze regel niet conform is besteed.")),
      ]),
      ...Object.values(jv).flatMap((v) =>
        v.invoer.value.trim() === "" ? [] : eisBedrag(v, "7.000.000,00"),
      ),
    ];
    if (fouten.length === 0 && !regels.some(gewijzigd) && ingevuld().length === 0)
      fouten.push({
        veld: regels[0]?.gerealiseerd ?? jv.svLoon,
        tekst:
          "Wijzig minstens één bedrag of oordeel: een herziening zonder correctie verandert niets.",
      });
    return fouten;
  };
  const form = h(
    "form",
    { novalidate: true, "aria-label": "Herziening voorstellen" },
    h("h3", { class: "utrecht-heading-3" }, "Herziening voorstellen"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Na de vaststelling liggen het jaarverslag en de oordelen vast. Een correctie (bijvoorbeeld na een gecorrigeerd accountantsrapport of een bezwaar) wordt een nieuwe versie van de vaststelling; een andere medewerker van zorgkantoor-beheer keurt haar goed.",
    ),
    samenvatting,
    reden.blok,
    ...regels.map((x) =>
      h(
        "fieldset",
        { class: "utrecht-form-fieldset kb-kaart" },
        h("legend", { class: "utrecht-form-fieldset__legend" }, x.r.omschrijving),
        x.gerealiseerd.blok,
        x.conform.blok,
        x.reden.blok,
      ),
    ),
    h(
      "fieldset",
      { class: "utrecht-form-fieldset kb-kaart" },
      h(
        "legend",
        { class: "utrecht-form-fieldset__legend" },
        "Jaarverslag (uit het accountantsrapport)",
      ),
      jv.svLoon.blok,
      jv.werkgeverslasten.blok,
      jv.inhuur.blok,
    ),
    knop("Herziening voorstellen", null, "primary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [reden, ...regels.flatMap((x) => [x.gerealiseerd, x.reden]), ...Object.values(jv)],
    controle,
    async () => {
      const teSturen = regels.filter(gewijzigd);
      // The server names a line by its place in what was sent: name the fields likewise (a line
      // not sent this time gets no name a sent line could share).
      for (const [i, x] of regels.entries()) {
        x.gerealiseerd.invoer.name = `overige[${i}].gerealiseerd`;
        x.reden.invoer.name = `overige[${i}].reden`;
      }
      for (const [k, x] of teSturen.entries()) {
        x.gerealiseerd.invoer.name = `correcties.overige[${k}].gerealiseerd`;
        x.reden.invoer.name = `correcties.overige[${k}].reden`;
      }
      const correcties: Correcties = {
        ...(teSturen.length > 0 && {
          overige: teSturen.map((x) => {
            const r = x.reden.invoer.value.trim();
            return {
              id: x.r.id,
              gerealiseerd: bedragTekst(centen(x.gerealiseerd.invoer.value)!),
              conform: (x.conform.invoer as HTMLInputElement).checked,
              ...(r !== "" && { reden: r }),
            };
          }),
        }),
        ...(ingevuld().length > 0 && {
          jaarverslag: Object.fromEntries(
            ingevuld().map(([k, v]) => [k, bedragTekst(centen(v.invoer.value)!)]),
          ),
        }),
      };
      await api("POST", `${pad}/vaststelling/herziening/voorstel`, {
        versie: n.versie,
        reden: reden.invoer.value.trim(),
        correcties,
      });
      klaar(
        "De herziening is voorgesteld en wacht op de tweede handtekening van een andere medewerker van zorgkantoor-beheer.",
      );
    },
  );
  return form;
}

/** The section "Herziening" (h2), only after a vaststelling. */
export function herzieningSectie(
  pad: string,
  n: Nacalculatie,
  c: Context,
  klaar: (t: string) => void,
): HTMLElement | null {
  if (!n.vaststelling) return null;
  const inhoud = n.herzieningsvoorstel
    ? wachtend(pad, n, c, klaar)
    : c.heeftRol("beoordelaar", "zorgkantoor-beheer")
      ? formulier(pad, n, klaar)
      : null;
  if (!inhoud) return null;
  return h(
    "section",
    { "aria-labelledby": "kb-herziening" },
    h("h2", { class: "utrecht-heading-2", id: "kb-herziening" }, "Herziening"),
    inhoud,
  );
}
