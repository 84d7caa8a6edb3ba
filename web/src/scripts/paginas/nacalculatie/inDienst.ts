// §15.7 (§9.4): the zorgkantoor records whether the extra staff are still employed — yes/no, the
// date it was established and a note — which decides the case's claim on the national remainder.
// Recorded again at any time (the server audits each record).
import { api } from "../../lib/api.js";
import { datum, h } from "../../lib/dom.js";
import { isoDatum, keuzeveld } from "../../lib/invoer.js";
import { bijVersturen, eisIngevuld, knop, veld } from "../../lib/velden.js";
import type { Nacalculatie } from "./tabellen.js";

export function inDienstFormulier(
  pad: string,
  n: Nacalculatie,
  klaar: (t: string) => void,
): HTMLElement {
  const nu = n.personeelInDienst;
  const samenvatting = h("div");
  const keuze = keuzeveld(
    "Is het extra personeel nog in dienst?",
    "personeelInDienst",
    [
      ["ja", "Ja"],
      ["nee", "Nee"],
    ],
    nu?.personeelInDienst === false ? "nee" : "ja",
    () => {},
  );
  const dag = veld("Vastgesteld op (dd-mm-jjjj)", "datum", {
    waarde: nu ? datum(nu.datum) : "",
    verplicht: true,
  });
  const toelichting = veld("Toelichting", "toelichting", {
    meerRegels: true,
    waarde: nu?.toelichting ?? "",
    verplicht: true,
  });
  const form = h(
    "form",
    { novalidate: true, "aria-label": "Personeel nog in dienst" },
    samenvatting,
    h(
      "p",
      { class: "utrecht-paragraph" },
      nu
        ? `Vastgelegd: ${nu.personeelInDienst ? "ja" : "nee"}, op ${datum(nu.datum)}.`
        : "Nog niet vastgelegd: zonder 'ja' claimt deze aanbieder niets uit het landelijk restant.",
    ),
    keuze.blok,
    dag.blok,
    toelichting.blok,
    knop("Personeel in dienst vastleggen", null, "primary", "submit"),
  );
  bijVersturen(
    form,
    samenvatting,
    [keuze, dag, toelichting],
    () => [
      ...(isoDatum(dag.invoer.value)
        ? []
        : [{ veld: dag, tekst: "Vul een datum in als dd-mm-jjjj." }]),
      ...eisIngevuld(toelichting, "Geef een toelichting."),
    ],
    async () => {
      await api("PUT", `${pad}/nacalculatie/personeel-in-dienst`, {
        versie: n.versie,
        personeelInDienst: keuze.invoer.value === "ja",
        datum: isoDatum(dag.invoer.value),
        toelichting: toelichting.invoer.value.trim(),
      });
      klaar("Vastgelegd of het extra personeel nog in dienst is.");
    },
  );
  return form;
}
