// PAGINAS.beoordeling (?id=, §4.2, §4.3, §5): the review of one aanvraag — the case and
// its deadline, the §4.2 findings with their sources, the whole aanvraag to read (inhoud.ts), the
// differences between versions, the documents, the actions its state allows, the toekenning
// decision form and the letters (PDF).

import { link, PAGINAS } from "#shared/paginas.js";
import { leesbareMelding, veldNaam } from "#shared/veldnamen.js";
import { download, haal, haalAllePaginas, haalMetNu, seg } from "../../lib/api.js";
import type { Antwoord, OpgeslagenInhoud } from "../../lib/apiTypen.js";
import { centen, euro } from "../../lib/bedrag.js";
import { datum, element, h, melding, parameter, tabel, vervang } from "../../lib/dom.js";
import { aanbiederNaam } from "../../lib/namen.js";
import { start, toonFout } from "../../lib/pagina.js";
import { toestandKop } from "../../lib/toestand.js";
import { status } from "../../lib/velden.js";
import { termijnBadge } from "../zorgkantoor/gemeen.js";
import { aangevraagd } from "./aangevraagd.js";
import { acties } from "./acties.js";
import { documentenLijst, documentenTabel } from "./documenten.js";
import { deelVanVeld, inhoudVanAanvraag, overigeToelichting } from "./inhoud.js";
import { laatVensterSectie } from "./laatVenster.js";
import { reserveringFormulier } from "./reservering.js";
import { toekenningFormulier } from "./toekenning.js";
import { verschilSectie } from "./verschil.js";

type Aanvraag = Antwoord<"leesAanvraag">;

const ERNST: Record<string, string> = {
  blokkeert: "Blokkeert",
  waarschuwt: "Waarschuwt",
  informeert: "Ter informatie",
};

const c = await start();
const id = parameter("id");
const meldingPlek = element("kb-melding");
const inhoud = element("kb-beoordeling");
if (!id) toonFout(new Error("Kies een aanvraag in de werkvoorraad."));

const sectie = (kop: string, ...kinderen: (Node | null)[]) =>
  h(
    "section",
    { "aria-labelledby": `kb-${kop.replace(/\W/g, "")}` },
    h("h2", { class: "utrecht-heading-2", id: `kb-${kop.replace(/\W/g, "")}` }, kop),
    ...kinderen,
  );

async function laad(): Promise<void> {
  const pad = `/api/aanvragen/${seg(id!)}`;
  const { body: a, nu } = await haalMetNu<Aanvraag>(pad);
  const [w, params, docs] = await Promise.all([
    haalAllePaginas<Antwoord<"werkvoorraad">, "aanvragen">(
      `/api/zorgkantoren/${seg(a.zorgkantoorId)}/werkvoorraad?jaar=${a.jaar}`,
      "aanvragen",
    ).catch(() => null),
    haal<Antwoord<"parametersVanJaar">>(`/api/parameters/${a.jaar}`).catch(() => null),
    documentenLijst(a.id),
  ]);
  const regel = w?.aanvragen.find((r) => r.id === a.id);
  const wacht = regel?.voorstelWachtOpTweedeHandtekening ?? false;
  const t = a.beoordelingstermijn;
  const klaar = (tekst: string) => {
    laad().then(() => status(meldingPlek, tekst), toonFout);
  };
  const gevraagd = aangevraagd(a.huidigeVersie?.inhoud, a.jaar);
  const gelezen = a.huidigeVersie?.inhoud as OpgeslagenInhoud | undefined;
  vervang(
    inhoud,
    sectie(
      "Aanvraag",
      tabel(
        "Gegevens van de aanvraag",
        [
          "Aanbieder",
          "Jaar",
          "Toestand",
          "Versie",
          "Gereserveerd",
          "Aangevraagd personeel",
          "Aangevraagd overige",
        ],
        [
          [
            aanbiederNaam(a),
            a.jaar,
            `${toestandKop(a.toestand)}${a.mediation ? " (mediation)" : ""}`,
            a.laatsteVersie,
            euro(a.reservering),
            euro(gevraagd.personeel),
            euro(gevraagd.overige),
          ],
        ],
        [4, 5, 6],
      ),
      t
        ? tabel(
            "Beoordelingstermijn",
            ["Ontvangen", "Streefdatum (6 weken)", "Uiterste datum (3 maanden)", "Status"],
            [
              [
                datum(t.ontvangen),
                datum(t.streefdatum),
                datum(t.uitersteDatum),
                termijnBadge(t.status),
              ],
            ],
          )
        : h("p", { class: "utrecht-paragraph" }, "Deze aanvraag is nog niet ingediend."),
      wacht
        ? melding(
            "info",
            "Er is een toekenning voorgesteld die wacht op de tweede handtekening. ",
            h("a", { class: "utrecht-link", href: PAGINAS.goedkeuringen }, "Naar Goedkeuren"),
          )
        : null,
    ),
    sectie(
      "Toetsing",
      a.bevindingen.length === 0
        ? melding("ok", "De toetsing heeft geen bevindingen.")
        : tabel(
            "Bevindingen van de toetsing",
            // The code and the rulebook source are for the team; the screen names the field.
            ["Ernst", "Melding", "Veld"],
            a.bevindingen.map((b) => [
              ERNST[b.ernst] ?? b.ernst,
              leesbareMelding(b.melding, b.veld),
              b.veld ? veldCel(gelezen, b.veld) : "—",
            ]),
          ),
    ),
    sectie("Inhoud van de aanvraag", inhoudVanAanvraag(gelezen)),
    sectie("Versies", await verschilSectie(a.id, a.laatsteVersie)),
    sectie("Documenten", documentenTabel(a.id, docs)),
    sectie(
      "Acties",
      ...acties(c, a, wacht, klaar),
      // [choice] the reserved amount matters until the decision; beheer only (the route's role).
      c.heeftRol("zorgkantoor-beheer") && ["ingediend", "in_beoordeling"].includes(a.toestand)
        ? reserveringFormulier(a.id, a.reservering, klaar)
        : null,
      c.heeftRol("zorgkantoor-beheer") && ["concept", "aanvulling_gevraagd"].includes(a.toestand)
        ? laatVensterSectie(a, nu, klaar)
        : null,
      a.toestand === "in_beoordeling" && !wacht
        ? toekenningFormulier({
            id: a.id,
            versie: a.versie,
            aangevraagd: gevraagd,
            toelichting: overigeToelichting(gelezen, a.jaar),
            reservering: centen(a.reservering) ?? 0n,
            richtlijn: params?.richtlijnPersoneel ?? null,
            klaar,
          })
        : null,
    ),
    sectie("Brieven", brieven(a)),
  );
}

/** A finding's field by its label, linked to the part of the aanvraag it is about. */
function veldCel(inhoud: OpgeslagenInhoud | undefined, veld: string): Node | string {
  const deel = deelVanVeld(inhoud, veld);
  return deel
    ? h("a", { class: "utrecht-link", href: `#${deel}` }, veldNaam(veld))
    : veldNaam(veld);
}

/** The letters as PDF (rapportage functie); a letter that does not exist yet answers 409. */
function brieven(a: Aanvraag): HTMLElement {
  const fout = h("div", { "aria-live": "polite" });
  const stuk = (naam: string, tekst: string) =>
    h(
      "button",
      {
        type: "button",
        class: "utrecht-button utrecht-button--secondary-action",
        onclick: (() => {
          download(`/api/aanvragen/${seg(a.id)}/pdf/${naam}`, `${naam}.pdf`).catch((e) =>
            vervang(fout, melding("error", e instanceof Error ? e.message : String(e))),
          );
        }) as EventListener,
      },
      tekst,
    );
  return h(
    "div",
    {},
    fout,
    h(
      "div",
      { class: "utrecht-button-group" },
      stuk("beoordelingsbrief", "Beoordelingsbrief (PDF)"),
      stuk("addendum", "Addendum (PDF)"),
    ),
    h(
      "p",
      { class: "utrecht-paragraph" },
      h(
        "a",
        { class: "utrecht-link", href: link.nacalculatie(a.id) },
        "Naar de nacalculatie van deze aanvraag",
      ),
    ),
  );
}

laad().catch(toonFout);
