// PAGINAS.goedkeuringen (§1 four eyes): everything that waits for a second signature at the
// zorgkantoor, in every year, from ONE route (GET /api/zorgkantoren/{id}/goedkeuringen): who
// proposed and when, the amounts per category and line against what was asked (or agreed), the
// motivation and the letter. Zorgkantoor-beheer approves after a confirmation that says what will
// happen, or sends a toekenning back with a reason. The server says per item whether the caller
// may sign and why not; a beoordelaar (or the proposer) sees the item read-only with that reason.
import { link } from "#shared/paginas.js";
import { api, download, haal, seg } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { euro, maandNl } from "../../lib/bedrag.js";
import { vraagBevestiging } from "../../lib/bevestiging.js";
import { element, h, melding, tabel, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import { bijVersturen, eisIngevuld, knop, status, toonServerFout, veld } from "../../lib/velden.js";
import { keuze, zorgkantoorVeld } from "../zorgkantoor/gemeen.js";

type Item = Rij<"goedkeuringen", "items">;

const SOORT: Record<Item["soort"], string> = {
  toekenning: "Toekenning",
  vaststelling: "Vaststelling",
  herziening: "Herziening",
  betaalbatch: "Betaalbatch",
};
const TEGENOVER: Record<Item["tegenover"], string> = {
  aangevraagd: "Aangevraagd",
  afgesproken: "Afgesproken",
  vastgesteld: "Nu vastgesteld",
};
const BRIEF: Record<Item["soort"], string> = {
  toekenning: "Beoordelingsbrief (PDF)",
  vaststelling: "Vaststellingsbrief (PDF)",
  herziening: "Vaststellingsbrief (PDF)",
  betaalbatch: "",
};

/** What the item is about: the aanbieder, or the batch's month and number. */
const onderwerp = (i: Item): string =>
  i.batch
    ? `${maandNl(i.batch.maand)}, batch ${i.batch.nummer} (${i.batch.aantal} opdrachten)`
    : (i.aanbiederNaam ?? "");

const c = await start();
const k = await keuze(c);
const plek = element("kb-goedkeuringen");
const meldingPlek = element("kb-melding");
const beheer = c.heeftRol("zorgkantoor-beheer");

/** "10 februari 2020", Dutch time. */
const lang = (iso: string): string =>
  new Intl.DateTimeFormat("nl-NL", {
    timeZone: "Europe/Amsterdam",
    day: "numeric",
    month: "long",
    year: "numeric",
  }).format(new Date(iso));

/** What approving does, said before it is done. */
function gevolg(i: Item): string {
  const verschil = i.was === null ? "" : ` (versie ${i.nieuweVersie})`;
  switch (i.soort) {
    case "toekenning":
      return `De toekenning van ${euro(i.totaal)} aan ${i.aanbiederNaam} voor ${i.jaar} wordt vastgelegd als afspraak binnen het regionale kader; de aanbieder krijgt de beoordelingsbrief.`;
    case "vaststelling":
      return `Het kwaliteitsbudget ${i.jaar} van ${i.aanbiederNaam} wordt vastgesteld op ${euro(i.totaal)}; het saldo wordt nabetaald, verrekend of teruggevorderd en de aanbieder krijgt de vaststellingsbrief.`;
    case "herziening":
      return `De vaststelling ${i.jaar} van ${i.aanbiederNaam} gaat van ${euro(i.was ?? i.totaal)} naar ${euro(i.totaal)}${verschil}; het verschil wordt verrekend, nabetaald of teruggevorderd en de aanbieder krijgt een herzieningsbrief.`;
    case "betaalbatch":
      return `${onderwerp(i)} wordt vrijgegeven voor betaling: ${euro(i.totaal)} gaat naar de bank.`;
  }
}

/** The status after approving (the words the other pages use for the same decision). */
function klaar(i: Item): string {
  switch (i.soort) {
    case "toekenning":
      return `De toekenning aan ${i.aanbiederNaam} is goedgekeurd en vastgelegd als afspraak.`;
    case "vaststelling":
      return `De vaststelling van ${i.aanbiederNaam} is goedgekeurd.`;
    case "herziening":
      return `De herziening van ${i.aanbiederNaam} is goedgekeurd: versie ${i.nieuweVersie} is vastgesteld.`;
    case "betaalbatch":
      return `Batch ${i.batch?.nummer} van ${i.batch ? maandNl(i.batch.maand) : ""} is vrijgegeven voor betaling.`;
  }
}

function bedragen(i: Item): HTMLElement {
  return tabel(
    `Bedragen: voorgesteld tegenover ${TEGENOVER[i.tegenover].toLowerCase()}`,
    ["Onderdeel", "Voorgesteld", TEGENOVER[i.tegenover]],
    [
      ...i.bedragen.map((b) => [
        b.regel ? `— ${b.omschrijving}` : b.omschrijving,
        euro(b.voorgesteld),
        b.tegenover === null ? "—" : euro(b.tegenover),
      ]),
      ["Totaal", euro(i.totaal), ""],
    ],
    [1, 2],
  );
}

function terugsturenFormulier(i: Item, acties: HTMLElement, terug: () => void): HTMLElement {
  const reden = veld("Reden om terug te sturen", "reden", {
    meerRegels: true,
    verplicht: true,
    beschrijving: `${i.voorgesteldDoor} leest deze reden; het voorstel vervalt en de aanvraag blijft in beoordeling.`,
  });
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, "aria-label": `Toekenning aan ${i.aanbiederNaam} terugsturen` },
    samenvatting,
    reden.blok,
    h(
      "div",
      { class: "utrecht-button-group" },
      knop("Terugsturen", null, "primary", "submit"),
      knop("Annuleren", terug, "secondary"),
    ),
  );
  bijVersturen(
    form,
    samenvatting,
    [reden],
    () => eisIngevuld(reden, "Geef op waarom u het voorstel terugstuurt."),
    async () => {
      const a = await haal<Antwoord<"leesAanvraag">>(`/api/aanvragen/${seg(i.aanvraagId!)}`);
      await api("POST", i.terugsturen!, { versie: a.versie, reden: reden.invoer.value.trim() });
      status(
        meldingPlek,
        `De toekenning aan ${i.aanbiederNaam} is teruggestuurd naar ${i.voorgesteldDoor}.`,
      );
      herlaad();
    },
  );
  vervang(acties, form);
  return form;
}

function acties(i: Item): HTMLElement {
  const plekActies = h("div");
  const fout = h("div");
  const knoppen = () =>
    vervang(
      plekActies,
      h(
        "div",
        { class: "utrecht-button-group" },
        knop(`${SOORT[i.soort]} goedkeuren`, bevestig, "primary"),
        i.terugsturen
          ? knop("Terugsturen", () => terugsturenFormulier(i, plekActies, knoppen))
          : null,
      ),
    );
  const goedkeuren = async () => {
    try {
      const versie = i.batch
        ? i.batch.versie
        : (await haal<Antwoord<"leesAanvraag">>(`/api/aanvragen/${seg(i.aanvraagId!)}`)).versie;
      await api("POST", i.goedkeuring, { versie });
      status(meldingPlek, klaar(i));
      herlaad();
    } catch (e) {
      knoppen();
      toonServerFout(fout, [], e);
    }
  };
  const bevestig = () =>
    vraagBevestiging(plekActies, {
      gevolg: gevolg(i),
      ja: `Ja, ${SOORT[i.soort].toLowerCase()} goedkeuren`,
      doe: goedkeuren,
      terug: knoppen,
    });
  knoppen();
  return h("div", {}, fout, plekActies);
}

/** The heading: the kind, and the aanbieder (linked to its case) or the batch. */
function kop(i: Item): HTMLElement {
  const zaak = i.aanvraagId
    ? h(
        "a",
        {
          class: "utrecht-link",
          href:
            i.soort === "toekenning"
              ? link.beoordeling(i.aanvraagId)
              : link.nacalculatie(i.aanvraagId),
        },
        onderwerp(i),
      )
    : onderwerp(i);
  return h("h4", { class: "utrecht-heading-4" }, `${SOORT[i.soort]}: `, zaak, `, ${i.jaar}`);
}

function briefKnop(i: Item, fout: HTMLElement): HTMLElement | null {
  const pad = i.brief;
  if (!pad) return null;
  return h(
    "p",
    { class: "utrecht-paragraph" },
    h(
      "button",
      {
        type: "button",
        class: "utrecht-button utrecht-button--subtle-action",
        onclick: (() => {
          download(pad, `${i.soort}-${i.jaar}.pdf`).catch((e) =>
            vervang(fout, melding("error", e instanceof Error ? e.message : String(e))),
          );
        }) as EventListener,
      },
      `${BRIEF[i.soort]} bekijken`,
    ),
  );
}

function kaart(i: Item): HTMLElement {
  const briefFout = h("div");
  return h(
    "div",
    {
      class: "kb-kaart",
      role: "listitem",
      "aria-label": `${SOORT[i.soort]}: ${onderwerp(i)}, ${i.jaar}`,
    },
    kop(i),
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Voorgesteld door ${i.voorgesteldDoor} op ${lang(i.voorgesteldOp)}.`,
    ),
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Bedrag: ${euro(i.totaal)}`,
      i.was === null ? "" : ` (was ${euro(i.was)})`,
    ),
    i.bedragen.length > 0 ? bedragen(i) : null,
    i.soort === "betaalbatch"
      ? null
      : h(
          "p",
          { class: "utrecht-paragraph" },
          h("strong", {}, "Motivering: "),
          i.motivering.trim() === "" ? "geen motivering opgegeven." : i.motivering,
        ),
    briefFout,
    briefKnop(i, briefFout),
    i.magGoedkeuren
      ? acties(i)
      : h("p", { class: "utrecht-paragraph" }, `Wie tekent: ${i.wieTekent}. `, i.reden ?? ""),
  );
}

async function laad(): Promise<void> {
  const r = await haal<Antwoord<"goedkeuringen">>(
    `/api/zorgkantoren/${seg(k.zorgkantoorId)}/goedkeuringen`,
  );
  const jaren = [...new Set(r.items.map((i) => i.jaar))];
  vervang(
    plek,
    beheer
      ? null
      : melding(
          "info",
          "Goedkeuren is voorbehouden aan zorgkantoor-beheer; u ziet wat op een tweede handtekening wacht en wie moet tekenen.",
        ),
    r.items.length === 0
      ? melding("info", "Er wacht niets op een tweede handtekening, in geen enkel jaar.")
      : h(
          "div",
          {},
          ...jaren.map((j) =>
            h(
              "section",
              { "aria-labelledby": `kb-jaar-${j}` },
              h("h3", { class: "utrecht-heading-3", id: `kb-jaar-${j}` }, `Jaar ${j}`),
              h(
                "div",
                { role: "list", "aria-label": `Wacht op tweede handtekening, ${j}` },
                ...r.items.filter((i) => i.jaar === j).map(kaart),
              ),
            ),
          ),
        ),
  );
}

const herlaad = () => void laad().catch(toonFout);

// The zorgkantoor only when the user has several; every year is on the page at once.
if (c.zorgkantoren.length > 1)
  vervang(
    element("kb-keuze"),
    h(
      "form",
      { class: "kb-keuze", method: "get", "aria-label": "Zorgkantoor kiezen" },
      zorgkantoorVeld(c, k),
      knop("Toon", null, "secondary", "submit"),
    ),
  );
laad().catch(toonFout);
