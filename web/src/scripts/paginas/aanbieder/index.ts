// PAGINAS.aanbiederDashboard: the organisation's open obligations with their deadlines
// (GET /api/verplichtingen, §10) and its aanvragen per year with their state and the pages for
// each (wizard, realisatie, jaarverslag, dossier), plus "Nieuwe aanvraag".
import { link, type RealisatieVenster } from "#shared/paginas.js";
import { haal, haalMetNu } from "../../lib/api.js";
import type { Antwoord, Rij } from "../../lib/apiTypen.js";
import { datum, element, h, melding, tabel, vervang } from "../../lib/dom.js";
import { aanbiederNaam, namenUit, zorgkantoorNaam } from "../../lib/namen.js";
import { foutTekst, start } from "../../lib/pagina.js";
import { termijnBadge } from "../../lib/termijn.js";
import { toestandNaam } from "../../lib/toestand.js";

type Verplichting = Rij<"mijnVerplichtingen", "verplichtingen">;
type Aanvraag = Rij<"mijnAanvragen", "aanvragen">;

const BEWERKBAAR = ["concept", "aanvulling_gevraagd"];
const AFGESPROKEN = ["goedgekeurd", "addendum_getekend", "vastgelegd"];
const VENSTERS: RealisatieVenster[] = ["mei", "juli", "oktober"];

await start();
const pagina = element("kb-pagina");

/** A link whose visible text is short; the hidden part says which case it is for screen readers. */
const koppeling = (href: string, tekst: string, context: string) =>
  h(
    "a",
    { class: "utrecht-link", href },
    tekst,
    h("span", { class: "kb-sr-only" }, ` (${context})`),
  );

function acties(a: Aanvraag): HTMLElement {
  const wie = `${aanbiederNaam(a)}, ${a.jaar}`;
  const lijst: HTMLElement[] = [];
  if (BEWERKBAAR.includes(a.toestand))
    lijst.push(koppeling(link.aanvraag(a.id), "Aanvraag bewerken", wie));
  if (AFGESPROKEN.includes(a.toestand)) {
    for (const v of VENSTERS)
      lijst.push(koppeling(link.realisatie(a.id, v), `Realisatie ${v}`, wie));
    lijst.push(koppeling(link.jaarverslag(a.id), "Jaarverslag", wie));
  }
  lijst.push(koppeling(link.dossier(a.id), "Dossier", wie));
  return h(
    "ul",
    { class: "utrecht-unordered-list kb-acties" },
    ...lijst.map((l) => h("li", {}, l)),
  );
}

function verplichtingen(
  lijst: readonly Verplichting[],
  nu: Date,
  naam: (id: string | null | undefined) => string,
): HTMLElement {
  if (lijst.length === 0)
    return h("p", { class: "utrecht-paragraph" }, "Er staan geen verplichtingen open.");
  return tabel(
    "Open verplichtingen, de eerstvolgende termijn bovenaan",
    ["Verplichting", "Organisatie", "Jaar", "Uiterlijk", "Status", "Actie"],
    lijst.map((v) => [
      v.omschrijving,
      naam(v.aanbiederId),
      v.jaar,
      datum(v.deadline),
      termijnBadge(v.deadline, nu, v.opent),
      v.link.startsWith("/") ? koppeling(v.link, "Openen", v.omschrijving) : "",
    ]),
  );
}

function aanvragen(lijst: readonly Aanvraag[]): HTMLElement[] {
  const jaren = [...new Set(lijst.map((a) => a.jaar))].sort((a, b) => b - a);
  if (jaren.length === 0)
    return [h("p", { class: "utrecht-paragraph" }, "U heeft nog geen aanvragen.")];
  return jaren.map((j) =>
    h(
      "section",
      { "aria-labelledby": `kb-jaar-${j}` },
      h("h3", { class: "utrecht-heading-3", id: `kb-jaar-${j}` }, `Aanvragen ${j}`),
      tabel(
        `Aanvragen voor ${j}`,
        ["Organisatie", "Zorgkantoor", "Toestand", "Ingediend", "Pagina's"],
        lijst
          .filter((a) => a.jaar === j)
          .map((a) => [
            aanbiederNaam(a),
            zorgkantoorNaam(a),
            toestandNaam(a.toestand),
            a.laatstIngediendOp ? datum(a.laatstIngediendOp) : "—",
            acties(a),
          ]),
      ),
    ),
  );
}

try {
  const [v, a] = await Promise.all([
    haalMetNu<Antwoord<"mijnVerplichtingen">>("/api/verplichtingen").catch((e) => e as Error),
    haal<Antwoord<"mijnAanvragen">>("/api/aanvragen"),
  ]);
  // The aanvraag for year t is submitted in t−1 (§4.2): from the portal's "now", next year.
  const nu = v instanceof Error ? new Date() : v.nu;
  const volgendJaar =
    Number(
      new Intl.DateTimeFormat("en", { timeZone: "Europe/Amsterdam", year: "numeric" }).format(nu),
    ) + 1;
  vervang(
    pagina,
    h("h2", { class: "utrecht-heading-2" }, "Open verplichtingen"),
    v instanceof Error
      ? melding("warning", `De verplichtingen konden niet worden geladen: ${foutTekst(v)}`)
      : verplichtingen(v.body.verplichtingen, v.nu, namenUit(a.aanvragen)),
    h("h2", { class: "utrecht-heading-2" }, "Aanvragen"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      h(
        "a",
        { class: "utrecht-link", href: link.nieuweAanvraag(volgendJaar) },
        `Nieuwe aanvraag voor ${volgendJaar}`,
      ),
    ),
    ...aanvragen(a.aanvragen),
  );
} catch (e) {
  vervang(pagina, melding("error", foutTekst(e)));
}
