// PAGINAS.realisatie (?id=&venster=mei|juli|oktober, docs/regels.md §6/§7): the tussentijdse
// realisatie per begroting line of year t — extra fte (average) and costs to date per personeel
// line, spend to date per overige line. Outside the window every field is disabled and a message
// gives the window's dates; the server refuses a late PUT anyway (§3.2). vorigeVersie is the
// optimistic lock: the latest version this page showed.
import { link } from "#shared/paginas.js";
import { ApiFout, api, haal, seg } from "../../lib/api.js";
import type { Antwoord, OpgeslagenInhoud } from "../../lib/apiTypen.js";
import { bedragTekst, centen, decimaalNl, euro } from "../../lib/bedrag.js";
import { datum, element, h, melding, parameter, vervang } from "../../lib/dom.js";
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
import { CATEGORIEEN, FUNCTIEGROEPEN } from "../aanvraag/lijsten.js";

const label = (lijst: readonly [string, string][], code: string | undefined): string =>
  lijst.find(([c]) => c === code)?.[1] ?? "onbekend";
const functiegroep = (c: string | undefined) => label(FUNCTIEGROEPEN, c);
const categorie = (c: string | undefined) => label(CATEGORIEEN, c);

type Opgeslagen = { regelId?: string } & Record<string, unknown>;

await start();
const pagina = element("kb-pagina");
const id = parameter("id") ?? "";
const venster = parameter("venster") ?? "";

/** A figure of the latest report for one line, in Dutch notation for its field. */
function waarde(lijst: unknown, regelId: string | undefined, veld: string): string {
  const w = (Array.isArray(lijst) ? (lijst as Opgeslagen[]) : []).find(
    (r) => r.regelId === regelId,
  )?.[veld];
  return typeof w === "string" ? w.replace(".", ",") : "";
}

async function toon(): Promise<void> {
  if (!["mei", "juli", "oktober"].includes(venster))
    throw new Error("Kies een venster: mei, juli of oktober.");
  const a = await haal<Antwoord<"leesAanvraag">>(`/api/aanvragen/${seg(id)}`);
  const overzicht = await haal<Antwoord<"realisatieoverzicht">>(
    `/api/aanvragen/${seg(id)}/realisaties`,
  );
  const v = overzicht.vensters.find((x) => x.soort === venster);
  if (!v) throw new Error(`Het venster ${venster} bestaat niet voor deze aanvraag.`);
  const inhoud = (a.huidigeVersie?.inhoud ?? {}) as OpgeslagenInhoud;
  const begroot = (inhoud.begroting ?? []).find((j) => j.jaar === a.jaar);
  const jaar = { personeel: begroot?.personeel ?? [], overige: begroot?.overige ?? [] };
  const open = v.status === "open" || v.status === "heropend";
  const vorig = v.laatste?.inhoud;
  const invoer = new Map<string, { veld: Veld; soort: "fte" | "bedrag" }>();
  const veld = (label: string, pad: string, w: string, soort: "fte" | "bedrag") => {
    const x = tekstveld(label, pad, w, () => {}, { decimaal: true });
    x.invoer.disabled = !open;
    invoer.set(pad, { veld: x, soort });
    return x.blok;
  };
  const samenvatting = h("div", {});
  const status = h("div", {});
  const personeel = jaar.personeel.map((r, i) =>
    h(
      "fieldset",
      { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" },
      h(
        "legend",
        { class: "utrecht-form-fieldset__legend" },
        `Personeelsregel ${i + 1}: ${functiegroep(r.functiegroep)}, ${decimaalNl(r.fte ?? "0")} fte begroot`,
      ),
      veld(
        "Gemiddeld extra fte tot nu",
        `personeel[${i}].extraFte`,
        waarde(vorig?.personeel, r.id, "extraFte"),
        "fte",
      ),
      veld(
        "Kosten tot nu",
        `personeel[${i}].kostenTotNu`,
        waarde(vorig?.personeel, r.id, "kostenTotNu"),
        "bedrag",
      ),
    ),
  );
  const overige = jaar.overige.map((r, i) =>
    h(
      "fieldset",
      { class: "utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" },
      h(
        "legend",
        { class: "utrecht-form-fieldset__legend" },
        `Overige regel ${i + 1}: ${r.omschrijving || categorie(r.categorie)}, ${euro(r.bedrag ?? "0")} begroot`,
      ),
      veld(
        "Uitgaven tot nu",
        `overige[${i}].uitgavenTotNu`,
        waarde(vorig?.overige, r.id, "uitgavenTotNu"),
        "bedrag",
      ),
    ),
  );
  let vorigeVersie = v.laatste?.versie ?? 0;

  const bewaar = async () => {
    const fouten: FoutRegel[] = [];
    const lees = (pad: string): string => {
      const { veld: x, soort } = invoer.get(pad)!;
      zetFout(x, null);
      const s = x.invoer.value.trim().replace(/\s/g, "");
      const fte = s.replace(",", ".");
      if (soort === "fte" && /^\d+(\.\d+)?$/.test(fte)) return fte;
      const c = soort === "bedrag" ? centen(s || "") : null;
      if (c !== null && c >= 0n) return bedragTekst(c);
      const tekst =
        soort === "fte"
          ? "vul een aantal fte in, bijvoorbeeld 1,5"
          : "vul een bedrag in, bijvoorbeeld 12.500,00";
      zetFout(x, tekst);
      fouten.push({ veld: x, tekst });
      return "0";
    };
    const body = {
      personeel: jaar.personeel.map((r, i) => ({
        regelId: r.id,
        extraFte: lees(`personeel[${i}].extraFte`),
        kostenTotNu: lees(`personeel[${i}].kostenTotNu`),
      })),
      overige: jaar.overige.map((r, i) => ({
        regelId: r.id,
        uitgavenTotNu: lees(`overige[${i}].uitgavenTotNu`),
      })),
      vorigeVersie,
    };
    if (fouten.length > 0) {
      foutSamenvatting(samenvatting, fouten);
      return;
    }
    try {
      const r = await api<Antwoord<"realisatieIndienen">>(
        "PUT",
        `/api/aanvragen/${seg(id)}/realisaties/${seg(venster)}`,
        body,
      );
      vorigeVersie = r.versie;
      vervang(samenvatting);
      const basis = r.berekening
        ? ` De berekende voorschotbasis is ${euro(r.berekening.aangepasteBasis)}.`
        : "";
      meldStatus(
        status,
        `De realisatie ${venster} is opgeslagen (versie ${r.versie}).${basis}`,
        true,
      );
    } catch (e) {
      const extra =
        e instanceof ApiFout && e.status === 409
          ? " Laad de pagina opnieuw om de nieuwste versie te zien."
          : "";
      foutSamenvatting(samenvatting, [{ tekst: `${foutTekst(e)}${extra}` }]);
    }
  };

  const tot = v.heropening?.tot ? datum(v.heropening.tot) : datum(v.uiterlijk);
  vervang(
    pagina,
    h(
      "h2",
      { class: "utrecht-heading-2" },
      `Realisatie ${venster} ${a.jaar} van ${aanbiederNaam(a)}`,
    ),
    open
      ? melding("info", `Dit venster is open tot en met ${tot}.`)
      : h(
          "div",
          { class: "kb-vergrendeld" },
          melding(
            "warning",
            `Dit venster is gesloten voor invoer: het is open van ${datum(v.opent)} tot en met ${datum(v.uiterlijk)}. ${v.reden}`,
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
          void bewaar();
        }) as EventListener,
      },
      h("h3", { class: "utrecht-heading-3" }, "Personeel"),
      ...(personeel.length
        ? personeel
        : [h("p", { class: "utrecht-paragraph" }, "Geen personeelsregels in de begroting.")]),
      h("h3", { class: "utrecht-heading-3" }, "Overige kosten"),
      ...(overige.length
        ? overige
        : [h("p", { class: "utrecht-paragraph" }, "Geen overige regels in de begroting.")]),
      h(
        "button",
        { type: "submit", class: "utrecht-button utrecht-button--primary-action", disabled: !open },
        "Realisatie opslaan",
      ),
    ),
    h(
      "p",
      { class: "utrecht-paragraph" },
      h("a", { class: "utrecht-link", href: link.dossier(id) }, "Naar het dossier"),
    ),
  );
}

try {
  await toon();
} catch (e) {
  toonLaadfout(e);
}
