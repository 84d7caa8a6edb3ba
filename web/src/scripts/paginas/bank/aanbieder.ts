// PAGINAS.bankrekening (issue #5, DOMAIN.md §15.5): the aanbieder's approved bank account (IBAN in
// groups of four, tenaamstelling), a change that waits for approval, and the form to request a
// change. A change only counts after zorgkantoor-beheer approves it (four eyes); until then the
// payments go to the approved account.
import { api, haal, seg } from "../../lib/api.js";
import { datum, element, h, melding, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import { bijVersturen, eisIngevuld, knop, status, veld, zetFout } from "../../lib/velden.js";
import { type Bankrekening, bijHetVeld, type Rekening, zonderPad } from "./gemeen.js";

const c = await start();
const plek = element("kb-pagina");
const aanbiederId = new URL(location.href).searchParams.get("aanbieder") ?? c.aanbieders[0] ?? "";
const pad = `/api/aanbieders/${seg(aanbiederId)}/bankrekening`;

const gegevens = (r: Rekening, extra: [string, string][] = []) =>
  h(
    "dl",
    { class: "utrecht-data-list" },
    ...[
      ["IBAN", r.ibanWeergave] as [string, string],
      ["Tenaamstelling", r.tenaamstelling],
      ...extra,
    ].map(([k, w]) =>
      h(
        "div",
        { class: "utrecht-data-list__item" },
        h("dt", { class: "utrecht-data-list__item-key" }, k),
        h("dd", { class: "utrecht-data-list__item-value" }, w),
      ),
    ),
  );

function formulier(b: Bankrekening): HTMLElement {
  const iban = veld("Nieuw IBAN", "iban", {
    verplicht: true,
    beschrijving: "Bijvoorbeeld NL91 ABNA 0417 1643 00; spaties mogen.",
  });
  iban.invoer.setAttribute("inputmode", "text");
  iban.invoer.setAttribute("autocomplete", "off");
  const naam = veld("Tenaamstelling", "tenaamstelling", {
    verplicht: true,
    waarde: b.rekening?.tenaamstelling ?? b.aanbiederNaam,
    beschrijving: "De naam waarop de rekening bij de bank staat.",
  });
  naam.invoer.removeAttribute("inputmode");
  const toelichting = veld("Toelichting (niet verplicht)", "toelichting", {
    meerRegels: true,
    beschrijving: "Bijvoorbeeld: nieuwe huisbank. De zorgkantoor-beheerder die goedkeurt ziet dit.",
  });
  const samenvatting = h("div");
  const form = h(
    "form",
    { novalidate: true, "aria-labelledby": "kb-wijzig-kop" },
    h("h2", { class: "utrecht-heading-2", id: "kb-wijzig-kop" }, "Wijziging aanvragen"),
    h(
      "p",
      { class: "utrecht-paragraph" },
      "Een nieuwe rekening geldt pas als een medewerker van het zorgkantoor haar heeft goedgekeurd. Tot dan betalen wij op de huidige rekening.",
    ),
    samenvatting,
    iban.blok,
    naam.blok,
    toelichting.blok,
    knop("Wijziging aanvragen", null, "primary", "submit"),
  );
  const velden = [iban, naam, toelichting];
  bijVersturen(
    form,
    samenvatting,
    velden,
    () => {
      for (const v of velden) zetFout(v, null);
      return bijHetVeld([
        ...eisIngevuld(iban, "Vul het nieuwe IBAN in."),
        ...eisIngevuld(naam, "Vul de tenaamstelling in."),
      ]);
    },
    async () => {
      const t = toelichting.invoer.value.trim();
      try {
        await api("POST", `${pad}/wijziging`, {
          iban: iban.invoer.value.trim(),
          tenaamstelling: naam.invoer.value.trim(),
          ...(t ? { toelichting: t } : {}),
        });
      } catch (e) {
        throw zonderPad(e);
      }
      await toon();
      status(
        element("kb-bank-status"),
        "De wijziging is aangevraagd. Zij geldt zodra het zorgkantoor haar heeft goedgekeurd.",
      );
    },
  );
  return form;
}

async function toon(): Promise<void> {
  const b = await haal<Bankrekening>(pad);
  vervang(
    plek,
    h("div", { id: "kb-bank-status" }),
    h("h2", { class: "utrecht-heading-2" }, `Bankrekening van ${b.aanbiederNaam}`),
    b.rekening
      ? gegevens(b.rekening, [["Goedgekeurd op", datum(b.rekening.goedgekeurdOp)]])
      : melding(
          "warning",
          "Er is nog geen goedgekeurde bankrekening; voorschotten kunnen pas worden betaald als die er is.",
        ),
    b.wijziging
      ? h(
          "section",
          { class: "kb-kaart", "aria-labelledby": "kb-wacht-kop" },
          h(
            "h2",
            { class: "utrecht-heading-2", id: "kb-wacht-kop" },
            "Wijziging wacht op goedkeuring",
          ),
          gegevens(b.wijziging, [["Aangevraagd op", datum(b.wijziging.aangevraagdOp)]]),
          melding(
            "info",
            "Het zorgkantoor keurt deze wijziging goed of wijst haar af. Daarna kunt u zo nodig een nieuwe wijziging aanvragen.",
          ),
        )
      : formulier(b),
  );
}

toon().catch(toonFout);
