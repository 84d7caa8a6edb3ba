// The numbers of the nacalculatie (§9.1–§9.3) as tables: every amount the server computed, so a
// controller can follow the rondrekening step by step (indices unrounded, as §11 says).
import type { Antwoord } from "../../lib/apiTypen.js";
import { afgerond, centen, euro } from "../../lib/bedrag.js";
import { h, tabel } from "../../lib/dom.js";

export type Nacalculatie = Antwoord<"nacalculatieBerekenen">;
export type Berekening = NonNullable<Nacalculatie["berekening"]>;
export type Vaststelling = NonNullable<Nacalculatie["vaststelling"]>;

// The saldo kinds of shared/nacalculatie/vaststelling.ts (SALDOSOORTEN); the answer types them as text.
const SALDO: Record<string, string> = {
  nabetaling: "Nabetaling aan de aanbieder",
  terugvordering: "Terugvordering",
  nihil: "Geen saldo",
};

/**
 * §9.1, §11: the index is computed unrounded; the table shows 4 decimals, the exact value on
 * request, and the production signals (§9.1) right beside it, where they matter.
 */
function indexCel(b: Berekening): HTMLElement {
  const productie = b.signalen.filter((s) => s.code.startsWith("PRODUCTIE"));
  return h(
    "div",
    {},
    afgerond(b.index, 4),
    h(
      "details",
      {},
      h("summary", {}, "Exacte waarde"),
      h("span", { class: "kb-exact" }, b.index.replace(".", ",")),
    ),
    ...productie.map((s) => h("p", { class: "utrecht-paragraph" }, `Let op: ${s.melding}`)),
  );
}

export function rekenTabel(b: Berekening): HTMLElement {
  const rij = (n: string, w: string, bedrag = true) => [n, bedrag ? euro(w) : w.replace(".", ",")];
  const overige = b.signalen.filter((s) => !s.code.startsWith("PRODUCTIE"));
  return h(
    "div",
    {},
    tabel(
      "Rondrekening en vaststelling",
      ["Onderdeel", "Waarde"],
      [
        ["Cliëntmix-index", indexCel(b)],
        b.kostenPerSvDag === null
          ? ["Kosten per SV-dag", "niet van toepassing (geen SV-dagen in het jaar)"]
          : rij("Kosten per SV-dag", b.kostenPerSvDag, false),
        rij("Extra SV-dagen", b.extraSvDagen, false),
        rij("Extra personeel eigen dienst", b.extraEigen),
        rij("Extra personeel inhuur", b.extraInhuur),
        rij("Personeel gerealiseerd", b.personeelGerealiseerd),
        rij("Personeel vergoedbaar", b.personeelVergoedbaar),
        rij("Overige vergoedbaar", b.overigeVergoedbaar),
        rij("Compensatie", b.compensatie),
        rij("Vastgesteld", b.vastgesteld),
        rij("Betaalde voorschotten", b.betaaldeVoorschotten),
        rij("Saldo", b.saldo),
        ["Soort saldo", SALDO[b.saldoSoort] ?? b.saldoSoort],
        rij("Nabetaling", b.nabetaling),
        rij("Verrekening", b.verrekening),
        rij("Terugvordering", b.terugvordering),
      ],
      [1],
    ),
    overige.length > 0
      ? tabel(
          "Signalen",
          ["Melding"],
          overige.map((s) => [s.melding]),
        )
      : null,
  );
}

/**
 * §15.4: a negative saldo is first offset, only the rest is reclaimed; the settlement decides,
 * so the kind shown follows what was booked (a fully offset saldo is no "Terugvordering").
 */
function saldoSoort(v: Vaststelling): string {
  const verrekend = (centen(v.verrekening) ?? 0n) > 0n;
  const teruggevorderd = (centen(v.terugvordering) ?? 0n) > 0n;
  if (v.saldoSoort === "terugvordering" && verrekend)
    return teruggevorderd ? "Verrekening en terugvordering" : "Verrekening";
  return SALDO[v.saldoSoort] ?? v.saldoSoort;
}

export function vaststellingTabel(v: Vaststelling): HTMLElement {
  return tabel(
    (v.versie ?? 1) > 1
      ? `Vastgestelde nacalculatie (versie ${v.versie})`
      : "Vastgestelde nacalculatie",
    ["Vastgesteld", "Saldo", "Soort saldo", "Nabetaling", "Verrekening", "Terugvordering"],
    [
      [
        euro(v.vastgesteld),
        euro(v.saldo),
        saldoSoort(v),
        euro(v.nabetaling),
        euro(v.verrekening),
        euro(v.terugvordering),
      ],
    ],
    [0, 1, 3, 4, 5],
  );
}
