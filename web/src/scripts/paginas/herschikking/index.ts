// PAGINAS.herschikking (?zorgkantoor=&jaar=, §8): the herschikking proposal as an
// editable table — the new agreement per aanvraag — with the §8 constraints checked LIVE by the
// server (POST …/herschikking/{jaar}/controle, debounced after typing stops) and the decision
// (zorgkantoor-beheer) with an optional reason. The server's check is the only judge; the page
// adds up the new agreements in exact cents while typing.
import { link } from "#shared/paginas.js";
import { api, haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { bedragTekst, centen, euro, som } from "../../lib/bedrag.js";
import { element, h, melding, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import {
  foutSamenvatting,
  knop,
  status,
  toonServerFout,
  type Veld,
  veld,
  zetFout,
} from "../../lib/velden.js";
import { keuze, keuzeFormulier } from "../zorgkantoor/gemeen.js";
import { vensterSectie } from "./heropening.js";
import { verdelingBlok } from "./verdeling.js";

type Voorstel = Antwoord<"herschikkingsvoorstel">;
type Vastgelegd = NonNullable<Voorstel["vastgelegd"]>;
type Controle = Antwoord<"herschikkingControle">;

const c = await start();
const k = await keuze(c);
vervang(element("kb-keuze"), keuzeFormulier(c, k));
const plek = element("kb-herschikking");
const meldingPlek = element("kb-melding");
const pad = `/api/zorgkantoren/${seg(k.zorgkantoorId)}/herschikking/${k.jaar}`;
const BRON: Record<string, string> = {
  oktober: "realisatie oktober",
  juli: "realisatie juli",
  mei: "realisatie mei",
  afspraak: "afspraak (geen realisatie)",
};

function formulier(v: Voorstel): HTMLElement {
  let wacht: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(wacht);
    wacht = setTimeout(() => void controleer(), 400);
  };
  const velden = v.regels.map((r, i) => ({
    r,
    v: veld(`Nieuwe afspraak ${naamVan(r)} (€)`, "voorstel", {
      waarde: r.nieuweAfspraak,
      beschrijving: `Huidige afspraak ${euro(r.afspraak)}, prognose ${euro(r.prognose)} (${BRON[r.prognoseBron] ?? r.prognoseBron}), voorstel ${euro(r.nieuweAfspraak)}.`,
    }),
    // §15.2 [portal rule]: the zorgkantoor's own split within the caps, optional.
    s: r.verdeling ? verdelingBlok(naamVan(r), i, r.verdeling, later) : undefined,
  }));
  const splitsingOk = () =>
    velden.map(({ v: f, s }) => s?.controleer(centen(f.invoer.value)) ?? true).every(Boolean);
  // §15.2: a herschikking needs a reason; the server refuses one without.
  const reden = veld("Reden van het besluit", "reden", { meerRegels: true, verplicht: true });
  const samenvatting = h("div");
  const live = h("div", { role: "status", "aria-live": "polite" });
  /** The lines; with `metVerdeling` the own splits too (the live §8 check knows no split). */
  const regels = (metVerdeling = false) => {
    const uit = velden.map(({ r, v: f, s }) => ({ r, s, c: centen(f.invoer.value) }));
    if (uit.some((x) => x.c === null)) return null;
    return uit.map((x) => {
      const verdeling = metVerdeling ? x.s?.waarde() : undefined;
      return {
        aanvraagId: x.r.aanvraagId,
        versie: x.r.versie,
        nieuweAfspraak: bedragTekst(x.c!),
        ...(verdeling && { verdeling }),
      };
    });
  };
  let volgnummer = 0;
  async function controleer(): Promise<void> {
    const nr = ++volgnummer;
    const voorstel = regels();
    for (const { v: f } of velden)
      zetFout(
        f,
        centen(f.invoer.value) === null ? "Vul een bedrag in, bijvoorbeeld 1000000,00." : null,
      );
    splitsingOk();
    if (!voorstel) return;
    const totaal = som(voorstel.map((x) => centen(x.nieuweAfspraak)!));
    try {
      const r = await api<Controle>("POST", `${pad}/controle`, { voorstel });
      if (nr !== volgnummer) return; // an older answer arriving late must not overwrite a newer one
      for (const { r: regel, v: f } of velden) {
        const o = r.regels.find((x) => x.aanvraagId === regel.aanvraagId)?.overtredingen ?? [];
        zetFout(f, o.length ? o.map((x) => x.melding).join(" ") : null);
      }
      vervang(
        live,
        h(
          "p",
          { class: "utrecht-paragraph" },
          `Totaal nieuwe afspraken ${euro(totaal)} binnen het te verdelen kader van ${euro(r.kader)}.`,
        ),
        r.toegestaan
          ? h(
              "p",
              { class: "utrecht-paragraph" },
              "Het voorstel blijft binnen de grenzen van de herschikking.",
            )
          : h(
              "ul",
              { class: "utrecht-unordered-list" },
              ...[...r.overtredingen, ...r.regels.flatMap((x) => x.overtredingen)].map((o) =>
                h("li", {}, o.melding),
              ),
            ),
      );
    } catch (e) {
      if (nr === volgnummer) toonServerFout(samenvatting, [], e);
    }
  }
  const form = h(
    "form",
    { novalidate: true, "aria-label": "Herschikkingsbesluit" },
    samenvatting,
    ...velden.map((x) =>
      h(
        "div",
        { class: "kb-kaart" },
        h(
          "p",
          { class: "utrecht-paragraph" },
          h("a", { class: "utrecht-link", href: link.beoordeling(x.r.aanvraagId) }, naamVan(x.r)),
        ),
        x.v.blok,
        ...(x.s ? [x.s.blok] : []),
      ),
    ),
    live,
    reden.blok,
    c.heeftRol("zorgkantoor-beheer")
      ? knop("Voorstel vastleggen", null, "primary", "submit")
      : melding("info", "Het besluit wordt genomen door zorgkantoor-beheer."),
  );
  form.addEventListener("input", (e) => {
    if ((e.target as HTMLElement).getAttribute("name") === "reden") return;
    later();
  });
  form.addEventListener("submit", async (e) => {
    e.preventDefault();
    const voorstel = regels(true);
    if (!voorstel)
      return foutSamenvatting(
        samenvatting,
        velden
          .filter((x) => centen(x.v.invoer.value) === null)
          .map((x) => ({ veld: x.v, tekst: "Vul een bedrag in." })),
      );
    if (!splitsingOk())
      return foutSamenvatting(
        samenvatting,
        velden
          .flatMap((x) => x.s?.velden ?? [])
          .filter((f) => !f.fout.hidden)
          .map((f) => ({ veld: f, tekst: f.fout.textContent ?? "" })),
      );
    if (!reden.invoer.value.trim())
      return foutSamenvatting(samenvatting, [
        { veld: reden, tekst: "Geef de reden van het besluit op." },
      ]);
    try {
      // §15.2: this lays down the proposal; another zorgkantoor-beheer user approves it.
      await api("POST", `${pad}/voorstel`, { voorstel, reden: reden.invoer.value.trim() });
      vervang(samenvatting); // an earlier refusal no longer applies
      status(
        meldingPlek,
        "Het voorstel is vastgelegd. Een andere medewerker van zorgkantoor-beheer keurt het goed.",
      );
    } catch (err) {
      toonServerFout(
        samenvatting,
        [...velden.flatMap((x) => [x.v, ...(x.s?.velden ?? [])]), reden] as Veld[],
        err,
      );
    }
  });
  void controleer();
  return form;
}

/**
 * §15.2 four eyes: the laid-down proposal, the responses of the aanbieders, and — for a
 * zorgkantoor-beheer user other than the proposer — "Goedkeuren", naming what will change.
 */
/** The aanbieder as the screen names it (the name; never its id). */
const naamVan = (r: { aanbiederNaam?: string | null }): string =>
  r.aanbiederNaam ?? "aanbieder zonder naam";

function goedkeuring(v: Vastgelegd, namen: ReadonlyMap<string, string | null>): HTMLElement {
  const gewijzigd = v.regels.filter((r) => centen(r.mutatie) !== 0n);
  const mag = c.heeftRol("zorgkantoor-beheer") && !v.doorU;
  const knopGoedkeuren = knop("Goedkeuren", null, "primary", "button");
  knopGoedkeuren.addEventListener("click", async () => {
    try {
      const r = await api<Antwoord<"herschikkingGoedkeuren">>("POST", `${pad}/goedkeuring`, {
        versie: v.versie,
      });
      status(
        meldingPlek,
        `De herschikking is goedgekeurd: ${r.gewijzigd.length} afspraak/afspraken gewijzigd; afgesproken in totaal ${euro(r.afgesproken)}.`,
      );
      knopGoedkeuren.remove();
    } catch (err) {
      toonFout(err);
    }
  });
  return h(
    "section",
    { "aria-label": "Vastgelegd voorstel" },
    h("h2", { class: "utrecht-heading-2" }, "Vastgelegd voorstel"),
    h("p", { class: "utrecht-paragraph" }, `Reden: ${v.reden}`),
    h(
      "p",
      { class: "utrecht-paragraph" },
      gewijzigd.length === 0
        ? "Bij goedkeuren verandert geen enkele afspraak."
        : `Bij goedkeuren veranderen ${gewijzigd.length} afspraak/afspraken, alle of geen:`,
    ),
    h(
      "ul",
      { class: "utrecht-unordered-list" },
      ...v.regels.map((r) =>
        h(
          "li",
          { class: "utrecht-unordered-list__item" },
          `${naamVan({ aanbiederNaam: namen.get(r.aanbiederId) })}: ${euro(r.afspraak)} wordt ${euro(r.nieuweAfspraak)}${
            r.reactie ? `; reactie van de aanbieder: ${r.reactie.tekst}` : ""
          }`,
        ),
      ),
    ),
    mag
      ? knopGoedkeuren
      : melding(
          "info",
          v.doorU
            ? "U legde dit voorstel vast; een andere medewerker van zorgkantoor-beheer keurt het goed."
            : "Het voorstel wordt goedgekeurd door zorgkantoor-beheer.",
        ),
  );
}

async function toon(): Promise<void> {
  const v = await haal<Voorstel>(pad);
  vervang(
    plek,
    // §15.2: November t, or reopened by zorgkantoor-beheer with a reason.
    vensterSectie(pad, v.venster, c.heeftRol("zorgkantoor-beheer"), (tekst) => {
      void toon().then(() => status(meldingPlek, tekst), toonFout);
    }),
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Regionaal kader ${euro(v.regionaalKader)}; te verdelen ${euro(v.kader)}; ruimte ${euro(v.ruimte)}${v.naarRato ? "; verhogingen naar rato" : ""}.`,
    ),
    ...(v.vastgelegd
      ? [goedkeuring(v.vastgelegd, new Map(v.regels.map((r) => [r.aanbiederId, r.aanbiederNaam])))]
      : []),
    v.regels.length === 0
      ? melding("info", "Er zijn geen afspraken om te herschikken.")
      : formulier(v),
  );
}

try {
  await toon();
} catch (e) {
  toonFout(e);
}
