// PAGINAS.aanbiederDossier: one case — its state and beoordelingstermijn (§5), the
// versions (§4.3), the audit trail (§12), the financial overview (§15.8), the settlement after
// the vaststelling (§15.4), the beoordelingsbrief/addendum/vaststelling as PDF, the begroting +
// realisatie as XLSX, and the aanbieder's signature under the addendum when the case waits for it. Another organisation's case answers 404 and shows "niet gevonden" and nothing else.

import { link } from "#shared/paginas.js";
import { aanvullingMelding } from "../../lib/aanvulling.js";
import { download, haal, haalAllePaginas, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { verstuurdeDocumenten } from "../../lib/documenten.js";
import { datum, element, h, melding, parameter, tabel, tijdstip, vervang } from "../../lib/dom.js";
import { knop, meldStatus } from "../../lib/invoer.js";
import { toonLaadfout } from "../../lib/laadfout.js";
import { aanbiederNaam, zorgkantoorNaam } from "../../lib/namen.js";
import { foutTekst, start } from "../../lib/pagina.js";
import { toestandNaam } from "../../lib/toestand.js";
import { accountantsrapport } from "./accountantsrapport.js";
import { ondertekening } from "./addendum.js";
import { afwikkeling } from "./afwikkeling.js";
import { eigenDocumenten } from "./documenten.js";
import { financieel } from "./financieel.js";
import { herschikking } from "./herschikking.js";

type Aanvraag = Antwoord<"leesAanvraag">;

const STUKKEN = [
  ["beoordelingsbrief", "Beoordelingsbrief (PDF)"],
  ["addendum", "Addendum (PDF)"],
  ["vaststelling", "Vaststelling (PDF)"],
  ["herschikkingsbrief", "Herschikkingsbrief (PDF)"],
] as const;

await start();
const pagina = element("kb-pagina");
const id = parameter("id") ?? "";
const status = h("div", {});

function gegevens(a: Aanvraag): HTMLElement {
  const rij = (k: string, v: string) =>
    h(
      "div",
      { class: "utrecht-data-list__item" },
      h("dt", { class: "utrecht-data-list__item-key" }, k),
      h("dd", { class: "utrecht-data-list__item-value" }, v),
    );
  const t = a.beoordelingstermijn;
  return h(
    "dl",
    { class: "utrecht-data-list" },
    rij("Organisatie", aanbiederNaam(a)),
    rij("Zorgkantoor", zorgkantoorNaam(a)),
    rij("Jaar", String(a.jaar)),
    rij("Toestand", `${toestandNaam(a.toestand)}${a.mediation ? " (mediation)" : ""}`),
    rij("Ontvangen", a.ontvangenOp ? tijdstip(a.ontvangenOp) : "nog niet ingediend"),
    t ? rij("Beslissing bij voorkeur vóór", datum(t.streefdatum)) : null,
    t ? rij("Beslissing uiterlijk op", datum(t.uitersteDatum)) : null,
  );
}

/** A download button; the file arrives through api.ts download() (the user's token). */
const downloadKnop = (tekst: string, pad: string, naam: string) =>
  knop(tekst, () => {
    vervang(status);
    download(pad, naam)
      .then(() => meldStatus(status, `${tekst} is gedownload.`))
      .catch((e) => vervang(status, melding("error", `${tekst}: ${foutTekst(e)}`)));
  });

try {
  const a = await haal<Aanvraag>(`/api/aanvragen/${seg(id)}`);
  const pad = `/api/aanvragen/${seg(a.id)}`;
  // One read of the case's documents for the two sections that show them.
  const documenten = verstuurdeDocumenten(a.id);
  documenten.catch(() => undefined); // each section reports a failure in its own place
  const rapport = accountantsrapport(a, documenten); // loads alongside the audit trail, never rejects
  const voorstel = herschikking(a.id); // §15.2: only while a proposal names this case; never rejects
  const stand = afwikkeling(a.id); // §15.4: only once vastgesteld; never rejects
  const uploads = eigenDocumenten(a, documenten); // §12: the aanbieder's own uploads; never rejects
  const geld = financieel(a.id); // §15.8: the money of the year; never rejects
  // All pages of the trail: the signing state below is read from it.
  const audit = await haalAllePaginas<Antwoord<"auditVanZaak">, "regels">(
    `${pad}/audit`,
    "regels",
  ).catch((e) => e as Error);
  const rapportSectie = await rapport;
  const herschikkingSectie = await voorstel;
  const { sectie: afwikkelingSectie, vastgesteld } = await stand;
  const documentenSectie = await uploads;
  // The vaststelling PDF exists only once the vaststelling does: before, the button would fail.
  const stukken = STUKKEN.filter(([stuk]) => stuk !== "vaststelling" || vastgesteld);
  const { sectie: financieelSectie, afspraak } = await geld;
  vervang(
    pagina,
    h("h2", { class: "utrecht-heading-2" }, `Aanvraag ${a.jaar} van ${aanbiederNaam(a)}`),
    aanvullingMelding(a.aanvulling),
    gegevens(a),
    a.toestand === "concept" || a.toestand === "aanvulling_gevraagd"
      ? h(
          "p",
          { class: "utrecht-paragraph" },
          h("a", { class: "utrecht-link", href: link.aanvraag(a.id) }, "Aanvraag bewerken"),
        )
      : null,
    documentenSectie,
    h("h2", { class: "utrecht-heading-2" }, "Brieven en overzichten"),
    h(
      "div",
      { class: "utrecht-button-group" },
      ...stukken.map(([stuk, tekst]) =>
        downloadKnop(tekst, `${pad}/pdf/${stuk}`, `${stuk}-${a.jaar}.pdf`),
      ),
      downloadKnop("Begroting en realisatie (XLSX)", `${pad}/xlsx`, `aanvraag-${a.jaar}.xlsx`),
    ),
    status,
    ondertekening(a, audit instanceof Error ? null : audit.regels, afspraak),
    herschikkingSectie,
    financieelSectie,
    afwikkelingSectie,
    rapportSectie,
    h("h2", { class: "utrecht-heading-2" }, "Audittrail"),
    audit instanceof Error
      ? melding("warning", `De audittrail kon niet worden geladen: ${foutTekst(audit)}`)
      : tabel(
          "Wat er met deze aanvraag gebeurde, oudste eerst",
          ["Wanneer", "Wat", "Door", "Reden"],
          audit.regels.map((r) => [tijdstip(r.wanneer), r.omschrijving, r.wie.rol, r.reden ?? ""]),
        ),
  );
} catch (e) {
  toonLaadfout(e);
}
