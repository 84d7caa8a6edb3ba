// PAGINAS.bankwijzigingen (docs/regels.md §15.5, §1 four eyes): the requested bank-account
// changes of aanbieders with a case at this zorgkantoor. zorgkantoor-beheer approves (after a
// confirmation naming the aanbieder and the new IBAN) or refuses with a reason. Approving is never
// for the one who requested the change; the server refuses with 403 and its reason, shown here.
// The bank statement the aanbieder sent opens beside each change, to check before approving.
import { api, download, haal, seg } from "../../lib/api.js";
import type { Antwoord } from "../../lib/apiTypen.js";
import { datum, element, h, melding, vervang } from "../../lib/dom.js";
import { start, toonFout } from "../../lib/pagina.js";
import {
  bijVersturen,
  eisIngevuld,
  knop,
  status,
  toonServerFout,
  veld,
  zetFout,
} from "../../lib/velden.js";
import { keuze, keuzeFormulier } from "../zorgkantoor/gemeen.js";
import { bijHetVeld, type Wijziging, zonderPad } from "./gemeen.js";

const c = await start();
const k = await keuze(c);
vervang(element("kb-keuze"), keuzeFormulier(c, k));
const plek = element("kb-bankwijzigingen");
const meldingPlek = element("kb-melding");

const pad = (w: Wijziging, stap: string) =>
  `/api/aanbieders/${seg(w.aanbiederId)}/bankrekening/wijziging/${stap}`;

/**
 * A link to the statement: the file comes through api.ts download() (the user's token), so the
 * click is handled here; the href is the same address, for what the link leads to.
 */
function afschriftLink(w: Wijziging, fout: HTMLElement): HTMLElement {
  const adres = pad(w, "bankafschrift");
  const a = h("a", { class: "utrecht-link", href: adres }, "Bankafschrift bekijken (PDF)");
  a.addEventListener("click", (e) => {
    e.preventDefault();
    vervang(fout);
    download(adres, w.bankafschrift?.naam ?? "bankafschrift.pdf").catch((x) =>
      toonServerFout(fout, [], x),
    );
  });
  return a;
}

function kaart(w: Wijziging, n: number): HTMLElement {
  const kop = `kb-wijziging-${n}`;
  const fout = h("div");
  const acties = h("div", { class: "kb-acties" });
  const klaar = async (tekst: string) => {
    await laad();
    status(meldingPlek, tekst);
  };
  const goedkeuren = () =>
    api("POST", pad(w, "goedkeuring"), { versie: w.versie }).then(
      () =>
        klaar(
          `De nieuwe bankrekening ${w.ibanWeergave} van ${w.aanbiederNaam} is goedgekeurd; betalingen gaan voortaan naar deze rekening.`,
        ),
      (e) => {
        vervang(acties, ...knoppen());
        toonServerFout(fout, [], zonderPad(e));
      },
    );
  const bevestig = () =>
    vervang(
      acties,
      melding(
        "warning",
        h(
          "p",
          { class: "utrecht-paragraph" },
          `Weet u zeker dat betalingen aan ${w.aanbiederNaam} voortaan naar ${w.ibanWeergave} (${w.tenaamstelling}) gaan?`,
        ),
        knop("Ja, rekening goedkeuren", () => void goedkeuren(), "primary"),
        knop("Annuleren", () => vervang(acties, ...knoppen())),
      ),
    );
  const reden = veld("Reden van de afwijzing", "reden", { meerRegels: true, verplicht: true });
  const samenvatting = h("div");
  const afwijzen = h(
    "form",
    { novalidate: true, "aria-label": `Wijziging van ${w.aanbiederNaam} afwijzen` },
    samenvatting,
    reden.blok,
    knop("Wijziging afwijzen", null, "secondary", "submit"),
  );
  bijVersturen(
    afwijzen,
    samenvatting,
    [reden],
    () => {
      zetFout(reden, null);
      return bijHetVeld(eisIngevuld(reden, "Geef de reden van de afwijzing op."));
    },
    async () => {
      try {
        await api("POST", pad(w, "afwijzing"), {
          versie: w.versie,
          reden: reden.invoer.value.trim(),
        });
      } catch (e) {
        throw zonderPad(e);
      }
      await klaar(`De wijziging van de bankrekening van ${w.aanbiederNaam} is afgewezen.`);
    },
  );
  const knoppen = () => [
    knop(`Nieuwe rekening van ${w.aanbiederNaam} goedkeuren`, bevestig, "primary"),
    w.doorMij
      ? h(
          "p",
          { class: "utrecht-paragraph" },
          "U vroeg deze wijziging zelf aan; een andere zorgkantoor-beheerder moet haar goedkeuren.",
        )
      : null,
    afwijzen,
  ];
  vervang(acties, ...knoppen());
  const rij = (k: string, v: string) =>
    h(
      "div",
      { class: "utrecht-data-list__item" },
      h("dt", { class: "utrecht-data-list__item-key" }, k),
      h("dd", { class: "utrecht-data-list__item-value" }, v),
    );
  return h(
    "section",
    { class: "kb-kaart", "aria-labelledby": kop },
    h("h3", { class: "utrecht-heading-3", id: kop }, w.aanbiederNaam),
    h(
      "dl",
      { class: "utrecht-data-list" },
      rij("Nieuw IBAN", w.ibanWeergave),
      rij("Tenaamstelling", w.tenaamstelling),
      rij("Aangevraagd op", datum(w.aangevraagdOp)),
      rij(
        "Aangevraagd door",
        w.aangevraagdDoorRol === "aanbieder" ? "de aanbieder" : "het zorgkantoor",
      ),
      w.toelichting ? rij("Toelichting", w.toelichting) : null,
      w.bankafschrift ? null : rij("Bankafschrift", "niet bijgevoegd"),
    ),
    w.bankafschrift ? h("p", { class: "utrecht-paragraph" }, afschriftLink(w, fout)) : null,
    fout,
    acties,
  );
}

async function laad(): Promise<void> {
  const r = await haal<Antwoord<"bankwijzigingen">>(
    `/api/zorgkantoren/${seg(k.zorgkantoorId)}/bankwijzigingen`,
  );
  vervang(
    plek,
    r.wijzigingen.length === 0
      ? melding("ok", "Er wachten geen wijzigingen van bankrekeningen op goedkeuring.")
      : h("div", {}, ...r.wijzigingen.map(kaart)),
  );
}

laad().catch(toonFout);
