// PAGINAS.jaarverslag (?id=, docs/regels.md §7 last bullets, §9.1): the rondrekening inputs of
// the year report for base year and year t and the realised spend per agreed overige line (§15.1),
// a LIVE preview of the nacalculatie (POST …/jaarverslag/voorbeeld, debounced; the server
// computes, the page only shows), then PUT …/jaarverslag. Locked outside its window like the
// realisatie forms.
import { link } from "#shared/paginas.js";
import { ApiFout, api, haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { bedragTekst, centen, euro } from "../../lib/bedrag.js";
import { datum, element, h, melding, parameter, tabel, vervang } from "../../lib/dom.js";
import {
  type FoutRegel,
  foutSamenvatting,
  meldStatus,
  tekstveld,
  type Veld,
  zetFout,
} from "../../lib/invoer.js";
import { toonLaadfout } from "../../lib/laadfout.js";
import { aanbiederNaam } from "../../lib/namen.js";
import { foutTekst, start } from "../../lib/pagina.js";
import { labelWeg } from "../../lib/velden.js";

/** The year report as a tree of figures (the form fills it by path; the server checks it). */
type Boom = { [k: string]: unknown };
const PROFIELEN = ["VV4", "VV5", "VV6", "VV7", "VV8", "VV9b", "VV10"];
const BEDRAGEN: [string, string][] = [
  ["svLoon", "SV-loon"],
  ["inhuur", "Facturen inhuur"],
  ["omzet", "Omzet ZZP/VPT VV4–VV10"],
];
type Uitkomst = NonNullable<Antwoord<"jaarverslagVoorbeeld">["berekening"]>;
const UITKOMST = [
  ["personeelGerealiseerd", "Personeel gerealiseerd"],
  ["personeelVergoedbaar", "Personeel vergoedbaar"],
  ["overigeVergoedbaar", "Overige vergoedbaar"],
  ["vastgesteld", "Vast te stellen"],
  ["saldo", "Saldo"],
] as const satisfies readonly (readonly [keyof Uitkomst, string])[];

await start();
const pagina = element("kb-pagina");
const id = parameter("id") ?? "";

async function toon(): Promise<void> {
  const a = await haal<Antwoord<"leesAanvraag">>(`/api/aanvragen/${seg(id)}`);
  const { vensters, overigeRegels } = await haal<Antwoord<"realisatieoverzicht">>(
    `/api/aanvragen/${seg(id)}/realisaties`,
  );
  const v = vensters.find((x) => x.soort === "jaarverslag");
  const open = v ? v.status === "open" || v.status === "heropend" : false;
  const vorig = (v?.laatste?.inhoud.verslag ?? v?.laatste?.inhoud ?? {}) as Boom;
  let vorigeVersie: number = v?.laatste?.versie ?? 0;
  const velden: { pad: string[]; veld: Veld; dagen: boolean }[] = [];
  const veld = (label: string, pad: string[], dagen: boolean) => {
    const w = pad.reduce<unknown>((o, k) => (o as Boom | undefined)?.[k], vorig);
    const x = tekstveld(
      label,
      pad.join("."),
      w === undefined ? "" : String(w).replace(".", ","),
      plan,
      { decimaal: !dagen },
    );
    x.invoer.disabled = !open;
    velden.push({ pad, veld: x, dagen });
    return x.blok;
  };
  // §15.1: one amount per agreed overige line, in the agreement's order (a refusal names the
  // line by its index: "verslag.overige[1].gerealiseerd").
  const gemeld = new Map<string, string>(
    ((vorig.overige ?? []) as { regelId: string; gerealiseerd: string }[]).map((o) => [
      o.regelId,
      o.gerealiseerd,
    ]),
  );
  const regels = overigeRegels.map((o) => {
    const w = gemeld.get(o.id);
    const x = tekstveld(
      `Gerealiseerd ${a.jaar}: ${o.omschrijving}`,
      `overige.${o.id}`,
      w === undefined ? "" : w.replace(".", ","),
      plan,
      { decimaal: true },
    );
    x.invoer.disabled = !open;
    return { regel: o, veld: x };
  });
  const paar = (sleutel: string, label: string, dagen = false) => [
    veld(`${label} basisjaar`, [sleutel, "basis"], dagen),
    veld(`${label} ${a.jaar}`, [sleutel, "jaar"], dagen),
  ];
  // kb-jaarverslag-voorbeeld reserves the height of a full preview: it fills in after the debounce
  // and must not push the button and links below it (Lighthouse CLS).
  const voorbeeld = h(
    "div",
    { "aria-live": "polite", class: "kb-kaart kb-jaarverslag-voorbeeld" },
    "Vul de gegevens in; de nacalculatie verschijnt hier.",
  );
  const samenvatting = h("div", {});
  const status = h("div", {});

  /**
   * The verslag as the API wants it; null (with field errors) when something cannot be read.
   * §15.6: 0 is a figure, empty is not. For indienen an empty field is left out, so the server
   * names it (shown at that field); the live preview stores nothing and counts an empty field as 0.
   */
  function verslag(toonFouten: boolean): Boom | null {
    const uit: Boom = {};
    const fouten: FoutRegel[] = [];
    for (const { pad, veld: x, dagen } of velden) {
      const s = x.invoer.value.trim().replace(/\s/g, "");
      if (toonFouten) zetFout(x, null);
      if (s === "" && toonFouten) continue;
      const c = dagen ? null : centen(s || "0");
      const waarde = dagen
        ? /^\d+$/.test(s.replace(/\./g, "") || "0")
          ? Number(s.replace(/\./g, "") || "0")
          : null
        : c !== null && c >= 0n
          ? bedragTekst(c)
          : null;
      if (waarde === null) {
        const tekst = dagen
          ? "vul een geheel aantal dagen in"
          : "vul een bedrag in, bijvoorbeeld 12.500,00";
        if (toonFouten) zetFout(x, tekst);
        fouten.push({ veld: x, tekst });
      }
      let o = uit;
      for (const k of pad.slice(0, -1)) {
        o[k] ??= {};
        o = o[k] as Boom;
      }
      o[pad[pad.length - 1]!] = waarde;
    }
    uit.overige = regels.map(({ regel, veld: x }) => {
      const s = x.invoer.value.trim().replace(/\s/g, "");
      if (toonFouten) zetFout(x, null);
      // Indienen sends an empty amount as it is, so the server names it; the preview counts 0.
      if (s === "") return { regelId: regel.id, gerealiseerd: toonFouten ? "" : "0.00" };
      const c = centen(s);
      if (c === null || c < 0n) {
        const tekst = "vul een bedrag in, bijvoorbeeld 12.500,00";
        if (toonFouten) zetFout(x, tekst);
        fouten.push({ veld: x, tekst });
      }
      return { regelId: regel.id, gerealiseerd: c === null ? "" : bedragTekst(c) };
    });
    if (fouten.length > 0) {
      if (toonFouten) foutSamenvatting(samenvatting, fouten);
      return null;
    }
    return uit;
  }

  let wacht: ReturnType<typeof setTimeout> | undefined;
  let volgnummer = 0;
  function plan(): void {
    clearTimeout(wacht);
    wacht = setTimeout(() => void rekenVoor(), 400);
  }
  async function rekenVoor(): Promise<void> {
    const body = verslag(false);
    if (!body) {
      vervang(voorbeeld, "Nog niet alle gegevens zijn leesbaar.");
      return;
    }
    const nr = ++volgnummer;
    try {
      const r = await api<Antwoord<"jaarverslagVoorbeeld">>(
        "POST",
        `/api/aanvragen/${seg(id)}/jaarverslag/voorbeeld`,
        {
          verslag: body,
        },
      );
      if (nr !== volgnummer) return; // a newer preview is on its way
      const b = r.berekening;
      vervang(
        voorbeeld,
        h("h3", { class: "utrecht-heading-3" }, "Voorlopige nacalculatie"),
        r.fout ? h("p", { class: "utrecht-paragraph" }, r.fout.melding) : null,
        b
          ? h(
              "dl",
              { class: "utrecht-data-list" },
              ...UITKOMST.filter(([k]) => typeof b[k] === "string").map(([k, t]) =>
                h(
                  "div",
                  { class: "utrecht-data-list__item" },
                  h("dt", { class: "utrecht-data-list__item-key" }, t),
                  h("dd", { class: "utrecht-data-list__item-value kb-bedrag" }, euro(b[k])),
                ),
              ),
            )
          : null,
        r.ontbreekt?.length
          ? h(
              "p",
              { class: "utrecht-paragraph" },
              `Nog nodig voor de vaststelling: ${r.ontbreekt.join("; ")}.`,
            )
          : null,
      );
    } catch (e) {
      if (nr === volgnummer)
        vervang(voorbeeld, `De voorlopige nacalculatie is niet beschikbaar: ${foutTekst(e)}`);
    }
  }

  async function dienIn(): Promise<void> {
    const body = verslag(true);
    if (!body) return;
    try {
      const r = await api<Antwoord<"jaarverslagIndienen">>(
        "PUT",
        `/api/aanvragen/${seg(id)}/jaarverslag`,
        {
          verslag: body,
          vorigeVersie,
        },
      );
      vorigeVersie = r.versie;
      vervang(samenvatting);
      meldStatus(status, `Het jaarverslag is ingediend (versie ${r.versie}).`, true);
    } catch (e) {
      const extra =
        e instanceof ApiFout && e.status === 409
          ? " Laad de pagina opnieuw om de nieuwste versie te zien."
          : "";
      // A refused figure (veld "verslag.svDagen.jaar") goes to its field, without its label.
      const pad = e instanceof ApiFout ? e.veld?.replace(/^verslag\./, "") : undefined;
      const regel = /^overige\[(\d+)\]/.exec(pad ?? "")?.[1];
      const bij =
        regel === undefined
          ? velden.find((x) => x.pad.join(".") === pad)?.veld
          : regels[Number(regel)]?.veld;
      if (bij) {
        // The server names the field by its label; beside the field that goes.
        const tekst = labelWeg(foutTekst(e), e instanceof ApiFout ? e.veld : undefined).replace(
          "(0.00 als",
          "(0 als",
        );
        zetFout(bij, tekst);
        foutSamenvatting(samenvatting, [{ veld: bij, tekst }]);
      } else foutSamenvatting(samenvatting, [{ tekst: `${foutTekst(e)}${extra}` }]);
    }
  }

  const kop = (t: string) => h("h3", { class: "utrecht-heading-3" }, t);
  vervang(
    pagina,
    h("h2", { class: "utrecht-heading-2" }, `Jaarverslag ${a.jaar} van ${aanbiederNaam(a)}`),
    !v
      ? melding("warning", "Voor deze aanvraag is geen jaarverslag te maken.")
      : open
        ? melding(
            "info",
            `U kunt het jaarverslag indienen tot en met ${datum(v.heropening?.tot ?? v.uiterlijk)}.`,
          )
        : h(
            "div",
            { class: "kb-vergrendeld" },
            melding(
              "warning",
              `Het jaarverslag is gesloten voor invoer: het venster is open van ${datum(v.opent)} tot en met ${datum(v.uiterlijk)}. ${v.reden}`,
            ),
          ),
    samenvatting,
    status,
    h(
      "form",
      {
        class: "kb-formulier",
        novalidate: true,
        onsubmit: ((e: Event) => {
          e.preventDefault();
          void dienIn();
        }) as EventListener,
      },
      kop("Loon en inhuur"),
      ...BEDRAGEN.flatMap(([k, t]) => paar(k, t)),
      veld(`Werkgeverslasten ${a.jaar}`, ["werkgeverslasten"], false),
      kop("SV-dagen"),
      ...paar("svDagen", "SV-dagen", true),
      kop("Cliëntdagen per zorgprofiel"),
      ...PROFIELEN.flatMap((p) => [
        veld(`Cliëntdagen ${p} basisjaar`, ["clientdagen", "basis", p], true),
        veld(`Cliëntdagen ${p} ${a.jaar}`, ["clientdagen", "jaar", p], true),
      ]),
      kop("Overige kosten per regel"),
      regels.length > 0
        ? tabel(
            `Overige kosten ${a.jaar}: afgesproken en gerealiseerd per regel`,
            ["Regel", "Afgesproken", `Gerealiseerd ${a.jaar}`],
            regels.map(({ regel, veld: x }) => [
              regel.omschrijving,
              euro(regel.afgesproken),
              x.blok,
            ]),
            [1],
          )
        : h("p", { class: "utrecht-paragraph" }, "De afspraak heeft geen overige regels."),
      voorbeeld,
      h(
        "button",
        { type: "submit", class: "utrecht-button utrecht-button--primary-action", disabled: !open },
        "Jaarverslag indienen",
      ),
    ),
    // The accountantsrapport (§9.3) belongs with the year report, but its §10 reminder links to
    // the dossier, so it is uploaded there (paginas/dossier/accountantsrapport.ts).
    h(
      "p",
      { class: "utrecht-paragraph" },
      `Het rapport van feitelijke bevindingen van uw accountant over ${a.jaar} levert u aan in het dossier. `,
      h("a", { class: "utrecht-link", href: link.dossier(id) }, "Naar het dossier"),
    ),
  );
  if (Object.keys(vorig).length > 0) plan();
}

try {
  await toon();
} catch (e) {
  toonLaadfout(e);
}
