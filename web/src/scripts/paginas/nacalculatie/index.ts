// PAGINAS.nacalculatie (?id=, §9.1–§9.3): the nacalculatie review — what is still
// missing, the year report and the accountant's report (documents), the realised overige amounts
// entered by the zorgkantoor, the rondrekening and the vaststelling: a proposal and the approval by
// a second, different zorgkantoor-beheer user, each confirmed first (vaststelling.ts), and whether
// the extra staff are still employed (§15.7, for the national remainder).
import { PAGINAS } from "#shared/paginas.js";
import { haal, seg } from "../../lib/api.js";
import { element, h, melding, parameter, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import { status } from "../../lib/velden.js";
import { documentenLijst, documentenTabel } from "../beoordeling/documenten.js";
import { afwikkelingSectie } from "./afwikkeling.js";
import { herzieningSectie, versiesSectie } from "./herziening.js";
import { inDienstFormulier } from "./inDienst.js";
import { overigeFormulier, overigeTabel } from "./overige.js";
import { type Nacalculatie, rekenTabel } from "./tabellen.js";
import { vaststellingActies } from "./vaststelling.js";
import { vorderingSectie } from "./vordering.js";

const c = await start();
const id = parameter("id");
const meldingPlek = element("kb-melding");
const plek = element("kb-nacalculatie");
if (!id) toonFout(new Error("Kies een aanvraag in de werkvoorraad."));
const pad = `/api/aanvragen/${seg(id ?? "")}`;

const sectie = (kop: string, sleutel: string, ...kinderen: (Node | null)[]) =>
  h(
    "section",
    { "aria-labelledby": `kb-${sleutel}` },
    h("h2", { class: "utrecht-heading-2", id: `kb-${sleutel}` }, kop),
    ...kinderen,
  );

function klaar(tekst: string): void {
  laad().then(() => status(meldingPlek, tekst), toonFout);
}

async function laad(): Promise<void> {
  const [n, docs] = await Promise.all([
    haal<Nacalculatie>(`${pad}/nacalculatie`),
    documentenLijst(id!),
  ]);
  vervang(
    plek,
    sectie(
      "Stukken",
      "stukken",
      h(
        "p",
        { class: "utrecht-paragraph" },
        n.jaarverslagVersie
          ? `Jaarverslag ontvangen (versie ${n.jaarverslagVersie}).`
          : "Het jaarverslag is nog niet ontvangen.",
      ),
      h(
        "p",
        { class: "utrecht-paragraph" },
        n.rapportAanwezig
          ? "Het rapport van feitelijke bevindingen van de accountant is aanwezig."
          : "Het rapport van feitelijke bevindingen van de accountant ontbreekt nog.",
      ),
      documentenTabel(id!, docs),
    ),
    sectie(
      "Gerealiseerde overige kosten",
      "overige",
      n.vaststelling
        ? h(
            "div",
            {},
            melding("info", "De nacalculatie is vastgesteld; de bedragen liggen vast."),
            overigeTabel(n),
          )
        : overigeFormulier(pad, n, klaar),
    ),
    sectie(
      "Rondrekening en uitkomst",
      "berekening",
      n.berekening
        ? rekenTabel(n.berekening)
        : melding("info", "De berekening volgt zodra het jaarverslag er is."),
    ),
    sectie("Vaststelling", "vaststelling", vaststellingActies(pad, n, c, klaar)),
    afwikkelingSectie(n.afwikkeling, n.vaststelling?.vastgesteld ?? null),
    vorderingSectie(pad, n.afwikkeling, c, klaar),
    herzieningSectie(pad, n, c, klaar),
    versiesSectie(n),
    sectie(
      "Personeel nog in dienst (landelijk restant)",
      "in-dienst",
      inDienstFormulier(pad, n, klaar),
    ),
    h(
      "p",
      { class: "utrecht-paragraph" },
      h(
        "a",
        { class: "utrecht-link", href: `${PAGINAS.beoordeling}?id=${seg(id!)}` },
        "Terug naar de beoordeling",
      ),
    ),
  );
}

laad().catch(toonFout);
