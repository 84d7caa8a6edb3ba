// PAGINAS.herschikking (?zorgkantoor=&jaar=, §8): the herschikking proposal as an
// editable table — the new agreement per aanvraag — with the §8 constraints checked LIVE by the
// server (POST …/herschikking/{jaar}/controle, debounced after typing stops) and the decision
// (zorgkantoor-beheer) with an optional reason. The server's check is the only judge; the page
// adds up the new agreements in exact cents while typing.
import { link } from "#shared/paginas.js";
import { api, haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { bedragNl, bedragTekst, centen, euro, som } from "../../lib/bedrag.js";
import { vraagBevestiging } from "../../lib/bevestiging.js";
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
import { cijferTabel, uitleg } from "./cijfers.js";
import { goedkeuringSectie } from "./goedkeuring.js";
import { vensterSectie } from "./heropening.js";
import { verdelingBlok } from "./verdeling.js";
import { wijzigingen } from "./wijzigingen.js";

type Voorstel = Antwoord<"herschikkingsvoorstel">;
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
      // Dutch notation, as the user types it (centen() reads both).
      waarde: bedragNl(r.nieuweAfspraak),
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
  // The submit button's place: the confirmation takes it over until "Ja" or Annuleren.
  const acties = h("div");
  const knoppen = () => vervang(acties, knop("Voorstel vastleggen", null, "primary", "submit"));
  let bevestigen = false;
  const terug = () => {
    bevestigen = false;
    knoppen();
  };
  // A response belongs to the laid-down proposal: without one there is nothing to respond to.
  const reacties = v.vastgelegd
    ? new Map(v.vastgelegd.regels.map((l) => [l.aanvraagId, l.reactie]))
    : undefined;
  const form = h(
    "form",
    { novalidate: true, "aria-label": "Herschikkingsbesluit" },
    uitleg(),
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
        cijferTabel(x.r, naamVan(x.r), reacties && (reacties.get(x.r.aanvraagId) ?? null)),
        x.v.blok,
        ...(x.s ? [x.s.blok] : []),
      ),
    ),
    live,
    reden.blok,
    c.heeftRol("zorgkantoor-beheer")
      ? acties
      : melding("info", "Het besluit wordt genomen door zorgkantoor-beheer."),
  );
  knoppen();
  form.addEventListener("input", (e) => {
    // A confirmation names the amounts it was asked for: a change makes it ask again.
    if (bevestigen) terug();
    if ((e.target as HTMLElement).getAttribute("name") === "reden") return;
    later();
  });
  const vastleggen = async (voorstel: NonNullable<ReturnType<typeof regels>>) => {
    try {
      // §15.2: this lays down the proposal; another zorgkantoor-beheer user approves it.
      await api("POST", `${pad}/voorstel`, { voorstel, reden: reden.invoer.value.trim() });
      vervang(samenvatting); // an earlier refusal no longer applies
      terug();
      status(
        meldingPlek,
        "Het voorstel is vastgelegd. Een andere medewerker van zorgkantoor-beheer keurt het goed.",
      );
    } catch (err) {
      terug();
      toonServerFout(
        samenvatting,
        [...velden.flatMap((x) => [x.v, ...(x.s?.velden ?? [])]), reden] as Veld[],
        err,
      );
    }
  };
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
    const w = wijzigingen(
      velden.map(({ r, v: f }) => ({
        naam: naamVan(r),
        afspraak: centen(r.afspraak)!,
        nieuw: centen(f.invoer.value)!,
      })),
    );
    bevestigen = true;
    vraagBevestiging(acties, {
      gevolg: `Het voorstel wordt vastgelegd${v.vastgelegd ? " in plaats van het open voorstel" : ""}. ${w.zin} De aanbieders zien hun regel en kunnen schriftelijk reageren; de afspraken veranderen pas als een andere medewerker van zorgkantoor-beheer het voorstel goedkeurt.`,
      ja: "Ja, voorstel vastleggen",
      doe: () => vastleggen(voorstel),
      terug,
      details: w.tabel,
    });
  });
  void controleer();
  return form;
}

/** The aanbieder as the screen names it (the name; never its id). */
const naamVan = (r: { aanbiederNaam?: string | null }): string =>
  r.aanbiederNaam ?? "aanbieder zonder naam";

async function toon(): Promise<void> {
  const v = await haal<Voorstel>(pad);
  const namen = new Map(v.regels.map((r) => [r.aanbiederId, r.aanbiederNaam]));
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
      ? [
          goedkeuringSectie({
            pad,
            v: v.vastgelegd,
            naam: (id) => naamVan({ aanbiederNaam: namen.get(id) }),
            beheer: c.heeftRol("zorgkantoor-beheer"),
            meldingPlek,
          }),
        ]
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
